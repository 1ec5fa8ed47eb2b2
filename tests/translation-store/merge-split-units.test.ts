import { describe, expect, it } from 'vitest';
import { getTmEntryBySentenceId } from '../../lib/db/queries/translation-memory';
import { listSentenceOrdsByDocumentId } from '../../lib/db/queries/translation-units';
import { listTranslationEventsByTranslationId } from '../../lib/db/queries/translations';
import { changeTranslationStatus } from '../../lib/translation-store/change-translation-status';
import type { TranslationUnit, TranslationWorkspace } from '../../lib/translation-store/load-translation-workspace';
import { alignAnnotation } from '../../lib/translation-store/manage-alignments';
import { mergeUnits } from '../../lib/translation-store/merge-units';
import { splitUnit } from '../../lib/translation-store/split-unit';
import { annotate, as, caught, translate, translationBench, unitWith, type TranslationBench } from './fixtures';

const FIRST_SOURCE = 'Mereka yang menjadi korban telah ditipu';
const SECOND_SOURCE = 'Namun, pada akhirnya mereka di eksploitasi';
const FIRST = 'The victims were deceived with promises of well-paid jobs in other countries.';
const SECOND = 'In the end, however, they were exploited, for forced labour as well as sexually.';

/** Two translated units of one block, each with an aligned annotation, and one annotation aligned across both. */
function alignedPair() {
  const bench = translationBench();
  const a = unitWith(bench, FIRST_SOURCE).sentenceId;
  const b = unitWith(bench, SECOND_SOURCE).sentenceId;
  const victims = annotate(bench, 'korban telah ditipu', { label: 'claim' });
  const labour = annotate(bench, 'eksploitasi kerja paksa', { label: 'claim' });
  const across = annotate(bench, 'gaji tinggi di negara lain. Namun, pada akhirnya', { label: 'claim' });
  translate(bench, a, FIRST);
  translate(bench, b, SECOND);
  const align = (unit: number, annotationId: string, text: string, words: string) => {
    const start = text.indexOf(words);
    alignAnnotation(bench.db, unit, { annotationId, start, end: start + words.length, quote: words }, as(bench, 'translator'));
  };
  align(a, victims.id, FIRST, 'were deceived');
  align(b, labour.id, SECOND, 'forced labour');
  align(a, across.id, FIRST, 'well-paid jobs in other countries');
  align(b, across.id, SECOND, 'In the end');
  return { bench, a, b, ids: { victims: victims.id, labour: labour.id, across: across.id } };
}

function unitOf(workspace: TranslationWorkspace, sentenceId: number): TranslationUnit {
  const unit = workspace.units.find((u) => u.sentenceId === sentenceId);
  if (!unit) throw new Error(`no unit ${sentenceId}`);
  return unit;
}

/** Every alignment covers exactly its quoted words. */
function expectAlignmentsOnTheirWords(workspace: TranslationWorkspace): void {
  for (const unit of workspace.units) {
    for (const alignment of unit.alignments) {
      expect(unit.translation?.text.slice(alignment.start, alignment.end), alignment.quote).toBe(alignment.quote);
    }
  }
}

function expectDenseOrds(bench: TranslationBench): void {
  const ords = listSentenceOrdsByDocumentId(bench.db, bench.documentId);
  expect(ords.map((s) => s.ord)).toEqual(ords.map((_, i) => i));
  expect(ords.map((s) => s.start)).toEqual([...ords.map((s) => s.start)].sort((x, y) => x - y));
}

describe('mergeUnits', () => {
  it('joins the source ranges and English texts, moves the second unit’s alignments onto the same words', () => {
    const { bench, a, b, ids } = alignedPair();
    const before = unitWith(bench, SECOND_SOURCE);
    const next = bench.db.prepare('SELECT id, ord FROM sentences WHERE ord = ? AND document_id = ?').get(before.ord + 1, bench.documentId) as { id: number };
    const workspace = mergeUnits(bench.db, a, as(bench, 'translator'));
    const merged = unitOf(workspace, a);
    expect(merged.source).toBe(bench.text.slice(unitWith(bench, FIRST_SOURCE).start, before.end));
    expect(merged.translation).toMatchObject({ text: `${FIRST} ${SECOND}`, status: 'draft', revision: 2 });
    expect(workspace.units.some((u) => u.sentenceId === b)).toBe(false);
    expect(unitOf(workspace, next.id).ord).toBe(before.ord);
    expectDenseOrds(bench);
    expectAlignmentsOnTheirWords(workspace);
    const quotes = Object.fromEntries(merged.alignments.map((al) => [al.annotationId, al.quote]));
    expect(quotes).toEqual({
      [ids.victims]: 'were deceived',
      [ids.labour]: 'forced labour',
      [ids.across]: `well-paid jobs in other countries. In the end`,
    });
    const events = listTranslationEventsByTranslationId(bench.db, merged.translation?.id ?? 0);
    expect(events.at(-1)).toMatchObject({ action: 'merge', after: { merged: { second: { sentenceId: b, text: SECOND } } } });
  });

  it('takes reviewed units out of the memory and keeps reviewed work from a translator', () => {
    const { bench, a, b } = alignedPair();
    for (const id of [a, b]) {
      changeTranslationStatus(bench.db, id, { revision: 1, status: 'translated' }, as(bench, 'translator'));
      changeTranslationStatus(bench.db, id, { revision: 2, status: 'reviewed' }, as(bench, 'reviewer'));
    }
    expect(getTmEntryBySentenceId(bench.db, b)).toBeDefined();
    expect(caught(() => mergeUnits(bench.db, a, as(bench, 'translator')))).toMatchObject({ code: 'translation.statusNotAllowed' });
    mergeUnits(bench.db, a, as(bench, 'reviewer'));
    expect(bench.db.prepare('SELECT count(*) AS n FROM tm_units').get()).toEqual({ n: 0 });
  });

  it('moves the second unit’s translation when only it was translated', () => {
    const bench = translationBench();
    const a = unitWith(bench, FIRST_SOURCE).sentenceId;
    const b = unitWith(bench, SECOND_SOURCE).sentenceId;
    const saved = translate(bench, b, SECOND);
    const merged = unitOf(mergeUnits(bench.db, a, as(bench, 'translator')), a);
    expect(merged.translation).toMatchObject({ id: saved.translation?.id, text: SECOND, revision: 2 });
  });

  it('refuses the last unit of a block (400)', () => {
    const { bench, b } = alignedPair();
    expect(caught(() => mergeUnits(bench.db, b, as(bench, 'translator')))).toMatchObject({ code: 'unit.noNextUnit', status: 400 });
  });
});

describe('splitUnit', () => {
  it('undoes a merge: each part keeps its words, the crossing annotation gets one alignment per part', () => {
    const { bench, a, ids } = alignedPair();
    mergeUnits(bench.db, a, as(bench, 'translator'));
    const merged = unitWith(bench, FIRST_SOURCE);
    const sourceOffset = bench.text.indexOf(' Namun, pada akhirnya', merged.start);
    const workspace = splitUnit(bench.db, a, { sourceOffset, targetOffset: FIRST.length + 1 }, as(bench, 'translator'));
    expectDenseOrds(bench);
    expectAlignmentsOnTheirWords(workspace);
    const first = unitOf(workspace, a);
    const second = workspace.units[workspace.units.indexOf(first) + 1];
    expect(first.source.endsWith('negara lain.')).toBe(true);
    expect(second?.source.startsWith('Namun, pada')).toBe(true);
    expect(first.translation).toMatchObject({ text: FIRST, status: 'draft' });
    expect(second?.translation).toMatchObject({ text: SECOND, status: 'draft', revision: 1 });
    expect(Object.fromEntries(first.alignments.map((al) => [al.annotationId, al.quote]))).toEqual({
      [ids.victims]: 'were deceived',
      [ids.across]: 'well-paid jobs in other countries.',
    });
    expect(Object.fromEntries(second?.alignments.map((al) => [al.annotationId, al.quote]) ?? [])).toEqual({
      [ids.labour]: 'forced labour',
      [ids.across]: 'In the end',
    });
    expect(second?.annotationIds).toEqual(expect.arrayContaining([ids.labour, ids.across]));
  });

  it('flags an alignment whose English words end up on the other side of the English cut', () => {
    const bench = translationBench();
    const id = unitWith(bench, FIRST_SOURCE).sentenceId;
    const promises = annotate(bench, 'iming-iming', { label: 'claim' });
    const jobs = annotate(bench, 'gaji tinggi', { label: 'claim' });
    translate(bench, id, FIRST);
    for (const [annotationId, words] of [[promises.id, 'promises'], [jobs.id, 'well-paid']] as const) {
      const at = FIRST.indexOf(words);
      alignAnnotation(bench.db, id, { annotationId, start: at, end: at + words.length, quote: words }, as(bench, 'translator'));
    }
    const unit = unitWith(bench, FIRST_SOURCE);
    const workspace = splitUnit(
      bench.db,
      id,
      { sourceOffset: bench.text.indexOf(' gaji tinggi', unit.start), targetOffset: FIRST.indexOf(' with promises') },
      as(bench, 'translator'),
    );
    const first = unitOf(workspace, id);
    const second = workspace.units[workspace.units.indexOf(first) + 1];
    expect(first.translation?.text).toBe('The victims were deceived');
    expect(first.alignments).toEqual([expect.objectContaining({ annotationId: promises.id, quote: 'promises', state: 'broken' })]);
    expect(second?.alignments).toEqual([expect.objectContaining({ annotationId: jobs.id, quote: 'well-paid', state: 'aligned' })]);
    expect(second?.translation?.text.slice(second.alignments[0]?.start, second.alignments[0]?.end)).toBe('well-paid');
  });

  it('leaves the second part untranslated without a target offset, dropping alignments it cannot hold', () => {
    const bench = translationBench();
    const id = unitWith(bench, FIRST_SOURCE).sentenceId;
    const jobs = annotate(bench, 'gaji tinggi', { label: 'claim' });
    translate(bench, id, FIRST);
    const at = FIRST.indexOf('well-paid');
    alignAnnotation(bench.db, id, { annotationId: jobs.id, start: at, end: at + 9, quote: 'well-paid' }, as(bench, 'translator'));
    const unit = unitWith(bench, FIRST_SOURCE);
    const cut = bench.text.indexOf(' gaji tinggi', unit.start);
    const byDefault = splitUnit(bench.db, id, { sourceOffset: cut }, as(bench, 'translator'));
    const first = unitOf(byDefault, id);
    const second = byDefault.units[byDefault.units.indexOf(first) + 1];
    expect(first.translation?.text).toBe(FIRST);
    expect(second?.translation).toBeNull();
    expect(first.alignments).toEqual([]);
    expect(second?.annotationIds).toContain(jobs.id);
    expectDenseOrds(bench);
  });

  it('refuses an offset that is not at a space inside the unit, or a target offset outside the English text', () => {
    const bench = translationBench();
    const unit = unitWith(bench, FIRST_SOURCE);
    translate(bench, unit.sentenceId, FIRST);
    const inWord = bench.text.indexOf('ditipu', unit.start) + 2;
    for (const sourceOffset of [inWord, unit.start, unit.end, unit.end + 1, 0.5]) {
      expect(caught(() => splitUnit(bench.db, unit.sentenceId, { sourceOffset }, as(bench, 'translator'))).code).toBe('unit.splitOutOfRange');
    }
    const space = bench.text.indexOf(' ', unit.start);
    expect(caught(() => splitUnit(bench.db, unit.sentenceId, { sourceOffset: space, targetOffset: FIRST.length + 1 }, as(bench, 'translator')))).toMatchObject({
      code: 'unit.splitTargetOutOfRange',
      status: 400,
    });
    expectDenseOrds(bench);
  });
});
