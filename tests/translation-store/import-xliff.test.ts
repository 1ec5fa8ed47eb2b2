import { describe, expect, it } from 'vitest';
import { correctSourceText } from '../../lib/annotation-store/correct-source-text';
import { getAlignmentByAnnotationAndTranslation } from '../../lib/db/queries/alignments';
import { getDocumentBySlug } from '../../lib/db/queries/documents';
import { getTmEntryBySentenceId } from '../../lib/db/queries/translation-memory';
import { getUnitRowBySentenceId, listTranslationEventsByTranslationId, type UnitRow } from '../../lib/db/queries/translations';
import { exportChunks } from '../../lib/export-store/write-export';
import { readXliff } from '../../lib/export/read-xliff';
import { importXliff } from '../../lib/translation-store/import-xliff';
import { collect } from '../export/xml-export-fixture';
import { ENGLISH, exportBench, type ExportBench } from '../export-store/fixtures';
import { fillXliff12, fillXliff21, type TargetFill } from './fill-xliff';
import { as, caught, count, units } from './fixtures';

function exportXliff(bench: ExportBench, format: 'xliff21' | 'xliff12', slug = bench.slug): string {
  return collect(exportChunks(bench.db, { format, filters: { documents: [slug] } }, { baseUrl: 'http://localhost' }));
}

function unitRow(bench: ExportBench, sentenceId: number): UnitRow {
  const row = getUnitRowBySentenceId(bench.db, sentenceId);
  if (!row) throw new Error(`no unit ${sentenceId}`);
  return row;
}

/** The first `n` units without English, outside the units the bench translated. */
function untranslated(bench: ExportBench, n: number): UnitRow[] {
  return units(bench)
    .filter((u) => u.translation === null)
    .slice(0, n);
}

function sourceOf(bench: ExportBench, row: UnitRow): string {
  return (getDocumentBySlug(bench.db, bench.slug)?.text ?? '').slice(row.start, row.end);
}

const fills = (entries: Array<[number, TargetFill]>) => new Map(entries);

describe('importXliff', () => {
  it('puts a CAT tool’s targets on their units by id, with history, and leaves the rest alone', () => {
    const bench = exportBench();
    const [one, two] = untranslated(bench, 2);
    if (!one || !two) throw new Error('not enough units');
    const draftEnglish = 'The author knows that this research is still far from perfect.';
    const xml = fillXliff21(
      exportXliff(bench, 'xliff21'),
      fills([
        [one.sentenceId, { text: 'First English sentence.', state: 'translated' }],
        [two.sentenceId, { text: 'Second English sentence.' }],
        [bench.draftSentenceId, { text: draftEnglish, state: 'translated', markers: [{ annotationId: bench.annotations.othersClaim.id, quote: draftEnglish }] }],
      ]),
    );
    const report = importXliff(bench.db, bench.slug, readXliff(xml), as(bench, 'translator'));

    expect(report.updated.map((u) => [u.sentenceId, u.status]).sort()).toEqual(
      [
        [one.sentenceId, 'translated'],
        [two.sentenceId, 'draft'],
        [bench.draftSentenceId, 'translated'],
      ].sort(),
    );
    // The approved unit came back as exported.
    expect(report.unchanged).toBe(1);
    expect(report.untranslated).toBe(units(bench).length - 4);
    expect(report).toMatchObject({ sourceChanged: [], unknownUnits: [], statusCapped: [], refused: [], alignmentsSet: 1, alignmentsSkipped: [] });

    expect(unitRow(bench, one.sentenceId).translation).toMatchObject({ text: 'First English sentence.', status: 'translated', revision: 1, updatedById: bench.users.translator });
    expect(unitRow(bench, two.sentenceId).translation).toMatchObject({ text: 'Second English sentence.', status: 'draft' });
    const draft = unitRow(bench, bench.draftSentenceId).translation;
    expect(draft).toMatchObject({ text: draftEnglish, status: 'translated', revision: 2 });
    expect(listTranslationEventsByTranslationId(bench.db, draft?.id ?? 0).map((e) => e.action)).toEqual(['edit', 'edit']);
    expect(getAlignmentByAnnotationAndTranslation(bench.db, bench.annotations.othersClaim.id, draft?.id ?? 0)).toMatchObject({
      start: 0,
      end: draftEnglish.length,
      quote: draftEnglish,
      state: 'aligned',
    });
    expect(unitRow(bench, bench.approvedSentenceId).translation).toMatchObject({ text: ENGLISH, status: 'approved', revision: 2 });
  });

  it('reports a unit whose Indonesian was corrected since the export, with both texts, and leaves it untouched', () => {
    const bench = exportBench();
    const [corrected, other] = untranslated(bench, 2);
    if (!corrected || !other) throw new Error('not enough units');
    const exported = exportXliff(bench, 'xliff21');
    const before = sourceOf(bench, corrected);
    const word = /\p{L}{4,}/u.exec(before);
    if (!word) throw new Error('no word to correct');
    const doc = getDocumentBySlug(bench.db, bench.slug);
    const at = corrected.start + word.index;
    correctSourceText(bench.db, bench.slug, bench.annotator, { baseRevision: doc?.revision ?? 0, start: at, end: at + word[0].length, before: word[0], after: `${word[0]}x` });
    const xml = fillXliff21(
      exported,
      fills([
        [corrected.sentenceId, { text: 'English of the old sentence.', state: 'translated' }],
        [other.sentenceId, { text: 'English of an untouched sentence.', state: 'translated' }],
      ]),
    );
    const report = importXliff(bench.db, bench.slug, readXliff(xml), as(bench, 'translator'));
    const now = unitRow(bench, corrected.sentenceId);
    expect(report.sourceChanged).toEqual([{ sentenceId: corrected.sentenceId, ord: corrected.ord, xliffSource: before, currentSource: sourceOf(bench, now) }]);
    expect(sourceOf(bench, now)).not.toBe(before);
    expect(now.translation).toBeNull();
    expect(report.updated.map((u) => u.sentenceId)).toEqual([other.sentenceId]);
  });

  it('caps a status the importer’s role may not set and says so; a reviewer’s import sets it', () => {
    const bench = exportBench();
    const [unit] = untranslated(bench, 1);
    if (!unit) throw new Error('no unit');
    const final = fillXliff21(exportXliff(bench, 'xliff21'), fills([[unit.sentenceId, { text: 'Accepted by the client.', state: 'final' }]]));
    const report = importXliff(bench.db, bench.slug, readXliff(final), as(bench, 'translator'));
    expect(report.statusCapped).toEqual([{ sentenceId: unit.sentenceId, ord: unit.ord, wanted: 'approved', got: 'translated' }]);
    expect(unitRow(bench, unit.sentenceId).translation?.status).toBe('translated');
    expect(getTmEntryBySentenceId(bench.db, unit.sentenceId)).toBeUndefined();

    const reviewed = importXliff(bench.db, bench.slug, readXliff(final), as(bench, 'reviewer'));
    expect(reviewed.updated).toEqual([{ sentenceId: unit.sentenceId, ord: unit.ord, status: 'approved', textChanged: false }]);
    expect(unitRow(bench, unit.sentenceId).translation).toMatchObject({ status: 'approved', statusChangedById: bench.users.reviewer });
    expect(getTmEntryBySentenceId(bench.db, unit.sentenceId)).toMatchObject({ target: 'Accepted by the client.' });
  });

  it('never moves a unit back: an older state in the file keeps the stored status', () => {
    const bench = exportBench();
    const xml = fillXliff21(exportXliff(bench, 'xliff21'), fills([[bench.approvedSentenceId, { text: `${ENGLISH} Edited.`, state: 'translated' }]]));
    const report = importXliff(bench.db, bench.slug, readXliff(xml), as(bench, 'admin'));
    expect(report.updated).toEqual([expect.objectContaining({ sentenceId: bench.approvedSentenceId, status: 'approved', textChanged: true })]);
    expect(unitRow(bench, bench.approvedSentenceId).translation).toMatchObject({ text: `${ENGLISH} Edited.`, status: 'approved' });
  });

  it('leaves accepted work to reviewers: a translator’s new text for an approved unit is refused and reported', () => {
    const bench = exportBench();
    const xml = fillXliff21(exportXliff(bench, 'xliff21'), fills([[bench.approvedSentenceId, { text: 'A translator’s rewrite.' }]]));
    const report = importXliff(bench.db, bench.slug, readXliff(xml), as(bench, 'translator'));
    expect(report.refused).toEqual([{ sentenceId: bench.approvedSentenceId, ord: expect.any(Number), code: 'translation.statusNotAllowed', params: { from: 'approved', to: 'draft' } }]);
    expect(unitRow(bench, bench.approvedSentenceId).translation).toMatchObject({ text: ENGLISH, status: 'approved', revision: 2 });
  });

  it('gives every status back exactly from our own XLIFF 2.1 (round trip export → translate → import → export)', () => {
    const bench = exportBench();
    const chosen = untranslated(bench, 4);
    const states = ['initial', 'translated', 'reviewed', 'final'];
    const xml = fillXliff21(
      exportXliff(bench, 'xliff21'),
      fills(chosen.map((unit, i) => [unit.sentenceId, { text: `English ${i} with <markup> & "quotes".`, state: states[i] }])),
    );
    importXliff(bench.db, bench.slug, readXliff(xml), as(bench, 'admin'));
    const again = readXliff(exportXliff(bench, 'xliff21')).files[0]?.units ?? [];
    chosen.forEach((unit, i) => {
      const back = again.find((u) => u.sentenceId === unit.sentenceId);
      expect(back).toMatchObject({ target: `English ${i} with <markup> & "quotes".`, state: states[i] });
      expect(back?.status).toBe(['draft', 'translated', 'reviewed', 'approved'][i]);
    });
    const approved = again.find((u) => u.sentenceId === bench.approvedSentenceId);
    expect(approved).toMatchObject({ target: ENGLISH, status: 'approved' });
    // Importing the same file again writes nothing.
    const events = count(bench.db, 'SELECT count(*) AS n FROM translation_events');
    const second = importXliff(bench.db, bench.slug, readXliff(xml), as(bench, 'admin'));
    expect(second.updated).toEqual([]);
    expect(count(bench.db, 'SELECT count(*) AS n FROM translation_events')).toBe(events);
  });

  it('imports XLIFF 1.2 from a tool that drops our segment marker, mapping its states', () => {
    const bench = exportBench();
    const [one, two] = untranslated(bench, 2);
    if (!one || !two) throw new Error('not enough units');
    const xml = fillXliff12(
      exportXliff(bench, 'xliff12'),
      fills([
        [one.sentenceId, { text: 'Awaiting review.', state: 'needs-review-translation' }],
        [two.sentenceId, { text: 'Signed off.', state: 'signed-off' }],
      ]),
    );
    const report = importXliff(bench.db, bench.slug, readXliff(xml), as(bench, 'admin'));
    expect(report.version).toBe('1.2');
    expect(unitRow(bench, one.sentenceId).translation).toMatchObject({ text: 'Awaiting review.', status: 'translated' });
    expect(unitRow(bench, two.sentenceId).translation).toMatchObject({ text: 'Signed off.', status: 'reviewed' });
    expect(report.unchanged).toBe(2);
  });

  it('aligns an annotation marked in a 1.2 target, and keeps alignments a tool dropped', () => {
    const bench = exportBench();
    const english = `${ENGLISH.replace('(IOM)', '(IOM),')}`;
    const xml = fillXliff12(
      exportXliff(bench, 'xliff12'),
      fills([[bench.approvedSentenceId, { text: english, state: 'final', approved: true, markers: [{ annotationId: bench.annotations.iom.id, quote: 'IOM' }] }]]),
    );
    const report = importXliff(bench.db, bench.slug, readXliff(xml), as(bench, 'reviewer'));
    expect(report.alignmentsSet).toBe(1);
    const translation = unitRow(bench, bench.approvedSentenceId).translation;
    expect(getAlignmentByAnnotationAndTranslation(bench.db, bench.annotations.iom.id, translation?.id ?? 0)).toMatchObject({ quote: 'IOM', state: 'aligned' });
    // The statistic's marker was dropped by the tool; its alignment followed the edit instead.
    expect(getAlignmentByAnnotationAndTranslation(bench.db, bench.annotations.statistic.id, translation?.id ?? 0)).toMatchObject({ quote: '195 victims' });
  });

  it('reports unit ids of the file that are not units of the document', () => {
    const bench = exportBench();
    const [unit] = untranslated(bench, 1);
    if (!unit) throw new Error('no unit');
    const xml = fillXliff21(exportXliff(bench, 'xliff21'), fills([[unit.sentenceId, { text: 'Lost.', state: 'translated' }]])).replace(
      `id="u${unit.sentenceId}"`,
      'id="u999999"',
    );
    const report = importXliff(bench.db, bench.slug, readXliff(xml), as(bench, 'translator'));
    expect(report.unknownUnits).toEqual(['u999999']);
    expect(report.updated).toEqual([]);
  });

  it('refuses a file exported from another document, and an old version of a document', () => {
    const bench = exportBench();
    const other = readXliff(exportXliff(bench, 'xliff21', bench.otherSlug));
    expect(caught(() => importXliff(bench.db, bench.slug, other, as(bench, 'translator')))).toMatchObject({
      code: 'xliff.otherDocument',
      params: { document: bench.slug, found: bench.otherSlug },
    });
    expect(caught(() => importXliff(bench.db, bench.slug, readXliff(exportXliff(bench, 'xliff12', bench.otherSlug)), as(bench, 'translator')))).toMatchObject({
      code: 'xliff.otherDocument',
    });
    expect(caught(() => importXliff(bench.db, bench.oldOtherSlug, other, as(bench, 'translator')))).toMatchObject({ code: 'document.superseded' });
    expect(caught(() => importXliff(bench.db, 'no-such-document', other, as(bench, 'translator')))).toMatchObject({ code: 'document.notFound' });
  });
});
