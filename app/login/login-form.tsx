'use client';
// Username and password; on success, on to the documents.
import { useRouter } from 'next/navigation';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../_components/error-message';
import { postJson } from '../_components/post-json';
import { TextField } from '../_components/text-field';
import { useApiForm } from '../_components/use-api-form';

export function LoginForm() {
  const { t } = useTranslation();
  const router = useRouter();
  const { error, busy, onSubmit } = useApiForm(
    (form) => postJson('/api/login', Object.fromEntries(form)),
    () => {
      router.push('/documents');
      router.refresh();
    },
  );
  return (
    <form className="stack" onSubmit={onSubmit}>
      <TextField label={t('login.username')} name="username" autoComplete="username" required />
      <TextField label={t('login.password')} name="password" type="password" autoComplete="current-password" required />
      <ErrorMessage error={error} />
      <button type="submit" disabled={busy}>
        {t('login.submit')}
      </button>
    </form>
  );
}
