// Which party an actor span or a claim's source stands for: its registry entry when it links one
// (or when its words are a registry name or alias), else its own words, folded.
import type { Entity } from '../../annotations/types';
import { foldText } from '../statistics/fold-text';

export interface ActorIdentity {
  /** `entity:<id>` or `name:<folded words>`. */
  key: string;
  entityId: number | null;
  name: string;
}

export interface ActorRegistryIndex {
  byId: Map<number, Entity>;
  byName: Map<string, Entity>;
}

/** The registry indexed by id and by every folded name and alias. */
export function indexActorRegistry(entities: readonly Entity[]): ActorRegistryIndex {
  const byId = new Map<number, Entity>();
  const byName = new Map<string, Entity>();
  for (const entity of entities) {
    byId.set(entity.id, entity);
    for (const name of [entity.canonicalName, ...entity.aliases]) {
      const folded = foldText(name);
      if (!byName.has(folded)) byName.set(folded, entity);
    }
  }
  return { byId, byName };
}

function ofEntity(entity: Entity): ActorIdentity {
  return { key: `entity:${entity.id}`, entityId: entity.id, name: entity.canonicalName };
}

/** The party of an entity id (a number from `entity` or `attributed_to`); unknown ids keep their number. */
export function identifyEntity(id: number, registry: ActorRegistryIndex): ActorIdentity {
  const entity = registry.byId.get(id);
  return entity ? ofEntity(entity) : { key: `entity:${id}`, entityId: id, name: `#${id}` };
}

/** The party an actor span names: its linked entry, a registry entry its words name, or the words. */
export function identifyActorSpan(entity: unknown, quote: string, registry: ActorRegistryIndex): ActorIdentity {
  if (typeof entity === 'number') return identifyEntity(entity, registry);
  const folded = foldText(quote);
  const named = registry.byName.get(folded);
  return named ? ofEntity(named) : { key: `name:${folded}`, entityId: null, name: quote.trim() };
}
