// What an XLIFF import did, unit by unit, and the lines that tell a person about the units it left
// untouched or changed less than the file asked (shared by the translate page and the CLI).
import type { UnitStatus } from './unit-status';

type Params = Record<string, string | number>;

/** A unit the import did not write, with why (an AppError code and its parameters). */
export interface RefusedUnit {
  sentenceId: number;
  ord: number;
  code: string;
  params: Params;
}

export interface XliffImportReport {
  slug: string;
  version: string;
  /** Units of the file that belong to the document. */
  units: number;
  /** Units whose English, status or alignments the import changed, with the status they have now. */
  updated: Array<{ sentenceId: number; ord: number; status: UnitStatus; textChanged: boolean }>;
  /** Units whose target and status are what the database holds. */
  unchanged: number;
  /** Units without a target (or an empty one): nothing to import. */
  untranslated: number;
  /** Units whose Indonesian changed since the export (a source correction): left untouched. */
  sourceChanged: Array<{ sentenceId: number; ord: number; xliffSource: string; currentSource: string }>;
  /** Unit ids of the file that are not units of this document. */
  unknownUnits: string[];
  /** Units given a lower status than the file says, because the importer's role may not set it. */
  statusCapped: Array<{ sentenceId: number; ord: number; wanted: UnitStatus; got: UnitStatus }>;
  /** Units left untouched because the store refused the write (accepted work, for a translator). */
  refused: RefusedUnit[];
  /** Annotation markers in targets that became (or moved) alignments, and those that could not. */
  alignmentsSet: number;
  alignmentsSkipped: Array<{ sentenceId: number; ord: number; annotationId: string; code: string; params: Params }>;
}

/** A translate function (i18next's `t`, or the CLI's). */
export type Translate = (key: string, params?: Params) => string;

/** One line per unit left untouched or changed less than the file asked, with the unit it names. */
export function describeXliffReportDetails(report: XliffImportReport, t: Translate): Array<{ sentenceId: number | null; text: string }> {
  const status = (s: UnitStatus) => t(`translate.status.${s}`);
  return [
    ...report.sourceChanged.map((u) => ({
      sentenceId: u.sentenceId,
      text: t('xliffImport.sourceChanged', { n: u.ord + 1, xliffSource: u.xliffSource, currentSource: u.currentSource }),
    })),
    ...report.refused.map((u) => ({ sentenceId: u.sentenceId, text: t('xliffImport.refused', { n: u.ord + 1, reason: t(`errors.${u.code}`, u.params) }) })),
    ...report.unknownUnits.map((unit) => ({ sentenceId: null, text: t('xliffImport.unknownUnit', { unit }) })),
    ...report.statusCapped.map((u) => ({ sentenceId: u.sentenceId, text: t('xliffImport.capped', { n: u.ord + 1, wanted: status(u.wanted), got: status(u.got) }) })),
    ...report.alignmentsSkipped.map((a) => ({
      sentenceId: a.sentenceId,
      text: t('xliffImport.alignmentSkipped', { n: a.ord + 1, annotation: a.annotationId, reason: t(`errors.${a.code}`, a.params) }),
    })),
  ];
}
