// A hit in context as plain data: pieces of text, each marked as hit or not, cut to a window
// around the hits for long sentences. The page renders the pieces as elements (never as HTML).
import type { TextRange } from './find-query-hits';

export interface SnippetSegment {
  text: string;
  hit: boolean;
}

export interface Snippet {
  segments: SnippetSegment[];
  /** Text was left out before / after the window. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Characters of context kept on each side of the hits in a long text. */
export const SNIPPET_CONTEXT = 120;

/** Moves a cut point to the nearest whitespace towards the hit, so no word is cut in half. */
function snapCut(text: string, at: number, towards: 1 | -1, limit: number): number {
  let pos = at;
  while (pos !== limit && !/\s/u.test(text[pos - (towards === 1 ? 1 : 0)] ?? ' ')) pos += towards;
  return pos;
}

/**
 * The text as hit/non-hit segments. `ranges` are sorted, non-overlapping offsets into `text`.
 * A text longer than the hits plus `context` on each side is cut at word boundaries.
 */
export function snippetSegments(text: string, ranges: readonly TextRange[], context = SNIPPET_CONTEXT): Snippet {
  const first = ranges[0];
  let from = 0;
  let to = text.length;
  if (first) {
    // The window runs from the first hit to the last hit that still fits near it.
    const inWindow = ranges.filter((r) => r.end <= first.start + 2 * context);
    const lastEnd = (inWindow[inWindow.length - 1] ?? first).end;
    if (first.start > context) from = snapCut(text, first.start - context, 1, first.start);
    if (text.length - lastEnd > context) to = snapCut(text, lastEnd + context, -1, lastEnd);
  } else if (text.length > 2 * context) {
    to = snapCut(text, 2 * context, -1, 0);
  }
  const segments: SnippetSegment[] = [];
  let at = from;
  for (const range of ranges) {
    if (range.end <= from || range.start >= to) continue;
    const start = Math.max(range.start, from);
    const end = Math.min(range.end, to);
    if (start > at) segments.push({ text: text.slice(at, start), hit: false });
    segments.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), hit: false });
  return { segments, cutBefore: from > 0, cutAfter: to < text.length };
}
