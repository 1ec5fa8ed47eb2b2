// Applies a person's correction of the normalized source text (a lost drop cap, a broken word) to a
// stored document: the new text, a provenance map that stays exact, and blocks, sentences,
// footnote markers and flags moved along. Pure; the caller records who corrected what.

import { Mapping, StepMap } from 'prosemirror-transform';
import { rawOffsetOf, rawRangeOf } from './provenance';
import type { DocumentFlag, ProvenanceRun } from './types';

/** Replace `text[start, end)` with `replacement`; `before`, when given, is the text it replaces. */
export interface SourceCorrection {
  start: number;
  end: number;
  replacement: string;
  before?: string;
}

interface Range {
  start: number;
  end: number;
}

/** What a correction needs to know about a document; blocks and sentences may carry more fields. */
export interface CorrectableDocument<B extends Range, S extends Range, F extends { offset: number }> {
  rawText: string;
  text: string;
  provenance: readonly ProvenanceRun[];
  blocks: readonly B[];
  sentences: readonly S[];
  footnoteRefs: readonly F[];
  flags: readonly DocumentFlag[];
}

export type SourceCorrectionFailure = 'out_of_range' | 'crosses_blocks' | 'empty_result' | 'no_change';

export type SourceCorrectionResult<B, S, F> =
  | {
      ok: true;
      text: string;
      provenance: ProvenanceRun[];
      blocks: B[];
      sentences: S[];
      footnoteRefs: F[];
      flags: DocumentFlag[];
      /** The correction narrowed to the characters that change (see narrowSourceCorrection). */
      applied: Required<SourceCorrection>;
      /** Sentences the correction deleted entirely; they are not in `sentences` any more. */
      droppedSentences: S[];
    }
  | { ok: false; reason: SourceCorrectionFailure };

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether `char` belongs to a word (a letter, a combining mark or a digit). */
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && char !== '' && WORD_CHAR.test(char);
}

/**
 * The same correction without the characters `before` and `replacement` share at either end, so
 * `alam setiap` → `Dalam setiap` becomes the insertion of `D`: text, annotations and provenance
 * runs that did not change stay where they were. Never splits a surrogate pair.
 */
export function narrowSourceCorrection(correction: SourceCorrection & { before: string }): Required<SourceCorrection> {
  const { before, replacement } = correction;
  if (before.length !== correction.end - correction.start) {
    throw new RangeError(`before has ${before.length} characters for a range of ${correction.end - correction.start}`);
  }
  const limit = Math.min(before.length, replacement.length);
  let head = 0;
  while (head < limit && before.charCodeAt(head) === replacement.charCodeAt(head)) head++;
  // The shared ends are the same in both strings, so one check covers both.
  if (head > 0 && isSurrogateAt(before, head - 1, 0xd800)) head--;
  let tail = 0;
  while (tail < limit - head && before.charCodeAt(before.length - 1 - tail) === replacement.charCodeAt(replacement.length - 1 - tail)) tail++;
  if (tail > 0 && isSurrogateAt(before, before.length - tail, 0xdc00)) tail--;
  return {
    start: correction.start + head,
    end: correction.end - tail,
    before: before.slice(head, before.length - tail),
    replacement: replacement.slice(head, replacement.length - tail),
  };
}

/** Whether text[index] is a high (0xd800) or low (0xdc00) surrogate. */
function isSurrogateAt(text: string, index: number, kind: 0xd800 | 0xdc00): boolean {
  const code = text.charCodeAt(index);
  return code >= kind && code <= kind + 0x3ff;
}

/**
 * Applies `correction` to `doc`. The replaced characters become one synthetic provenance run over
 * the raw range they came from (widened to whole synthetic runs it cuts), so every other character
 * keeps its raw offset. The block and sentence holding the correction resize, later ones shift;
 * drop-cap flags the correction overlaps or touches are cleared. Expected refusals are values.
 */
export function applySourceCorrection<B extends Range, S extends Range, F extends { offset: number }>(
  doc: CorrectableDocument<B, S, F>,
  correction: SourceCorrection,
): SourceCorrectionResult<B, S, F> {
  const { start, end } = correction;
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw new RangeError(`correction offsets must be integers`);
  if (start < 0 || end < start || end > doc.text.length) return { ok: false, reason: 'out_of_range' };
  const before = doc.text.slice(start, end);
  if (correction.before !== undefined && correction.before !== before) {
    throw new RangeError(`correction.before does not match the text at [${start}, ${end})`);
  }
  const applied = narrowSourceCorrection({ ...correction, before });
  if (applied.before === applied.replacement) return { ok: false, reason: 'no_change' };
  const owner = doc.blocks.findIndex((block) => block.start <= applied.start && applied.end <= block.end);
  if (owner < 0) return { ok: false, reason: 'crosses_blocks' };

  const text = doc.text.slice(0, applied.start) + applied.replacement + doc.text.slice(applied.end);
  const mapping = new Mapping([new StepMap([applied.start, applied.end - applied.start, applied.replacement.length])]);
  const blocks = mapContainers(doc.blocks, mapping);
  const ownerBlock = blocks[owner];
  if (!ownerBlock || !/\S/.test(text.slice(ownerBlock.start, ownerBlock.end))) return { ok: false, reason: 'empty_result' };
  const sentences = mapContainers(doc.sentences, mapping);
  const droppedSentences = doc.sentences.filter((_, i) => !isNonEmpty(sentences[i]));

  // A marker follows a word: text glued onto that word's end keeps the marker after it.
  const markerAssoc = isWordChar(applied.replacement[0]) ? 1 : -1;
  const footnoteRefs = doc.footnoteRefs.map((ref) => ({ ...ref, offset: mapping.map(ref.offset, markerAssoc) }));
  const delta = applied.replacement.length - (applied.end - applied.start);
  const flags: DocumentFlag[] = [];
  for (const flag of doc.flags) {
    // The narrowed range: a wide selection clears only the flags of what actually changed.
    if (flag.end < applied.start) flags.push({ ...flag });
    else if (flag.start > applied.end) flags.push({ ...flag, start: flag.start + delta, end: flag.end + delta });
  }

  return {
    ok: true,
    text,
    provenance: replaceProvenance(doc.provenance, doc.text, applied),
    blocks,
    sentences: sentences.filter(isNonEmpty),
    footnoteRefs,
    flags,
    applied,
    droppedSentences,
  };
}

/**
 * Maps ranges that tile the text (blocks, sentences) through the correction: text inserted at a
 * boundary joins the range it touches, and where two ranges meet it goes to the later one, so
 * ranges never overlap. A range the correction deleted comes back empty.
 */
function mapContainers<T extends Range>(items: readonly T[], mapping: Mapping): T[] {
  const mapped = items.map((item) => ({ ...item, start: mapping.map(item.start, -1), end: mapping.map(item.end, 1) }));
  const order = mapped.map((_, i) => i).sort((a, b) => (mapped[a]?.start ?? 0) - (mapped[b]?.start ?? 0));
  for (let k = 1; k < order.length; k++) {
    const previous = mapped[order[k - 1] ?? -1];
    const next = mapped[order[k] ?? -1];
    if (previous && next && previous.end > next.start) previous.end = Math.max(previous.start, next.start);
  }
  return mapped;
}

function isNonEmpty(range: Range | undefined): boolean {
  return range !== undefined && range.end > range.start;
}

/** The provenance runs of the corrected text; see applySourceCorrection. */
function replaceProvenance(
  provenance: readonly ProvenanceRun[],
  oldText: string,
  correction: Required<SourceCorrection>,
): ProvenanceRun[] {
  // A synthetic run maps as a whole; one the correction cuts into is replaced with it.
  let from = correction.start;
  let to = correction.end;
  for (const run of provenance) {
    if (run.kind !== 'synthetic') continue;
    if (run.start < from && from < run.end) from = run.start;
    if (run.start < to && to < run.end) to = run.end;
  }
  const replacement = oldText.slice(from, correction.start) + correction.replacement + oldText.slice(correction.end, to);
  const raw = to > from ? rawRangeOf(provenance, from, to) : { start: rawOffsetOf(provenance, from), end: rawOffsetOf(provenance, from) };
  const delta = replacement.length - (to - from);

  const runs: ProvenanceRun[] = [];
  let inserted = false;
  const insert = (): void => {
    if (inserted) return;
    inserted = true;
    if (replacement.length > 0) {
      runs.push({ start: from, end: from + replacement.length, rawStart: raw.start, rawEnd: raw.end, kind: 'synthetic' });
    }
  };
  for (const run of provenance) {
    if (run.end <= from) {
      runs.push({ ...run });
      continue;
    }
    if (run.start < from) runs.push({ ...run, end: from, rawEnd: run.rawStart + (from - run.start) });
    insert();
    if (run.end > to) {
      const cut = Math.max(run.start, to);
      const rawStart = run.kind === 'copy' ? run.rawStart + (cut - run.start) : run.rawStart;
      runs.push({ ...run, start: cut + delta, end: run.end + delta, rawStart });
    }
  }
  insert();
  return runs;
}
