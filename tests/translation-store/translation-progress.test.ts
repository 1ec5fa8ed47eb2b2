import { describe, expect, it } from 'vitest';
import { changeTranslationStatus } from '../../lib/translation-store/change-translation-status';
import { alignAnnotation } from '../../lib/translation-store/manage-alignments';
import { getTranslationProgress, getTranslatorProgress } from '../../lib/translation-store/translation-progress';
import { annotate, as, translate, translationBench, unitWith } from './fixtures';

describe('getTranslationProgress', () => {
  it('counts units by status and annotations aligned out of those inside units', () => {
    const bench = translationBench();
    const a = unitWith(bench, 'Penulis menyadari').sentenceId;
    const b = unitWith(bench, 'Diharapkan UNODC').sentenceId;
    translate(bench, a, 'The author realises this research is far from perfect.', 'translator', 'translated');
    changeTranslationStatus(bench.db, a, { revision: 1, status: 'reviewed' }, as(bench, 'reviewer'));
    const english = 'UNODC is expected to keep up its work.';
    translate(bench, b, english);
    const unodc = annotate(bench, 'UNODC dapat terus', { label: 'claim' });
    annotate(bench, 'Penulis menyadari', { label: 'claim' });
    annotate(bench, 'korban', { status: 'suggested' });
    alignAnnotation(bench.db, b, { annotationId: unodc.id, start: 0, end: 5, quote: 'UNODC' }, as(bench, 'translator'));
    expect(getTranslationProgress(bench.db)).toEqual([
      {
        documentId: bench.documentId,
        slug: bench.slug,
        units: { new: 26, draft: 1, translated: 0, reviewed: 1, approved: 0 },
        annotations: { aligned: 1, total: 2 },
      },
    ]);
  });
});

describe('getTranslatorProgress', () => {
  it('counts, per translator, the units they wrote now translated, reviewed and approved', () => {
    const bench = translationBench();
    const a = unitWith(bench, 'Penulis menyadari').sentenceId;
    const b = unitWith(bench, 'Diharapkan UNODC').sentenceId;
    const c = unitWith(bench, 'Kesimpulan').sentenceId;
    translate(bench, a, 'The author realises this research is far from perfect.', 'translator', 'translated');
    translate(bench, b, 'UNODC is expected to keep up its work.', 'translator', 'translated');
    changeTranslationStatus(bench.db, b, { revision: 1, status: 'approved' }, as(bench, 'reviewer'));
    translate(bench, c, 'Conclusion', 'admin', 'translated');
    translate(bench, unitWith(bench, 'BAB V').sentenceId, 'CHAPTER V', 'translator');
    expect(getTranslatorProgress(bench.db)).toEqual([
      { userId: bench.users.admin, name: 'admin', translated: 1, reviewed: 0, approved: 0 },
      { userId: bench.users.translator, name: 'tari', translated: 1, reviewed: 0, approved: 1 },
    ]);
    expect(getTranslatorProgress(bench.db, bench.documentId + 1)).toEqual([]);
  });
});
