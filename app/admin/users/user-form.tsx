'use client';
// Creates a user with a role.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { ROLES } from '@/lib/auth/roles';
import { ErrorMessage } from '../../_components/error-message';
import { postJson, type ApiError } from '../../_components/post-json';
import { TextField } from '../../_components/text-field';

export function UserForm() {
  const { t } = useTranslation();
  const router = useRouter();
  const [error, setError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  return (
    <form
      className="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        const formElement = event.currentTarget;
        const result = await postJson<{ username: string }>('/api/users', Object.fromEntries(new FormData(formElement)));
        if (!result.ok) {
          setCreated(null);
          return setError(result.error);
        }
        setError(null);
        setCreated(result.data.username);
        formElement.reset();
        router.refresh();
      }}
    >
      <TextField label={t('admin.users.username')} name="username" autoComplete="off" required />
      <TextField label={t('admin.users.displayName')} name="displayName" autoComplete="off" required />
      <TextField
        label={t('admin.users.password', { min: MIN_PASSWORD_LENGTH })}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
      />
      <label className="field">
        <span>{t('admin.users.role')}</span>
        <select name="role" defaultValue="annotator">
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <ErrorMessage error={error} />
      {created && <p role="status">{t('admin.users.created', { username: created })}</p>}
      <button type="submit">{t('admin.users.submit')}</button>
    </form>
  );
}
