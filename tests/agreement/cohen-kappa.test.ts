import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohenKappa, cohenKappaFromTable } from '../../lib/agreement/cohen-kappa';

describe('cohenKappaFromTable', () => {
  it('gives 0.492 for the example of Cohen (1960), Table 1', () => {
    // Proportions ×200 subjects; rows judge B, columns judge A, categories 1–3.
    //   88 14 18 | 120        diagonal 88+40+12 = 140, p_o = 140/200 = .70
    //   10 40 10 |  60        p_e = (120·100 + 60·60 + 20·40)/200² = 16400/40000 = .41
    //    2  6 12 |  20        κ = (.70 − .41)/(1 − .41) = .29/.59 = .4915
    //  100 60 40 | 200
    const kappa = cohenKappaFromTable([
      [88, 14, 18],
      [10, 40, 10],
      [2, 6, 12],
    ]);
    expect(kappa.observed).toBeCloseTo(0.7, 10);
    expect(kappa.expected).toBeCloseTo(0.41, 10);
    expect(kappa.value).toBeCloseTo(0.4915, 4);
    expect(kappa.items).toBe(200);
  });

  it('gives 0.4 for the classic 2×2 table of 50 proposals', () => {
    // yes/yes 20, yes/no 5, no/yes 10, no/no 15: p_o = 35/50 = .7;
    // first says yes 25 times, second 30: p_e = (25·30 + 25·20)/50² = 1250/2500 = .5;
    // κ = (.7 − .5)/(1 − .5) = .4
    const kappa = cohenKappaFromTable([
      [20, 5],
      [10, 15],
    ]);
    expect(kappa.value).toBeCloseTo(0.4, 12);
    expect(kappa.observed).toBeCloseTo(0.7, 12);
    expect(kappa.expected).toBeCloseTo(0.5, 12);
  });

  it('refuses a table that is not square', () => {
    expect(() => cohenKappaFromTable([[1, 2], [3]])).toThrow(RangeError);
  });
});

describe('cohenKappa', () => {
  it('is 1 under total agreement with more than one category', () => {
    const labels = ['actor', 'O', 'O', 'statistic', 'actor'];
    expect(cohenKappa(labels, [...labels])).toMatchObject({ value: 1, observed: 1, reason: null });
  });

  it('is −1 under total disagreement with balanced marginals', () => {
    // table [[0,2],[2,0]]: p_o = 0, p_e = (2·2 + 2·2)/4² = .5, κ = (0 − .5)/(1 − .5) = −1
    expect(cohenKappa([1, 1, 0, 0], [0, 0, 1, 1]).value).toBe(-1);
  });

  it('is 0 when each annotator used one category, different ones', () => {
    // table [[0,3],[0,0]]: p_o = 0, p_e = 3·0 + 0·3 = 0, κ = 0: no agreement, none expected either
    expect(cohenKappa(['x', 'x', 'x'], ['y', 'y', 'y'])).toMatchObject({ value: 0, observed: 0, expected: 0 });
  });

  it('is undefined (noVariation) when both annotators put every item in the same single category', () => {
    // p_o = p_e = 1: κ = 0/0. Nobody marked anything: perfect raw agreement, no reliability shown.
    expect(cohenKappa([0, 0, 0, 0], [0, 0, 0, 0])).toEqual({ value: null, reason: 'noVariation', observed: 1, expected: 1, items: 4 });
  });

  it('is undefined (noItems) without items', () => {
    expect(cohenKappa([], [])).toMatchObject({ value: null, reason: 'noItems', items: 0 });
  });

  it('refuses judgements of different lengths', () => {
    expect(() => cohenKappa([1], [1, 0])).toThrow(RangeError);
  });

  const judgements = fc
    .integer({ min: 1, max: 60 })
    .chain((n) => fc.tuple(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n })));

  it('lies in [−1, 1] whenever defined', () => {
    fc.assert(
      fc.property(judgements, ([first, second]) => {
        const { value } = cohenKappa(first, second);
        return value === null || (value >= -1 && value <= 1);
      }),
    );
  });

  it('is symmetric in the two annotators', () => {
    fc.assert(
      fc.property(judgements, ([first, second]) => {
        const ab = cohenKappa(first, second);
        const ba = cohenKappa(second, first);
        expect(ba.value).toBe(ab.value);
        expect(ba.reason).toBe(ab.reason);
      }),
    );
  });

  it('is 1 for identical judgements unless they have a single category', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1 }), (labels) => {
        const { value, reason } = cohenKappa(labels, labels);
        if (new Set(labels).size === 1) expect(reason).toBe('noVariation');
        else expect(value).toBe(1);
      }),
    );
  });
});
