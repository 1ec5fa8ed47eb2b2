// Weighted edit distance between two token sequences, in two rows of memory (the scores of all
// candidates need no alignment); it gives up early once the distance must exceed a limit.

import { substitutionCost, tokenWeight, type MatchToken } from './match-tokens';

/**
 * The cheapest way to turn `from` into `to` with the costs of match-tokens (insert/delete a word 1,
 * a mark ½; substitutions per substitutionCost). When `limit` is given and every path already
 * costs more, returns Infinity without finishing. O(|from|·|to|) time, O(|to|) memory.
 */
export function wordEditDistance(from: readonly MatchToken[], to: readonly MatchToken[], limit = Infinity): number {
  let previous = new Float64Array(to.length + 1);
  let current = new Float64Array(to.length + 1);
  for (let j = 1; j <= to.length; j++) previous[j] = (previous[j - 1] ?? 0) + tokenWeight(at(to, j - 1));
  for (let i = 1; i <= from.length; i++) {
    const source = at(from, i - 1);
    const deletion = tokenWeight(source);
    current[0] = (previous[0] ?? 0) + deletion;
    let rowMinimum = current[0];
    for (let j = 1; j <= to.length; j++) {
      const target = at(to, j - 1);
      const value = Math.min(
        (previous[j] ?? 0) + deletion,
        (current[j - 1] ?? 0) + tokenWeight(target),
        (previous[j - 1] ?? 0) + substitutionCost(source, target),
      );
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    // Every path goes through this row, and costs never go down.
    if (rowMinimum > limit) return Infinity;
    [previous, current] = [current, previous];
  }
  return previous[to.length] ?? 0;
}

function at(tokens: readonly MatchToken[], index: number): MatchToken {
  const token = tokens[index];
  if (!token) throw new RangeError(`token ${index} outside ${tokens.length}`);
  return token;
}
