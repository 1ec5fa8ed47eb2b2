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

export interface AuditFilters {
  userId?: number;
  action?: string;
  entity?: string;
  entityId?: string;
  /** ISO times: from inclusive, until exclusive. */
  from?: string;
  until?: string;
}

export interface AuditLogEntry extends AuditRow {
  username: string | null;
  before: unknown;
  after: unknown;
}

// One statement for every combination of filters: an absent filter is NULL and matches all rows.
const FILTERED = `FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
  WHERE (@userId IS NULL OR a.user_id = @userId)
    AND (@action IS NULL OR a.action = @action)
    AND (@entity IS NULL OR a.entity = @entity)
    AND (@entityId IS NULL OR a.entity_id = @entityId)
    AND (@from IS NULL OR a.at >= @from)
    AND (@until IS NULL OR a.at < @until)`;

function filterParams(filters: AuditFilters) {
  return {
    userId: filters.userId ?? null,
    action: filters.action ?? null,
    entity: filters.entity ?? null,
    entityId: filters.entityId ?? null,
    from: filters.from ?? null,
    until: filters.until ?? null,
  };
}

/** How many entries match the filters. */
export function countAuditEntries(db: Db, filters: AuditFilters): number {
  return (statement(db, `SELECT count(*) AS n ${FILTERED}`).get(filterParams(filters)) as { n: number }).n;
}

/** One page of matching entries, newest first, with their before/after states parsed. */
export function listAuditEntries(db: Db, filters: AuditFilters, page: { limit: number; offset: number }): AuditLogEntry[] {
  const rows = statement(
    db,
    `SELECT a.id, a.at, a.user_id AS userId, u.username, a.actor, a.action, a.entity, a.entity_id AS entityId,
            a.before, a.after
     ${FILTERED} ORDER BY a.id DESC LIMIT @limit OFFSET @offset`,
  ).all({ ...filterParams(filters), ...page }) as Array<Omit<AuditLogEntry, 'before' | 'after'> & { before: string | null; after: string | null }>;
  return rows.map((row) => ({
    ...row,
    before: row.before === null ? undefined : (JSON.parse(row.before) as unknown),
    after: row.after === null ? undefined : (JSON.parse(row.after) as unknown),
  }));
}

/** The actions and entities the log holds, for the filter choices. */
export function listAuditVocabulary(db: Db): { actions: string[]; entities: string[] } {
  const actions = statement(db, 'SELECT DISTINCT action FROM audit_log ORDER BY action').all() as Array<{ action: string }>;
  const entities = statement(db, 'SELECT DISTINCT entity FROM audit_log ORDER BY entity').all() as Array<{ entity: string }>;
  return { actions: actions.map((r) => r.action), entities: entities.map((r) => r.entity) };
}
