// Splits a unit in two when the sentence splitter joined two sentences: the source range is cut at
// a space, the English text at `targetOffset`, and each alignment goes with its annotation's side.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import {
  deleteAlignmentById,
  listAlignableAnnotationsInRange,
  listAlignmentsByTranslationId,
  updateAlignment,
  upsertAlignment,
} from '../db/queries/alignments';
import { insertSentence, shiftSentenceOrds, updateSentenceRange } from '../db/queries/translation-units';
import { getTranslatableDocumentById } from '../db/queries/translations';
import { AppError } from '../errors';
import { planSplitAlignments } from './plan-split-alignments';
import { loadTranslationWorkspace, type TranslationWorkspace } from './load-translation-workspace';
import { assertMayReopen } from './merge-units';
import { auditUnitWrite, now, requireUnit, requireWritableUnit, writeTranslation } from './record-translation-write';
import type { StatusWriter } from './save-translation';

export interface SplitRequest {
  /** A document offset at a space inside the unit (on the space, or just after it). */
  sourceOffset: number;
  /** Where the English text is cut; its end when omitted (the second unit starts untranslated). */
  targetOffset?: number;
}

const SPACE = /\s/;

/** The cut [firstEnd, secondStart) around the whitespace at `at`, or null when there is none or a side would be empty. */
function cutAtSpace(text: string, from: number, to: number, at: number): { firstEnd: number; secondStart: number } | null {
  if (!Number.isInteger(at) || at <= from || at >= to) return null;
  let firstEnd = at;
  let secondStart = at;
  while (firstEnd > from && SPACE.test(text[firstEnd - 1] ?? '')) firstEnd--;
  while (secondStart < to && SPACE.test(text[secondStart] ?? '')) secondStart++;
  if (firstEnd === secondStart || firstEnd === from || secondStart === to) return null;
  return { firstEnd, secondStart };
}

/**
 * Splits unit `sentenceId` and returns the document's workspace: the first part keeps the sentence
 * (and the translation's history), the second becomes a new sentence right after it, and the
 * sentences after it are renumbered so `ord` stays unique and in order. Both parts go back to
 * draft. Throws unit.notFound (404), unit.splitOutOfRange (400) for an offset not at a space inside
 * the unit, unit.splitTargetOutOfRange (400), and translation.statusNotAllowed (403) when a role
 * that does not review would reopen accepted work.
 */
export function splitUnit(db: Db, sentenceId: number, request: SplitRequest, by: StatusWriter): TranslationWorkspace {
  return db
    .transaction((): TranslationWorkspace => {
      const row = requireWritableUnit(db, sentenceId);
      const doc = getTranslatableDocumentById(db, row.documentId);
      if (!doc) throw new Error(`document ${row.documentId} is missing`);
      const source = cutAtSpace(doc.text, row.start, row.end, request.sourceOffset);
      if (!source) throw new AppError('unit.splitOutOfRange', { offset: request.sourceOffset, start: row.start, end: row.end });
      assertMayReopen([row], by);
      const translation = row.translation;
      const english = translation?.text ?? '';
      const targetOffset = request.targetOffset ?? english.length;
      if (!Number.isInteger(targetOffset) || targetOffset < 0 || targetOffset > english.length) {
        throw new AppError('unit.splitTargetOutOfRange', { offset: targetOffset, length: english.length });
      }
      let firstTextEnd = targetOffset;
      let secondTextStart = targetOffset;
      while (firstTextEnd > 0 && SPACE.test(english[firstTextEnd - 1] ?? '')) firstTextEnd--;
      while (secondTextStart < english.length && SPACE.test(english[secondTextStart] ?? '')) secondTextStart++;
      const firstText = english.slice(0, firstTextEnd);
      const secondText = english.slice(secondTextStart);
      const annotations = listAlignableAnnotationsInRange(db, row.documentId, row.start, row.end);

      shiftSentenceOrds(db, row.documentId, row.ord + 1, 1);
      const secondId = insertSentence(db, { documentId: row.documentId, blockId: row.blockId, ord: row.ord + 1, start: source.secondStart, end: row.end });
      updateSentenceRange(db, sentenceId, row.start, source.firstEnd);
      const details = { split: { sentenceId, start: row.start, end: row.end, text: english, sourceOffset: source.firstEnd, targetOffset } };

      if (translation) {
        const secondTranslationId =
          secondText === ''
            ? null
            : writeTranslation(db, requireUnit(db, secondId), { text: secondText, status: 'draft', comment: null, textWriter: true, details }, 'split', by);
        const plan = planSplitAlignments(listAlignmentsByTranslationId(db, translation.id), annotations, {
          sourceFirstEnd: source.firstEnd,
          sourceSecondStart: source.secondStart,
          firstText,
          secondText,
          secondTextStart,
        });
        const at = now();
        for (const alignment of plan.first) updateAlignment(db, { ...alignment, translationId: translation.id }, by.userId, at);
        for (const alignment of plan.second) {
          if (secondTranslationId === null) throw new Error('an alignment planned for a second part without English text');
          // A crossing annotation's second part is a new alignment beside the first part's.
          if (alignment.id === null) upsertAlignment(db, { ...alignment, id: randomUUID(), translationId: secondTranslationId }, by.userId, at);
          else updateAlignment(db, { ...alignment, id: alignment.id, translationId: secondTranslationId }, by.userId, at);
        }
        for (const id of plan.dropped) deleteAlignmentById(db, id);
        writeTranslation(
          db,
          requireUnit(db, sentenceId),
          { text: firstText, status: 'draft', comment: translation.comment, textWriter: firstText !== english, details: { ...details, dropped: plan.dropped } },
          'split',
          by,
        );
      }
      auditUnitWrite(db, 'split', sentenceId, { ...details, newSentenceId: secondId }, by);
      const workspace = loadTranslationWorkspace(db, doc.slug);
      if (!workspace) throw new Error(`document ${doc.slug} vanished inside its transaction`);
      return workspace;
    })
    .immediate();
}
