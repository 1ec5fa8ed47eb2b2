// Turns a stored document into what the reader shows: blocks cut into plain-text pieces, with
// suspected drop caps and footnote references marked, and the raw lines each block came from.
import type { BlockKind, DocumentFlag, StoredBlock } from '../corpus/types';
import { guessLanguage, type GuessedLanguage } from './guess-language';

export interface ReaderFootnoteRefInput {
  label: string;
  offset: number;
  footnoteBlockId: number | null;
}

export type ReaderPiece =
  | { type: 'text'; text: string }
  | { type: 'dropCap'; text: string; hint: string | null }
  | { type: 'footnoteRef'; label: string; target: number | null };

export interface ReaderBlock {
  id: number;
  kind: BlockKind;
  level: number | null;
  footnoteLabel: string | null;
  pieces: ReaderPiece[];
  language: GuessedLanguage;
  /** 1-based line numbers of the raw file, inclusive. */
  rawFromLine: number;
  rawToLine: number;
  rawLines: string;
}

/** 0-based offsets at which each raw line starts. */
function lineStarts(raw: string): number[] {
  const starts = [0];
  for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based number of the line holding `offset` (binary search). */
function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

interface Mark {
  at: number;
  end: number;
  piece: Exclude<ReaderPiece, { type: 'text' }>;
}

function cutBlock(text: string, start: number, end: number, marks: Mark[]): ReaderPiece[] {
  const pieces: ReaderPiece[] = [];
  let at = start;
  for (const mark of marks) {
    if (mark.at < at) continue;
    if (mark.at > at) pieces.push({ type: 'text', text: text.slice(at, mark.at) });
    if (mark.piece.type === 'dropCap') pieces.push({ ...mark.piece, text: text.slice(mark.at, mark.end) });
    else pieces.push(mark.piece);
    at = mark.end;
  }
  if (at < end) pieces.push({ type: 'text', text: text.slice(at, end) });
  return pieces;
}

/** Builds the reader's blocks in document order. */
export function buildReaderView(
  text: string,
  rawText: string,
  blocks: Omit<StoredBlock, 'ord'>[],
  flags: DocumentFlag[],
  footnoteRefs: ReaderFootnoteRefInput[],
): ReaderBlock[] {
  const starts = lineStarts(rawText);
  const marks: Mark[] = [
    ...flags
      .filter((flag) => flag.kind === 'suspected_drop_cap')
      .map((flag) => ({ at: flag.start, end: flag.end, piece: { type: 'dropCap', text: '', hint: flag.hint ?? null } as const })),
    ...footnoteRefs.map((ref) => ({
      at: ref.offset,
      end: ref.offset,
      piece: { type: 'footnoteRef', label: ref.label, target: ref.footnoteBlockId } as const,
    })),
  ].sort((a, b) => a.at - b.at || b.end - a.end);
  return blocks.map((block) => {
    // A ref at a block's very end belongs to it (the marker follows the block's last word).
    const inside = marks.filter((mark) => mark.at >= block.start && mark.at <= block.end && mark.end <= block.end);
    const rawFromLine = lineOf(starts, block.rawStart);
    const rawToLine = lineOf(starts, Math.max(block.rawStart, block.rawEnd - 1));
    const rawEndOffset = starts[rawToLine] ?? rawText.length;
    return {
      id: block.id,
      kind: block.kind,
      level: block.level,
      footnoteLabel: block.footnoteLabel,
      pieces: cutBlock(text, block.start, block.end, inside),
      language: guessLanguage(text.slice(block.start, block.end)),
      rawFromLine,
      rawToLine,
      rawLines: rawText.slice(starts[rawFromLine - 1] ?? 0, rawEndOffset).replace(/\n+$/, ''),
    };
  });
}
