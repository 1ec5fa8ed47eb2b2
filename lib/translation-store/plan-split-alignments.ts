// Decides where each alignment of a unit goes when the unit is split: with its annotation's side
// of the source cut, on the same English words. An annotation that crosses the cut, aligned to
// words that cross the English cut, gets one alignment per part; words on the wrong side of the
// English cut are flagged, never silently moved.
import type { AlignmentState } from '../db/queries/alignments';

export interface PlannedAlignment {
  id: string;
  annotationId: string;
  start: number;
  end: number;
  quote: string;
  state: AlignmentState;
}

export interface SplitLayout {
  /** The source cut: the first part ends at `sourceFirstEnd`, the second starts at `sourceSecondStart`. */
  sourceFirstEnd: number;
  sourceSecondStart: number;
  firstText: string;
  secondText: string;
  /** Where the second English text started in the unsplit text. */
  secondTextStart: number;
}

export interface SplitPlan {
  first: PlannedAlignment[];
  /** `id` null: a new alignment (the second part of a crossing one). */
  second: Array<Omit<PlannedAlignment, 'id'> & { id: string | null }>;
  /** Alignments with nowhere to go: their side has no English text. */
  dropped: string[];
}

interface Span {
  id: string;
  start: number | null;
  end: number | null;
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(value, max));
}

/** Plans the alignments of a unit being split (offsets in the unsplit English text). */
export function planSplitAlignments(alignments: readonly PlannedAlignment[], annotations: readonly Span[], layout: SplitLayout): SplitPlan {
  const { firstText, secondText, secondTextStart } = layout;
  const firstLength = firstText.length;
  const plan: SplitPlan = { first: [], second: [], dropped: [] };
  const toFirst = (al: PlannedAlignment, start: number, end: number, state: AlignmentState, quote = firstText.slice(start, end)): void => {
    plan.first.push({ ...al, start, end, quote, state });
  };
  const toSecond = (al: PlannedAlignment, id: string | null, start: number, end: number, state: AlignmentState, quote = secondText.slice(start, end)): void => {
    if (secondText === '') {
      if (id !== null) plan.dropped.push(id);
      return;
    }
    plan.second.push({ ...al, id, start, end, quote, state });
  };
  for (const al of alignments) {
    const annotation = annotations.find((a) => a.id === al.annotationId);
    const inFirst = annotation ? (annotation.start ?? 0) < layout.sourceFirstEnd : al.start < firstLength;
    const inSecond = annotation ? (annotation.end ?? 0) > layout.sourceSecondStart : !inFirst;
    const englishFirst = al.end <= firstLength;
    const englishSecond = al.start >= secondTextStart && !englishFirst;
    const shiftedStart = clamp(al.start - secondTextStart, secondText.length);
    const shiftedEnd = clamp(al.end - secondTextStart, secondText.length);
    if (al.state === 'broken') {
      // Already off its words: it stays flagged, on its annotation's side.
      if (inFirst) toFirst(al, clamp(al.start, firstLength), clamp(al.end, firstLength), 'broken', al.quote);
      else toSecond(al, al.id, shiftedStart, shiftedEnd, 'broken', al.quote);
    } else if (englishFirst && inFirst) {
      toFirst(al, al.start, al.end, al.state, al.quote);
    } else if (englishSecond && inSecond) {
      toSecond(al, al.id, shiftedStart, shiftedEnd, al.state, al.quote);
    } else if (!englishFirst && !englishSecond && inFirst && inSecond) {
      // Crossing words for a crossing annotation: each part keeps its own words.
      const hasFirst = al.start < firstLength;
      const hasSecond = al.end > secondTextStart;
      if (hasFirst) toFirst(al, al.start, firstLength, al.state);
      if (hasSecond) toSecond(al, hasFirst ? null : al.id, shiftedStart, shiftedEnd, al.state);
    } else if (!englishFirst && !englishSecond) {
      // Crossing words for an annotation on one side: cut to that side, to be confirmed.
      if (inFirst && al.start < firstLength) toFirst(al, al.start, firstLength, 'moved');
      else if (inFirst) toFirst(al, firstLength, firstLength, 'broken', al.quote);
      else if (shiftedEnd > shiftedStart) toSecond(al, al.id, shiftedStart, shiftedEnd, 'moved');
      else toSecond(al, al.id, shiftedStart, shiftedEnd, 'broken', al.quote);
    } else if (inFirst) {
      toFirst(al, clamp(al.start, firstLength), clamp(al.end, firstLength), 'broken', al.quote);
    } else {
      toSecond(al, al.id, shiftedStart, shiftedEnd, 'broken', al.quote);
    }
  }
  return plan;
}
