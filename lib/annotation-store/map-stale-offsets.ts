// Offsets a client computed on an older revision of a document's text (before someone else's
// source correction) are mapped through the corrections made since, as the stored annotations were.
import { StepMap } from 'prosemirror-transform';
import type { Db } from '../db/connection';
import { listSourceCorrectionsByDocumentId } from '../db/queries/corrections';

/** The range `[start, end)` of revision `fromRevision`, in the document's current text. */
export function mapOffsetsFromRevision(db: Db, documentId: number, fromRevision: number, start: number, end: number): { start: number; end: number } {
  let range = { start, end };
  for (const correction of listSourceCorrectionsByDocumentId(db, documentId)) {
    // A correction stored with revision r turned revision r - 1 into r.
    if (correction.documentRevision <= fromRevision) continue;
    const map = new StepMap([correction.start, correction.end - correction.start, correction.after.length]);
    range = { start: map.map(range.start, 1), end: map.map(range.end, -1) };
  }
  return range;
}
