import { describe, expect, it } from 'vitest';
import { getAuditEntriesByEntity } from '../../lib/db/queries/audit';
import { listTranslationEventsByTranslationId } from '../../lib/db/queries/translations';
import { alignAnnotation } from '../../lib/translation-store/manage-alignments';
import { saveTranslation } from '../../lib/translation-store/save-translation';
import { annotate, as, caught, count, translate, translationBench, unitWith } from './fixtures';

const UNODC_UNIT = 'pemerintah Laos meminta bantuan pada UNODC';
const ENGLISH = 'Until 2011 the government of Laos asked UNODC for help to intervene in its fight against human trafficking.';

describe('saveTranslation', () => {
  it('stores the first text as a draft at revision 1 with its history event and audit entry', () => {
    const bench = translationBench();
    const unit = unitWith(bench, UNODC_UNIT);
    const saved = saveTranslation(bench.db, unit.sentenceId, { revision: 0, text: ENGLISH }, as(bench, 'translator'));
    expect(saved.translation).toMatchObject({ text: ENGLISH, status: 'draft', revision: 1, comment: null, updatedBy: 'tari' });
    expect(saved.source).toBe(bench.text.slice(unit.start, unit.end));
    const id = saved.translation?.id ?? 0;
    expect(listTranslationEventsByTranslationId(bench.db, id)).toMatchObject([
      { revision: 1, action: 'edit', before: null, after: { text: ENGLISH, status: 'draft' }, userId: bench.users.translator },
    ]);
    expect(getAuditEntriesByEntity(bench.db, 'translation', id).map((e) => e.action)).toEqual(['translation.edit']);
  });

  it('confirms along with the text when asked, and keeps the status on later edits', () => {
    const bench = translationBench();
    const unit = unitWith(bench, UNODC_UNIT);
    const confirmed = translate(bench, unit.sentenceId, ENGLISH, 'translator', 'translated');
    expect(confirmed.translation).toMatchObject({ status: 'translated', revision: 1 });
    const edited = translate(bench, unit.sentenceId, `${ENGLISH} `.trim().replace('help', 'assistance'));
    expect(edited.translation).toMatchObject({ status: 'translated', revision: 2 });
  });

  it('does nothing for the same text and status (no new revision)', () => {
    const bench = translationBench();
    const unit = unitWith(bench, UNODC_UNIT);
    translate(bench, unit.sentenceId, ENGLISH);
    const again = saveTranslation(bench.db, unit.sentenceId, { revision: 1, text: ENGLISH, status: 'draft' }, as(bench, 'translator'));
    expect(again.translation?.revision).toBe(1);
    expect(count(bench.db, 'SELECT count(*) AS n FROM translation_events')).toBe(1);
    const empty = saveTranslation(bench.db, unitWith(bench, 'Kesimpulan').sentenceId, { revision: 0, text: '' }, as(bench, 'translator'));
    expect(empty.translation).toBeNull();
  });

  it('refuses a stale revision with 409 carrying the current unit, changing nothing', () => {
    const bench = translationBench();
    const unit = unitWith(bench, UNODC_UNIT);
    const theirs = translate(bench, unit.sentenceId, ENGLISH);
    const error = caught(() => saveTranslation(bench.db, unit.sentenceId, { revision: 0, text: 'Mine.' }, as(bench, 'reviewer')));
    expect(error).toMatchObject({ code: 'translation.staleRevision', status: 409, params: { revision: 0, current: 1 } });
    expect(error.current).toEqual(theirs);
    const later = caught(() => saveTranslation(bench.db, unit.sentenceId, { revision: 5, text: 'Mine.' }, as(bench, 'translator')));
    expect(later.code).toBe('translation.staleRevision');
    expect(unitWith(bench, UNODC_UNIT).translation?.text).toBe(ENGLISH);
  });

  it('refuses a status the role may not set, and a confirmed empty text', () => {
    const bench = translationBench();
    const unit = unitWith(bench, UNODC_UNIT);
    expect(caught(() => translate(bench, unit.sentenceId, ENGLISH, 'reviewer', 'translated'))).toMatchObject({
      code: 'translation.statusNotAllowed',
      status: 403,
    });
    expect(caught(() => translate(bench, unit.sentenceId, '  ', 'translator', 'translated'))).toMatchObject({
      code: 'translation.emptyText',
      status: 400,
    });
    expect(count(bench.db, 'SELECT count(*) AS n FROM translations')).toBe(0);
  });

  it('lets only a reviewing role edit a reviewed unit', () => {
    const bench = translationBench();
    const unit = unitWith(bench, UNODC_UNIT);
    translate(bench, unit.sentenceId, ENGLISH, 'translator', 'translated');
    bench.db.prepare("UPDATE translations SET status = 'reviewed'").run();
    expect(caught(() => translate(bench, unit.sentenceId, 'Other.', 'translator'))).toMatchObject({ code: 'translation.statusNotAllowed' });
    expect(translate(bench, unit.sentenceId, 'Other words.', 'reviewer').translation).toMatchObject({ status: 'reviewed', text: 'Other words.' });
  });

  it('refuses a sentence that is not a unit with 404', () => {
    const bench = translationBench();
    expect(caught(() => saveTranslation(bench.db, 999_999, { revision: 0, text: 'x' }, as(bench, 'translator')))).toMatchObject({
      code: 'unit.notFound',
      status: 404,
    });
  });

  it('keeps alignments on the same English words through an edit, and flags one whose words are gone', () => {
    const bench = translationBench();
    const unit = unitWith(bench, UNODC_UNIT);
    const actor = annotate(bench, 'UNODC', { label: 'actor', occurrence: 0 });
    const laos = annotate(bench, 'pemerintah Laos', { label: 'actor' });
    translate(bench, unit.sentenceId, ENGLISH);
    alignAnnotation(bench.db, unit.sentenceId, { annotationId: actor.id, start: ENGLISH.indexOf('UNODC'), end: ENGLISH.indexOf('UNODC') + 5, quote: 'UNODC' }, as(bench, 'translator'));
    const gov = 'the government of Laos';
    alignAnnotation(bench.db, unit.sentenceId, { annotationId: laos.id, start: ENGLISH.indexOf(gov), end: ENGLISH.indexOf(gov) + gov.length, quote: gov }, as(bench, 'translator'));

    const edited = 'In 2011, the Lao government finally asked UNODC for help to intervene in its fight against human trafficking.';
    const after = saveTranslation(bench.db, unit.sentenceId, { revision: 1, text: edited }, as(bench, 'translator'));
    const byAnnotation = new Map(after.alignments.map((a) => [a.annotationId, a]));
    const unodc = byAnnotation.get(actor.id);
    expect(unodc).toMatchObject({ quote: 'UNODC', state: 'aligned' });
    expect(edited.slice(unodc?.start, unodc?.end)).toBe('UNODC');
    expect(byAnnotation.get(laos.id)).toMatchObject({ state: 'broken', quote: gov });
  });
});
