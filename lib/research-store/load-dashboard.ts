// The dashboard of the corpus (or one document): annotations per label and units per status
// counted from the export's own loader (so they are the numbers an aligned-JSON export of the same
// documents holds), and each person's progress by day from the history events.
import { loadLabels } from '../annotation-store/record-annotation-write';
import type { Db } from '../db/connection';
import { listExportDocumentHeads, type ExportDocumentHead } from '../db/queries/exports';
import { countAnnotationEventsByDay, countTranslationEventsByDay } from '../db/queries/research';
import { loadExportDocuments } from '../export-store/load-export-documents';
import type { ExportDocument } from '../export/export-document';
import { countAnnotationsByLabel, type LabelCount } from '../research/dashboard/count-annotations-by-label';
import { countUnitsByStatus, type UnitStatusCounts } from '../research/dashboard/count-units-by-status';
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
  // Only what is counted is kept: a document's text is let go as soon as the next one is read.
  const docs: Array<Pick<ExportDocument, 'annotations' | 'units'>> = [];
  for (const { annotations, units } of loadExportDocuments(db, document ? { documents: [document.slug] } : {})) docs.push({ annotations, units });
  return {
    document,
    labels: countAnnotationsByLabel(docs, labels),
    units: countUnitsByStatus(docs),
    annotators: buildProgressOverTime(countAnnotationEventsByDay(db, document?.id ?? null), classifyAnnotationEvent),
    translators: buildProgressOverTime(countTranslationEventsByDay(db, document?.id ?? null), classifyTranslationEvent),
    documents,
  };
}
