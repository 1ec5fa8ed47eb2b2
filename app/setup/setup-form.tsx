'use client';
// First-run form: creates the administrator and signs them in.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { ErrorMessage } from '../_components/error-message';
import { postJson, type ApiError } from '../_components/post-json';
import { TextField } from '../_components/text-field';

export function SetupForm() {
  const { t } = useTranslation();
  const router = useRouter();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        setBusy(true);
        const result = await postJson('/api/setup', Object.fromEntries(form));
        setBusy(false);
        if (!result.ok) return setError(result.error);
        router.push('/documents');
        router.refresh();
      }}
    >
      <TextField label={t('setup.username')} name="username" autoComplete="username" required />
      <TextField label={t('setup.displayName')} name="displayName" autoComplete="name" required />
      <TextField
        label={t('setup.password', { min: MIN_PASSWORD_LENGTH })}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
      />
      <ErrorMessage error={error} />
      <button type="submit" disabled={busy}>
        {t('setup.submit')}
      </button>
    </form>
  );
}
