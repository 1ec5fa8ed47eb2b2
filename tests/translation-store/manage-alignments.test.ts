import { describe, expect, it } from 'vitest';
import { getAuditEntriesByEntity } from '../../lib/db/queries/audit';
import { changeTranslationStatus } from '../../lib/translation-store/change-translation-status';
import { alignAnnotation, deleteAlignment } from '../../lib/translation-store/manage-alignments';
import { annotate, as, caught, count, translate, translationBench, unitWith } from './fixtures';

const SOURCE = 'Data dari International Organization for Migration (IOM)';
const ENGLISH = 'Data from the International Organization for Migration (IOM) show that Laos ranks second in Southeast Asia with a total of 195 victims of human trafficking in 2011.';

function span(text: string, words: string): { start: number; end: number; quote: string } {
  const start = text.indexOf(words);
  if (start === -1) throw new Error(`${words} not in text`);
  return { start, end: start + words.length, quote: words };
}

function bench() {
  const b = translationBench();
  const unit = unitWith(b, SOURCE);
  translate(b, unit.sentenceId, ENGLISH);
  return { b, id: unit.sentenceId };
}

describe('alignAnnotation', () => {
  it('aligns an annotation of the unit with English words, and replaces that alignment later', () => {
    const { b, id } = bench();
    const stat = annotate(b, '195 korban', { label: 'statistic', attributes: { value: 195, kind: 'count' } });
    const first = alignAnnotation(b.db, id, { annotationId: stat.id, ...span(ENGLISH, '195 victims') }, as(b, 'translator'));
    expect(first.alignments).toEqual([{ id: expect.any(String), annotationId: stat.id, ...span(ENGLISH, '195 victims'), state: 'aligned' }]);
    expect(first.annotationIds).toContain(stat.id);
    const second = alignAnnotation(b.db, id, { annotationId: stat.id, ...span(ENGLISH, 'a total of 195 victims') }, as(b, 'translator'));
    expect(second.alignments).toEqual([{ id: first.alignments[0]?.id, annotationId: stat.id, ...span(ENGLISH, 'a total of 195 victims'), state: 'aligned' }]);
    expect(getAuditEntriesByEntity(b.db, 'alignment', first.alignments[0]?.id ?? '').map((e) => e.action)).toEqual([
      'alignment.create',
      'alignment.update',
    ]);
  });

  it('refuses words that are not at the offsets (400), offsets outside the text (400)', () => {
    const { b, id } = bench();
    const iom = annotate(b, 'IOM', { label: 'actor' });
    const wrong = caught(() => alignAnnotation(b.db, id, { annotationId: iom.id, start: 0, end: 4, quote: 'IOM)' }, as(b, 'translator')));
    expect(wrong).toMatchObject({ code: 'alignment.quoteMismatch', status: 400, params: { expected: 'Data' } });
    for (const [start, end] of [[-1, 3], [5, 5], [0, ENGLISH.length + 1], [1.5, 4]]) {
      expect(caught(() => alignAnnotation(b.db, id, { annotationId: iom.id, start: start ?? 0, end: end ?? 0, quote: 'x' }, as(b, 'translator'))).code).toBe(
        'alignment.outOfRange',
      );
    }
    expect(count(b.db, 'SELECT count(*) AS n FROM alignments')).toBe(0);
  });

  it('refuses an annotation outside the unit, and one that is only a suggestion (400)', () => {
    const { b, id } = bench();
    const elsewhere = annotate(b, 'UNODC', { label: 'actor' });
    const suggested = annotate(b, 'Laos', { label: 'actor', status: 'suggested' });
    for (const annotation of [elsewhere, suggested]) {
      expect(caught(() => alignAnnotation(b.db, id, { annotationId: annotation.id, ...span(ENGLISH, 'Laos') }, as(b, 'translator')))).toMatchObject({
        code: 'alignment.annotationNotInUnit',
        status: 400,
      });
    }
  });

  it('refuses a unit without English text (400)', () => {
    const b = translationBench();
    const unit = unitWith(b, SOURCE);
    const iom = annotate(b, 'IOM', { label: 'actor' });
    expect(caught(() => alignAnnotation(b.db, unit.sentenceId, { annotationId: iom.id, start: 0, end: 3, quote: 'IOM' }, as(b, 'translator'))).code).toBe(
      'alignment.noTranslation',
    );
  });
});

describe('deleteAlignment', () => {
  it('removes an alignment and answers the unit; an unknown one is a 404', () => {
    const { b, id } = bench();
    const iom = annotate(b, 'IOM', { label: 'actor' });
    const aligned = alignAnnotation(b.db, id, { annotationId: iom.id, ...span(ENGLISH, 'IOM') }, as(b, 'translator'));
    const alignmentId = aligned.alignments[0]?.id ?? '';
    const after = deleteAlignment(b.db, alignmentId, as(b, 'translator'));
    expect(after.alignments).toEqual([]);
    expect(after.annotationIds).toContain(iom.id);
    expect(caught(() => deleteAlignment(b.db, alignmentId, as(b, 'translator')))).toMatchObject({ code: 'alignment.notFound', status: 404 });
  });
});

describe('alignments of accepted work', () => {
  it('are changed by reviewers only', () => {
    const { b, id } = bench();
    const iom = annotate(b, 'IOM', { label: 'actor' });
    const translated = translate(b, id, ENGLISH, 'translator', 'translated');
    changeTranslationStatus(b.db, id, { revision: translated.translation?.revision ?? 0, status: 'approved' }, as(b, 'reviewer'));
    expect(caught(() => alignAnnotation(b.db, id, { annotationId: iom.id, ...span(ENGLISH, 'IOM') }, as(b, 'translator')))).toMatchObject({
      code: 'translation.statusNotAllowed',
      status: 403,
    });
    expect(alignAnnotation(b.db, id, { annotationId: iom.id, ...span(ENGLISH, 'IOM') }, as(b, 'reviewer')).alignments).toHaveLength(1);
  });
});
