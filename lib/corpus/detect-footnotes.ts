// Reads the footnote machinery of a PDF extraction: superscript markers left alone on a line, the
// footnote areas under a separator line, their numbered bodies, and the link-layer URL lines.

import type { SourceLine } from './read-lines';

/** A footnote marker removed from the running text, attached to the end of `anchorLine`. */
export interface FootnoteMarker {
  label: string;
  line: number;
  anchorLine: number;
  /** Raw range of the marker's digits. */
  rawStart: number;
  rawEnd: number;
}

/** A footnote body: its label line and the raw lines of its text (possibly across two areas). */
export interface FootnoteBody {
  label: string;
  labelLine: number;
  lines: number[];
}

export interface FootnoteLayout {
  markers: FootnoteMarker[];
  bodies: FootnoteBody[];
  /** Lines the running text must skip: markers, separators, labels, bodies, link lines. */
  consumed: Set<number>;
  /** Link-layer URL lines (dropped from the normalized text). */
  linkLines: Set<number>;
  /** Lines that continue the visual line a marker interrupted (` Saat ini ...` after `4`). */
  markerContinuations: Set<number>;
  /** Anchor lines whose marker is followed only by the line's trailing space: a paragraph end. */
  paragraphEnds: Set<number>;
}

const DIGITS_ONLY = /^\d{1,3}$/;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const CITATION_END =
  /(?:\bibid\.?|\bhlm\.?\s*[\d\-–]+|\bpp\.?\s*[\d\-–]+|\b(?:1[89]|20)\d\d[a-z]?\.?)\s*$/i;
const URL_FRAGMENT_TOKEN = /[/=&%_]|:\/\/|www\./i;
// Separators are drawn as one long run of spaces; ordinary blank-ish lines hold one or two.
const SEPARATOR_MIN_SPACES = 20;

/** True when the line's last token is a URL that the line break cut (no space before the break). */
export function endsInUrlFragment(line: SourceLine): boolean {
  if (line.trailing > 0 || line.content === '') return false;
  const lastToken = line.content.slice(line.content.lastIndexOf(' ') + 1);
  return URL_FRAGMENT_TOKEN.test(lastToken) || lastToken.startsWith('<');
}

/** True when the line can be the rest of a URL cut at the previous line's end. */
export function continuesUrl(line: SourceLine): boolean {
  if (line.leading > 0 || line.content === '') return false;
  const firstToken = line.content.split(/\s/, 1)[0] ?? '';
  return /[./_%=&?:>\-\d]/.test(firstToken) || /^[a-z]+$/.test(firstToken);
}

function isSeparator(line: SourceLine): boolean {
  return line.whitespaceOnly && line.end - line.start >= SEPARATOR_MIN_SPACES;
}

function nextContentLine(lines: readonly SourceLine[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]?.empty) i++;
  return i;
}

// Decides whether `next` still belongs to the last footnote body of an area (see the structure of
// the seeds' two-column pages: the other column's text follows the last body without a marker).
function continuesLastBody(prev: SourceLine, next: SourceLine): boolean {
  if (next.content === '' || next.leading > 0 || DIGITS_ONLY.test(next.content)) return false;
  if (endsInUrlFragment(prev)) return continuesUrl(next);
  if (next.content.startsWith('<')) return true;
  if (CITATION_END.test(prev.content)) return false;
  return true;
}

/** Finds markers, footnote areas and link lines. Documents without separators yield no bodies. */
export function detectFootnotes(lines: readonly SourceLine[], skip: ReadonlySet<number>): FootnoteLayout {
  const layout: FootnoteLayout = {
    markers: [],
    bodies: [],
    consumed: new Set(),
    linkLines: new Set(),
    markerContinuations: new Set(),
    paragraphEnds: new Set(),
  };
  let expectedLabel = 1;
  let pending: FootnoteMarker[] = [];
  let open: FootnoteBody | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || skip.has(i) || layout.consumed.has(i)) continue;
    const prev = lines[i - 1];
    if (DIGITS_ONLY.test(line.content) && line.leading === 0 && line.trailing === 0 && prev &&
        prev.content !== '' && prev.trailing === 0 && !skip.has(i - 1) && !layout.consumed.has(i - 1)) {
      const label = Number(line.content);
      if (label >= expectedLabel && label <= expectedLabel + 3) {
        const marker = { label: line.content, line: i, anchorLine: i - 1, rawStart: line.contentStart, rawEnd: line.contentEnd };
        layout.markers.push(marker);
        pending.push(marker);
        layout.consumed.add(i);
        expectedLabel = label + 1;
        consumeMarkerRemainder(lines, i, layout);
        continue;
      }
    }
    if (isSeparator(line) && (pending.length > 0 || open)) {
      const result = readArea(lines, i, pending, open, layout);
      open = result.open;
      pending = result.unresolved;
    }
  }
  return layout;
}

// After a superscript the extraction breaks the line: the rest of the visual line follows, led by
// a space. Whitespace-only remainders are layout; text remainders join the anchor's line.
function consumeMarkerRemainder(lines: readonly SourceLine[], markerLine: number, layout: FootnoteLayout): void {
  const next = lines[markerLine + 1];
  if (next && next.content !== '' && next.leading > 0) {
    layout.markerContinuations.add(markerLine + 1);
    return;
  }
  for (let j = markerLine + 1; j <= markerLine + 2 && j < lines.length; j++) {
    const candidate = lines[j];
    if (!candidate) break;
    if (candidate.whitespaceOnly && !isSeparator(candidate)) {
      // The visual line ended right after the superscript: in the seeds that is always where the
      // paragraph ends (`seksual komersial.¹` then an indented `Pada awalnya ...`).
      layout.consumed.add(j);
      layout.paragraphEnds.add(markerLine - 1);
    } else if (!candidate.empty) break;
  }
}

function readArea(
  lines: readonly SourceLine[],
  separator: number,
  expected: FootnoteMarker[],
  open: FootnoteBody | undefined,
  layout: FootnoteLayout,
): { open: FootnoteBody | undefined; unresolved: FootnoteMarker[] } {
  layout.consumed.add(separator);
  let i = nextContentLine(lines, separator + 1);
  const firstLabel = expected[0]?.label;
  // A body cut by the previous page's end continues here, before the first label.
  while (open && i < lines.length && lines[i]?.content !== firstLabel) {
    const line = lines[i];
    if (!line || line.content === '') break;
    open.lines.push(i);
    layout.consumed.add(i);
    i = nextContentLine(lines, i + 1);
  }
  let nextOpen: FootnoteBody | undefined;
  let found = 0;
  for (let k = 0; k < expected.length; k++) {
    const marker = expected[k];
    if (!marker || lines[i]?.content !== marker.label) break;
    const body: FootnoteBody = { label: marker.label, labelLine: i, lines: [] };
    layout.bodies.push(body);
    layout.consumed.add(i);
    found++;
    const isLast = k === expected.length - 1;
    const nextLabel = expected[k + 1]?.label;
    let j = nextContentLine(lines, i + 1);
    while (j < lines.length) {
      const line = lines[j];
      if (!line || line.content === '' || (!isLast && line.content === nextLabel)) break;
      const prevIndex = body.lines[body.lines.length - 1];
      const prev = prevIndex === undefined ? undefined : lines[prevIndex];
      if (isLast && prev && !continuesLastBody(prev, line)) {
        if (endsInUrlFragment(prev)) nextOpen = body;
        break;
      }
      body.lines.push(j);
      layout.consumed.add(j);
      j = nextContentLine(lines, j + 1);
    }
    i = j;
  }
  // The PDF's link layer repeats the footnotes' URLs as whole lines right after the area.
  while (i < lines.length) {
    const line = lines[i];
    if (!line || !URL_ONLY.test(line.content) || line.leading > 0) break;
    layout.linkLines.add(i);
    layout.consumed.add(i);
    i = nextContentLine(lines, i + 1);
  }
  return { open: nextOpen, unresolved: expected.slice(found) };
}
