// Offsets of an old text mapped into a new version of it through a diff: first by lines (a
// paragraph is one line of the normalized text), then character by character inside each changed
// run of lines, so an edit elsewhere in a paragraph does not lose the spans around it.

import DiffMatchPatch from 'diff-match-patch';

const DIFF_DELETE = -1;
const DIFF_INSERT = 1;
const DIFF_EQUAL = 0;

/**
 * Changed runs longer than this (either side) are not diffed by character, which costs
 * length × edits; the fuzzy search places their spans. A few edited paragraphs fit well within.
 */
const MAX_CHARACTER_DIFF_LENGTH = 10_000;

/** A stretch that is the same in both texts: old [oldStart, oldStart + length) = new [newStart, ...). */
interface EqualSegment {
  oldStart: number;
  newStart: number;
  length: number;
}

/** How offsets of the old text land in the new one. */
export interface TextOffsetMap {
  /** New offset of the old character at `offset` when the diff kept it, else null. */
  mapCharacter(offset: number): number | null;
  /** Best guess of where old `offset` is now: exact when kept, else in proportion within the change. */
  estimate(offset: number): number;
}

/** Diffs `oldText` against `newText` (lines, then characters within changed lines) into an offset map. */
export function diffTextOffsets(oldText: string, newText: string): TextOffsetMap {
  const dmp = new DiffMatchPatch();
  // No deadline: the same texts always give the same map (changed runs are capped instead).
  dmp.Diff_Timeout = 0;
  const { chars1, chars2, lineArray } = dmp.diff_linesToChars_(oldText, newText);
  const lineDiffs = dmp.diff_main(chars1, chars2, false);
  dmp.diff_charsToLines_(lineDiffs, lineArray);
  absorbBlankLines(lineDiffs);

  const segments: EqualSegment[] = [];
  let oldOffset = 0;
  let newOffset = 0;
  const pushEqual = (oldStart: number, newStart: number, length: number): void => {
    const last = segments[segments.length - 1];
    if (last && last.oldStart + last.length === oldStart && last.newStart + last.length === newStart) last.length += length;
    else if (length > 0) segments.push({ oldStart, newStart, length });
  };
  let deleted = '';
  let inserted = '';
  const flushChange = (): void => {
    const oldStart = oldOffset - deleted.length;
    const newStart = newOffset - inserted.length;
    if (deleted && inserted && deleted.length <= MAX_CHARACTER_DIFF_LENGTH && inserted.length <= MAX_CHARACTER_DIFF_LENGTH) {
      let o = oldStart;
      let n = newStart;
      for (const [op, text] of dmp.diff_main(deleted, inserted, false)) {
        if (op === DIFF_EQUAL) pushEqual(o, n, text.length);
        if (op !== DIFF_INSERT) o += text.length;
        if (op !== DIFF_DELETE) n += text.length;
      }
    }
    deleted = '';
    inserted = '';
  };
  for (const [op, text] of lineDiffs) {
    if (op === DIFF_EQUAL) {
      flushChange();
      pushEqual(oldOffset, newOffset, text.length);
    } else if (op === DIFF_DELETE) {
      deleted += text;
    } else {
      inserted += text;
    }
    if (op !== DIFF_INSERT) oldOffset += text.length;
    if (op !== DIFF_DELETE) newOffset += text.length;
  }
  flushChange();
  return new SegmentOffsetMap(segments, oldText.length, newText.length);
}

/**
 * Blank lines are all alike, so the line diff pairs them freely and an edit that adds or removes
 * one pairs paragraphs with the wrong partners. A run of blank lines between two changes becomes
 * part of the change, which leaves those paragraphs to the character diff.
 */
function absorbBlankLines(diffs: Array<[number, string]>): void {
  for (let i = 1; i < diffs.length - 1; i++) {
    const diff = diffs[i];
    const previous = diffs[i - 1];
    const next = diffs[i + 1];
    if (!diff || !previous || !next || diff[0] !== DIFF_EQUAL || !/^\n*$/.test(diff[1])) continue;
    if (previous[0] === DIFF_EQUAL || next[0] === DIFF_EQUAL) continue;
    diffs.splice(i, 1, [DIFF_DELETE, diff[1]], [DIFF_INSERT, diff[1]]);
    i++;
  }
}

class SegmentOffsetMap implements TextOffsetMap {
  constructor(
    private readonly segments: readonly EqualSegment[],
    private readonly oldLength: number,
    private readonly newLength: number,
  ) {}

  /** Index of the last segment starting at or before `offset`, or -1. */
  private segmentBefore(offset: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const segment = this.segments[mid];
      if (segment && segment.oldStart <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  mapCharacter(offset: number): number | null {
    const segment = this.segments[this.segmentBefore(offset)];
    if (!segment || offset >= segment.oldStart + segment.length) return null;
    return segment.newStart + (offset - segment.oldStart);
  }

  estimate(offset: number): number {
    const index = this.segmentBefore(offset);
    const segment = this.segments[index];
    if (segment && offset < segment.oldStart + segment.length) return segment.newStart + (offset - segment.oldStart);
    // Inside a change: between the equal stretches around it, in proportion.
    const oldFrom = segment ? segment.oldStart + segment.length : 0;
    const newFrom = segment ? segment.newStart + segment.length : 0;
    const next = this.segments[index + 1];
    const oldTo = next ? next.oldStart : this.oldLength;
    const newTo = next ? next.newStart : this.newLength;
    if (oldTo <= oldFrom) return newFrom;
    return Math.round(newFrom + ((offset - oldFrom) * (newTo - newFrom)) / (oldTo - oldFrom));
  }
}
