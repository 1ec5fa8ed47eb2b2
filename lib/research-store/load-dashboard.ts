// The dashboard of the corpus (or one document): annotations per label and units per status
// counted in the database over the rows the export reads (the export's documents, its live
// annotations of every layer, its units), so they are the numbers an aligned-JSON export of the same
// documents holds; and each person's progress by day from the history events.
import { loadLabels } from '../annotation-store/record-annotation-write';
import type { Db } from '../db/connection';
import { listExportDocumentHeads, type ExportDocumentHead } from '../db/queries/exports';
import { countAnnotationEventsByDay, countTranslationEventsByDay, countViewAnnotationsByLabel, countViewUnitsByStatus } from '../db/queries/research';
import { labelCountsFromGroups, type LabelCount } from '../research/dashboard/count-annotations-by-label';
import { unitCountsFromGroups, type UnitStatusCounts } from '../research/dashboard/count-units-by-status';
import {
  buildProgressOverTime,
  classifyAnnotationEvent,
  classifyTranslationEvent,
  type ProgressOverTime,
} from '../research/dashboard/progress-over-time';

export interface Dashboard {
  /** The document shown, or null for the corpus (latest versions). */
  document: ExportDocumentHead | null;
  labels: LabelCount[];
  units: UnitStatusCounts;
  annotators: ProgressOverTime;
  translators: ProgressOverTime;
  documents: ExportDocumentHead[];
}

/** The dashboard of `slug`'s document, or of the corpus; undefined for an unknown slug. */
export function loadDashboard(db: Db, slug?: string): Dashboard | undefined {
  const documents = listExportDocumentHeads(db);
  const document = slug === undefined ? null : (listExportDocumentHeads(db, [slug])[0] ?? null);
  if (slug !== undefined && document === null) return undefined;
  const labels = loadLabels(db).map((label) => label.name);
  const ids = (document ? [document] : documents).map((head) => head.id);
  return {
    document,
    labels: labelCountsFromGroups(countViewAnnotationsByLabel(db, ids), labels),
    units: unitCountsFromGroups(countViewUnitsByStatus(db, ids)),
    annotators: buildProgressOverTime(countAnnotationEventsByDay(db, document?.id ?? null), classifyAnnotationEvent),
    translators: buildProgressOverTime(countTranslationEventsByDay(db, document?.id ?? null), classifyTranslationEvent),
    documents,
  };
}
