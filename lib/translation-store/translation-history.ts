// A unit's full history (who changed what, when) and restoring an earlier text as a new revision.
import { hasPermission } from '../auth/roles';
import type { Db } from '../db/connection';
import { getTranslationEventById, listTranslationEventsByTranslationId, type TranslationAction } from '../db/queries/translations';
import { AppError } from '../errors';
import type { UnitStatus } from '../translation/unit-status';
import { loadTranslationUnit, type TranslationUnit } from './load-translation-workspace';
import { assertCurrentRevision, now, remapAlignments, requireUnit, requireWritableUnit, writeTranslation } from './record-translation-write';
import type { StatusWriter } from './save-translation';

export interface TranslationHistoryEntry {
  id: number;
  revision: number;
  action: TranslationAction;
  /** The state after this write. */
  text: string;
  status: UnitStatus;
  comment: string | null;
  /** The writer's display name, or how the audit log names a writer without an account (`cli:ani`). */
  user: string | null;
  at: string;
}

/** The history of the unit `sentenceId`, oldest first (empty while it has no translation); unit.notFound (404). */
export function getTranslationHistory(db: Db, sentenceId: number): TranslationHistoryEntry[] {
  const row = requireUnit(db, sentenceId);
  if (!row.translation) return [];
  return listTranslationEventsByTranslationId(db, row.translation.id).map((event) => ({
    id: event.id,
    revision: event.revision,
    action: event.action,
    text: event.after.text,
    status: event.after.status,
    comment: event.after.comment,
    user: event.userName ?? (event.userId === null ? event.actor : null),
    at: event.at,
  }));
}

export interface RestoreRequest {
  /** The revision the client saw. */
  revision: number;
  /** The history event whose text comes back. */
  eventId: number;
}

/**
 * Restores the text an earlier write left (event `eventId` of this unit) as a new revision with
 * status draft, mapping the alignments through the change. Restoring what is already there is a
 * no-op. Throws unit.notFound, translation.eventNotFound (404), translation.staleRevision (409),
 * and translation.statusNotAllowed (403) when a role that does not review would reopen accepted work.
 */
export function restoreTranslation(db: Db, sentenceId: number, request: RestoreRequest, by: StatusWriter): TranslationUnit {
  return db
    .transaction((): TranslationUnit => {
      const row = requireWritableUnit(db, sentenceId);
      assertCurrentRevision(db, row, request.revision);
      const current = row.translation;
      const event = getTranslationEventById(db, request.eventId);
      if (!current || !event || event.translationId !== current.id) {
        throw new AppError('translation.eventNotFound', { id: request.eventId });
      }
      const text = event.after.text;
      if (text === current.text && current.status === 'draft') return loadTranslationUnit(db, row);
      if (current.status !== 'draft' && current.status !== 'translated' && !hasPermission(by.role, 'translation.review')) {
        throw new AppError('translation.statusNotAllowed', { from: current.status, to: 'draft' });
      }
      remapAlignments(db, current.id, current.text, text, by.userId, now());
      writeTranslation(
        db,
        row,
        { text, status: 'draft', comment: current.comment, textWriter: true, details: { restoredFrom: event.revision } },
        'restore',
        by,
      );
      return loadTranslationUnit(db, requireUnit(db, sentenceId));
    })
    .immediate();
}
