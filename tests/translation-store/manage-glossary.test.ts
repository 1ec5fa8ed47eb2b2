import { describe, expect, it } from 'vitest';
import { getAuditEntriesByEntity } from '../../lib/db/queries/audit';
import { getEntityById } from '../../lib/db/queries/entities';
import { addGlossaryTerm, deleteGlossaryTerm, findGlossaryTerms, setEntityEnglishName } from '../../lib/translation-store/manage-glossary';
import { findTermsInText } from '../../lib/translation-store/unit-glossary';
import { caught, translationBench } from './fixtures';

describe('addGlossaryTerm', () => {
  it('stores a cleaned-up term with who added it, and refuses the same pair in any letter case (409)', () => {
    const bench = translationBench();
    const by = { userId: bench.users.translator };
    const term = addGlossaryTerm(bench.db, { sourceTerm: ' perdagangan   manusia ', targetTerm: 'human trafficking', note: ' ' }, by);
    expect(term).toMatchObject({ sourceTerm: 'perdagangan manusia', targetTerm: 'human trafficking', note: null, createdBy: 'tari' });
    expect(caught(() => addGlossaryTerm(bench.db, { sourceTerm: 'Perdagangan Manusia', targetTerm: 'Human Trafficking' }, by))).toMatchObject({
      code: 'glossary.termExists',
      status: 409,
    });
    expect(addGlossaryTerm(bench.db, { sourceTerm: 'perdagangan manusia', targetTerm: 'trafficking in persons' }, by).id).not.toBe(term.id);
    expect(getAuditEntriesByEntity(bench.db, 'glossary_term', term.id).map((e) => e.action)).toEqual(['glossary.create']);
  });
});

describe('findGlossaryTerms', () => {
  it('finds terms by either side or note, and lists the termbase for an empty query', () => {
    const bench = translationBench();
    const by = { userId: null };
    addGlossaryTerm(bench.db, { sourceTerm: 'korban', targetTerm: 'victim' }, by);
    addGlossaryTerm(bench.db, { sourceTerm: 'kerja paksa', targetTerm: 'forced labour', note: 'British spelling' }, by);
    expect(findGlossaryTerms(bench.db, 'LABOUR').map((t) => t.sourceTerm)).toEqual(['kerja paksa']);
    expect(findGlossaryTerms(bench.db, 'british').map((t) => t.sourceTerm)).toEqual(['kerja paksa']);
    expect(findGlossaryTerms(bench.db, '100%')).toEqual([]);
    expect(findGlossaryTerms(bench.db, '').map((t) => t.sourceTerm)).toEqual(['kerja paksa', 'korban']);
  });
});

describe('deleteGlossaryTerm', () => {
  it('removes a term, and answers 404 for one that is not there', () => {
    const bench = translationBench();
    const term = addGlossaryTerm(bench.db, { sourceTerm: 'korban', targetTerm: 'victim' }, { userId: null });
    expect(deleteGlossaryTerm(bench.db, term.id, { userId: null })).toEqual(term);
    expect(findGlossaryTerms(bench.db, '')).toEqual([]);
    expect(caught(() => deleteGlossaryTerm(bench.db, term.id, { userId: null }))).toMatchObject({ code: 'glossary.notFound', status: 404 });
  });
});

describe('findTermsInText', () => {
  it('matches whole words in any case and spacing, in order of occurrence', () => {
    const terms = [{ sourceTerm: 'korban' }, { sourceTerm: 'Perdagangan Manusia' }, { sourceTerm: 'anak' }];
    expect(findTermsInText('Perdagangan  manusia membuat korban anak-anak.', terms)).toEqual([terms[1], terms[0], terms[2]]);
    expect(findTermsInText('pengorbanan', terms)).toEqual([]);
  });
});

describe('setEntityEnglishName', () => {
  it('sets and clears an actor’s English name, recording the change', () => {
    const bench = translationBench();
    const laos = bench.db.prepare("SELECT id FROM entities WHERE canonical_name = 'Pemerintah Laos'").get() as { id: number };
    const by = { userId: bench.users.reviewer };
    expect(setEntityEnglishName(bench.db, laos.id, '  Lao   Government ', by).englishName).toBe('Lao Government');
    expect(getEntityById(bench.db, laos.id)?.englishName).toBe('Lao Government');
    expect(setEntityEnglishName(bench.db, laos.id, '', by).englishName).toBeNull();
    expect(getAuditEntriesByEntity(bench.db, 'entity', laos.id).map((e) => e.action)).toEqual(['entity.setEnglishName', 'entity.setEnglishName']);
    expect(caught(() => setEntityEnglishName(bench.db, 999_999, 'X', by))).toMatchObject({ code: 'entity.notFound', status: 404 });
  });
});
