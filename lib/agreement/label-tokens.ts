// Token-level labels per annotator, for kappa and alpha. Tokens are the export's CoNLL tokens
// (lib/export/conll.ts `tokenize`) of the translation units, cut at every span boundary of every
// compared layer, so each token lies wholly inside or wholly outside each span. A token carries a
// label in a layer when it lies inside a span of that label there.
//
// Spans of different labels overlap (a claim holds actors and statistics), so there is no single
// label per token. Two views follow from that:
// - per label, a binary view: the token has the label or not;
// - overall, a nominal view: the token's category is the set of labels covering it (`claim+actor`,
//   or '' for none). Without overlapping labels this is the usual multi-class token labelling.
import { tokenize, type Token } from '../export/conll';
import type { LabelledSpan } from './span-match';

export interface TextRange {
  start: number;
  end: number;
}

/** One annotator's layer on one document. */
export interface AnnotatorLayer {
  annotator: number;
  spans: readonly LabelledSpan[];
}

export interface LabelledTokens {
  tokens: Token[];
  /** Per annotator (in the order of the layers): per label, 1 for each token inside such a span. */
  marks: Array<{ annotator: number; byLabel: Map<string, Uint8Array> }>;
}

/** The tokens of `units` (any order), cut at the span boundaries of every layer. */
export function tokenizeUnits(text: string, units: readonly TextRange[], layers: readonly AnnotatorLayer[]): Token[] {
  const boundaries = layers.flatMap((layer) => layer.spans.flatMap((span) => [span.start, span.end]));
  return [...units]
    .sort((a, b) => a.start - b.start)
    .flatMap((unit) => tokenize(text, unit.start, unit.end, boundaries));
}

/** Index of the first token starting at or after `offset` (tokens in text order). */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.start ?? Infinity) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Marks every token of the units with the labels each layer gives it; labels not in `labels` are ignored. */
export function labelTokens(text: string, units: readonly TextRange[], layers: readonly AnnotatorLayer[], labels: readonly string[]): LabelledTokens {
  const known = new Set(labels);
  const kept = layers.map((layer) => ({ ...layer, spans: layer.spans.filter((span) => known.has(span.label)) }));
  const tokens = tokenizeUnits(text, units, kept);
  const marks = kept.map((layer) => {
    const byLabel = new Map(labels.map((label) => [label, new Uint8Array(tokens.length)]));
    for (const span of layer.spans) {
      const flags = byLabel.get(span.label);
      if (!flags) continue;
      for (let k = firstTokenFrom(tokens, span.start); k < tokens.length && (tokens[k]?.end ?? Infinity) <= span.end; k++) flags[k] = 1;
    }
    return { annotator: layer.annotator, byLabel };
  });
  return { tokens, marks };
}

/** The overall category of each token: the labels covering it, in `labels` order, joined by '+'. */
export function tokenCategories(byLabel: ReadonlyMap<string, Uint8Array>, labels: readonly string[], tokenCount: number): string[] {
  const categories = new Array<string>(tokenCount).fill('');
  for (const label of labels) {
    const flags = byLabel.get(label);
    if (!flags) continue;
    flags.forEach((flag, k) => {
      if (flag) categories[k] = categories[k] === '' ? label : `${categories[k]}+${label}`;
    });
  }
  return categories;
}
