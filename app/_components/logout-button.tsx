'use client';
// Ends the session and goes to the login page.
import { useRouter } from 'next/navigation';
import { useTranslation } from 'react-i18next';
import { postJson } from './post-json';

export function LogoutButton() {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <button
      type="button"
      className="link-button"
      onClick={async () => {
        await postJson('/api/logout', {});
        router.push('/login');
        router.refresh();
      }}
    >
      {t('nav.logout')}
    </button>
  );
}
