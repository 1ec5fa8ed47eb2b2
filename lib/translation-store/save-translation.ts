// Saves a unit's English text (and optionally confirms it), mapping its alignments through the
// edit in the same transaction. Every write names the revision it saw (0: no translation yet).
import { hasPermission, type Role } from '../auth/roles';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { canChangeStatus, needsComment, type UnitStatus } from '../translation/unit-status';
import { loadTranslationUnit, type TranslationUnit } from './load-translation-workspace';
import { assertCurrentRevision, now, remapAlignments, requireUnit, requireWritableUnit, writeTranslation, type Writer } from './record-translation-write';

/** A writer with the role that decides which status moves are allowed. */
export interface StatusWriter extends Writer {
  role: Role;
}

export interface TranslationEdit {
  /** The revision the client saw; 0 when the unit had no translation. */
  revision: number;
  text: string;
  /** Confirm (translated) or un-confirm (draft) along with the text; omitted keeps the status. */
  status?: 'draft' | 'translated';
}

const ACCEPTED: ReadonlySet<UnitStatus> = new Set(['reviewed', 'approved']);

/**
 * Refuses a status move the role may not make (translation.statusNotAllowed, 403), a move that
 * needs a comment without one (translation.commentRequired, 400), and a status above draft for an
 * empty text (translation.emptyText, 400).
 */
export function assertStatusChange(role: Role, from: UnitStatus, to: UnitStatus, text: string, comment: string | null): void {
  if (!canChangeStatus(role, from, to)) throw new AppError('translation.statusNotAllowed', { from, to });
  if (needsComment(role, from, to) && (comment ?? '').trim() === '') throw new AppError('translation.commentRequired', { from, to });
  if (to !== 'draft' && text.trim() === '') throw new AppError('translation.emptyText', { status: to });
}

/**
 * Stores `edit` as the unit's English text and returns the unit. The first text of a unit makes it
 * a draft; later edits keep the status unless `edit.status` moves it (checked with canChangeStatus).
 * Only a role that reviews may edit a reviewed or approved unit (others get 403): accepted work is
 * sent back before it changes. The same text and status again is a no-op (no new revision). Throws
 * unit.notFound (404), translation.staleRevision (409 with the current unit) and the status errors.
 */
export function saveTranslation(db: Db, sentenceId: number, edit: TranslationEdit, by: StatusWriter): TranslationUnit {
  return db
    .transaction((): TranslationUnit => {
      const row = requireWritableUnit(db, sentenceId);
      assertCurrentRevision(db, row, edit.revision);
      const current = row.translation;
      const oldText = current?.text ?? '';
      const currentStatus: UnitStatus = current?.status ?? 'new';
      const textChanged = edit.text !== oldText;
      if (!textChanged && (edit.status === undefined || edit.status === currentStatus)) return loadTranslationUnit(db, row);
      if (current === null && edit.text === '' && edit.status !== 'translated') return loadTranslationUnit(db, row);
      if (textChanged && ACCEPTED.has(currentStatus) && !hasPermission(by.role, 'translation.review')) {
        throw new AppError('translation.statusNotAllowed', { from: currentStatus, to: 'draft' });
      }
      const base: UnitStatus = currentStatus === 'new' ? 'draft' : currentStatus;
      const status = edit.status ?? base;
      if (status !== base) assertStatusChange(by.role, base, status, edit.text, null);
      else if (status !== 'draft' && edit.text.trim() === '') throw new AppError('translation.emptyText', { status });
      // Confirming answers a send-back: the reviewer's note is kept until the unit moves on.
      const comment = status !== currentStatus && status !== 'draft' ? null : (current?.comment ?? null);
      if (current && textChanged) remapAlignments(db, current.id, oldText, edit.text, by.userId, now());
      writeTranslation(db, row, { text: edit.text, status, comment, textWriter: textChanged }, textChanged ? 'edit' : 'status', by);
      return loadTranslationUnit(db, requireUnit(db, sentenceId));
    })
    .immediate();
}
