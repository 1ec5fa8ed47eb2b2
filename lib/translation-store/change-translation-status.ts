// Moves a unit along new → draft → translated → reviewed → approved, or sends it back with a
// comment. The translation memory follows: a unit is in it exactly while reviewed or approved.
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { needsComment, type UnitStatus } from '../translation/unit-status';
import { loadTranslationUnit, type TranslationUnit } from './load-translation-workspace';
import { assertCurrentRevision, requireUnit, requireWritableUnit, writeTranslation } from './record-translation-write';
import { assertStatusChange, type StatusWriter } from './save-translation';

export interface StatusChange {
  /** The revision the client saw. */
  revision: number;
  status: Exclude<UnitStatus, 'new'>;
  /** Why the unit goes back; required for a send-back (a reviewer moving finished work back). */
  comment?: string;
}

/**
 * Changes the status of a unit's translation and returns the unit. A send-back (see needsComment)
 * stores its comment and is recorded as `send_back`; moving forward clears an old comment. The
 * same status again is a no-op. Throws unit.notFound (404), translation.staleRevision (409 with
 * the current unit), translation.emptyText (400) for a unit without English text,
 * translation.statusNotAllowed (403) and translation.commentRequired (400).
 */
export function changeTranslationStatus(db: Db, sentenceId: number, change: StatusChange, by: StatusWriter): TranslationUnit {
  return db
    .transaction((): TranslationUnit => {
      const row = requireWritableUnit(db, sentenceId);
      assertCurrentRevision(db, row, change.revision);
      const current = row.translation;
      if (current === null) throw new AppError('translation.emptyText', { status: change.status });
      if (current.status === change.status) return loadTranslationUnit(db, row);
      const comment = change.comment?.trim() || null;
      assertStatusChange(by.role, current.status, change.status, current.text, comment);
      const sendBack = needsComment(by.role, current.status, change.status);
      const forward = !sendBack && change.status !== 'draft';
      writeTranslation(
        db,
        row,
        {
          text: current.text,
          status: change.status,
          comment: sendBack ? comment : forward ? null : current.comment,
          textWriter: false,
        },
        sendBack ? 'send_back' : 'status',
        by,
      );
      return loadTranslationUnit(db, requireUnit(db, sentenceId));
    })
    .immediate();
}
