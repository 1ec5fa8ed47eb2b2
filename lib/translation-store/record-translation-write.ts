// What every translation write shares: finding the unit, the revision check, storing the new state
// with its history event and audit entry, keeping the translation memory in step (a unit is in the
// memory exactly while it is reviewed or approved), and moving alignments through an edit of the
// English text. Call these inside the write's transaction.
import { actorOf, now, refuseSupersededDocument, type Writer } from '../annotation-store/record-annotation-write';
import type { Db } from '../db/connection';
import { listAlignmentsByTranslationId, updateAlignment, type UnitAlignmentRecord } from '../db/queries/alignments';
import { insertAuditEntry } from '../db/queries/audit';
import { getTranslatableDocumentById } from '../db/queries/translations';
import {
  getNeighbourUnitRow,
  getUnitRowBySentenceId,
  insertTranslation,
  insertTranslationEvent,
  updateTranslation,
  type TranslationAction,
  type TranslationRecord,
  type TranslationSnapshot,
  type UnitRow,
} from '../db/queries/translations';
import { deleteTmEntryBySentenceId, upsertUnitTmEntry } from '../db/queries/translation-memory';
import { AppError } from '../errors';
import { mapAlignmentsThroughEdit, type MappedAlignment } from '../translation/alignment/map-alignments-through-edit';
import type { UnitStatus } from '../translation/unit-status';
import { loadTranslationUnit } from './load-translation-workspace';

export { actorOf, now, type Writer };

/** Statuses whose units the translation memory holds. */
const IN_MEMORY: ReadonlySet<UnitStatus> = new Set(['reviewed', 'approved']);

/** The unit (a sentence outside page furniture) with id `sentenceId`, or unit.notFound (404). */
export function requireUnit(db: Db, sentenceId: number): UnitRow {
  const row = getUnitRowBySentenceId(db, sentenceId);
  if (!row) throw new AppError('unit.notFound', { id: sentenceId });
  return row;
}

/**
 * The unit a write aims at: unit.notFound (404), or document.superseded (409) in an old version of
 * a document, whose work a newer version no longer sees.
 */
export function requireWritableUnit(db: Db, sentenceId: number): UnitRow {
  const row = requireUnit(db, sentenceId);
  refuseSupersededDocument(db, row.documentId);
  return row;
}

/** Refuses a write based on another revision than the stored one (0 = no translation yet) with a 409 carrying the unit. */
export function assertCurrentRevision(db: Db, row: UnitRow, revision: number): void {
  const current = row.translation?.revision ?? 0;
  if (current !== revision) {
    throw new AppError('translation.staleRevision', { revision, current }, { current: loadTranslationUnit(db, row) });
  }
}

/** The state a history event records; a unit without a translation is empty and `new`. */
export function snapshotOf(translation: TranslationRecord | null): TranslationSnapshot {
  return translation
    ? { text: translation.text, status: translation.status, comment: translation.comment }
    : { text: '', status: 'new', comment: null };
}

export interface NextTranslation {
  text: string;
  status: UnitStatus;
  comment: string | null;
  /** Whether the English text is written by this change (false for a pure status move). */
  textWriter: boolean;
  /** Extra facts for the history event (a merge's other unit, a split's ranges). */
  details?: Record<string, unknown>;
}

/**
 * Stores the next state of a unit's translation (inserting the first one at revision 1), records
 * its history event and audit entry, and updates the translation memory. Returns the translation id.
 */
export function writeTranslation(db: Db, row: UnitRow, next: NextTranslation, action: TranslationAction, by: Writer): number {
  const at = now();
  const before = row.translation;
  const revision = (before?.revision ?? 0) + 1;
  const write = {
    documentId: row.documentId,
    sentenceId: row.sentenceId,
    text: next.text,
    status: next.status,
    revision,
    comment: next.comment,
    userId: by.userId,
    at,
    statusChanged: before === null || before.status !== next.status,
  };
  let id: number;
  if (before === null) {
    id = insertTranslation(db, write);
  } else {
    id = before.id;
    if (!updateTranslation(db, id, write, before.revision, next.textWriter)) {
      throw new Error(`translation ${id} changed inside its transaction`);
    }
  }
  const after = { text: next.text, status: next.status, comment: next.comment, ...next.details };
  insertTranslationEvent(db, {
    translationId: id,
    revision,
    action,
    before: before && snapshotOf(before),
    after,
    userId: by.userId,
    actor: actorOf(by),
    at,
  });
  insertAuditEntry(db, {
    userId: by.userId,
    actor: actorOf(by),
    action: `translation.${action}`,
    entity: 'translation',
    entityId: id,
    before: before ? { sentenceId: row.sentenceId, ...snapshotOf(before) } : undefined,
    after: { sentenceId: row.sentenceId, revision, ...after },
  });
  syncTranslationMemory(db, row.sentenceId);
  return id;
}

/**
 * Puts a unit in the translation memory while it is reviewed or approved (with its neighbours'
 * sources, for context matches), and takes it out otherwise.
 */
export function syncTranslationMemory(db: Db, sentenceId: number): void {
  const row = getUnitRowBySentenceId(db, sentenceId);
  const translation = row?.translation;
  if (!row || !translation || !IN_MEMORY.has(translation.status) || translation.text.trim() === '') {
    deleteTmEntryBySentenceId(db, sentenceId);
    return;
  }
  const doc = getTranslatableDocumentById(db, row.documentId);
  if (!doc) throw new Error(`document ${row.documentId} is missing`);
  const sourceOf = (unit: UnitRow | undefined): string | null => (unit ? doc.text.slice(unit.start, unit.end) : null);
  upsertUnitTmEntry(db, {
    source: doc.text.slice(row.start, row.end),
    target: translation.text,
    documentId: row.documentId,
    sentenceId,
    previousSource: sourceOf(getNeighbourUnitRow(db, row.documentId, row.ord, -1)),
    nextSource: sourceOf(getNeighbourUnitRow(db, row.documentId, row.ord, 1)),
    updatedAt: now(),
  });
}

/** Records a unit-level write (merge, split) in the audit log. */
export function auditUnitWrite(db: Db, action: string, sentenceId: number, details: Record<string, unknown>, by: Writer): void {
  insertAuditEntry(db, { userId: by.userId, actor: actorOf(by), action: `unit.${action}`, entity: 'unit', entityId: sentenceId, after: details });
}

// Alignments through an edit of the English text: mapping, then quote re-anchoring, else flagged broken.

/** Whether the alignment's range can go through the mapper (it refuses empty or outside ranges). */
function isMappable(alignment: UnitAlignmentRecord, oldText: string): boolean {
  return alignment.start >= 0 && alignment.end > alignment.start && alignment.end <= oldText.length;
}

/**
 * The alignments after their English text went from `oldText` to `newText`. A moved or broken
 * alignment found again is `moved` (to confirm), never silently `aligned`; a broken one left with
 * an empty range stays broken (clamped into the new text) until a person aligns it again.
 */
function mapStoredAlignments(
  alignments: readonly UnitAlignmentRecord[],
  oldText: string,
  newText: string,
): Array<UnitAlignmentRecord & MappedAlignment> {
  const mappable = alignments.filter((a) => isMappable(a, oldText));
  const mapped = new Map(mapAlignmentsThroughEdit(oldText, newText, mappable).map((m) => [m.id, m]));
  return alignments.map((alignment) => {
    const moved = mapped.get(alignment.id);
    // A flag stays until a person aligns the span again: a moved or re-found span is not confirmed by an edit.
    if (moved) return { ...alignment, ...moved, state: alignment.state !== 'aligned' && moved.state === 'aligned' ? 'moved' : moved.state };
    const start = Math.min(alignment.start, newText.length);
    return { ...alignment, start, end: Math.max(start, Math.min(alignment.end, newText.length)), state: 'broken' as const };
  });
}

/** Maps and stores the alignments of a translation whose text changed; returns how many changed. */
export function remapAlignments(db: Db, translationId: number, oldText: string, newText: string, userId: number | null, at: string): number {
  const before = listAlignmentsByTranslationId(db, translationId);
  let changed = 0;
  for (const next of mapStoredAlignments(before, oldText, newText)) {
    const old = before.find((a) => a.id === next.id);
    if (old && old.start === next.start && old.end === next.end && old.quote === next.quote && old.state === next.state) continue;
    updateAlignment(db, next, userId, at);
    changed++;
  }
  return changed;
}
