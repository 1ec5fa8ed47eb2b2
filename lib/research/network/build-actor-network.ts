// The actor network: parties that occur together in one claim or one sentence. A node is a party
// (registry entry, or the words of an unlinked actor span) sized by its mentions; an edge joins
// two parties and weighs the passages (claims or sentences) they share; each passage is kept so
// a click can show where the two meet. Layers are merged: a span or claim marked alike in two
// layers counts once.
import type { ExportAnnotation, ExportDocument } from '../../export/export-document';
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

interface Placed {
  identity: ActorIdentity;
  start: number;
  end: number;
}

function isPlaced(a: ExportAnnotation): a is ExportAnnotation & { start: number; end: number } {
  return a.start !== null && a.end !== null;
}

/** One entry per distinct span (layers merged), in text order. */
function distinctSpans(annotations: readonly ExportAnnotation[], label: string): Array<ExportAnnotation & { start: number; end: number }> {
  const seen = new Map<string, ExportAnnotation & { start: number; end: number }>();
  for (const a of annotations) {
    if (a.label !== label || !isPlaced(a)) continue;
    const key = `${a.start}:${a.end}`;
    if (!seen.has(key)) seen.set(key, a);
  }
  return [...seen.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A claim's source when it is an actor (not the author). */
function claimSource(claims: readonly ExportAnnotation[], start: number, end: number, registry: ActorRegistryIndex): ActorIdentity[] {
  const sources: ActorIdentity[] = [];
  for (const claim of claims) {
    if (claim.label !== 'claim' || claim.start !== start || claim.end !== end) continue;
    const source = claim.attributes.attributed_to;
    if (typeof source === 'number') sources.push(identifyEntity(source, registry));
  }
  return sources;
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
  addPassage(doc: ExportDocument, start: number, end: number, members: readonly ActorIdentity[]): void {
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

  addDocument(doc: ExportDocument, scope: CooccurrenceScope): void {
    const actors: Placed[] = distinctSpans(doc.annotations, 'actor').map((a) => ({
      identity: identifyActorSpan(a.attributes.entity, a.quote, this.registry),
      start: a.start,
      end: a.end,
    }));
    const claims = distinctSpans(doc.annotations, 'claim').map((claim) => {
      const inside = actors.filter((a) => claim.start <= a.start && a.end <= claim.end);
      const sources = claimSource(doc.annotations, claim.start, claim.end, this.registry);
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
        ...claims.filter((c) => unit.start <= c.start && c.start < unit.end).flatMap((c) => c.sources),
        ...actors.filter((a) => unit.start <= a.start && a.start < unit.end).map((a) => a.identity),
      ];
      this.addPassage(doc, unit.start, unit.end, members);
    }
  }
}

/**
 * The co-occurrence network of `docs` (filtered already: the annotations to count), by claim or
 * by sentence. Nodes by mentions (most first), edges by weight; passages in document order.
 */
export function buildActorNetwork(docs: Iterable<ExportDocument>, scope: CooccurrenceScope, registry: ActorRegistryIndex): ActorNetwork {
  const builder = new NetworkBuilder(registry);
  for (const doc of docs) builder.addDocument(doc, scope);
  const nodes = [...builder.nodes.values()].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  const edges = [...builder.edges.values()].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  return { scope, nodes, edges, passages: builder.passages };
}
