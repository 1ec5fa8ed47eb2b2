// BIO/CoNLL token labels for NER training: one token per line with its code point offsets in the
// document's normalized text, actors and statistics in the NER column, claims in their own column,
// a blank line between sentences. One chunk per sentence, so a whole corpus streams.
//
// Columns (tab-separated, announced by a `# global.columns` line as in CoNLL-U Plus):
//   ID  FORM  START  END  NER  CLAIM
// ID counts tokens from 1 within the sentence; START/END are code points into the normalized text;
// NER is O, B-ACTOR, I-ACTOR, B-STATISTIC or I-STATISTIC; CLAIM is O, B-CLAIM or I-CLAIM.

import { createCodePointIndex } from './code-points';
import type { ExportAnnotation, ExportDocument } from './export-document';

export const CONLL_COLUMNS = ['ID', 'FORM', 'START', 'END', 'NER', 'CLAIM'] as const;

/** Labels of the NER column and their tag names; `claim` has its own column. */
const NER_TAGS: ReadonlyMap<string, string> = new Map([
  ['actor', 'ACTOR'],
  ['statistic', 'STATISTIC'],
]);

/** A token: UTF-16 offsets into the text it was cut from. */
export interface Token {
  start: number;
  end: number;
}

/**
 * The tokenizer: a number with inner `.`/`,` separators (`1.234,5`), a word of letters, marks and
 * digits with inner hyphens or apostrophes (`anak-anak`, `Ma'ruf`), or any other single character
 * (punctuation, a symbol, an emoji: one code point). Whitespace and control characters separate
 * tokens and are never part of one.
 */
const TOKEN = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|[^\s\p{Cc}]/gu;

/**
 * Tokens of text[start, end), then split again at every offset in `boundaries` that falls inside a
 * token, so each annotation begins and ends on a token boundary whatever words it was drawn on.
 */
export function tokenize(text: string, start: number, end: number, boundaries: readonly number[] = []): Token[] {
  const tokens: Token[] = [];
  const cuts = [...new Set(boundaries)].filter((at) => at > start && at < end).sort((a, b) => a - b);
  let cut = 0;
  for (const match of text.slice(start, end).matchAll(TOKEN)) {
    let tokenStart = start + (match.index ?? 0);
    const tokenEnd = tokenStart + match[0].length;
    while (cut < cuts.length && (cuts[cut] ?? Infinity) <= tokenStart) cut++;
    while (cut < cuts.length && (cuts[cut] ?? Infinity) < tokenEnd) {
      const at = cuts[cut] ?? tokenEnd;
      tokens.push({ start: tokenStart, end: at });
      tokenStart = at;
      cut++;
    }
    tokens.push({ start: tokenStart, end: tokenEnd });
  }
  return tokens;
}

/**
 * Non-overlapping spans for one column: by start, longer first, a span overlapping one already
 * taken is dropped (the earlier, then longer, span wins; identical spans from two layers are one).
 */
function resolveOverlaps(annotations: readonly ExportAnnotation[]): Array<{ start: number; end: number; tag: string; id: string }> {
  const spans = annotations
    .flatMap((annotation) =>
      annotation.start === null || annotation.end === null
        ? []
        : [{ start: annotation.start, end: annotation.end, tag: NER_TAGS.get(annotation.label) ?? 'CLAIM', id: annotation.id }],
    )
    .sort((a, b) => a.start - b.start || b.end - a.end || a.tag.localeCompare(b.tag));
  const taken: typeof spans = [];
  for (const span of spans) {
    const last = taken[taken.length - 1];
    if (last === undefined || span.start >= last.end) taken.push(span);
  }
  return taken;
}

/** BIO tag of each token for one column's (non-overlapping, sorted) spans. */
function bioTags(tokens: readonly Token[], spans: ReadonlyArray<{ start: number; end: number; tag: string; id: string }>): string[] {
  const tags: string[] = [];
  let i = 0;
  let previous: string | null = null;
  for (const token of tokens) {
    while (i < spans.length && (spans[i]?.end ?? Infinity) <= token.start) i++;
    const span = spans[i];
    if (span !== undefined && span.start <= token.start && token.end <= span.end) {
      tags.push(`${previous === span.id ? 'I' : 'B'}-${span.tag}`);
      previous = span.id;
    } else {
      tags.push('O');
      previous = null;
    }
  }
  return tags;
}

function commentValue(value: string): string {
  return value.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ');
}

/** One document's sentences as CoNLL blocks, each ending in a blank line. */
function* writeDocument(doc: ExportDocument): Generator<string> {
  const text = createCodePointIndex(doc.text);
  // Rejected and orphaned annotations say nothing about the words; training data leaves them out.
  const usable = doc.annotations.filter(
    (annotation) =>
      annotation.status !== 'rejected' && annotation.start !== null && (NER_TAGS.has(annotation.label) || annotation.label === 'claim'),
  );
  const ner = resolveOverlaps(usable.filter((annotation) => NER_TAGS.has(annotation.label)));
  const claims = resolveOverlaps(usable.filter((annotation) => annotation.label === 'claim'));
  const boundaries = [...ner, ...claims].flatMap((span) => [span.start, span.end]);
  yield `# newdoc id = ${commentValue(doc.slug)}\n# title = ${commentValue(doc.title)}\n`;
  for (const unit of doc.units) {
    const tokens = tokenize(doc.text, unit.start, unit.end, boundaries);
    if (tokens.length === 0) continue;
    const nerTags = bioTags(tokens, ner);
    const claimTags = bioTags(tokens, claims);
    const lines = [`# sent_id = ${commentValue(doc.slug)}:${unit.sentenceId}`, `# text = ${commentValue(unit.source)}`];
    tokens.forEach((token, k) => {
      const form = doc.text.slice(token.start, token.end);
      lines.push([k + 1, form, text.toCodePoint(token.start), text.toCodePoint(token.end), nerTags[k] ?? 'O', claimTags[k] ?? 'O'].join('\t'));
    });
    yield `${lines.join('\n')}\n\n`;
  }
}

/** The CoNLL file for `docs` (already filtered): a columns line, then each document's sentences. */
export function* writeConll(docs: Iterable<ExportDocument>): Generator<string> {
  yield `# global.columns = ${CONLL_COLUMNS.join(' ')}\n`;
  for (const doc of docs) yield* writeDocument(doc);
}
