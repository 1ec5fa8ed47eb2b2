// Moves annotations through one source correction with ProseMirror's position mapping, so the
// spans stay on the same words; a span whose words the correction deleted becomes orphaned.

import { Mapping, StepMap } from 'prosemirror-transform';
import { isWordChar, narrowSourceCorrection, type SourceCorrection } from '../../corpus/apply-source-correction';
import type { AnchorState } from '../types';
import { describeTextQuote } from './describe-text-quote';

export type { SourceCorrection };

/** Where an annotation sits: offsets (null when orphaned) and its text-quote selector. */
export interface Anchor {
  id: string;
  start: number | null;
  end: number | null;
  quote: string;
  prefix: string;
  suffix: string;
  /** The stored anchor state; a 'fuzzy' annotation the change does not touch stays 'fuzzy'. */
  anchor?: AnchorState;
}

/** An anchor after a text change; `moved` says whether start, end or quote changed. */
export interface AnchorResult extends Omit<Anchor, 'anchor'> {
  anchor: AnchorState;
  moved: boolean;
}

/** An orphaned result that keeps the anchor's quote and context for review. */
export function orphanAnchor(anchor: Anchor): AnchorResult {
  const moved = anchor.start !== null || anchor.end !== null;
  return { id: anchor.id, start: null, end: null, quote: anchor.quote, prefix: anchor.prefix, suffix: anchor.suffix, anchor: 'orphaned', moved };
}

/** Throws unless both offsets are null or both lie in a text of `length` with start < end. */
export function checkAnchorRange(anchor: Anchor, length: number): void {
  const { start, end } = anchor;
  if (start === null && end === null) return;
  if (start === null || end === null || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > length) {
    throw new RangeError(`anchor ${anchor.id} has range [${start}, ${end}) outside a text of length ${length}`);
  }
}

/**
 * Maps `anchors` (offsets into the text before the correction) into `newText`, the text after it.
 * A correction before a span shifts it, one inside resizes it, one replacing the span's first or
 * last characters keeps them in the span, and text inserted right against a span's word
 * (`D` before `alam`) joins it. A span whose boundary falls strictly inside the replaced range is
 * kept as 'fuzzy' (a person should look); one whose characters were all replaced is orphaned.
 * Pass `correction.before` so the correction is narrowed to what changed, as applySourceCorrection
 * does. Orphaned anchors pass through unchanged; context is recomputed for all others.
 */
export function mapAnnotationsThroughCorrection(
  newText: string,
  anchors: readonly Anchor[],
  correction: SourceCorrection,
): AnchorResult[] {
  const { start, end, replacement } = correction;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`correction range [${start}, ${end}) is not a range`);
  }
  if (newText.slice(start, start + replacement.length) !== replacement) {
    throw new RangeError(`newText does not hold the replacement at ${start}`);
  }
  const oldLength = newText.length - replacement.length + (end - start);
  const applied = correction.before === undefined ? correction : narrowSourceCorrection({ ...correction, before: correction.before });
  const mapping = new Mapping([new StepMap([applied.start, applied.end - applied.start, applied.replacement.length])]);
  const insertion = applied.end === applied.start;
  const inserted = applied.replacement;

  return anchors.map((anchor): AnchorResult => {
    checkAnchorRange(anchor, oldLength);
    const { start: from, end: to } = anchor;
    if (from === null || to === null) return { ...orphanAnchor(anchor), moved: false };
    // Only a pure insertion can touch a span without replacing part of it; it joins the span
    // when it glues onto the span's first or last word.
    const startAssoc = insertion && from === applied.start && gluesOn(lastChar(inserted), firstChar(anchor.quote)) ? -1 : 1;
    const endAssoc = insertion && to === applied.start && gluesOn(firstChar(inserted), lastChar(anchor.quote)) ? 1 : -1;
    const newStart = mapping.map(from, startAssoc);
    const newEnd = mapping.map(to, endAssoc);
    if (newEnd <= newStart) return orphanAnchor(anchor);
    const cut = !insertion && (strictlyInside(from, applied) || strictlyInside(to, applied));
    const described = describeTextQuote(newText, newStart, newEnd);
    return {
      id: anchor.id,
      start: newStart,
      end: newEnd,
      ...described,
      anchor: cut ? 'fuzzy' : (anchor.anchor === 'fuzzy' ? 'fuzzy' : 'anchored'),
      moved: newStart !== from || newEnd !== to || described.quote !== anchor.quote,
    };
  });
}

function gluesOn(inserted: string | undefined, spanEdge: string | undefined): boolean {
  return isWordChar(inserted) && isWordChar(spanEdge);
}

function firstChar(text: string): string | undefined {
  const code = text.codePointAt(0);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

function lastChar(text: string): string | undefined {
  const previous = text.charCodeAt(text.length - 2);
  const pair = previous >= 0xd800 && previous <= 0xdbff;
  return text.length === 0 ? undefined : text.slice(pair ? -2 : -1);
}

function strictlyInside(offset: number, range: { start: number; end: number }): boolean {
  return range.start < offset && offset < range.end;
}
