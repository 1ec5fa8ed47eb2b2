// Aligning an annotation with the English words that render it: one alignment per annotation and
// unit, checked against the unit's English text and the annotations that overlap the unit.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import {
  deleteAlignmentById,
  getAlignmentByAnnotationAndTranslation,
  getAlignmentById,
  listAlignableAnnotationsInRange,
  upsertAlignment,
} from '../db/queries/alignments';
import { insertAuditEntry } from '../db/queries/audit';
import { AppError } from '../errors';
import { loadTranslationUnit, type TranslationUnit } from './load-translation-workspace';
import { assertMayReopen } from './merge-units';
import { actorOf, now, requireWritableUnit } from './record-translation-write';
import type { StatusWriter } from './save-translation';

export interface AlignmentInput {
  annotationId: string;
  start: number;
  end: number;
  quote: string;
}

/**
 * Aligns an annotation of the unit with a span of the unit's English text, replacing the alignment
 * it had in this unit; returns the unit. Throws unit.notFound (404), alignment.noTranslation (400)
 * while the unit has no English text, alignment.annotationNotInUnit (400) for an annotation that is
 * not an accepted, placed annotation overlapping the unit, alignment.outOfRange (400) and
 * alignment.quoteMismatch (400) when the span does not hold the quoted words.
 */
export function alignAnnotation(db: Db, sentenceId: number, input: AlignmentInput, by: StatusWriter): TranslationUnit {
  return db
    .transaction((): TranslationUnit => {
      const row = requireWritableUnit(db, sentenceId);
      // Accepted work changes only through a reviewer, alignments included.
      assertMayReopen([row], by);
      const translation = row.translation;
      if (!translation || translation.text.trim() === '') throw new AppError('alignment.noTranslation', { id: sentenceId });
      const inUnit = listAlignableAnnotationsInRange(db, row.documentId, row.start, row.end);
      if (!inUnit.some((a) => a.id === input.annotationId)) {
        throw new AppError('alignment.annotationNotInUnit', { annotation: input.annotationId, unit: sentenceId });
      }
      const { start, end, quote } = input;
      const length = translation.text.length;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > length) {
        throw new AppError('alignment.outOfRange', { start, end, length });
      }
      const expected = translation.text.slice(start, end);
      if (expected !== quote) throw new AppError('alignment.quoteMismatch', { quote, expected, start, end });
      const before = getAlignmentByAnnotationAndTranslation(db, input.annotationId, translation.id);
      const after = {
        id: before?.id ?? randomUUID(),
        translationId: translation.id,
        annotationId: input.annotationId,
        start,
        end,
        quote,
        state: 'aligned' as const,
      };
      upsertAlignment(db, after, by.userId, now());
      insertAuditEntry(db, {
        userId: by.userId,
        actor: actorOf(by),
        action: before ? 'alignment.update' : 'alignment.create',
        entity: 'alignment',
        entityId: after.id,
        before,
        after: { ...after, sentenceId },
      });
      return loadTranslationUnit(db, row);
    })
    .immediate();
}

/** Removes an alignment and returns its unit; alignment.notFound (404). */
export function deleteAlignment(db: Db, id: string, by: StatusWriter): TranslationUnit {
  return db
    .transaction((): TranslationUnit => {
      const before = getAlignmentById(db, id);
      if (!before) throw new AppError('alignment.notFound', { id });
      const row = requireWritableUnit(db, before.sentenceId);
      assertMayReopen([row], by);
      deleteAlignmentById(db, id);
      insertAuditEntry(db, { userId: by.userId, actor: actorOf(by), action: 'alignment.delete', entity: 'alignment', entityId: id, before });
      return loadTranslationUnit(db, row);
    })
    .immediate();
}
