'use client';
// Creates a user with a role.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '@/lib/auth/roles';
import { AccountFields } from '../../_components/account-fields';
import { ErrorMessage } from '../../_components/error-message';
import { postJson } from '../../_components/post-json';
import { useApiForm } from '../../_components/use-api-form';

export function UserForm() {
  const { t } = useTranslation();
  const router = useRouter();
  const [created, setCreated] = useState<string | null>(null);
  const { error, busy, onSubmit } = useApiForm(
    (form) => {
      setCreated(null);
      return postJson<{ username: string }>('/api/users', Object.fromEntries(form));
    },
    (data, form) => {
      setCreated(data.username);
      form.reset();
      router.refresh();
    },
  );
  return (
    <form className="stack" onSubmit={onSubmit}>
      <AccountFields labels="admin.users" autoComplete={false} />
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
      <button type="submit" disabled={busy}>
        {t('admin.users.submit')}
      </button>
    </form>
  );
}
