import { describe, expect, it } from 'vitest';
import { checkDocumentTranslations } from '../../lib/translation-store/check-document-translations';
import { alignAnnotation } from '../../lib/translation-store/manage-alignments';
import { addGlossaryTerm } from '../../lib/translation-store/manage-glossary';
import { annotate, as, caught, translate, translationBench, unitWith } from './fixtures';

const IOM = 'Data dari International Organization for Migration (IOM)';
const IOM_ENGLISH = 'Data from the International Organization for Migration (IOM) show that Laos ranks second in Southeast Asia with a total of 195 victims of human trafficking in 2011.';

describe('checkDocumentTranslations', () => {
  it('reports a number that differs from the source, only for units that have issues', () => {
    const bench = translationBench();
    const id = unitWith(bench, IOM).sentenceId;
    translate(bench, unitWith(bench, 'Penulis menyadari').sentenceId, 'The author realises that this research is still far from perfect.');
    translate(bench, id, IOM_ENGLISH.replace('195', '159'));
    const { units } = checkDocumentTranslations(bench.db, bench.slug);
    expect(units.map((u) => u.sentenceId)).toEqual([id]);
    expect(units[0]?.issues).toEqual(expect.arrayContaining([expect.objectContaining({ check: 'numbers', severity: 'error' })]));
  });

  it('uses the termbase and the unit’s aligned spans', () => {
    const bench = translationBench();
    const id = unitWith(bench, IOM).sentenceId;
    addGlossaryTerm(bench.db, { sourceTerm: 'perdagangan manusia', targetTerm: 'trafficking in persons' }, { userId: null });
    const iom = annotate(bench, 'IOM', { label: 'actor' });
    translate(bench, id, IOM_ENGLISH);
    const at = IOM_ENGLISH.indexOf('(IOM)');
    alignAnnotation(bench.db, id, { annotationId: iom.id, start: at, end: at + 5, quote: '(IOM)' }, as(bench, 'translator'));
    translate(bench, id, IOM_ENGLISH.replace('(IOM) show', 'shows'));
    const checks = checkDocumentTranslations(bench.db, bench.slug).units[0]?.issues.map((i) => i.check);
    expect(checks).toEqual(expect.arrayContaining(['glossary', 'alignments']));
  });

  it('is a 404 for an unknown document', () => {
    expect(caught(() => checkDocumentTranslations(translationBench().db, 'tidak-ada'))).toMatchObject({ code: 'document.notFound' });
  });
});
