import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { krippendorffAlphaNominal } from '../../lib/agreement/krippendorff-alpha';

const _ = null;

/** Units (columns of a reliability data matrix) from the matrix's rows, one row per observer. */
function unitsOf(...observers: Array<Array<number | null>>): Array<Array<number | null>> {
  const width = Math.max(...observers.map((row) => row.length));
  return Array.from({ length: width }, (_unused, u) => observers.map((row) => row[u] ?? null));
}

describe('krippendorffAlphaNominal', () => {
  it('gives 0.743 for the reliability data matrix of Krippendorff (2011), four observers with missing values', () => {
    //   unit:  1  2  3  4  5  6  7  8  9 10 11 12
    //   A      1  2  3  3  2  1  4  1  2  .  .  .
    //   B      1  2  3  3  2  2  4  1  2  5  .  3
    //   C      .  3  3  3  2  3  4  2  2  5  1  .
    //   D      1  2  3  3  2  4  4  1  2  5  1  .
    // Unit 12 has one value: not pairable. Pairable values n = 3+4·8+3+2 = 40.
    // n_1 = 3+1+3+2 = 9, n_2 = 3+4+1+1+4 = 13, n_3 = 1+4+4+1 = 10, n_4 = 1+4 = 5, n_5 = 3.
    // Disagreeing ordered pairs / (m_u − 1): unit 2: (16 − 3² − 1²)/3 = 2; unit 6: (16 − 4)/3 = 4;
    // unit 8: (16 − 3² − 1²)/3 = 2; total Σ_{c≠k} o_ck = 8, so D_o = 8/40 = .2.
    // Σ_{c≠k} n_c n_k = 40² − (81+169+100+25+9) = 1600 − 384 = 1216.
    // α = 1 − (n − 1)·8/1216 = 1 − 312/1216 = .7434
    const alpha = krippendorffAlphaNominal(
      unitsOf(
        [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
        [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
      ),
    );
    expect(alpha.value).toBeCloseTo(0.743, 3);
    expect(alpha.value).toBeCloseTo(1 - 312 / 1216, 12);
    expect(alpha.items).toBe(40);
    expect(alpha.observed).toBeCloseTo(0.8, 12);
  });

  it('gives 0.095 for the binary two-observer example of Krippendorff (2011)', () => {
    //   A  0 1 0 0 0 0 0 0 1 0
    //   B  1 1 1 0 0 1 0 0 0 0
    // n = 20; n_1 = 2 + 4 = 6, n_0 = 14; units 1, 3, 6, 9 disagree: 4 × (4 − 2)/1 = 8.
    // α = 1 − 19·8/(400 − 36 − 196) = 1 − 152/168 = .0952
    const alpha = krippendorffAlphaNominal(unitsOf([0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]));
    expect(alpha.value).toBeCloseTo(16 / 168, 12);
    expect(alpha.value).toBeCloseTo(0.095, 3);
  });

  it('is 1 when every pairable unit agrees and more than one value occurs', () => {
    expect(krippendorffAlphaNominal(unitsOf([1, 2, 2, _], [1, 2, 2, 3], [_, 2, _, 3])).value).toBe(1);
  });

  it('is undefined (noVariation) when every value is the same', () => {
    expect(krippendorffAlphaNominal(unitsOf([0, 0, 0], [0, 0, 0]))).toMatchObject({ value: null, reason: 'noVariation', observed: 1, items: 6 });
  });

  it('is undefined (noItems) when no unit has two values, as with one observer', () => {
    expect(krippendorffAlphaNominal(unitsOf([1, 2, 3]))).toMatchObject({ value: null, reason: 'noItems', items: 0 });
    expect(krippendorffAlphaNominal([])).toMatchObject({ value: null, reason: 'noItems' });
  });

  it('does not depend on the order of the observers', () => {
    const matrix = fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(matrix, (units) => {
        const reversed = units.map((unit) => [...unit].reverse());
        const a = krippendorffAlphaNominal(units);
        const b = krippendorffAlphaNominal(reversed);
        expect(b.reason).toBe(a.reason);
        if (a.value !== null) expect(b.value).toBeCloseTo(a.value, 12);
        if (a.value !== null) expect(a.value).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});
