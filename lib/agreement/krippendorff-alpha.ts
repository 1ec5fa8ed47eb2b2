// Krippendorff's alpha for nominal data, any number of annotators, missing judgements allowed
// (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
// α = 1 − D_o / D_e = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k,
// where o is the coincidence matrix of the pairable values and n_c its marginals.
import { undefinedCoefficient, type Coefficient } from './coefficient';

/**
 * α for `units`: each unit lists one value per annotator, `null` where that annotator gave none.
 * A unit with fewer than two values is not pairable and is left out, as the method prescribes.
 */
export function krippendorffAlphaNominal<T>(units: Iterable<readonly (T | null)[]>): Coefficient {
  const totals = new Map<T, number>();
  let n = 0;
  // Σ_{c≠k} o_ck: in a unit with m values, each ordered pair of different values adds 1/(m − 1);
  // there are m² − Σ_c m_c² such pairs.
  let disagreement = 0;
  for (const unit of units) {
    const counts = new Map<T, number>();
    let m = 0;
    for (const value of unit) {
      if (value === null) continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
      m++;
    }
    if (m < 2) continue;
    let same = 0;
    for (const [value, count] of counts) {
      same += count * count;
      totals.set(value, (totals.get(value) ?? 0) + count);
    }
    disagreement += (m * m - same) / (m - 1);
    n += m;
  }
  if (n === 0) return undefinedCoefficient('noItems');
  let sameTotal = 0;
  for (const count of totals.values()) sameTotal += count * count;
  const expectedPairs = n * n - sameTotal;
  const observed = 1 - disagreement / n;
  const expected = 1 - expectedPairs / (n * (n - 1));
  if (expectedPairs === 0) return undefinedCoefficient('noVariation', n, observed, expected);
  return { value: 1 - ((n - 1) * disagreement) / expectedPairs, reason: null, observed, expected, items: n };
}
