'use client';
// Upload of text files to the same import the CLI runs.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importResultMessageKey, type ImportedFileResult } from '@/lib/import/import-result';
import { ErrorMessage } from '../../_components/error-message';
import { postForm } from '../../_components/post-json';
import { useApiForm } from '../../_components/use-api-form';

export function ImportForm() {
  const { t } = useTranslation();
  const router = useRouter();
  const [results, setResults] = useState<ImportedFileResult[]>([]);
  const { error, busy, onSubmit } = useApiForm(
    (form) => {
      setResults([]);
      return postForm<{ results: ImportedFileResult[] }>('/api/import', form);
    },
    (data) => {
      setResults(data.results);
      router.refresh();
    },
  );
  return (
    <form className="stack" onSubmit={onSubmit}>
      <label className="field">
        <span>{t('admin.import.files')}</span>
        <input type="file" name="files" accept=".txt,text/plain" multiple required />
      </label>
      <ErrorMessage error={error} />
      <button type="submit" disabled={busy}>
        {busy ? t('admin.import.working') : t('admin.import.submit')}
      </button>
      {results.length > 0 && (
        <ul className="import-results" role="status">
          {results.map((r) => (
            <li key={r.name}>{t(importResultMessageKey(r), r)}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
