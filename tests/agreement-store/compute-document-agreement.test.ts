// Two annotators on seed 001, spans placed by hand, figures worked out by hand below in terms of N,
// the number of tokens in the document's translation units.
import { beforeAll, describe, expect, it } from 'vitest';
import { computeCorpusAgreement } from '../../lib/agreement-store/compute-corpus-agreement';
import { computeDocumentAgreement } from '../../lib/agreement-store/compute-document-agreement';
import { deleteAnnotation, patchAnnotation } from '../../lib/annotation-store/update-annotation';
import { createAnnotation } from '../../lib/annotation-store/create-annotation';
import { ensureGoldLayerUser } from '../../lib/db/queries/curation';
import { getDocumentBySlug } from '../../lib/db/queries/documents';
import { listUnitRowsByDocumentId } from '../../lib/db/queries/translations';
import { tokenize } from '../../lib/export/conll';
import { importCorpusFiles } from '../../lib/import/import-corpus-files';
import { caught } from '../helpers/caught-app-error';
import { addUser, newId, seedFile, spanOf, workbench, type Workbench } from '../annotation-store/fixtures';

const CONTEXT = 'yaitu sebuah kerjasama antara pemerintah Indonesia dengan ECPAT di Indonesia belum berhasil';

let bench: Workbench;
let citra: number;
let N: number;

/** The span of `words` inside CONTEXT (its `occurrence`-th match there). */
function inContext(words: string, occurrence = 0) {
  const context = spanOf(bench.text, CONTEXT);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = CONTEXT.indexOf(words, at + 1);
  return { start: context.start + at, end: context.start + at + words.length, quote: words };
}

function add(layer: number, label: string, words: string, extra: { status?: 'suggested' | 'accepted'; occurrence?: number } = {}) {
  return createAnnotation(bench.db, bench.slug, layer, { id: newId(), label, attributes: {}, status: extra.status, ...inContext(words, extra.occurrence) }).annotation;
}

beforeAll(() => {
  bench = workbench('001');
  const { annotator: ani, other: budi } = bench;
  citra = addUser(bench.db, 'citra');
  // ani: actors "pemerintah Indonesia" and "ECPAT", claim "kerjasama … belum berhasil" (10 tokens).
  add(ani, 'actor', 'pemerintah Indonesia');
  add(ani, 'actor', 'ECPAT');
  add(ani, 'claim', 'kerjasama antara pemerintah Indonesia dengan ECPAT di Indonesia belum berhasil');
  // budi: actors "Indonesia" (the first) and "ECPAT", the same claim.
  add(budi, 'actor', 'Indonesia');
  add(budi, 'actor', 'ECPAT');
  add(budi, 'claim', 'kerjasama antara pemerintah Indonesia dengan ECPAT di Indonesia belum berhasil');
  // None of the following is a judgement of budi's: a pending suggestion, a rejected span, a
  // deleted span, an orphaned span.
  add(budi, 'statistic', 'sebuah', { status: 'suggested' });
  const rejected = add(budi, 'actor', 'yaitu', { status: 'suggested' });
  patchAnnotation(bench.db, rejected.id, budi, { revision: rejected.revision, status: 'rejected' });
  const deleted = add(budi, 'actor', 'antara');
  deleteAnnotation(bench.db, deleted.id, budi, deleted.revision);
  const orphan = add(budi, 'actor', 'belum');
  // An orphan is what re-anchoring leaves when the words are gone: no offsets, anchor 'orphaned'.
  bench.db.prepare("UPDATE annotations SET start_offset = NULL, end_offset = NULL, anchor_state = 'orphaned' WHERE id = ?").run(orphan.id);
  // citra has only a pending suggestion here: she has not started, so she takes no part.
  add(citra, 'actor', 'di', { status: 'suggested' });
  // The gold layer is the curated result, not an annotator.
  const gold = ensureGoldLayerUser(bench.db, new Date().toISOString());
  createAnnotation(bench.db, bench.slug, gold, { id: newId(), label: 'actor', attributes: {}, ...inContext('dengan') }, { userId: budi });

  // N, counted as the CoNLL export counts tokens: its tokenizer over the same units.
  const doc = getDocumentBySlug(bench.db, bench.slug);
  if (!doc) throw new Error('seed 001 not stored');
  N = listUnitRowsByDocumentId(bench.db, doc.id).reduce((sum, unit) => sum + tokenize(doc.text, unit.start, unit.end).length, 0);
});

describe('computeDocumentAgreement', () => {
  it('compares the two annotators who accepted spans, leaving out suggestions, rejections, deletions, orphans and gold', () => {
    const { annotators, report } = computeDocumentAgreement(bench.db, bench.slug);
    expect(annotators.map((a) => a.username)).toEqual(['ani', 'budi']);
    expect(report.tokens).toBe(N);
    expect(N).toBeGreaterThan(100);
    expect(report.pairs).toHaveLength(1);
    // Only ani's 3 and budi's 3 accepted spans are counted.
    expect(report.pairs[0]?.exact.overall).toMatchObject({ reference: 3, candidate: 3 });
  });

  it('gives the hand-computed kappa per label and overall', () => {
    const [pair] = computeDocumentAgreement(bench.db, bench.slug).report.pairs;
    // actor: ani {pemerintah, Indonesia, ECPAT}, budi {Indonesia, ECPAT}: yes/yes 2, yes/no 1, no/no N−3.
    // diagonal N−1; chance = 3·2 + (N−3)(N−2) = N² − 5N + 12.
    // κ = (N(N−1) − N² + 5N − 12)/(N² − N² + 5N − 12) = (4N − 12)/(5N − 12)
    expect(pair?.kappa.byLabel.actor?.value).toBeCloseTo((4 * N - 12) / (5 * N - 12), 12);
    // claim: the same 10 tokens → κ = 1.
    expect(pair?.kappa.byLabel.claim?.value).toBe(1);
    // statistic: nobody accepted one → every token "no" twice, κ undefined, raw agreement 1.
    expect(pair?.kappa.byLabel.statistic).toMatchObject({ value: null, reason: 'noVariation', observed: 1, items: N });
    // overall: only "pemerintah" differs (claim+actor vs claim). ani: claim+actor 3, claim 7, '' N−10;
    // budi: claim+actor 2, claim 8, '' N−10. chance = 6 + 56 + (N−10)²; diagonal N−1.
    // κ = (N(N−1) − 62 − (N−10)²)/(N² − 62 − (N−10)²) = (19N − 162)/(20N − 162)
    expect(pair?.kappa.overall.value).toBeCloseTo((19 * N - 162) / (20 * N - 162), 12);
  });

  it('gives the hand-computed span scores', () => {
    const [pair] = computeDocumentAgreement(bench.db, bench.slug).report.pairs;
    // actor exact: ECPAT only → P = R = F1 = 1/2; on overlap both → 1.
    expect(pair?.exact.byLabel.actor).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(pair?.overlap.byLabel.actor).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(pair?.exact.byLabel.claim).toMatchObject({ f1: 1 });
    // overall exact: 2 of 3 on each side → 2/3.
    expect(pair?.exact.overall.f1).toBeCloseTo(2 / 3, 12);
    expect(pair?.exact.byLabel.statistic?.f1).toBeNull();
  });

  it('gives the hand-computed alpha', () => {
    const { report } = computeDocumentAgreement(bench.db, bench.slug);
    // actor: n = 2N, n_yes = 5, n_no = 2N − 5; one disagreeing unit adds 2.
    // α = 1 − (2N − 1)·2/((2N)² − 25 − (2N − 5)²) = 1 − 2(2N − 1)/(20N − 50)
    expect(report.alpha.byLabel.actor?.value).toBeCloseTo(1 - (2 * (2 * N - 1)) / (20 * N - 50), 12);
    expect(report.alpha.byLabel.claim?.value).toBe(1);
  });

  it('reports an unknown document as document.notFound', () => {
    expect(caught(() => computeDocumentAgreement(bench.db, 'no-such-document')).code).toBe('document.notFound');
  });
});

describe('computeCorpusAgreement', () => {
  it('pools the documents: a pair is compared over the documents both annotated', () => {
    const [second] = importCorpusFiles(bench.db, [seedFile('003')], { importedBy: null });
    if (!second) throw new Error('seed 003 not imported');
    const text = getDocumentBySlug(bench.db, second.slug)?.text ?? '';
    const ecpat = spanOf(text, 'ECPAT');
    for (const layer of [bench.annotator, citra]) {
      createAnnotation(bench.db, second.slug, layer, { id: newId(), label: 'actor', attributes: {}, ...ecpat });
    }
    const corpus = computeCorpusAgreement(bench.db);
    expect(corpus.annotators.map((a) => a.username)).toEqual(['ani', 'budi', 'citra']);
    const byNames = corpus.report.pairs.map((pair) => [pair.first, pair.second, pair.documents]);
    expect(byNames).toEqual([
      [bench.annotator, bench.other, 1],
      [bench.annotator, citra, 1],
    ]);
    // ani–budi only met on 001: the same figure as there.
    expect(corpus.report.pairs[0]?.kappa.byLabel.actor?.value).toBeCloseTo((4 * N - 12) / (5 * N - 12), 12);
    // ani–citra agree on their one actor in 003.
    expect(corpus.report.pairs[1]?.kappa.byLabel.actor?.value).toBe(1);
    const lines = new Map(corpus.documents.map((line) => [line.slug, line]));
    expect(lines.get(bench.slug)?.annotators).toEqual([bench.annotator, bench.other]);
    expect(lines.get(second.slug)?.annotators).toEqual([bench.annotator, citra]);
  });

  it('has no pairs when nobody has annotated', () => {
    const empty = workbench('002');
    const corpus = computeCorpusAgreement(empty.db);
    expect(corpus.report.pairs).toEqual([]);
    expect(corpus.report.alpha.overall.reason).toBe('tooFewAnnotators');
    expect(corpus.documents).toHaveLength(1);
  });
});
