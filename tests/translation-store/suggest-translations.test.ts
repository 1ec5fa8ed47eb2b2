import { describe, expect, it } from 'vitest';
import { getDocumentBySlug } from '../../lib/db/queries/documents';
import { listUnitRowsByDocumentId } from '../../lib/db/queries/translations';
import { importCorpusFiles } from '../../lib/import/import-corpus-files';
import { changeTranslationStatus } from '../../lib/translation-store/change-translation-status';
import { importTranslationMemory } from '../../lib/translation-store/import-translation-memory';
import { addGlossaryTerm } from '../../lib/translation-store/manage-glossary';
import { buildTmMatchQuery, suggestTranslations, tmQueryWords } from '../../lib/translation-store/suggest-translations';
import { seedFile } from '../annotation-store/fixtures';
import { annotate, as, translate, translationBench, unitWith, type TranslationBench } from './fixtures';

const SOURCE = 'Penulis menyadari bahwa penelitian ini masih jauh dari kata sempurna.';
const ENGLISH = 'The author realises that this research is still far from perfect.';

/** Reviews `sentenceId` with `text` (translated by the translator, accepted by the reviewer). */
function review(bench: TranslationBench, sentenceId: number, text: string): void {
  const unit = translate(bench, sentenceId, text, 'translator', 'translated');
  changeTranslationStatus(bench.db, sentenceId, { revision: unit.translation?.revision ?? 0, status: 'reviewed' }, as(bench, 'reviewer'));
}

/** A second document with the same text as the seed (another file name), for context matches. */
function importCopy(bench: TranslationBench): number {
  const seed = seedFile('004');
  const [result] = importCorpusFiles(bench.db, [{ name: 'salinan.txt', bytes: Buffer.concat([seed.bytes, Buffer.from('\n')]) }], { importedBy: null });
  const doc = result && getDocumentBySlug(bench.db, result.slug);
  if (!doc) throw new Error('copy not imported');
  return doc.id;
}

describe('suggestTranslations: translation memory', () => {
  it('finds the same sentence reviewed in another document as a context match, never the unit itself', () => {
    const bench = translationBench();
    const copyId = importCopy(bench);
    const copyUnit = listUnitRowsByDocumentId(bench.db, copyId).find((u) => u.ord === unitWith(bench, SOURCE).ord);
    review(bench, copyUnit?.sentenceId ?? 0, ENGLISH);
    const own = unitWith(bench, SOURCE).sentenceId;
    review(bench, own, 'Mine, already reviewed.');
    const { tm } = suggestTranslations(bench.db, own);
    expect(tm).toEqual([expect.objectContaining({ source: SOURCE, target: ENGLISH, score: 101, exact: true, context: true, origin: 'unit' })]);
  });

  it('scores fuzzy matches by edit distance with the differing words, best first, at least 50% and at most five', () => {
    const bench = translationBench();
    importTranslationMemory(
      bench.db,
      'pairs.tsv',
      [
        { source: SOURCE, target: 'Exact.' },
        { source: 'Penulis menyadari bahwa penelitian ini masih jauh dari kata lengkap.', target: 'One word differs.' },
        { source: 'Penulis menyadari bahwa laporan tersebut masih sangat jauh dari kata sempurna.', target: 'Three words differ.' },
        { source: 'Kawasan Asia Tenggara merupakan kawasan strategis.', target: 'Unrelated.' },
        ...['a', 'b', 'c', 'd', 'e'].map((x) => ({ source: `Penulis ${x} bahwa penelitian ${x} masih jauh dari kata sempurna.`, target: `Near ${x}.` })),
      ],
      { userId: null },
    );
    const { tm } = suggestTranslations(bench.db, unitWith(bench, SOURCE).sentenceId);
    expect(tm).toHaveLength(5);
    expect(tm[0]).toMatchObject({ target: 'Exact.', score: 100, exact: true, context: false, origin: 'import' });
    expect(tm[1]).toMatchObject({ target: 'One word differs.', exact: false });
    expect(tm[1]?.score).toBeGreaterThanOrEqual(80);
    expect(tm[1]?.score).toBeLessThan(100);
    expect(tm[1]?.diff).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'removed', text: expect.stringContaining('lengkap') })]));
    expect(tm.map((m) => m.score)).toEqual([...tm.map((m) => m.score)].sort((a, b) => b - a));
    expect(tm.every((m) => m.score >= 50)).toBe(true);
    expect(tm.some((m) => m.target === 'Unrelated.')).toBe(false);
  });
});

describe('buildTmMatchQuery', () => {
  it('asks for the rarest words the memory holds, quoted, without diacritics', () => {
    const counts = new Map([['data', 900], ['iom', 3], ['2011', 40], ['unodc', 12], ['dan', 5000], ['resume', 2]]);
    expect(buildTmMatchQuery('Data dari "IOM" (2011) dan data UNODC — résumé', counts)).toBe('"resume" OR "iom" OR "unodc" OR "2011" OR "data" OR "dan"');
    expect(buildTmMatchQuery('kata yang tidak ada', counts)).toBeNull();
    expect(tmQueryWords('Anak-anak, a 5 ÉLITE')).toEqual(['anak', '5', 'elite']);
  });

  it('leaves out common words once the chosen ones match enough entries, but always asks for the rarest', () => {
    const counts = new Map([['tom', 40_000], ['tidak', 9_000], ['tahu', 2_500], ['kenapa', 3_000]]);
    expect(buildTmMatchQuery('Tom tidak tahu kenapa', counts)).toBe('"tahu" OR "kenapa"');
    expect(buildTmMatchQuery('Tom', counts)).toBe('"tom"');
  });
});

describe('suggestTranslations: glossary and statistics', () => {
  it('offers the registry English names of annotated and mentioned actors, and termbase terms in the source', () => {
    const bench = translationBench();
    const unodc = bench.db.prepare("SELECT id FROM entities WHERE canonical_name = 'UNODC'").get() as { id: number };
    annotate(bench, 'UNODC', { label: 'actor', attributes: { entity: unodc.id, actor_type: 'igo' } });
    addGlossaryTerm(bench.db, { sourceTerm: 'perdagangan  manusia', targetTerm: 'human trafficking', note: 'Not “human trade”.' }, { userId: bench.users.translator });
    addGlossaryTerm(bench.db, { sourceTerm: 'penyelundupan', targetTerm: 'smuggling' }, { userId: bench.users.translator });
    const { glossary } = suggestTranslations(bench.db, unitWith(bench, 'pemerintah Laos meminta bantuan pada UNODC').sentenceId);
    expect(glossary).toEqual([
      { source: 'UNODC', target: 'United Nations Office on Drugs and Crime', note: null, origin: 'registry' },
      { source: 'pemerintah Laos', target: 'Government of Laos', note: null, origin: 'registry' },
      { source: 'perdagangan manusia', target: 'human trafficking', note: 'Not “human trade”.', origin: 'termbase' },
    ]);
  });

  it('renders the unit’s statistic annotations, or the statistics the parser finds when there are none', () => {
    const bench = translationBench();
    const id = unitWith(bench, '195 korban').sentenceId;
    const found = suggestTranslations(bench.db, id).statistics;
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ annotationId: null, source: expect.stringContaining('195 korban'), english: expect.stringContaining('195') })]));
    const stat = annotate(bench, '195 korban', { label: 'statistic', attributes: { value: 195, kind: 'count' } });
    expect(suggestTranslations(bench.db, id).statistics).toEqual([{ annotationId: stat.id, source: '195 korban', english: '195 victims' }]);
  });
});
