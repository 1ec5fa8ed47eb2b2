// Brings a document's XLIFF back after a translator worked on it in a CAT tool: each target goes
// through the same store functions as typing in the translate page (revisions, history, audit,
// translation memory, alignments mapped through the edit), all in one transaction. Units whose
// Indonesian changed since the export are reported and left alone.
import { refuseSupersededDocument } from '../annotation-store/record-annotation-write';
import { hasPermission } from '../auth/roles';
import type { Db } from '../db/connection';
import { getAlignmentByAnnotationAndTranslation } from '../db/queries/alignments';
import { getDocumentBySlug } from '../db/queries/documents';
import { getUnitRowBySentenceId, listUnitRowsByDocumentId, type UnitRow } from '../db/queries/translations';
import { AppError, isAppError, type AppErrorParams } from '../errors';
import { replaceForbiddenXmlCharacters } from '../export/escape-xml';
import type { XliffDocument, XliffFile, XliffTargetMarker, XliffUnit } from '../export/read-xliff';
import { canChangeStatus, needsComment, UNIT_STATUSES, type UnitStatus } from '../translation/unit-status';
import type { XliffImportReport } from '../translation/xliff-import-report';
import { changeTranslationStatus } from './change-translation-status';
import { alignAnnotation } from './manage-alignments';
import { saveTranslation, type StatusWriter } from './save-translation';

export type { XliffImportReport };

/** The `<file>` of `xliff` that holds the document: by id (`d<id>`), slug, or original path. */
function fileForDocument(xliff: XliffDocument, doc: { id: number; slug: string; sourcePath: string }): XliffFile {
  const file =
    xliff.files.find((f) => f.documentId === doc.id) ??
    xliff.files.find((f) => f.slug === doc.slug) ??
    xliff.files.find((f) => f.slug === null && f.documentId === null && f.original === doc.sourcePath);
  if (file) return file;
  const found = xliff.files.map((f) => f.slug ?? f.fileId ?? f.original ?? '?').join(', ');
  throw new AppError('xliff.otherDocument', { document: doc.slug, found: found || '—' });
}

const rank = (status: UnitStatus): number => UNIT_STATUSES.indexOf(status);

/**
 * The status the unit ends with: what the file says, never lower than where it stands (an import
 * moves work forward; sending back is a reviewer's act with a comment), and no higher than the
 * role may move it from `start` in one allowed step.
 */
function reachableStatus(by: StatusWriter, start: UnitStatus, wanted: UnitStatus): UnitStatus {
  const goal = rank(wanted) > rank(start) ? wanted : start;
  for (let i = rank(goal); i > rank(start); i--) {
    const candidate = UNIT_STATUSES[i];
    if (candidate !== undefined && canChangeStatus(by.role, start, candidate) && !needsComment(by.role, start, candidate)) return candidate;
  }
  return start;
}

/** Whether the stored text is what the file holds (XLIFF 1.2 carries forbidden characters as U+FFFD). */
function sameText(fileText: string, stored: string): boolean {
  return fileText === stored || fileText === replaceForbiddenXmlCharacters(stored);
}

type UnitOutcome =
  | { kind: 'unchanged'; status: UnitStatus; capped: UnitStatus | null }
  | { kind: 'updated'; status: UnitStatus; textChanged: boolean; capped: UnitStatus | null }
  | { kind: 'refused'; code: string; params: AppErrorParams };

/** Writes one unit's target and status through the store; a refusal rolls back this unit only. */
function importUnit(db: Db, row: UnitRow, unit: XliffUnit & { target: string }, by: StatusWriter): UnitOutcome {
  const current = row.translation;
  const stored = current?.text ?? '';
  const textChanged = !sameText(unit.target, stored);
  const from: UnitStatus = current?.status ?? 'new';
  // A first or changed text leaves the unit a draft at least (as saveTranslation does).
  const start: UnitStatus = textChanged && from === 'new' ? 'draft' : from;
  const wanted: UnitStatus = unit.status === 'new' ? 'draft' : unit.status;
  const status = reachableStatus(by, start, wanted);
  const capped = rank(wanted) > rank(status) ? wanted : null;
  if (!textChanged && status === from) return { kind: 'unchanged', status, capped };
  try {
    // Nested in the import's transaction: a savepoint, so a refusal undoes this unit alone.
    db.transaction(() => {
      let revision = current?.revision ?? 0;
      let now = from;
      if (textChanged) {
        if ((from === 'reviewed' || from === 'approved') && !hasPermission(by.role, 'translation.review')) {
          throw new AppError('translation.statusNotAllowed', { from, to: 'draft' });
        }
        const withText = status === 'draft' || status === 'translated' ? status : undefined;
        const saved = saveTranslation(db, row.sentenceId, { revision, text: unit.target, status: withText }, by);
        revision = saved.translation?.revision ?? revision;
        now = saved.translation?.status ?? now;
      }
      if (status !== now && status !== 'new') changeTranslationStatus(db, row.sentenceId, { revision, status }, by);
    })();
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { kind: 'refused', code: error.code, params: error.params };
  }
  return { kind: 'updated', status, textChanged, capped };
}

/**
 * Aligns each annotation marked in the target with its words, unless the stored alignment already
 * covers them (an unchanged file does not confirm a `moved` alignment behind the person's back).
 * Markers a CAT tool dropped remove nothing: the alignments were mapped through the text edit.
 */
function importMarkers(db: Db, { sentenceId, ord }: UnitRow, markers: XliffTargetMarker[], by: StatusWriter, report: XliffImportReport): boolean {
  let changed = false;
  for (const marker of markers) {
    const row = getUnitRowBySentenceId(db, sentenceId);
    const translation = row?.translation;
    if (!translation) return changed;
    const existing = getAlignmentByAnnotationAndTranslation(db, marker.annotationId, translation.id);
    if (existing && existing.start === marker.start && existing.end === marker.end) continue;
    const quote = translation.text.slice(marker.start, marker.end);
    try {
      db.transaction(() => alignAnnotation(db, sentenceId, { annotationId: marker.annotationId, start: marker.start, end: marker.end, quote }, by))();
      report.alignmentsSet++;
      changed = true;
    } catch (error) {
      if (!isAppError(error)) throw error;
      report.alignmentsSkipped.push({ sentenceId, ord, annotationId: marker.annotationId, code: error.code, params: error.params });
    }
  }
  return changed;
}

/**
 * Imports the file of `xliff` that belongs to document `slug` (xliff.otherDocument, 400, when
 * none does) as `by`, in one transaction, and reports unit by unit what happened. Throws
 * document.notFound (404) and document.superseded (409).
 */
export function importXliff(db: Db, slug: string, xliff: XliffDocument, by: StatusWriter): XliffImportReport {
  const doc = getDocumentBySlug(db, slug);
  if (!doc) throw new AppError('document.notFound', { slug });
  refuseSupersededDocument(db, doc.id);
  const file = fileForDocument(xliff, doc);
  return db
    .transaction((): XliffImportReport => {
      const rows = new Map(listUnitRowsByDocumentId(db, doc.id).map((row) => [row.sentenceId, row]));
      const report: XliffImportReport = {
        slug: doc.slug,
        version: xliff.version,
        units: 0,
        updated: [],
        unchanged: 0,
        untranslated: 0,
        sourceChanged: [],
        unknownUnits: [],
        statusCapped: [],
        refused: [],
        alignmentsSet: 0,
        alignmentsSkipped: [],
      };
      for (const unit of file.units) {
        const row = rows.get(unit.sentenceId);
        if (!row) {
          report.unknownUnits.push(unit.unitId);
          continue;
        }
        report.units++;
        const { target } = unit;
        if (target === null || target.trim() === '') {
          report.untranslated++;
          continue;
        }
        const currentSource = doc.text.slice(row.start, row.end);
        if (!sameText(unit.source, currentSource)) {
          report.sourceChanged.push({ sentenceId: row.sentenceId, ord: row.ord, xliffSource: unit.source, currentSource });
          continue;
        }
        const outcome = importUnit(db, row, { ...unit, target }, by);
        if (outcome.kind === 'refused') {
          report.refused.push({ sentenceId: row.sentenceId, ord: row.ord, code: outcome.code, params: outcome.params });
          continue;
        }
        const aligned = importMarkers(db, row, unit.targetMarkers, by, report);
        if (outcome.capped) report.statusCapped.push({ sentenceId: row.sentenceId, ord: row.ord, wanted: outcome.capped, got: outcome.status });
        if (outcome.kind === 'updated' || aligned) {
          const textChanged = outcome.kind === 'updated' && outcome.textChanged;
          report.updated.push({ sentenceId: row.sentenceId, ord: row.ord, status: outcome.status, textChanged });
        } else report.unchanged++;
      }
      return report;
    })
    .immediate();
}
