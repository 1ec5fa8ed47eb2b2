import { describe, expect, it } from 'vitest';
import { getTmEntryBySentenceId } from '../../lib/db/queries/translation-memory';
import { changeTranslationStatus } from '../../lib/translation-store/change-translation-status';
import { alignAnnotation } from '../../lib/translation-store/manage-alignments';
import { getTranslationHistory, restoreTranslation } from '../../lib/translation-store/translation-history';
import { annotate, as, caught, translate, translationBench, unitWith } from './fixtures';

const SOURCE = 'Diharapkan UNODC dapat terus menjalankan tugasnya';
const FIRST = 'It is hoped that UNODC can keep carrying out its tasks in fighting drugs, transnational crime and terrorism worldwide.';
const SECOND = 'UNODC is expected to keep fighting drugs, transnational crime and terrorism around the world.';

describe('getTranslationHistory', () => {
  it('lists every write oldest first with its text, status, comment, writer and time', () => {
    const bench = translationBench();
    const id = unitWith(bench, SOURCE).sentenceId;
    expect(getTranslationHistory(bench.db, id)).toEqual([]);
    translate(bench, id, FIRST, 'translator', 'translated');
    changeTranslationStatus(bench.db, id, { revision: 1, status: 'draft', comment: 'Shorter, please.' }, as(bench, 'reviewer'));
    translate(bench, id, SECOND);
    const history = getTranslationHistory(bench.db, id);
    expect(history.map(({ revision, action, text, status, comment, user }) => ({ revision, action, text, status, comment, user }))).toEqual([
      { revision: 1, action: 'edit', text: FIRST, status: 'translated', comment: null, user: 'tari' },
      { revision: 2, action: 'send_back', text: FIRST, status: 'draft', comment: 'Shorter, please.', user: 'rudi' },
      { revision: 3, action: 'edit', text: SECOND, status: 'draft', comment: 'Shorter, please.', user: 'tari' },
    ]);
    expect(history.every((e) => typeof e.id === 'number' && !Number.isNaN(Date.parse(e.at)))).toBe(true);
  });
});

describe('restoreTranslation', () => {
  it('brings an earlier text back as a new draft revision, alignments following the words', () => {
    const bench = translationBench();
    const id = unitWith(bench, SOURCE).sentenceId;
    const unodc = annotate(bench, 'UNODC dapat terus', { label: 'claim' });
    translate(bench, id, FIRST, 'translator', 'translated');
    changeTranslationStatus(bench.db, id, { revision: 1, status: 'reviewed' }, as(bench, 'reviewer'));
    translate(bench, id, SECOND, 'reviewer');
    alignAnnotation(bench.db, id, { annotationId: unodc.id, start: 0, end: 5, quote: 'UNODC' }, as(bench, 'reviewer'));
    const [first] = getTranslationHistory(bench.db, id);
    const restored = restoreTranslation(bench.db, id, { revision: 3, eventId: first?.id ?? 0 }, as(bench, 'reviewer'));
    expect(restored.translation).toMatchObject({ text: FIRST, status: 'draft', revision: 4 });
    const [alignment] = restored.alignments;
    expect(alignment).toMatchObject({ quote: 'UNODC' });
    expect(FIRST.slice(alignment?.start, alignment?.end)).toBe('UNODC');
    expect(getTranslationHistory(bench.db, id).at(-1)).toMatchObject({ action: 'restore', text: FIRST, user: 'rudi' });
    expect(getTmEntryBySentenceId(bench.db, id)).toBeUndefined();
  });

  it('refuses an event of another unit (404) and a stale revision (409)', () => {
    const bench = translationBench();
    const id = unitWith(bench, SOURCE).sentenceId;
    const other = unitWith(bench, 'Kesimpulan').sentenceId;
    translate(bench, id, FIRST);
    translate(bench, other, 'Conclusion');
    const [foreign] = getTranslationHistory(bench.db, other);
    expect(caught(() => restoreTranslation(bench.db, id, { revision: 1, eventId: foreign?.id ?? 0 }, as(bench, 'translator')))).toMatchObject({
      code: 'translation.eventNotFound',
      status: 404,
    });
    const [own] = getTranslationHistory(bench.db, id);
    expect(caught(() => restoreTranslation(bench.db, id, { revision: 7, eventId: own?.id ?? 0 }, as(bench, 'translator')))).toMatchObject({
      code: 'translation.staleRevision',
    });
  });

  it('keeps reviewed work from being reopened by a translator', () => {
    const bench = translationBench();
    const id = unitWith(bench, SOURCE).sentenceId;
    translate(bench, id, FIRST, 'translator', 'translated');
    changeTranslationStatus(bench.db, id, { revision: 1, status: 'reviewed' }, as(bench, 'reviewer'));
    const [first] = getTranslationHistory(bench.db, id);
    expect(caught(() => restoreTranslation(bench.db, id, { revision: 2, eventId: first?.id ?? 0 }, as(bench, 'translator')))).toMatchObject({
      code: 'translation.statusNotAllowed',
      status: 403,
    });
  });
});
