// One statistic annotation as a row of the statistics table: its attributes, the claim it sits in,
// the actors of that claim, and its English (the aligned counterpart, and the rendering of the
// Indonesian phrase). Built from an ExportDocument (or the same rows read lighter, see
// lib/research-store/load-view-documents.ts), so the table shows what an export would hold.
import type { AnnotationAttributes, AnnotationStatus, Entity } from '../../annotations/types';
import type { ExportAlignment, ExportAnnotation } from '../../export/export-document';
import { renderStatisticEnglish } from '../../translation/render-statistic-english';

/** Who a claim is from or names: a registry entry, an actor span without one, or the author. */
export interface StatisticActor {
  /** `source`: the claim's attributed_to; `mention`: an actor annotation inside the claim. */
  role: 'source' | 'mention';
  entityId: number | null;
  /** Null for the paper's author (attributed_to = 'author'). */
  name: string | null;
}

export interface StatisticRow {
  annotationId: string;
  documentSlug: string;
  documentTitle: string;
  start: number | null;
  end: number | null;
  quote: string;
  status: AnnotationStatus;
  /** Display name of the annotator whose layer holds it. */
  annotator: string;
  value: number | null;
  valueMax: number | null;
  kind: string | null;
  /** What is counted: the `what` attribute where a project added one, else `unit`. */
  what: string | null;
  per: number | null;
  currency: string | null;
  outOf: number | null;
  qualifier: string | null;
  year: number | null;
  claim: { id: string; quote: string } | null;
  actors: StatisticActor[];
  /** The English words aligned to the statistic by a translator (not broken), if any. */
  english: string | null;
  /** The Indonesian phrase rendered in English number format (`1,2 juta anak` → `1.2 million children`). */
  rendering: string | null;
}

/** What a row reads of an annotation (an ExportAnnotation has it; so does a view's lighter row). */
export type StatisticSourceAnnotation = Pick<ExportAnnotation, 'id' | 'label' | 'layerUserId' | 'start' | 'end' | 'quote' | 'status' | 'creator' | 'attributes'>;

/** What the rows of a document are built from: an ExportDocument, or the view's lighter read of it. */
export interface StatisticSourceDocument {
  slug: string;
  title: string;
  annotations: readonly StatisticSourceAnnotation[];
  alignments: ReadonlyArray<Pick<ExportAlignment, 'annotationId' | 'quote' | 'state'>>;
  entities: readonly Entity[];
}

function numberAttribute(attributes: AnnotationAttributes, name: string): number | null {
  const value = attributes[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function textAttribute(attributes: AnnotationAttributes, name: string): string | null {
  const value = attributes[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

type Span = Pick<ExportAnnotation, 'start' | 'end'>;

function contains(outer: Span, inner: Span): boolean {
  return (
    outer.start !== null && outer.end !== null && inner.start !== null && inner.end !== null && outer.start <= inner.start && inner.end <= outer.end
  );
}

function length(annotation: Span): number {
  return (annotation.end ?? 0) - (annotation.start ?? 0);
}

/**
 * The claim a statistic sits in: of the claims containing its span, one of the statistic's own
 * layer if there is one (the same annotator's reading), and the narrowest.
 */
export function findEnclosingClaim<T extends StatisticSourceAnnotation>(statistic: StatisticSourceAnnotation, claims: readonly T[]): T | null {
  let best: T | null = null;
  for (const claim of claims) {
    if (!contains(claim, statistic)) continue;
    if (best === null) {
      best = claim;
      continue;
    }
    const sameLayer = claim.layerUserId === statistic.layerUserId;
    const bestSameLayer = best.layerUserId === statistic.layerUserId;
    if ((sameLayer && !bestSameLayer) || (sameLayer === bestSameLayer && length(claim) < length(best))) best = claim;
  }
  return best;
}

/** The claim's source first, then the actors marked inside it in text order; each party once. */
export function claimActors(
  claim: StatisticSourceAnnotation,
  actors: readonly StatisticSourceAnnotation[],
  doc: Pick<StatisticSourceDocument, 'entities'>,
): StatisticActor[] {
  const names = new Map(doc.entities.map((entity) => [entity.id, entity.canonicalName]));
  const found: StatisticActor[] = [];
  const seen = new Set<string>();
  const add = (actor: StatisticActor): void => {
    const key = actor.entityId !== null ? `#${actor.entityId}` : actor.name === null ? 'author' : actor.name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    found.push(actor);
  };
  const source = claim.attributes.attributed_to;
  if (source === 'author') add({ role: 'source', entityId: null, name: null });
  else if (typeof source === 'number') add({ role: 'source', entityId: source, name: names.get(source) ?? `#${source}` });
  for (const actor of actors) {
    if (!contains(claim, actor)) continue;
    const entity = actor.attributes.entity;
    if (typeof entity === 'number') add({ role: 'mention', entityId: entity, name: names.get(entity) ?? actor.quote });
    else add({ role: 'mention', entityId: null, name: actor.quote });
  }
  return found;
}

/** The statistic's English counterpart: the first alignment that is not broken. */
function alignedEnglish(doc: StatisticSourceDocument, annotationId: string): string | null {
  const alignment = doc.alignments.find((a) => a.annotationId === annotationId && a.state !== 'broken');
  return alignment ? alignment.quote : null;
}

/** Every statistic annotation of a (filtered) document as a row, in text order. */
export function buildStatisticRows(doc: StatisticSourceDocument): StatisticRow[] {
  const claims = doc.annotations.filter((a) => a.label === 'claim');
  const actors = doc.annotations.filter((a) => a.label === 'actor');
  return doc.annotations
    .filter((a) => a.label === 'statistic')
    .map((statistic) => {
      const claim = findEnclosingClaim(statistic, claims);
      const attributes = statistic.attributes;
      return {
        annotationId: statistic.id,
        documentSlug: doc.slug,
        documentTitle: doc.title,
        start: statistic.start,
        end: statistic.end,
        quote: statistic.quote,
        status: statistic.status,
        annotator: statistic.creator,
        value: numberAttribute(attributes, 'value'),
        valueMax: numberAttribute(attributes, 'value_max'),
        kind: textAttribute(attributes, 'kind'),
        what: textAttribute(attributes, 'what') ?? textAttribute(attributes, 'unit'),
        per: numberAttribute(attributes, 'per'),
        currency: textAttribute(attributes, 'currency'),
        outOf: numberAttribute(attributes, 'out_of'),
        qualifier: textAttribute(attributes, 'qualifier'),
        year: numberAttribute(attributes, 'reference_year'),
        claim: claim && { id: claim.id, quote: claim.quote },
        actors: claim ? claimActors(claim, actors, doc) : [],
        english: alignedEnglish(doc, statistic.id),
        rendering: renderStatisticEnglish(statistic.quote),
      };
    });
}
