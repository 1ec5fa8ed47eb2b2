'use client';
// Ends every session of the signed-in user (other browsers and devices too), after a confirmation.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './error-message';
import { postJson, type ApiError } from './post-json';

export function LogoutEverywhereButton() {
  const { t } = useTranslation();
  const router = useRouter();
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={async () => {
          if (!window.confirm(t('nav.logoutEverywhereConfirm'))) return;
          const result = await postJson<{ sessionsEnded: number }>('/api/logout/everywhere', {});
          if (!result.ok) {
            setError(result.error);
            return;
          }
          router.push('/login');
          router.refresh();
        }}
      >
        {t('nav.logoutEverywhere')}
      </button>
      {error && <ErrorMessage error={error} />}
    </>
  );
}
