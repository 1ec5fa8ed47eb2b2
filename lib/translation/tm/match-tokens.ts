// The words and punctuation marks translation-memory matching compares, and what it costs to
// change one into another: a word 1, a punctuation mark ½, a change of case ¼, so sentences that
// differ only in punctuation or case score high but below 100.

/** A word (`perdagangan`, `2.000`, `anak-anak`) or one punctuation mark, with its offsets. */
export interface MatchToken {
  text: string;
  lower: string;
  start: number;
  end: number;
  punctuation: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.,'’-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** What inserting or deleting a word costs; a punctuation mark costs half, a change of case a quarter. */
export const WORD_WEIGHT = 1;
export const PUNCTUATION_WEIGHT = 0.5;
export const CASE_CHANGE_COST = 0.25;

/** The tokens of `text` in order; whitespace separates them and is not a token. */
export function tokenizeForMatch(text: string): MatchToken[] {
  return [...text.matchAll(TOKEN)].map((match) => {
    const written = match[0];
    return {
      text: written,
      lower: written.toLowerCase(),
      start: match.index,
      end: match.index + written.length,
      punctuation: !/[\p{L}\p{M}\p{N}]/u.test(written),
    };
  });
}

/** What inserting or deleting the token costs. */
export function tokenWeight(token: MatchToken): number {
  return token.punctuation ? PUNCTUATION_WEIGHT : WORD_WEIGHT;
}

/** The sum of the weights: what turning nothing into these tokens costs. */
export function totalWeight(tokens: readonly MatchToken[]): number {
  let total = 0;
  for (const token of tokens) total += tokenWeight(token);
  return total;
}

/** What replacing `a` by `b` costs: 0 when equal, ¼ for a change of case, ½ between marks, else 1. */
export function substitutionCost(a: MatchToken, b: MatchToken): number {
  if (a.text === b.text) return 0;
  if (a.lower === b.lower) return CASE_CHANGE_COST;
  if (a.punctuation && b.punctuation) return PUNCTUATION_WEIGHT;
  return WORD_WEIGHT;
}

/** Runs of whitespace as one space, none at the ends: what "identical" compares. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
