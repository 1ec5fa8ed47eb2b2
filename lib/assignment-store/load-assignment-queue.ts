// A user's queue: their assignments with progress — for annotating, the annotations of their layer
// and the sentences those cover; for translating, the document's units by status.
import type { Db } from '../db/connection';
import { listAssignmentsByUserId, listLayerProgressByUserId, type AssignmentRow } from '../db/queries/assignments';
import { getTranslationProgress } from '../translation-store/translation-progress';
import { UNIT_STATUSES, type UnitStatus } from '../translation/unit-status';

export type AssignmentProgress =
  | { task: 'annotate'; annotations: number; coveredSentences: number; sentences: number }
  | { task: 'translate'; units: Record<UnitStatus, number>; total: number; done: number };

export interface QueueItem {
  assignment: AssignmentRow;
  progress: AssignmentProgress;
}

/** Units that count as done for a translator: translated or beyond. */
const DONE_STATUSES: readonly UnitStatus[] = ['translated', 'reviewed', 'approved'];

function emptyUnitCounts(): Record<UnitStatus, number> {
  return Object.fromEntries(UNIT_STATUSES.map((status) => [status, 0])) as Record<UnitStatus, number>;
}

/** The assignments of `userId`, open ones first, each with its progress. */
export function loadAssignmentQueue(db: Db, userId: number): QueueItem[] {
  const assignments = listAssignmentsByUserId(db, userId);
  const layers = new Map(listLayerProgressByUserId(db, userId).map((row) => [row.documentId, row]));
  // Computed once for every document, only when a translate assignment needs it.
  const translation = new Map(
    assignments.some((a) => a.task === 'translate') ? getTranslationProgress(db).map((row) => [row.documentId, row.units] as const) : [],
  );
  return assignments.map((assignment): QueueItem => {
    if (assignment.task === 'annotate') {
      const layer = layers.get(assignment.documentId);
      return {
        assignment,
        progress: { task: 'annotate', annotations: layer?.annotations ?? 0, coveredSentences: layer?.coveredSentences ?? 0, sentences: layer?.sentences ?? 0 },
      };
    }
    // An older version of a document has no progress row (progress counts the latest versions).
    const counts = translation.get(assignment.documentId) ?? emptyUnitCounts();
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const done = DONE_STATUSES.reduce((sum, status) => sum + counts[status], 0);
    return { assignment, progress: { task: 'translate', units: counts, total, done } };
  });
}
