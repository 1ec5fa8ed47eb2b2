// The audit log: who wrote what, when, with the state before and after.
import type { Db } from '../connection';
import { statement } from '../statement';

export interface AuditEntry {
  userId: number | null;
  /** Who wrote when no user did (`cli:<os user>`); defaults to `user:<id>` or `system`. */
  actor?: string;
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Records one write; call inside the transaction of the write it describes. */
export function insertAuditEntry(db: Db, entry: AuditEntry): void {
  statement(
    db,
    `INSERT INTO audit_log (at, user_id, actor, action, entity, entity_id, before, after)
     VALUES (@at, @userId, @actor, @action, @entity, @entityId, @before, @after)`,
  ).run({
    at: new Date().toISOString(),
    userId: entry.userId,
    actor: entry.actor ?? (entry.userId === null ? 'system' : `user:${entry.userId}`),
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId === null ? null : String(entry.entityId),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  });
}

export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
}

export function getAuditEntriesByEntity(db: Db, entity: string, entityId: string | number): AuditRow[] {
  return statement(
      db,
      `SELECT id, at, user_id AS userId, actor, action, entity, entity_id AS entityId
       FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id`,
    )
    .all(entity, String(entityId)) as AuditRow[];
}
