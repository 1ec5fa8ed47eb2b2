'use client';
// Adds a termbase entry, or removes one; the page reloads its list from the server afterwards.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../_components/error-message';
import { postJson, sendJson, type ApiError } from '../_components/post-json';

export function GlossaryTermForm() {
  const { t } = useTranslation();
  const router = useRouter();
  const [fields, setFields] = useState({ sourceTerm: '', targetTerm: '', note: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await postJson('/api/glossary', { ...fields, note: fields.note.trim() || undefined });
    if (!result.ok) return setError(result.error);
    setError(null);
    setFields({ sourceTerm: '', targetTerm: '', note: '' });
    router.refresh();
  };
  const field = (name: keyof typeof fields, required: boolean) => (
    <label className="field">
      <span>{t(`glossary.columns.${name === 'sourceTerm' ? 'source' : name === 'targetTerm' ? 'target' : 'note'}`)}</span>
      <input type="text" value={fields[name]} required={required} onChange={(e) => setFields({ ...fields, [name]: e.target.value })} />
    </label>
  );
  return (
    <form className="glossary-form" onSubmit={submit}>
      {field('sourceTerm', true)}
      {field('targetTerm', true)}
      {field('note', false)}
      <button type="submit">{t('glossary.add')}</button>
      <ErrorMessage error={error} />
    </form>
  );
}

export function RemoveTermButton({ id, label }: { id: number; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-label={label}
        onClick={async () => {
          const result = await sendJson('DELETE', `/api/glossary/${id}`);
          if (!result.ok) return setError(result.error);
          router.refresh();
        }}
      >
        ×
      </button>
      <ErrorMessage error={error} />
    </>
  );
}
