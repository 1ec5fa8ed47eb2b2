// The actor registry's writes and search: new entities with their aliases, aliases added later.
// A name (canonical or alias) belongs to one entity only, whatever its letter case.
import type { ActorType, Entity } from '../annotations/types';
import type { Db } from '../db/connection';
import { insertAuditEntry } from '../db/queries/audit';
import { getEntityById, insertEntity, insertEntityAlias, isEntityNameTaken, searchEntities } from '../db/queries/entities';
import { AppError } from '../errors';
import { actorOf, type Writer } from './record-annotation-write';

/** Most entities a search returns (search-as-you-type shows a short list). */
export const ENTITY_SEARCH_LIMIT = 20;

export interface NewEntityInput {
  canonicalName: string;
  englishName?: string | null;
  type: ActorType;
  aliases?: string[];
}

/** Trims and collapses runs of whitespace, as names are typed. */
function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** Entities whose name, English name or an alias contains `query`; the first ones when it is empty. */
export function findEntities(db: Db, query: string): Entity[] {
  return searchEntities(db, cleanName(query), ENTITY_SEARCH_LIMIT);
}

function assertNameFree(db: Db, name: string): void {
  if (isEntityNameTaken(db, name)) throw new AppError('entity.nameTaken', { name });
}

/** Adds an entity with its aliases; entity.nameTaken (409) when any of its names is already used. */
export function createEntity(db: Db, input: NewEntityInput, by: Writer): Entity {
  return db
    .transaction((): Entity => {
      const canonicalName = cleanName(input.canonicalName);
      const englishName = input.englishName ? cleanName(input.englishName) : null;
      const aliases: string[] = [];
      const seen = new Set([canonicalName.toLowerCase()]);
      for (const alias of (input.aliases ?? []).map(cleanName)) {
        if (alias === '' || seen.has(alias.toLowerCase())) continue;
        seen.add(alias.toLowerCase());
        aliases.push(alias);
      }
      for (const name of [canonicalName, ...aliases]) assertNameFree(db, name);
      const id = insertEntity(db, { canonicalName, englishName: englishName || null, type: input.type, createdBy: by.userId });
      for (const alias of aliases) insertEntityAlias(db, id, alias);
      const entity = getEntityById(db, id);
      if (!entity) throw new Error(`entity ${id} vanished inside its transaction`);
      insertAuditEntry(db, { userId: by.userId, actor: actorOf(by), action: 'entity.create', entity: 'entity', entityId: id, after: entity });
      return entity;
    })
    .immediate();
}

/** Adds an alias to an entity; entity.notFound (404), entity.nameTaken (409). */
export function addEntityAlias(db: Db, entityId: number, alias: string, by: Writer): Entity {
  return db
    .transaction((): Entity => {
      const before = getEntityById(db, entityId);
      if (!before) throw new AppError('entity.notFound', { id: entityId });
      const name = cleanName(alias);
      if (name === '') throw new AppError('request.invalid', { fields: 'alias' });
      assertNameFree(db, name);
      insertEntityAlias(db, entityId, name);
      const after = { ...before, aliases: [...before.aliases, name] };
      insertAuditEntry(db, {
        userId: by.userId,
        actor: actorOf(by),
        action: 'entity.addAlias',
        entity: 'entity',
        entityId,
        before,
        after,
      });
      return after;
    })
    .immediate();
}
