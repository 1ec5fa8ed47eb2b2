'use client';
// Upload of an aligned JSON export: restore into an empty instance, or merge into this one; shows
// the import's report with every conflict (what was left as stored, and why).
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeImportConflict, describeImportReport } from '@/lib/export-store/describe-import-report';
import type { AlignedJsonImportReport } from '@/lib/export-store/import-aligned-json';
import { ErrorMessage } from '../../_components/error-message';
import { postForm } from '../../_components/post-json';
import { useApiForm } from '../../_components/use-api-form';

const MODES = ['auto', 'restore', 'merge'] as const;

function ImportReport({ report }: { report: AlignedJsonImportReport }) {
  const { t } = useTranslation();
  return (
    <div className="aligned-json-report" role="status">
      <ul>
        {describeImportReport(report).map((line) => (
          <li key={line.key}>{t(line.key, line.params)}</li>
        ))}
      </ul>
      <h3>{t('admin.alignedJson.conflicts', { count: report.conflicts.length })}</h3>
      {report.conflicts.length === 0 ? (
        <p>{t('admin.alignedJson.noConflicts')}</p>
      ) : (
        <ul className="aligned-json-conflicts">
          {report.conflicts.map((conflict) => {
            const { key, params } = describeImportConflict(conflict);
            return (
              <li key={`${conflict.document}:${conflict.kind}:${conflict.id}`}>
                {t(key, { ...params, kind: t(String(params.kind)), reason: t(String(params.reason)) })}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

export function AlignedJsonImportForm() {
  const { t } = useTranslation();
  const router = useRouter();
  const [report, setReport] = useState<AlignedJsonImportReport | null>(null);
  const { error, busy, onSubmit } = useApiForm(
    (form) => {
      setReport(null);
      return postForm<{ report: AlignedJsonImportReport }>('/api/import/aligned-json', form);
    },
    (data) => {
      setReport(data.report);
      router.refresh();
    },
  );
  return (
    <form className="stack" onSubmit={onSubmit} aria-labelledby="aligned-json-import-title">
      <h2 id="aligned-json-import-title">{t('admin.alignedJson.title')}</h2>
      <p>{t('admin.alignedJson.intro')}</p>
      <label className="field">
        <span>{t('admin.alignedJson.file')}</span>
        <input type="file" name="file" accept=".json,application/json" required />
      </label>
      <fieldset className="field">
        <legend>{t('admin.alignedJson.mode')}</legend>
        {MODES.map((mode) => (
          <label key={mode}>
            <input type="radio" name="mode" value={mode} defaultChecked={mode === 'auto'} /> {t(`admin.alignedJson.modes.${mode}`)}
          </label>
        ))}
      </fieldset>
      <ErrorMessage error={error} />
      <button type="submit" disabled={busy}>
        {busy ? t('admin.alignedJson.working') : t('admin.alignedJson.submit')}
      </button>
      {report && <ImportReport report={report} />}
    </form>
  );
}
