'use client';
// Username and password; on success, on to the documents.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../_components/error-message';
import { postJson, type ApiError } from '../_components/post-json';
import { TextField } from '../_components/text-field';

export function LoginForm() {
  const { t } = useTranslation();
  const router = useRouter();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        const result = await postJson('/api/login', Object.fromEntries(new FormData(event.currentTarget)));
        setBusy(false);
        if (!result.ok) return setError(result.error);
        router.push('/documents');
        router.refresh();
      }}
    >
      <TextField label={t('login.username')} name="username" autoComplete="username" required />
      <TextField label={t('login.password')} name="password" type="password" autoComplete="current-password" required />
      <ErrorMessage error={error} />
      <button type="submit" disabled={busy}>
        {t('login.submit')}
      </button>
    </form>
  );
}
