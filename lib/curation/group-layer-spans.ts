// Groups the spans of several annotators' layers into candidates for one gold span each, and says
// whether the annotators agree on it. Pure: no database, no React.
import type { AnnotationAttributes } from '../annotations/types';

/** One placed span of one layer (orphaned annotations have no offsets and are not grouped). */
export interface LayerSpan {
  id: string;
  layerUserId: number;
  label: string;
  start: number;
  end: number;
  attributes: AnnotationAttributes;
  revision: number;
}

/**
 * `agreed`: every compared layer has exactly this span (same label, same offsets); `single`: only
 * one layer marked anything here; `disagreed`: the layers marked overlapping spans that differ in
 * label or offsets, or some layers marked it and others did not.
 */
export type SpanGroupKind = 'agreed' | 'disagreed' | 'single';

export interface SpanGroup {
  /** Stable within one grouping: the id of the group's first member in text order. */
  key: string;
  start: number;
  end: number;
  /** In text order, then by layer. */
  members: LayerSpan[];
  kind: SpanGroupKind;
  /** Whether every member carries the same attributes (an agreed span may still differ there). */
  attributesAgree: boolean;
}

/**
 * Spans of different labels are candidates for the same gold span only when they cover nearly the
 * same words (intersection over union at least this): an actor nested in a claim is not a
 * disagreement about the claim.
 */
export const LABEL_DISAGREEMENT_MIN_OVERLAP = 0.5;

function overlapRatio(a: LayerSpan, b: LayerSpan): number {
  const intersection = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (intersection <= 0) return 0;
  return intersection / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/** Whether two spans of different layers compete for one gold span. */
export function areCandidatesForOneSpan(a: LayerSpan, b: LayerSpan): boolean {
  if (a.layerUserId === b.layerUserId) return false;
  const ratio = overlapRatio(a, b);
  return a.label === b.label ? ratio > 0 : ratio >= LABEL_DISAGREEMENT_MIN_OVERLAP;
}

/** Attribute maps are equal when they hold the same keys with the same values, in any order. */
export function sameAttributeValues(a: AnnotationAttributes, b: AnnotationAttributes): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

function byTextOrder(a: LayerSpan, b: LayerSpan): number {
  return a.start - b.start || b.end - a.end || a.layerUserId - b.layerUserId || a.id.localeCompare(b.id);
}

function classify(members: readonly LayerSpan[], layerIds: readonly number[]): SpanGroupKind {
  const layers = new Set(members.map((m) => m.layerUserId));
  if (layers.size === 1) return 'single';
  const [first] = members;
  const identical = members.every((m) => first !== undefined && m.label === first.label && m.start === first.start && m.end === first.end);
  const onePerLayer = members.length === layers.size && layerIds.every((id) => layers.has(id));
  return identical && onePerLayer ? 'agreed' : 'disagreed';
}

/**
 * Groups the spans of `layerIds` (spans of other layers are ignored): spans that compete for one
 * gold span are grouped, transitively. Groups come in text order.
 */
export function groupLayerSpans(spans: readonly LayerSpan[], layerIds: readonly number[]): SpanGroup[] {
  const wanted = new Set(layerIds);
  const sorted = spans.filter((s) => wanted.has(s.layerUserId) && s.end > s.start).sort(byTextOrder);
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const up = parent[i] as number;
      parent[i] = parent[up] as number;
      i = up;
    }
    return i;
  };
  // A sweep over spans in start order: only spans still open at a start can overlap it.
  const open: number[] = [];
  sorted.forEach((span, i) => {
    for (let k = open.length - 1; k >= 0; k--) if ((sorted[open[k] as number] as LayerSpan).end <= span.start) open.splice(k, 1);
    for (const j of open) {
      if (areCandidatesForOneSpan(sorted[j] as LayerSpan, span)) parent[find(i)] = find(j);
    }
    open.push(i);
  });
  const groups = new Map<number, LayerSpan[]>();
  sorted.forEach((span, i) => {
    const root = find(i);
    const members = groups.get(root) ?? [];
    members.push(span);
    groups.set(root, members);
  });
  return [...groups.values()]
    .map((members): SpanGroup => {
      const [first] = members as [LayerSpan, ...LayerSpan[]];
      return {
        key: first.id,
        start: Math.min(...members.map((m) => m.start)),
        end: Math.max(...members.map((m) => m.end)),
        members,
        kind: classify(members, layerIds),
        attributesAgree: members.every((m) => sameAttributeValues(m.attributes, first.attributes)),
      };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end || a.key.localeCompare(b.key));
}
