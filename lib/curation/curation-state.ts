// Where each candidate group stands on the way to the gold layer: still to decide, accepted,
// rejected, or already in gold. Pure: the store passes the decisions and the gold spans in.
import type { LayerSpan, SpanGroup } from './group-layer-spans';

export interface DecisionRecord {
  annotationId: string;
  sourceRevision: number;
  decision: 'accepted' | 'rejected';
}

/** A live span of the gold layer (placed). */
export interface GoldSpan {
  id: string;
  label: string;
  start: number;
  end: number;
}

export type GroupState = 'open' | 'accepted' | 'rejected' | 'inGold';

/** The decision on a span, if it was taken on the span as it is now (a later edit reopens it). */
export function currentDecision(member: LayerSpan, decisions: ReadonlyMap<string, DecisionRecord>): DecisionRecord['decision'] | null {
  const record = decisions.get(member.id);
  return record && record.sourceRevision === member.revision ? record.decision : null;
}

function spanKey(span: { label: string; start: number; end: number }): string {
  return `${span.label}:${span.start}:${span.end}`;
}

/**
 * A group is done once one of its spans was accepted, once gold already holds one of its spans
 * (same label and offsets, however it got there), or once every span in it was rejected.
 */
export function curationStateOf(group: SpanGroup, decisions: ReadonlyMap<string, DecisionRecord>, gold: readonly GoldSpan[]): GroupState {
  const states = group.members.map((member) => currentDecision(member, decisions));
  if (states.includes('accepted')) return 'accepted';
  const goldKeys = new Set(gold.map(spanKey));
  if (group.members.some((member) => goldKeys.has(spanKey(member)))) return 'inGold';
  if (states.every((state) => state === 'rejected')) return 'rejected';
  return 'open';
}

/** The groups "accept all agreed" takes: open, agreed on label and offsets, and on attributes too. */
export function bulkAcceptableGroups(groups: readonly SpanGroup[], decisions: ReadonlyMap<string, DecisionRecord>, gold: readonly GoldSpan[]): SpanGroup[] {
  return groups.filter((group) => group.kind === 'agreed' && group.attributesAgree && curationStateOf(group, decisions, gold) === 'open');
}
