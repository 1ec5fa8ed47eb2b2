// Span-level agreement between two annotators, one taken as reference: precision, recall and F1
// under exact match (same label, same start and end) or overlap match (same label, at least one
// character in common). Overlap match is lenient and not one-to-one: a span counts as matched when
// any span of the other side overlaps it, so one long span can match two short ones. Either way,
// swapping reference and candidate swaps precision and recall and leaves F1 unchanged.

export interface LabelledSpan {
  label: string;
  start: number;
  end: number;
}

export type SpanMatchMode = 'exact' | 'overlap';

/** Counts that add up across documents and labels (micro-averaging). */
export interface SpanCounts {
  reference: number;
  candidate: number;
  /** Reference spans matched by some candidate span (the numerator of recall). */
  matchedReference: number;
  /** Candidate spans matched by some reference span (the numerator of precision). */
  matchedCandidate: number;
}

export interface SpanScores extends SpanCounts {
  /** Null when the candidate has no span. */
  precision: number | null;
  /** Null when the reference has no span. */
  recall: number | null;
  /** Null only when neither side has a span; 0 when one side has spans and the other none. */
  f1: number | null;
}

export const NO_SPANS: SpanCounts = { reference: 0, candidate: 0, matchedReference: 0, matchedCandidate: 0 };

/** One copy of each distinct span: two identical spans in a layer say the same thing once. */
function distinct(spans: readonly LabelledSpan[]): LabelledSpan[] {
  const seen = new Map<string, LabelledSpan>();
  for (const span of spans) seen.set(`${span.label}\u0000${span.start}\u0000${span.end}`, span);
  return [...seen.values()];
}

function matches(a: LabelledSpan, b: LabelledSpan, mode: SpanMatchMode): boolean {
  if (a.label !== b.label) return false;
  return mode === 'exact' ? a.start === b.start && a.end === b.end : a.start < b.end && b.start < a.end;
}

/** How many spans of each side the other side matches. */
export function countSpanMatches(reference: readonly LabelledSpan[], candidate: readonly LabelledSpan[], mode: SpanMatchMode): SpanCounts {
  const ref = distinct(reference);
  const cand = distinct(candidate);
  return {
    reference: ref.length,
    candidate: cand.length,
    matchedReference: ref.filter((r) => cand.some((c) => matches(r, c, mode))).length,
    matchedCandidate: cand.filter((c) => ref.some((r) => matches(r, c, mode))).length,
  };
}

export function addSpanCounts(a: SpanCounts, b: SpanCounts): SpanCounts {
  return {
    reference: a.reference + b.reference,
    candidate: a.candidate + b.candidate,
    matchedReference: a.matchedReference + b.matchedReference,
    matchedCandidate: a.matchedCandidate + b.matchedCandidate,
  };
}

/** Precision, recall and F1 (their harmonic mean) from counts. */
export function scoreSpanCounts(counts: SpanCounts): SpanScores {
  const precision = counts.candidate === 0 ? null : counts.matchedCandidate / counts.candidate;
  const recall = counts.reference === 0 ? null : counts.matchedReference / counts.reference;
  let f1: number | null;
  if (precision === null && recall === null) f1 = null;
  else if (!precision || !recall) f1 = 0;
  else f1 = (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}
