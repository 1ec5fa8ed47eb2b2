// Merges a unit with the next one in its block when the sentence splitter cut one sentence in two:
// the source ranges join, the English texts join with a space, both go back to draft, and the
// second unit's alignments move over, still on the same English words.
import { hasPermission } from '../auth/roles';
import type { Db } from '../db/connection';
import { deleteAlignmentById, listAlignmentsByTranslationId, updateAlignment, type UnitAlignmentRecord } from '../db/queries/alignments';
import { deleteTmEntryBySentenceId } from '../db/queries/translation-memory';
import { deleteSentence, shiftSentenceOrds, updateSentenceRange } from '../db/queries/translation-units';
import { getNeighbourUnitRow, getTranslatableDocumentById, type UnitRow } from '../db/queries/translations';
import { AppError } from '../errors';
import { loadTranslationWorkspace, type TranslationWorkspace } from './load-translation-workspace';
import { auditUnitWrite, now, requireUnit, requireWritableUnit, snapshotOf, writeTranslation } from './record-translation-write';
import type { StatusWriter } from './save-translation';

/** Refuses to reopen reviewed or approved work for a role that does not review (403). */
export function assertMayReopen(rows: readonly UnitRow[], by: StatusWriter): void {
  for (const row of rows) {
    const status = row.translation?.status;
    if ((status === 'reviewed' || status === 'approved') && !hasPermission(by.role, 'translation.review')) {
      throw new AppError('translation.statusNotAllowed', { from: status, to: 'draft' });
    }
  }
}

/** One alignment covering both parts of an annotation that was aligned in each of the two units. */
function joinAlignments(first: UnitAlignmentRecord, second: UnitAlignmentRecord, text: string): UnitAlignmentRecord {
  if (second.state === 'broken') return first;
  if (first.state === 'broken') return { ...second, id: first.id };
  const start = Math.min(first.start, second.start);
  const end = Math.max(first.end, second.end);
  const state = first.state === 'aligned' && second.state === 'aligned' ? 'aligned' : 'moved';
  return { ...first, start, end, quote: text.slice(start, end), state };
}

/**
 * Merges unit `sentenceId` with the next unit of the same block and returns the document's
 * workspace. Throws unit.notFound (404), unit.noNextUnit (400) for the last unit of a block, and
 * translation.statusNotAllowed (403) when a role that does not review would reopen accepted work.
 */
export function mergeUnits(db: Db, sentenceId: number, by: StatusWriter): TranslationWorkspace {
  return db
    .transaction((): TranslationWorkspace => {
      const first = requireWritableUnit(db, sentenceId);
      const second = getNeighbourUnitRow(db, first.documentId, first.ord, 1);
      if (!second || second.blockId !== first.blockId || second.ord !== first.ord + 1) {
        throw new AppError('unit.noNextUnit', { id: sentenceId });
      }
      assertMayReopen([first, second], by);
      const doc = getTranslatableDocumentById(db, first.documentId);
      if (!doc) throw new Error(`document ${first.documentId} is missing`);
      const a = first.translation;
      const b = second.translation;
      const textA = a?.text ?? '';
      const textB = b?.text ?? '';
      const separator = textA !== '' && textB !== '' ? ' ' : '';
      const text = textA + separator + textB;
      const shift = textA.length + separator.length;
      const at = now();
      const details = {
        merged: {
          first: { sentenceId: first.sentenceId, start: first.start, end: first.end, ...snapshotOf(a) },
          second: { sentenceId: second.sentenceId, start: second.start, end: second.end, ...snapshotOf(b) },
        },
      };

      if (a && b) {
        const own = new Map(listAlignmentsByTranslationId(db, a.id).map((al) => [al.annotationId, al]));
        for (const moved of listAlignmentsByTranslationId(db, b.id)) {
          const shifted = { ...moved, translationId: a.id, start: moved.start + shift, end: moved.end + shift };
          const existing = own.get(moved.annotationId);
          // An annotation crossing the two units was aligned in each: one alignment now spans both parts.
          if (existing) {
            deleteAlignmentById(db, moved.id);
            updateAlignment(db, joinAlignments(existing, shifted, text), by.userId, at);
          } else {
            updateAlignment(db, shifted, by.userId, at);
          }
        }
      }
      const target = a ?? b;
      if (target) {
        // With only the second unit translated, its translation (and history) moves to the first sentence.
        writeTranslation(
          db,
          { ...first, translation: target },
          { text, status: 'draft', comment: a?.comment ?? b?.comment ?? null, textWriter: text !== target.text, details },
          'merge',
          by,
        );
      }
      deleteTmEntryBySentenceId(db, second.sentenceId);
      updateSentenceRange(db, first.sentenceId, first.start, second.end);
      deleteSentence(db, second.sentenceId);
      shiftSentenceOrds(db, first.documentId, second.ord + 1, -1);
      auditUnitWrite(db, 'merge', first.sentenceId, { ...details, start: first.start, end: second.end }, by);
      const workspace = loadTranslationWorkspace(db, doc.slug);
      if (!workspace) throw new Error(`document ${doc.slug} vanished inside its transaction`);
      return workspace;
    })
    .immediate();
}
