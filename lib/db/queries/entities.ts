// The actor registry: entities with their aliases, search by name, and where each one is mentioned.
import type { ActorType, Entity } from '../../annotations/types';
import type { Db } from '../connection';
import { statement } from '../statement';

interface EntityRow {
  id: number;
  canonicalName: string;
  englishName: string | null;
  type: ActorType;
  aliases: string;
}

// Aliases come back as a JSON array in one row per entity, ordered by when they were added.
const ENTITY_SELECT = `
  SELECT e.id, e.canonical_name AS canonicalName, e.english_name AS englishName, e.type,
         (SELECT coalesce(json_group_array(alias), '[]')
          FROM (SELECT alias FROM entity_aliases a WHERE a.entity_id = e.id ORDER BY a.id)) AS aliases
  FROM entities e`;

function toEntity(row: EntityRow): Entity {
  return { ...row, aliases: JSON.parse(row.aliases) as string[] };
}

/** The whole registry, by canonical name. */
export function listEntities(db: Db): Entity[] {
  return (statement(db, `${ENTITY_SELECT} ORDER BY e.canonical_name COLLATE NOCASE`).all() as EntityRow[]).map(toEntity);
}

export function getEntityById(db: Db, id: number): Entity | undefined {
  const row = statement(db, `${ENTITY_SELECT} WHERE e.id = ?`).get(id) as EntityRow | undefined;
  return row && toEntity(row);
}

export function entityExists(db: Db, id: number): boolean {
  return statement(db, 'SELECT 1 FROM entities WHERE id = ?').get(id) !== undefined;
}

/**
 * Entities whose canonical name, English name or an alias contains `query` (case-insensitive for
 * ASCII, as SQLite's LIKE), names starting with it first.
 */
export function searchEntities(db: Db, query: string, limit: number): Entity[] {
  const escaped = query.replace(/[\\%_]/g, (c) => `\\${c}`);
  return (
    statement(
      db,
      `${ENTITY_SELECT}
       WHERE e.canonical_name LIKE @contains ESCAPE '\\' OR e.english_name LIKE @contains ESCAPE '\\'
          OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND a.alias LIKE @contains ESCAPE '\\')
       ORDER BY (e.canonical_name LIKE @prefix ESCAPE '\\') DESC, e.canonical_name COLLATE NOCASE
       LIMIT @limit`,
    ).all({ contains: `%${escaped}%`, prefix: `${escaped}%`, limit }) as EntityRow[]
  ).map(toEntity);
}

/** Whether a name is already some entity's canonical name or alias (case-insensitive). */
export function isEntityNameTaken(db: Db, name: string): boolean {
  return (
    statement(
      db,
      `SELECT 1 FROM entities WHERE canonical_name = @name
       UNION ALL SELECT 1 FROM entity_aliases WHERE alias = @name LIMIT 1`,
    ).get({ name }) !== undefined
  );
}

export interface NewEntity {
  canonicalName: string;
  englishName: string | null;
  type: ActorType;
  createdBy: number | null;
}

/** Inserts an entity; returns its id. */
export function insertEntity(db: Db, entity: NewEntity): number {
  return Number(
    statement(
      db,
      `INSERT INTO entities (canonical_name, english_name, type, created_by, created_at)
       VALUES (@canonicalName, @englishName, @type, @createdBy, @createdAt)`,
    ).run({ ...entity, createdAt: new Date().toISOString() }).lastInsertRowid,
  );
}

export function insertEntityAlias(db: Db, entityId: number, alias: string): void {
  statement(db, 'INSERT INTO entity_aliases (entity_id, alias) VALUES (@entityId, @alias)').run({ entityId, alias });
}

export interface EntityMention {
  entityId: number;
  annotationId: string;
  documentSlug: string;
  documentTitle: string;
  quote: string;
  start: number | null;
}

/**
 * Actor annotations that link an entity, in the current version of each document, every layer,
 * accepted (never a suggestion no person confirmed) and not deleted; by document and position.
 */
export function listEntityMentions(db: Db): EntityMention[] {
  return statement(
    db,
    `SELECT json_extract(a.attributes, '$.entity') AS entityId, a.id AS annotationId, d.slug AS documentSlug,
            d.title AS documentTitle, a.quote, a.start_offset AS start
     FROM annotations a JOIN documents d ON d.id = a.document_id
     WHERE a.label = 'actor' AND a.deleted_at IS NULL AND a.status = 'accepted'
       AND json_type(a.attributes, '$.entity') = 'integer'
       AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.supersedes = d.id)
     ORDER BY d.source_path, a.start_offset, a.id`,
  ).all() as EntityMention[];
}
