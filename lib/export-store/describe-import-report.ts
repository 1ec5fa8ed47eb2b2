// The report of an aligned JSON import as translatable lines (an i18n key and its values), so the
// command line and the admin page say the same thing in the reader's language.
import type { AlignedJsonImportReport, ImportConflict } from './import-aligned-json';

export interface ReportLine {
  key: string;
  params: Record<string, string | number>;
}

/** The summary lines: mode, documents, annotations, translations, alignments, registry, accounts. */
export function describeImportReport(report: AlignedJsonImportReport): ReportLine[] {
  const documents = (status: string) => report.documents.filter((d) => d.status === status).length;
  const lines: ReportLine[] = [
    { key: `importJson.mode.${report.mode}`, params: {} },
    {
      key: 'importJson.summary.documents',
      params: { restored: documents('restored'), added: documents('added'), merged: documents('merged'), conflicts: documents('conflict') },
    },
    { key: 'importJson.summary.annotations', params: report.annotations },
    { key: 'importJson.summary.translations', params: report.translations },
    { key: 'importJson.summary.alignments', params: report.alignments },
    { key: 'importJson.summary.entities', params: { created: report.entities.created.length, updated: report.entities.updated.length } },
  ];
  if (report.accounts.length > 0) lines.push({ key: 'importJson.summary.accounts', params: { names: report.accounts.join(', ') } });
  return lines;
}

/** One conflict as a line; `kind` and `reason` are keys of their own, translated by the caller. */
export function describeImportConflict(conflict: ImportConflict): ReportLine {
  return {
    key: 'importJson.conflict',
    params: { document: conflict.document, id: conflict.id, kind: `importJson.kind.${conflict.kind}`, reason: `importJson.reason.${conflict.reason}` },
  };
}
