'use client';
// Sets an actor's document-independent English name (`Pemerintah Kamboja` → `the Cambodian
// government`), which translators see as a glossary term in every unit that names the actor.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../_components/error-message';
import { sendJson, type ApiError } from '../_components/post-json';

export function EnglishNameForm({ entityId, entityName, englishName }: { entityId: number; entityName: string; englishName: string | null }) {
  const { t } = useTranslation();
  const router = useRouter();
  const [value, setValue] = useState(englishName ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await sendJson('PATCH', `/api/entities/${entityId}`, { englishName: value.trim() || null });
    if (!result.ok) return setError(result.error);
    setError(null);
    router.refresh();
  };
  return (
    <form className="add-alias" onSubmit={submit}>
      <input
        type="text"
        lang="en"
        aria-label={t('entities.englishNameFor', { name: entityName })}
        placeholder={t('entities.englishName')}
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="secondary">
        {t('entities.save')}
      </button>
      <ErrorMessage error={error} />
    </form>
  );
}
