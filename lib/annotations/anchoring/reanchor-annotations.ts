// Re-anchors annotations on a new version of a document (a changed file re-imported): offsets
// mapped through a line-then-character diff and checked against the quote, then a fuzzy search by
// quote and context near the expected place and then everywhere; what cannot be found is orphaned.

import { describeTextQuote } from './describe-text-quote';
import { diffTextOffsets, type TextOffsetMap } from './diff-text-offsets';
import { checkAnchorRange, orphanAnchor, type Anchor, type AnchorResult } from './map-annotations-through-correction';
import { matchQuote, scoreQuotePlacement } from './match-quote';

/**
 * Lowest fuzzy score accepted (see matchQuote; 1 = quote and context unchanged). An exact quote
 * with one side of its context intact scores about 0.87; an exact quote in unrelated context about
 * 0.75, which is refused: an annotation is never moved onto the same words somewhere else.
 */
export const MIN_FUZZY_SCORE = 0.8;

/** Characters searched on each side of the expected position before the whole text is searched. */
const SEARCH_WINDOW = 2_000;

/**
 * Places `anchors` (offsets into `oldText`) in `newText`. 'anchored' when the diff maps the span
 * onto the same quote and its context still scores above MIN_FUZZY_SCORE, or when quote, prefix
 * and suffix are found unchanged near the expected place; 'fuzzy' when found by approximate search (or only far away)
 * above MIN_FUZZY_SCORE; else 'orphaned' with quote and context kept. Orphaned anchors are
 * searched for too (a new version may hold their words again) and come back at most 'fuzzy'.
 */
export function reanchorAnnotations(oldText: string, newText: string, anchors: readonly Anchor[]): AnchorResult[] {
  let offsets: TextOffsetMap | undefined;
  return anchors.map((anchor) => {
    checkAnchorRange(anchor, oldText.length);
    if (anchor.start === null || anchor.end === null) return findByQuote(newText, anchor, undefined) ?? orphanAnchor(anchor);
    offsets ??= diffTextOffsets(oldText, newText);
    const start = offsets.mapCharacter(anchor.start);
    const last = offsets.mapCharacter(anchor.end - 1);
    const mapped = start !== null && last !== null && newText.slice(start, last + 1) === anchor.quote ? { start, end: last + 1 } : undefined;
    if (mapped) {
      // The diff kept these characters; the context confirms it is not a short quote paired with
      // the same word elsewhere in a much-edited paragraph.
      const context = { prefix: anchor.prefix, suffix: anchor.suffix, hint: mapped.start };
      const score = scoreQuotePlacement(newText, anchor.quote, context, { ...mapped, errors: 0 }).score;
      if (score >= MIN_FUZZY_SCORE) return placed(newText, anchor, mapped.start, mapped.end, 'anchored');
    }
    const hint = start === null ? { at: offsets.estimate(anchor.start), exact: false } : { at: start, exact: true };
    return findByQuote(newText, anchor, hint) ?? orphanAnchor(anchor);
  });
}

/**
 * Searches near `hint` (where the diff put the span's first character, or an estimate when the
 * diff lost it), then everywhere. An unchanged quote in unchanged context counts as anchored
 * unless the diff says the span's first character is somewhere else: that is a repeated passage.
 */
function findByQuote(text: string, anchor: Anchor, hint: { at: number; exact: boolean } | undefined): AnchorResult | null {
  const context = { prefix: anchor.prefix, suffix: anchor.suffix, hint: hint?.at };
  if (hint !== undefined) {
    const from = Math.max(0, hint.at - SEARCH_WINDOW);
    const to = Math.min(text.length, hint.at + anchor.quote.length + SEARCH_WINDOW);
    const near = matchQuote(text, anchor.quote, context, { from, to });
    if (near && near.score >= MIN_FUZZY_SCORE) {
      const sure = near.errors === 0 && hasContext(text, anchor, near) && (!hint.exact || near.start === hint.at);
      return placed(text, anchor, near.start, near.end, sure ? 'anchored' : 'fuzzy');
    }
    if (from === 0 && to === text.length) return null;
  }
  // Found away from where the diff puts it (or with no idea where): even an exact match may be
  // a repeated passage, so a person confirms it.
  const far = matchQuote(text, anchor.quote, context);
  return far && far.score >= MIN_FUZZY_SCORE ? placed(text, anchor, far.start, far.end, 'fuzzy') : null;
}

function placed(text: string, anchor: Anchor, start: number, end: number, state: 'anchored' | 'fuzzy'): AnchorResult {
  const described = describeTextQuote(text, start, end);
  return {
    id: anchor.id,
    start,
    end,
    ...described,
    anchor: anchor.anchor === 'fuzzy' ? 'fuzzy' : state,
    moved: start !== anchor.start || end !== anchor.end || described.quote !== anchor.quote,
  };
}

/** Whether the text around `at` is exactly the anchor's prefix and suffix. */
function hasContext(text: string, anchor: Anchor, at: { start: number; end: number }): boolean {
  if (at.start < anchor.prefix.length) return false;
  return text.startsWith(anchor.prefix, at.start - anchor.prefix.length) && text.startsWith(anchor.suffix, at.end);
}
