'use client';
// Adds another name to a registry entry (`ECPAT Indonesia` for ECPAT); suggestions find it from then on.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../_components/error-message';
import { postJson, type ApiError } from '../_components/post-json';

export function AddAliasForm({ entityId, entityName }: { entityId: number; entityName: string }) {
  const { t } = useTranslation();
  const router = useRouter();
  const [alias, setAlias] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await postJson(`/api/entities/${entityId}/aliases`, { alias });
    if (!result.ok) return setError(result.error);
    setError(null);
    setAlias('');
    router.refresh();
  };
  return (
    <form className="add-alias" onSubmit={submit}>
      <input
        type="text"
        aria-label={t('entities.addAliasFor', { name: entityName })}
        placeholder={t('entities.newAlias')}
        value={alias}
        onChange={(e) => setAlias(e.target.value)}
        required
      />
      <button type="submit" className="secondary">
        {t('entities.addAlias')}
      </button>
      <ErrorMessage error={error} />
    </form>
  );
}
