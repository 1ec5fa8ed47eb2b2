// The word-level difference between a translation-memory entry's source and the unit's source,
// for display: which words are the same, which the unit added and which it no longer has.

import { substitutionCost, tokenWeight, type MatchToken } from './match-tokens';

/** `added`: only in the unit's source; `removed`: only in the memory entry's source. */
export type WordDiffType = 'same' | 'added' | 'removed';

/**
 * A run of words. `same` and `added` text comes from the unit's source, `removed` text from the
 * memory entry's source; each run starts with the whitespace before it, so the `same` and `added`
 * runs joined give the unit's source (up to trailing whitespace).
 */
export interface WordDiffPart {
  type: WordDiffType;
  text: string;
}

interface Step {
  type: WordDiffType;
  /** Token index in the unit's source (same, added) or the entry's source (removed). */
  index: number;
}

/**
 * The cheapest edit from `candidate` (the memory entry's source tokens, in `candidateText`) to
 * `unit` (the unit's source tokens, in `unitText`), as runs of words. A changed word shows as
 * removed then added, a change of case included.
 */
export function diffMatchWords(
  unitText: string,
  unit: readonly MatchToken[],
  candidateText: string,
  candidate: readonly MatchToken[],
): WordDiffPart[] {
  const rows = candidate.length + 1;
  const columns = unit.length + 1;
  const cost = new Float64Array(rows * columns);
  for (let j = 1; j < columns; j++) cost[j] = (cost[j - 1] ?? 0) + tokenWeight(token(unit, j - 1));
  for (let i = 1; i < rows; i++) {
    const from = token(candidate, i - 1);
    cost[i * columns] = (cost[(i - 1) * columns] ?? 0) + tokenWeight(from);
    for (let j = 1; j < columns; j++) {
      const to = token(unit, j - 1);
      cost[i * columns + j] = Math.min(
        (cost[(i - 1) * columns + j] ?? 0) + tokenWeight(from),
        (cost[i * columns + j - 1] ?? 0) + tokenWeight(to),
        (cost[(i - 1) * columns + j - 1] ?? 0) + substitutionCost(from, to),
      );
    }
  }

  const steps: Step[] = [];
  let i = candidate.length;
  let j = unit.length;
  while (i > 0 || j > 0) {
    const here = cost[i * columns + j] ?? 0;
    if (i > 0 && j > 0) {
      const from = token(candidate, i - 1);
      const to = token(unit, j - 1);
      const change = substitutionCost(from, to);
      if (here === (cost[(i - 1) * columns + j - 1] ?? 0) + change) {
        // Reversed below: `added` is pushed first so that `removed` comes first in reading order.
        if (change === 0) steps.push({ type: 'same', index: j - 1 });
        else steps.push({ type: 'added', index: j - 1 }, { type: 'removed', index: i - 1 });
        i--;
        j--;
        continue;
      }
    }
    if (j > 0 && here === (cost[i * columns + j - 1] ?? 0) + tokenWeight(token(unit, j - 1))) {
      steps.push({ type: 'added', index: j - 1 });
      j--;
    } else {
      steps.push({ type: 'removed', index: i - 1 });
      i--;
    }
  }
  steps.reverse();
  return toParts(steps, unitText, unit, candidateText, candidate);
}

/** Groups steps into runs of one type and cuts their text, each with the whitespace before it. */
function toParts(steps: Step[], unitText: string, unit: readonly MatchToken[], candidateText: string, candidate: readonly MatchToken[]): WordDiffPart[] {
  const parts: WordDiffPart[] = [];
  let last: { type: WordDiffType; from: number; to: number } | undefined;
  const flush = (): void => {
    if (!last) return;
    const removed = last.type === 'removed';
    const text = removed ? candidateText : unitText;
    const tokens = removed ? candidate : unit;
    const start = last.from === 0 ? 0 : token(tokens, last.from - 1).end;
    parts.push({ type: last.type, text: text.slice(start, token(tokens, last.to).end) });
  };
  for (const step of steps) {
    if (last && last.type === step.type && step.index === last.to + 1) last.to = step.index;
    else {
      flush();
      last = { type: step.type, from: step.index, to: step.index };
    }
  }
  flush();
  return parts;
}

function token(tokens: readonly MatchToken[], index: number): MatchToken {
  const found = tokens[index];
  if (!found) throw new RangeError(`token ${index} outside ${tokens.length}`);
  return found;
}
