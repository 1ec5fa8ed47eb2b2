// The registry page's data: every entity of the actor registry with the spans that mention it.
import type { Entity } from '../annotations/types';
import type { Db } from '../db/connection';
import { listEntities, listEntityMentions } from '../db/queries/entities';

export interface EntityMentionSummary {
  annotationId: string;
  documentSlug: string;
  documentTitle: string;
  quote: string;
  start: number | null;
}

export type EntityWithMentions = Entity & { mentions: EntityMentionSummary[] };

/**
 * Every registry entity with the actor spans that link it (current document versions, all
 * layers, not deleted or rejected), for the registry page.
 */
export function listEntitiesWithMentions(db: Db): EntityWithMentions[] {
  const byEntity = new Map<number, EntityMentionSummary[]>();
  for (const { entityId, ...mention } of listEntityMentions(db)) {
    const list = byEntity.get(entityId) ?? [];
    list.push(mention);
    byEntity.set(entityId, list);
  }
  return listEntities(db).map((entity) => ({ ...entity, mentions: byEntity.get(entity.id) ?? [] }));
}
