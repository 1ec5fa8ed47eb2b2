// The actor network: parties that occur together in one claim or one sentence. A node is a party
// (registry entry, or the words of an unlinked actor span) sized by its mentions; an edge joins
// two parties and weighs the passages (claims or sentences) they share; each passage is kept so
// a click can show where the two meet. Layers are merged: a span or claim marked alike in two
// layers counts once.
import type { ExportAnnotation, ExportDocument, ExportUnit } from '../../export/export-document';
import { identifyActorSpan, identifyEntity, type ActorIdentity, type ActorRegistryIndex } from './actor-node-key';

export type CooccurrenceScope = 'claim' | 'sentence';

export interface ActorNode {
  id: string;
  entityId: number | null;
  name: string;
  englishName: string | null;
  type: string | null;
  /** Actor spans naming it plus claims attributed to it (each span once across layers). */
  mentions: number;
  /** Indexes into the network's passages that hold it. */
  passages: number[];
}

export interface ActorEdge {
  id: string;
  source: string;
  target: string;
  /** How many passages hold both. */
  weight: number;
  passages: number[];
}

export interface ActorPassage {
  documentSlug: string;
  documentTitle: string;
  start: number;
  end: number;
  text: string;
  /** Node ids, in the order they first occur. */
  actors: string[];
}

export interface ActorNetwork {
  scope: CooccurrenceScope;
  nodes: ActorNode[];
  edges: ActorEdge[];
  passages: ActorPassage[];
}

/** What the network reads of an annotation. */
export type NetworkAnnotation = Pick<ExportAnnotation, 'label' | 'start' | 'end' | 'quote' | 'attributes'>;

/** What the network reads of a document: an ExportDocument, or the view's lighter read of it. */
export interface NetworkDocument extends Pick<ExportDocument, 'slug' | 'title' | 'text'> {
  annotations: readonly NetworkAnnotation[];
  units: ReadonlyArray<Pick<ExportUnit, 'start' | 'end'>>;
}

type PlacedAnnotation = NetworkAnnotation & { start: number; end: number };

interface Placed {
  identity: ActorIdentity;
  start: number;
  end: number;
}

function isPlaced(a: NetworkAnnotation): a is PlacedAnnotation {
  return a.start !== null && a.end !== null;
}

/** One entry per distinct span (layers merged), in text order. */
function distinctSpans(annotations: readonly NetworkAnnotation[], label: string): PlacedAnnotation[] {
  const seen = new Map<string, PlacedAnnotation>();
  for (const a of annotations) {
    if (a.label !== label || !isPlaced(a)) continue;
    const key = `${a.start}:${a.end}`;
    if (!seen.has(key)) seen.set(key, a);
  }
  return [...seen.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Each claim span's sources when they are actors (not the author), every layer's claim on it in order. */
function claimSourcesBySpan(annotations: readonly NetworkAnnotation[], registry: ActorRegistryIndex): Map<string, ActorIdentity[]> {
  const sources = new Map<string, ActorIdentity[]>();
  for (const claim of annotations) {
    if (claim.label !== 'claim') continue;
    const source = claim.attributes.attributed_to;
    if (typeof source !== 'number') continue;
    const key = `${claim.start}:${claim.end}`;
    const list = sources.get(key) ?? [];
    list.push(identifyEntity(source, registry));
    sources.set(key, list);
  }
  return sources;
}

/** The index of the first span (sorted by start) starting at or after `offset`. */
function firstStartingAt(spans: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((spans[middle]?.start ?? Infinity) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The spans (sorted by start) starting in [from, to), in their order. */
function startingIn<T extends { start: number }>(spans: readonly T[], from: number, to: number): T[] {
  const found: T[] = [];
  for (let i = firstStartingAt(spans, from); i < spans.length; i++) {
    const span = spans[i] as T;
    if (span.start >= to) break;
    found.push(span);
  }
  return found;
}

class NetworkBuilder {
  readonly nodes = new Map<string, ActorNode>();
  readonly edges = new Map<string, ActorEdge>();
  readonly passages: ActorPassage[] = [];

  constructor(private readonly registry: ActorRegistryIndex) {}

  node(identity: ActorIdentity): ActorNode {
    let node = this.nodes.get(identity.key);
    if (!node) {
      const entity = identity.entityId === null ? undefined : this.registry.byId.get(identity.entityId);
      node = {
        id: identity.key,
        entityId: identity.entityId,
        name: identity.name,
        englishName: entity?.englishName ?? null,
        type: entity?.type ?? null,
        mentions: 0,
        passages: [],
      };
      this.nodes.set(identity.key, node);
    }
    return node;
  }

  /** A passage holding these parties: linked to each, and to each pair's edge. */
  addPassage(doc: NetworkDocument, start: number, end: number, members: readonly ActorIdentity[]): void {
    const ids = [...new Set(members.map((m) => m.key))];
    if (ids.length === 0) return;
    const index = this.passages.length;
    this.passages.push({ documentSlug: doc.slug, documentTitle: doc.title, start, end, text: doc.text.slice(start, end), actors: ids });
    for (const member of members) {
      const node = this.node(member);
      if (node.passages[node.passages.length - 1] !== index) node.passages.push(index);
    }
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const source = sorted[i] as string;
        const target = sorted[j] as string;
        const id = `${source}|${target}`;
        const edge = this.edges.get(id) ?? { id, source, target, weight: 0, passages: [] };
        edge.weight++;
        edge.passages.push(index);
        this.edges.set(id, edge);
      }
    }
  }

  addDocument(doc: NetworkDocument, scope: CooccurrenceScope): void {
    // Spans sorted by start, so the spans in a claim or a unit are found by a binary search.
    const actors: Placed[] = distinctSpans(doc.annotations, 'actor').map((a) => ({
      identity: identifyActorSpan(a.attributes.entity, a.quote, this.registry),
      start: a.start,
      end: a.end,
    }));
    const sourcesBySpan = claimSourcesBySpan(doc.annotations, this.registry);
    const claims = distinctSpans(doc.annotations, 'claim').map((claim) => {
      const inside = startingIn(actors, claim.start, claim.end + 1).filter((a) => a.end <= claim.end);
      const sources = sourcesBySpan.get(`${claim.start}:${claim.end}`) ?? [];
      return { start: claim.start, end: claim.end, inside, sources };
    });
    for (const actor of actors) this.node(actor.identity).mentions++;
    for (const claim of claims) {
      // A source also named inside its claim (`Menurut UNICEF, ...`) is one mention, not two.
      for (const source of claim.sources) if (!claim.inside.some((a) => a.identity.key === source.key)) this.node(source).mentions++;
    }
    if (scope === 'claim') {
      for (const claim of claims) this.addPassage(doc, claim.start, claim.end, [...claim.sources, ...claim.inside.map((a) => a.identity)]);
      return;
    }
    for (const unit of doc.units) {
      const members = [
        ...startingIn(claims, unit.start, unit.end).flatMap((c) => c.sources),
        ...startingIn(actors, unit.start, unit.end).map((a) => a.identity),
      ];
      this.addPassage(doc, unit.start, unit.end, members);
    }
  }
}

/**
 * The co-occurrence network of `docs` (filtered already: the annotations to count), by claim or
 * by sentence. Nodes by mentions (most first), edges by weight; passages in document order.
 */
export function buildActorNetwork(docs: Iterable<NetworkDocument>, scope: CooccurrenceScope, registry: ActorRegistryIndex): ActorNetwork {
  const builder = new NetworkBuilder(registry);
  for (const doc of docs) builder.addDocument(doc, scope);
  const nodes = [...builder.nodes.values()].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  const edges = [...builder.edges.values()].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  return { scope, nodes, edges, passages: builder.passages };
}
