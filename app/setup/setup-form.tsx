'use client';
// First-run form: creates the administrator and signs them in.
import { useRouter } from 'next/navigation';
import { useTranslation } from 'react-i18next';
import { AccountFields } from '../_components/account-fields';
import { ErrorMessage } from '../_components/error-message';
import { postJson } from '../_components/post-json';
import { useApiForm } from '../_components/use-api-form';

export function SetupForm() {
  const { t } = useTranslation();
  const router = useRouter();
  const { error, busy, onSubmit } = useApiForm(
    (form) => postJson('/api/setup', Object.fromEntries(form)),
    () => {
      router.push('/documents');
      router.refresh();
    },
  );
  return (
    <form className="stack" onSubmit={onSubmit}>
      <AccountFields labels="setup" autoComplete />
      <ErrorMessage error={error} />
      <button type="submit" disabled={busy}>
        {t('setup.submit')}
      </button>
    </form>
  );
}
