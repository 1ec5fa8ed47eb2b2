// The gold layer's reserved account, the layers a document has, and the reviewer's curation
// decisions on annotator spans.
import type { Db } from '../connection';
import { statement } from '../statement';

/** The username of the gold layer's account; '@' is outside the username rule, so no person can hold it. */
export const GOLD_USERNAME = '@gold';

export function getGoldLayerUserId(db: Db): number | undefined {
  return (statement(db, 'SELECT id FROM users WHERE username = ?').get(GOLD_USERNAME) as { id: number } | undefined)?.id;
}

/**
 * The gold layer's account id, creating the account on first use: a disabled reviewer whose
 * password hash ('!') no password verifies. Call inside the write's transaction.
 */
export function ensureGoldLayerUser(db: Db, at: string): number {
  const existing = getGoldLayerUserId(db);
  if (existing !== undefined) return existing;
  const result = statement(
    db,
    `INSERT INTO users (username, display_name, password_hash, role, created_at, created_by, disabled_at)
     VALUES (@username, 'Gold', '!', 'reviewer', @at, NULL, @at)`,
  ).run({ username: GOLD_USERNAME, at });
  return Number(result.lastInsertRowid);
}

export interface LayerOwner {
  id: number;
  username: string;
  displayName: string;
}

export function getLayerOwnersByIds(db: Db, ids: readonly number[]): LayerOwner[] {
  return statement(
    db,
    `SELECT id, username, display_name AS displayName FROM users
     WHERE id IN (SELECT value FROM json_each(?)) ORDER BY display_name, id`,
  ).all(JSON.stringify(ids)) as LayerOwner[];
}

/** Whether a document has at least one live annotation in the gold layer. */
export function documentHasGoldLayer(db: Db, documentId: number): boolean {
  return (
    statement(
      db,
      `SELECT 1 FROM annotations a JOIN users u ON u.id = a.layer_user_id
       WHERE a.document_id = ? AND u.username = '${GOLD_USERNAME}' AND a.deleted_at IS NULL LIMIT 1`,
    ).get(documentId) !== undefined
  );
}

/** Whether any document has a live gold annotation (the export page preselects the gold layer then). */
export function corpusHasGoldLayer(db: Db): boolean {
  return (
    statement(
      db,
      `SELECT 1 FROM annotations a JOIN users u ON u.id = a.layer_user_id
       WHERE u.username = '${GOLD_USERNAME}' AND a.deleted_at IS NULL LIMIT 1`,
    ).get() !== undefined
  );
}

export const CURATION_DECISIONS = ['accepted', 'rejected'] as const;
export type CurationDecisionKind = (typeof CURATION_DECISIONS)[number];

export interface CurationDecision {
  annotationId: string;
  documentId: number;
  /** The revision of the annotator's span the decision was taken on. */
  sourceRevision: number;
  decision: CurationDecisionKind;
  goldAnnotationId: string | null;
  decidedBy: number | null;
  decidedAt: string;
}

/** Records (or replaces) the decision on one annotator span. */
export function upsertCurationDecision(db: Db, decision: CurationDecision): void {
  statement(
    db,
    `INSERT INTO curation_decisions (annotation_id, document_id, source_revision, decision, gold_annotation_id, decided_by, decided_at)
     VALUES (@annotationId, @documentId, @sourceRevision, @decision, @goldAnnotationId, @decidedBy, @decidedAt)
     ON CONFLICT (annotation_id) DO UPDATE SET
       source_revision = excluded.source_revision, decision = excluded.decision,
       gold_annotation_id = excluded.gold_annotation_id, decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
  ).run(decision);
}

export function listCurationDecisionsByDocumentId(db: Db, documentId: number): CurationDecision[] {
  return statement(
    db,
    `SELECT annotation_id AS annotationId, document_id AS documentId, source_revision AS sourceRevision, decision,
            gold_annotation_id AS goldAnnotationId, decided_by AS decidedBy, decided_at AS decidedAt
     FROM curation_decisions WHERE document_id = ? ORDER BY decided_at, annotation_id`,
  ).all(documentId) as CurationDecision[];
}
