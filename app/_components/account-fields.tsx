'use client';
// Username, full name and a new password: the fields of setup and of user creation.
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { TextField } from './text-field';

/** `labels` is the i18n area holding `username`, `displayName` and `password`. */
export function AccountFields({ labels, autoComplete }: { labels: 'setup' | 'admin.users'; autoComplete: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t(`${labels}.username`)} name="username" autoComplete={autoComplete ? 'username' : 'off'} required />
      <TextField label={t(`${labels}.displayName`)} name="displayName" autoComplete={autoComplete ? 'name' : 'off'} required />
      <TextField
        label={t(`${labels}.password`, { min: MIN_PASSWORD_LENGTH })}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
      />
    </>
  );
}
