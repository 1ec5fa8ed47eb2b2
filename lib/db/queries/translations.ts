// Translation units (sentences outside page furniture) with their English text, and the history of
// each translation (one event per write).
import type { BlockKind } from '../../corpus/types';
import type { UnitStatus } from '../../translation/unit-status';
import type { Db } from '../connection';
import { statement } from '../statement';

export interface TranslatableDocument {
  id: number;
  slug: string;
  title: string;
  text: string;
  revision: number;
}

/** A document's id, title and normalized text (units are slices of it), without raw text or provenance. */
export function getTranslatableDocumentBySlug(db: Db, slug: string): TranslatableDocument | undefined {
  return statement(db, 'SELECT id, slug, title, text, revision FROM documents WHERE slug = ?').get(slug) as
    | TranslatableDocument
    | undefined;
}

export function getTranslatableDocumentById(db: Db, id: number): TranslatableDocument | undefined {
  return statement(db, 'SELECT id, slug, title, text, revision FROM documents WHERE id = ?').get(id) as
    | TranslatableDocument
    | undefined;
}

/** A stored translation; `updatedBy` is the display name of who last wrote the text. */
export interface TranslationRecord {
  id: number;
  documentId: number;
  sentenceId: number;
  text: string;
  status: UnitStatus;
  revision: number;
  comment: string | null;
  updatedById: number | null;
  updatedBy: string | null;
  updatedAt: string;
  statusChangedById: number | null;
  /** Display name of who gave the unit its status. */
  statusChangedBy: string | null;
  statusChangedAt: string;
}

/** A unit as stored: the sentence, its block, and its translation when one exists. */
export interface UnitRow {
  sentenceId: number;
  documentId: number;
  blockId: number;
  blockKind: BlockKind;
  ord: number;
  start: number;
  end: number;
  translation: TranslationRecord | null;
}

const UNIT_SELECT = `
  SELECT s.id AS sentenceId, s.document_id AS documentId, s.block_id AS blockId, b.kind AS blockKind, s.ord,
         s.start_offset AS start, s.end_offset AS end,
         t.id AS tId, t.text AS tText, t.status AS tStatus, t.revision AS tRevision, t.comment AS tComment,
         t.updated_by AS tUpdatedById, u.display_name AS tUpdatedBy, t.updated_at AS tUpdatedAt,
         t.status_changed_by AS tStatusChangedById, sc.display_name AS tStatusChangedBy, t.status_changed_at AS tStatusChangedAt
  FROM sentences s
  JOIN blocks b ON b.id = s.block_id
  LEFT JOIN translations t ON t.sentence_id = s.id
  LEFT JOIN users u ON u.id = t.updated_by
  LEFT JOIN users sc ON sc.id = t.status_changed_by`;

interface RawUnitRow extends Omit<UnitRow, 'translation'> {
  tId: number | null;
  tText: string;
  tStatus: UnitStatus;
  tRevision: number;
  tComment: string | null;
  tUpdatedById: number | null;
  tUpdatedBy: string | null;
  tUpdatedAt: string;
  tStatusChangedById: number | null;
  tStatusChangedBy: string | null;
  tStatusChangedAt: string;
}

// Field by field, not by rest-and-spread: V8 copies an object without some of its keys on a slow
// path, and a document has thousands of units.
function toUnitRow(row: RawUnitRow): UnitRow {
  const translation: TranslationRecord | null =
    row.tId === null
      ? null
      : {
          id: row.tId,
          documentId: row.documentId,
          sentenceId: row.sentenceId,
          text: row.tText,
          status: row.tStatus,
          revision: row.tRevision,
          comment: row.tComment,
          updatedById: row.tUpdatedById,
          updatedBy: row.tUpdatedBy,
          updatedAt: row.tUpdatedAt,
          statusChangedById: row.tStatusChangedById,
          statusChangedBy: row.tStatusChangedBy,
          statusChangedAt: row.tStatusChangedAt,
        };
  const { sentenceId, documentId, blockId, blockKind, ord, start, end } = row;
  return { sentenceId, documentId, blockId, blockKind, ord, start, end, translation };
}

/** A document's translation units in text order (page furniture is not translated). */
export function listUnitRowsByDocumentId(db: Db, documentId: number): UnitRow[] {
  return (
    statement(db, `${UNIT_SELECT} WHERE s.document_id = ? AND b.kind <> 'page_furniture' ORDER BY s.ord`).all(
      documentId,
    ) as RawUnitRow[]
  ).map(toUnitRow);
}

/** One unit by its sentence id; undefined for an unknown sentence or one in page furniture. */
export function getUnitRowBySentenceId(db: Db, sentenceId: number): UnitRow | undefined {
  const row = statement(db, `${UNIT_SELECT} WHERE s.id = ? AND b.kind <> 'page_furniture'`).get(sentenceId) as
    | RawUnitRow
    | undefined;
  return row && toUnitRow(row);
}

/** The unit just before (`-1`) or after (`1`) a sentence in its document, skipping page furniture. */
export function getNeighbourUnitRow(db: Db, documentId: number, ord: number, direction: -1 | 1): UnitRow | undefined {
  const sql =
    direction === 1
      ? `${UNIT_SELECT} WHERE s.document_id = @documentId AND s.ord > @ord AND b.kind <> 'page_furniture' ORDER BY s.ord LIMIT 1`
      : `${UNIT_SELECT} WHERE s.document_id = @documentId AND s.ord < @ord AND b.kind <> 'page_furniture' ORDER BY s.ord DESC LIMIT 1`;
  const row = statement(db, sql).get({ documentId, ord }) as RawUnitRow | undefined;
  return row && toUnitRow(row);
}

export interface TranslationWrite {
  documentId: number;
  sentenceId: number;
  text: string;
  status: UnitStatus;
  revision: number;
  comment: string | null;
  userId: number | null;
  at: string;
  /** Whether this write changes the status (so who/when of the status move too). */
  statusChanged: boolean;
}

/** Inserts a unit's first translation; returns its id. */
export function insertTranslation(db: Db, write: TranslationWrite): number {
  return Number(
    statement(
      db,
      `INSERT INTO translations (document_id, sentence_id, text, status, revision, comment, created_by, created_at,
                                 updated_by, updated_at, status_changed_by, status_changed_at)
       VALUES (@documentId, @sentenceId, @text, @status, @revision, @comment, @userId, @at, @userId, @at, @userId, @at)`,
    ).run(write).lastInsertRowid,
  );
}

/**
 * Writes a translation's new state, only if it is still at `expectedRevision`; returns whether it was.
 * `textWriter` false keeps who last wrote the text (a pure status change).
 */
export function updateTranslation(db: Db, id: number, write: TranslationWrite, expectedRevision: number, textWriter: boolean): boolean {
  return (
    statement(
      db,
      `UPDATE translations
       SET sentence_id = @sentenceId, text = @text, status = @status, revision = @revision, comment = @comment,
           updated_by = CASE WHEN @textWriter THEN @userId ELSE updated_by END,
           updated_at = CASE WHEN @textWriter THEN @at ELSE updated_at END,
           status_changed_by = CASE WHEN @statusChanged THEN @userId ELSE status_changed_by END,
           status_changed_at = CASE WHEN @statusChanged THEN @at ELSE status_changed_at END
       WHERE id = @id AND revision = @expectedRevision`,
    ).run({ ...write, id, expectedRevision, textWriter: textWriter ? 1 : 0, statusChanged: write.statusChanged ? 1 : 0 })
      .changes === 1
  );
}

export const TRANSLATION_ACTIONS = ['edit', 'status', 'send_back', 'restore', 'merge', 'split'] as const;
export type TranslationAction = (typeof TRANSLATION_ACTIONS)[number];

/** What a translation event records of the state before and after a write. */
export interface TranslationSnapshot {
  text: string;
  status: UnitStatus;
  comment: string | null;
  /** For merges and splits: the source range and the other unit involved. */
  [detail: string]: unknown;
}

export interface TranslationEvent {
  translationId: number;
  revision: number;
  action: TranslationAction;
  before: TranslationSnapshot | null;
  after: TranslationSnapshot;
  userId: number | null;
  actor: string;
  at: string;
}

/** Records one write of a translation; call inside the transaction of that write. */
export function insertTranslationEvent(db: Db, event: TranslationEvent): void {
  statement(
    db,
    `INSERT INTO translation_events (translation_id, revision, action, before, after, user_id, actor, at)
     VALUES (@translationId, @revision, @action, @before, @after, @userId, @actor, @at)`,
  ).run({ ...event, before: event.before === null ? null : JSON.stringify(event.before), after: JSON.stringify(event.after) });
}

export interface StoredTranslationEvent extends TranslationEvent {
  id: number;
  /** The writer's display name, when an account wrote. */
  userName: string | null;
}

interface RawEvent extends Omit<StoredTranslationEvent, 'before' | 'after'> {
  before: string | null;
  after: string;
}

const EVENT_SELECT = `
  SELECT e.id, e.translation_id AS translationId, e.revision, e.action, e.before, e.after, e.user_id AS userId,
         e.actor, e.at, u.display_name AS userName
  FROM translation_events e LEFT JOIN users u ON u.id = e.user_id`;

function toEvent(row: RawEvent): StoredTranslationEvent {
  return {
    ...row,
    before: row.before === null ? null : (JSON.parse(row.before) as TranslationSnapshot),
    after: JSON.parse(row.after) as TranslationSnapshot,
  };
}

/** A translation's history, oldest first. */
export function listTranslationEventsByTranslationId(db: Db, translationId: number): StoredTranslationEvent[] {
  return (statement(db, `${EVENT_SELECT} WHERE e.translation_id = ? ORDER BY e.revision`).all(translationId) as RawEvent[]).map(toEvent);
}

export function getTranslationEventById(db: Db, id: number): StoredTranslationEvent | undefined {
  const row = statement(db, `${EVENT_SELECT} WHERE e.id = ?`).get(id) as RawEvent | undefined;
  return row && toEvent(row);
}
