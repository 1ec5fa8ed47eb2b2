// Groups the lines of a document into draft blocks (paragraphs, headings, list items, captions,
// tables, footnotes, page furniture) in reading order, before any text is assembled.

import type { BlockKind } from './types';
import type { SourceLine } from './read-lines';
import { printedWidth } from './measure-printed-width';
import type { FootnoteLayout } from './detect-footnotes';
import { readMainStream, type StreamItem } from './read-main-stream';
import { detectHeading } from './detect-heading';
import { endsWithAbbreviation } from './split-sentences';
import { assignHeadingLevels } from './assign-heading-levels';
import {
  bulletLength,
  endsSentence,
  endsWithPunctuation,
  isCaptionStart,
  isTableHeader,
  isTableRow,
  listLabelOf,
  previousListLabel,
} from './classify-lines';

/** A raw range copied into a block, and how it meets the piece before it. */
export interface DraftPiece {
  line: SourceLine;
  from: number;
  to: number;
  /** Forced join with the previous piece; otherwise the line-join rules decide. */
  joinBefore?: 'space' | 'newline';
}

export interface DraftBlock {
  kind: BlockKind;
  pieces: DraftPiece[];
  level?: number;
  footnoteLabel?: string;
  /** Heading facts the level pass needs. */
  heading?: { depth?: number; structural: boolean; lettered: boolean; text: string };
}

// A line shorter than this share of its region's full width ends a paragraph (after a full stop).
const SHORT_LINE_SHARE = 0.8;
// A line this much shorter than full width, after a full stop, is an indented first line. Narrow
// columns vary more from line to line, so they need a clearer indent.
const INDENTED_SHARE = 0.9;
const INDENTED_SHARE_NARROW = 0.8;
const NARROW_COLUMN = 50;
const NARROW_FIRST_LINE_SHARE = 0.5;
const UNPUNCTUATED_END_SHARE = 0.6;
// `Kata Kunci:` / `Keywords:` always open their own paragraph.
const KEYWORDS = /^(?:kata kunci|keywords?)\s*:/i;
// An enumeration of points (`Kedua, UNODC ...` after `... dampaknya.`) opens a paragraph per point,
// even when the indent is too slight to tell from line lengths.
const ORDINAL_OPENER = /^(?:Pertama|Kedua|Ketiga|Keempat|Kelima|Keenam|Ketujuh|Terakhir),/u;
const MAX_TABLE_LINES = 30;
// Justified lines break only where the next word no longer fits: a line that could have held
// the next word (in printed ems, with a margin for the metric's error) ended its paragraph, or
// was indented as a paragraph's first line. Narrow columns are too coarse for this.
const FIT_SHARE = 0.96;

function firstWordOf(text: string): string {
  return text.split(/\s+/, 1)[0] ?? '';
}

/** True when the first word of `following` would have fitted at the end of `line`. */
function couldHoldNextWord(line: StreamLine, following: StreamLine): boolean {
  return line.width >= NARROW_COLUMN && line.printed > 0 &&
    printedWidth(`${line.line.content} ${firstWordOf(following.line.content)}`) < line.printed * FIT_SHARE;
}

function pieceOf(line: SourceLine, from = line.contentStart, joinBefore?: 'space' | 'newline'): DraftPiece {
  return { line, from, to: line.contentEnd, joinBefore };
}

type StreamLine = { line: SourceLine; width: number; printed: number };

/**
 * True when the paragraph that `prev` belongs to ends at `prev`: it ends a sentence and is short,
 * or carries the two trailing spaces some extractors leave at paragraph ends, or the next line is
 * visibly indented (the PDF's first-line indent survives only as a shorter line).
 */
function endsParagraph(
  prev: StreamLine,
  next: StreamLine | null,
  prevIsFirstLine: boolean,
  afterNext: StreamLine | null,
): boolean {
  const content = prev.line.content;
  if (next && KEYWORDS.test(next.line.content)) return true;
  if (!endsSentence(content)) {
    // A very short full-width-region line before a capital lost its final stop (`... of this
    // study` + `The result ...`). Narrow columns make short lines mid-paragraph, so not there.
    return next !== null && prev.width >= NARROW_COLUMN && content.length < prev.width * UNPUNCTUATED_END_SHARE &&
      /^\p{Lu}/u.test(next.line.content) && !endsWithPunctuation(content);
  }
  if (endsWithAbbreviation(content)) return false;
  if (prev.line.trailing >= 2) return true;
  if (next && ORDINAL_OPENER.test(next.line.content)) return true;
  // A narrow column's first line is short because of its indent, not because the paragraph ends.
  const shortShare = prevIsFirstLine && prev.width < NARROW_COLUMN ? NARROW_FIRST_LINE_SHARE : SHORT_LINE_SHARE;
  if (content.length < prev.width * shortShare) return true;
  if (next && couldHoldNextWord(prev, next)) return true;
  if (next && afterNext && /^\p{Lu}/u.test(next.line.content) && !endsSentence(next.line.content) &&
    couldHoldNextWord(next, afterNext)) {
    return true;
  }
  // A one-line paragraph is rare; a short next line there is more likely ragged than indented.
  if (!next || prevIsFirstLine) return false;
  const share = next.width < NARROW_COLUMN ? INDENTED_SHARE_NARROW : INDENTED_SHARE;
  const text = next.line.content;
  const opensItem = listLabelOf(text) !== null || bulletLength(text) > 0;
  return text.length < next.width * share && (opensItem || !/^\p{Ll}/u.test(text));
}

// A caption may wrap; when a footnote marker follows within a few lines, the caption runs to it.
function captionLineCount(items: readonly StreamItem[], k: number, anchors: ReadonlySet<number>): number {
  for (let j = k; j < Math.min(items.length, k + 4); j++) {
    const item = items[j];
    if (!item || item.kind === 'gap') return 1;
    if (anchors.has(item.line.index)) return j - k + 1;
  }
  return 1;
}

function tableLineCount(items: readonly StreamItem[], k: number): number {
  let j = k + 1;
  while (j < items.length && j - k < MAX_TABLE_LINES) {
    const item = items[j];
    if (!item || item.kind === 'gap') break;
    const content = item.line.content;
    if (!isTableRow(content) && (content.length > 25 || endsSentence(content))) break;
    j++;
  }
  return j - k;
}

/** Builds draft blocks for the whole document, sorted by where each starts in the raw text. */
export function buildBlocks(
  lines: readonly SourceLine[],
  furniture: ReadonlySet<number>,
  layout: FootnoteLayout,
): DraftBlock[] {
  const items = readMainStream(lines, furniture, layout.consumed, layout.paragraphEnds);
  const anchors = new Set(layout.markers.map((marker) => marker.anchorLine));
  const drafts: DraftBlock[] = [];
  const lastLabel = new Map<string, string>();
  // Widened on purpose: `start` (a closure) reassigns it, which control-flow analysis cannot see.
  let open = null as DraftBlock | null;
  let last: StreamLine | null = null;

  const labelScheme = (label: string): string => (/\d/.test(label) ? 'digit' : label === label.toLowerCase() ? 'lower' : 'upper');
  const labelFits = (label: string): boolean => {
    const before = previousListLabel(label);
    return before === null || lastLabel.get(labelScheme(label)) === before;
  };
  const start = (block: DraftBlock, stays: boolean): void => {
    drafts.push(block);
    open = stays ? block : null;
  };

  for (let k = 0; k < items.length; ) {
    const item = items[k];
    if (!item) break;
    if (item.kind === 'gap') {
      open = null;
      k++;
      continue;
    }
    const { line } = item;
    const current: DraftBlock | null = open;
    if (current && layout.markerContinuations.has(line.index)) {
      current.pieces.push(pieceOf(line, line.contentStart, 'space'));
      last = item;
      k++;
      continue;
    }
    const following = items[k + 1];
    const afterNext = following && following.kind === 'line' ? following : null;
    const afterBreak = current === null || last === null || endsParagraph(last, item, current.pieces.length === 1, afterNext);
    const content = line.content;
    const bullet = bulletLength(content);
    if (bullet > 0) {
      let from = line.contentStart + bullet;
      while (from < line.contentEnd && /\s/.test(content.charAt(from - line.contentStart))) from++;
      // A bullet alone on its line still opens the item; its text follows on the next line.
      start({ kind: 'list_item', pieces: from < line.contentEnd ? [pieceOf(line, from)] : [] }, true);
      last = item;
      k++;
      continue;
    }
    let span = 0;
    let kind: BlockKind | null = null;
    if (isCaptionStart(content)) {
      kind = 'caption';
      span = captionLineCount(items, k, anchors);
    } else if (isTableHeader(content)) {
      kind = 'table';
      span = tableLineCount(items, k);
    }
    const heading = kind ? null : detectHeading(items, k, afterBreak);
    if (heading) {
      kind = 'heading';
      span = heading.lineCount;
    }
    if (kind) {
      const pieces: DraftPiece[] = [];
      for (let j = k; j < k + span; j++) {
        const spanned = items[j];
        if (!spanned || spanned.kind === 'gap') continue;
        const rowBreak = kind === 'table' && j > k && isTableRow(spanned.line.content);
        pieces.push(pieceOf(spanned.line, spanned.line.contentStart, rowBreak ? 'newline' : j > k ? 'space' : undefined));
        last = spanned;
      }
      const block: DraftBlock = { kind, pieces };
      if (heading) {
        const text = pieces.map((piece) => piece.line.content).join(' ');
        block.heading = { depth: heading.depth, structural: heading.structural, lettered: heading.lettered ?? false, text };
        const label = listLabelOf(content)?.label;
        if (label) lastLabel.set(labelScheme(label), label);
      }
      start(block, false);
      k += Math.max(span, 1);
      continue;
    }
    const label = listLabelOf(content);
    if (label && labelFits(label.label)) {
      lastLabel.set(labelScheme(label.label), label.label);
      start({ kind: 'list_item', pieces: [pieceOf(line)] }, true);
    } else if (current && last && (current.pieces.length === 0 || !afterBreak)) {
      current.pieces.push(pieceOf(line));
    } else {
      start({ kind: 'paragraph', pieces: [pieceOf(line)] }, true);
    }
    last = item;
    k++;
  }

  for (const body of layout.bodies) {
    const pieces = body.lines.flatMap((index) => {
      const line = lines[index];
      return line && line.content !== '' ? [pieceOf(line)] : [];
    });
    drafts.push({ kind: 'footnote', footnoteLabel: body.label, pieces });
  }
  for (const index of furniture) {
    const line = lines[index];
    if (line) drafts.push({ kind: 'page_furniture', pieces: [pieceOf(line)] });
  }
  const nonEmpty = drafts.filter((draft) => draft.pieces.length > 0);
  nonEmpty.sort((a, b) => (a.pieces[0]?.from ?? 0) - (b.pieces[0]?.from ?? 0));
  assignHeadingLevels(nonEmpty);
  return nonEmpty;
}
