import { describe, expect, it } from 'vitest';
import { computeAgreement, type AgreementDocument } from '../../lib/agreement/compute-agreement';
import type { LabelledSpan } from '../../lib/agreement/span-match';

// Tokens: t1 Pemerintah 0–10, t2 Indonesia 11–20, t3 dan 21–24, t4 UNICEF 25–31,
// t5 melaporkan 32–42, t6 1,2 43–46, t7 juta 47–51, t8 anak 52–56, t9 . 56–57
const TEXT = 'Pemerintah Indonesia dan UNICEF melaporkan 1,2 juta anak.';
const LABELS = ['claim', 'actor', 'statistic'];
const span = (label: string, start: number, end: number): LabelledSpan => ({ label, start, end });

// Annotator 1: actors "Pemerintah Indonesia" and "UNICEF", statistic "1,2 juta anak", claim up to "anak".
const ANI = [span('actor', 0, 20), span('actor', 25, 31), span('statistic', 43, 56), span('claim', 0, 56)];
// Annotator 2: actors "Indonesia" and "UNICEF", the same statistic, claim "… melaporkan".
const BUDI = [span('actor', 11, 20), span('actor', 25, 31), span('statistic', 43, 56), span('claim', 0, 42)];

function doc(...layers: Array<[number, LabelledSpan[]]>): AgreementDocument {
  return { text: TEXT, units: [{ start: 0, end: TEXT.length }], layers: layers.map(([annotator, spans]) => ({ annotator, spans })) };
}

describe('computeAgreement', () => {
  const report = computeAgreement([doc([1, ANI], [2, BUDI])], LABELS);
  const [pair] = report.pairs;

  it('compares the two annotators as one pair, the first as reference', () => {
    expect(report.annotators).toEqual([1, 2]);
    expect(report.tokens).toBe(9);
    expect(report.pairs).toHaveLength(1);
    expect(pair).toMatchObject({ first: 1, second: 2, documents: 1 });
  });

  it('computes kappa per label on the binary token view', () => {
    // actor: ani 1 1 0 1 0 0 0 0 0, budi 0 1 0 1 0 0 0 0 0 → yes/yes 2, yes/no 1, no/no 6.
    // n = 9, diagonal 8, ani yes 3/no 6, budi yes 2/no 7: chance = 3·2 + 6·7 = 48.
    // κ = (9·8 − 48)/(81 − 48) = 24/33 = 8/11 ≈ .727
    expect(pair?.kappa.byLabel.actor?.value).toBeCloseTo(8 / 11, 12);
    // statistic: identical spans → κ = 1
    expect(pair?.kappa.byLabel.statistic?.value).toBe(1);
    // claim: ani 1 1 1 1 1 1 1 1 0, budi 1 1 1 1 1 0 0 0 0 → yes/yes 5, yes/no 3, no/no 1.
    // diagonal 6; ani yes 8/no 1, budi yes 5/no 4: chance = 40 + 4 = 44; κ = (54 − 44)/(81 − 44) = 10/37
    expect(pair?.kappa.byLabel.claim?.value).toBeCloseTo(10 / 37, 12);
  });

  it('computes overall kappa on the set of labels covering each token', () => {
    // ani:  claim+actor claim+actor claim claim+actor claim claim+statistic ×3 ''
    // budi: claim       claim+actor claim claim+actor claim statistic ×3       ''
    // Agreements t2 t3 t4 t5 t9 = 5. Marginals ani: claim+actor 3, claim 2, claim+statistic 3, '' 1;
    // budi: claim 3, claim+actor 2, statistic 3, '' 1. chance = 3·2 + 2·3 + 3·0 + 1·1 = 13.
    // κ = (9·5 − 13)/(81 − 13) = 32/68 = 8/17 ≈ .471
    expect(pair?.kappa.overall.value).toBeCloseTo(8 / 17, 12);
    expect(pair?.kappa.overall.observed).toBeCloseTo(5 / 9, 12);
  });

  it('computes span precision, recall and F1, exact and on overlap', () => {
    // actor exact: "UNICEF" only: P = 1/2, R = 1/2, F1 = .5; on overlap both actors match: 1, 1, 1.
    expect(pair?.exact.byLabel.actor).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(pair?.overlap.byLabel.actor).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    // claim: different ends → exact 0; overlapping → 1.
    expect(pair?.exact.byLabel.claim).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(pair?.overlap.byLabel.claim).toMatchObject({ f1: 1 });
    // overall exact: 2 of 4 spans on each side (UNICEF, the statistic) → .5, .5, .5
    expect(pair?.exact.overall).toMatchObject({ reference: 4, candidate: 4, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(pair?.overlap.overall).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('computes alpha over all annotators', () => {
    // actor, two observers, 9 units → n = 18; n_1 = 3 + 2 = 5, n_0 = 13; one disagreeing unit (t1) adds 2.
    // α = 1 − 17·2/(18² − 5² − 13²) = 1 − 34/130 = 96/130
    expect(report.alpha.byLabel.actor?.value).toBeCloseTo(96 / 130, 12);
    expect(report.alpha.byLabel.statistic?.value).toBe(1);
  });

  it('lists and pairs annotators in the order asked for, the earlier as reference', () => {
    const reordered = computeAgreement([doc([1, ANI], [2, BUDI])], LABELS, [2, 1]);
    expect(reordered.annotators).toEqual([2, 1]);
    expect(reordered.pairs[0]).toMatchObject({ first: 2, second: 1 });
    // budi as reference: actor exact P and R swap (both 1/2 here); claim kappa is unchanged.
    expect(reordered.pairs[0]?.kappa.byLabel.claim?.value).toBeCloseTo(10 / 37, 12);
  });

  it('has no pair and no alpha with one annotator', () => {
    const single = computeAgreement([doc([1, ANI])], LABELS);
    expect(single.pairs).toEqual([]);
    expect(single.alpha.overall).toMatchObject({ value: null, reason: 'tooFewAnnotators' });
    expect(single.tokens).toBe(9);
  });

  it('leaves kappa undefined for a label nobody marked, and F1 with it', () => {
    // Neither marks a statistic: every token "no" for both, p_e = 1 → noVariation, raw agreement 1.
    const withoutStatistics = computeAgreement(
      [doc([1, ANI.filter((s) => s.label !== 'statistic')], [2, BUDI.filter((s) => s.label !== 'statistic')])],
      LABELS,
    );
    const [only] = withoutStatistics.pairs;
    expect(only?.kappa.byLabel.statistic).toMatchObject({ value: null, reason: 'noVariation', observed: 1 });
    expect(only?.exact.byLabel.statistic).toMatchObject({ precision: null, recall: null, f1: null });
    expect(withoutStatistics.alpha.byLabel.statistic).toMatchObject({ value: null, reason: 'noVariation' });
  });

  it('leaves everything undefined when two layers have no spans at all', () => {
    const [empty] = computeAgreement([doc([1, []], [2, []])], LABELS).pairs;
    expect(empty?.kappa.overall).toMatchObject({ value: null, reason: 'noVariation', observed: 1, items: 9 });
    expect(empty?.exact.overall.f1).toBeNull();
  });

  it('gives 1 everywhere under total agreement', () => {
    const [same] = computeAgreement([doc([1, ANI], [2, [...ANI]])], LABELS).pairs;
    for (const label of LABELS) expect(same?.kappa.byLabel[label]?.value).toBe(1);
    expect(same?.kappa.overall.value).toBe(1);
    expect(same?.exact.overall.f1).toBe(1);
  });

  it('gives −1 under total disagreement on a label marked on half the tokens', () => {
    // Units are the two words only; ani marks "Pemerintah", budi "Indonesia": table [[0,1],[1,0]] → κ = −1.
    const twoWords: AgreementDocument = {
      text: TEXT,
      units: [{ start: 0, end: 20 }],
      layers: [
        { annotator: 1, spans: [span('actor', 0, 10)] },
        { annotator: 2, spans: [span('actor', 11, 20)] },
      ],
    };
    const [opposed] = computeAgreement([twoWords], LABELS).pairs;
    expect(opposed?.kappa.byLabel.actor?.value).toBe(-1);
    expect(opposed?.overlap.byLabel.actor?.f1).toBe(0);
  });

  it('pools documents: pairs only over the documents both annotated, alpha with missing values', () => {
    // Document 1: annotators 1 and 2 as above. Document 2: annotators 1 and 3, identical layers.
    const corpus = computeAgreement([doc([1, ANI], [2, BUDI]), doc([3, BUDI], [1, BUDI])], LABELS);
    expect(corpus.annotators).toEqual([1, 2, 3]);
    expect(corpus.tokens).toBe(18);
    expect(corpus.pairs.map((p) => [p.first, p.second, p.documents])).toEqual([
      [1, 2, 1],
      [1, 3, 1],
    ]);
    expect(corpus.pairs[0]?.kappa.byLabel.actor?.value).toBeCloseTo(8 / 11, 12);
    expect(corpus.pairs[1]?.kappa.overall.value).toBe(1);
    // actor alpha: 18 units with two values each (n = 36). Document 1 as before (n_1 = 5, one
    // disagreeing unit adding 2); document 2: budi's actors twice (t2, t4) → n_1 = 4, no disagreement.
    // n_1 = 9, n_0 = 27: α = 1 − 35·2/(36² − 9² − 27²) = 1 − 70/486
    expect(corpus.alpha.byLabel.actor?.value).toBeCloseTo(1 - 70 / 486, 12);
  });
});
