'use client';
// Round trip through a CAT tool: download this document's XLIFF, and import it back translated.
// The report says what changed and lists the units left untouched, with the reason.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeXliffReportDetails, type XliffImportReport } from '@/lib/translation/xliff-import-report';
import { ErrorMessage } from '../../../_components/error-message';
import { postForm } from '../../../_components/post-json';
import { useApiForm } from '../../../_components/use-api-form';
import type { TranslationWorkspaceData } from './workspace-data';

interface XliffImportProps {
  slug: string;
  canWrite: boolean;
  /** The document's units after the import, to show at once. */
  onImported: (workspace: TranslationWorkspaceData) => void;
}

const exportUrl = (slug: string, format: 'xliff21' | 'xliff12') => `/api/export?format=${format}&documents=${encodeURIComponent(slug)}`;

export function XliffImport({ slug, canWrite, onImported }: XliffImportProps) {
  const { t } = useTranslation();
  const [report, setReport] = useState<XliffImportReport | null>(null);
  const { error, busy, onSubmit } = useApiForm(
    (form) => {
      setReport(null);
      return postForm<{ report: XliffImportReport; workspace: TranslationWorkspaceData | undefined }>(`/api/documents/${encodeURIComponent(slug)}/xliff`, form);
    },
    (data, form) => {
      setReport(data.report);
      if (data.workspace) onImported(data.workspace);
      form.reset();
    },
  );
  const details = report ? describeXliffReportDetails(report, (key, params) => t(key, params)) : [];
  return (
    <details className="xliff-import">
      <summary>{t('xliffImport.title')}</summary>
      <p className="hint">{t('xliffImport.hint')}</p>
      <p>
        {t('xliffImport.download')}: <a href={exportUrl(slug, 'xliff21')}>{t('xliffImport.download21')}</a> ·{' '}
        <a href={exportUrl(slug, 'xliff12')}>{t('xliffImport.download12')}</a>
      </p>
      {canWrite && (
        <form className="xliff-import-form" onSubmit={onSubmit}>
          <label className="field">
            <span>{t('xliffImport.file')}</span>
            <input type="file" name="file" accept=".xlf,.xliff,.xml,application/xliff+xml,application/x-xliff+xml" required />
          </label>
          <button type="submit" disabled={busy}>
            {busy ? t('xliffImport.importing') : t('xliffImport.submit')}
          </button>
          <ErrorMessage error={error} />
        </form>
      )}
      {report && (
        <div className="xliff-import-report" role="status">
          <p>
            {t('xliffImport.summary', {
              version: report.version,
              updated: report.updated.length,
              unchanged: report.unchanged,
              untranslated: report.untranslated,
              alignments: report.alignmentsSet,
            })}
          </p>
          {details.length > 0 && (
            <>
              <h3>{t('xliffImport.untouched')}</h3>
              <ul>
                {details.map((line, i) => (
                  <li key={i}>{line.sentenceId === null ? line.text : <a href={`#unit-${line.sentenceId}`}>{line.text}</a>}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </details>
  );
}
