import { describe, expect, it } from 'vitest';
import { filterExportDocument, matchesDocumentFilter } from '../../lib/export/filter-export-document';
import { annotatedUnicefDocument, INDONESIA, UNICEF } from './seed-export-document';

const ids = (doc: { annotations: Array<{ id: string }> }) => doc.annotations.map((annotation) => annotation.id).sort();

describe('filterExportDocument', () => {
  it('takes everything when no filter is given', () => {
    const doc = annotatedUnicefDocument();
    const filtered = filterExportDocument(doc, {});
    expect(ids(filtered)).toEqual(ids(doc));
    expect(filtered.alignments).toHaveLength(doc.alignments.length);
    expect(filtered.entities).toEqual([UNICEF, INDONESIA]);
  });

  it('keeps only the chosen labels, with their alignments and linked entities', () => {
    const filtered = filterExportDocument(annotatedUnicefDocument(), { labels: ['statistic'] });
    expect(ids(filtered)).toEqual(['a-age', 'a-count', 'a-percent']);
    expect(filtered.alignments.map((alignment) => alignment.annotationId).sort()).toEqual(['a-count', 'a-percent']);
    expect(filtered.entities).toEqual([]);
  });

  it('keeps a claim’s attributed entity', () => {
    const filtered = filterExportDocument(annotatedUnicefDocument(), { labels: ['claim'] });
    expect(filtered.entities).toEqual([UNICEF]);
  });

  it('filters by annotation status', () => {
    const filtered = filterExportDocument(annotatedUnicefDocument(), { annotationStatuses: ['rejected'] });
    expect(ids(filtered)).toEqual(['a-age']);
  });

  it('filters by layer', () => {
    const filtered = filterExportDocument(annotatedUnicefDocument(), { layers: ['budi'] });
    expect(ids(filtered)).toEqual(['b-unicef']);
    expect(filtered.alignments).toEqual([]);
    expect(filtered.entities).toEqual([UNICEF]);
  });

  it('drops the English of units whose status is not taken, and alignments onto it', () => {
    const doc = annotatedUnicefDocument();
    const draftOnly = filterExportDocument(doc, { translationStatuses: ['draft'] });
    expect(draftOnly.units).toHaveLength(doc.units.length);
    expect(draftOnly.units.filter((unit) => unit.translation !== null).map((unit) => unit.translation?.status)).toEqual(['draft']);
    expect(draftOnly.alignments).toEqual([]);
    expect(ids(draftOnly)).toEqual(ids(doc));
    const approved = filterExportDocument(doc, { translationStatuses: ['approved', 'reviewed'] });
    expect(approved.units.filter((unit) => unit.translation !== null)).toHaveLength(1);
    expect(approved.alignments).toHaveLength(doc.alignments.length);
  });

  it('never takes deleted annotations and leaves its input unchanged', () => {
    const doc = annotatedUnicefDocument();
    const [first] = doc.annotations;
    if (!first) throw new Error('no annotation');
    first.deletedAt = '2024-05-03T00:00:00.000Z';
    const before = JSON.stringify(doc);
    const filtered = filterExportDocument(doc, { translationStatuses: ['new'] });
    expect(ids(filtered)).not.toContain(first.id);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('matchesDocumentFilter', () => {
  it('matches by slug or by id', () => {
    const doc = { id: 4, slug: '001_3ea582def6b673a3' };
    expect(matchesDocumentFilter(doc, {})).toBe(true);
    expect(matchesDocumentFilter(doc, { documents: ['001_3ea582def6b673a3'] })).toBe(true);
    expect(matchesDocumentFilter(doc, { documents: ['4'] })).toBe(true);
    expect(matchesDocumentFilter(doc, { documents: ['003_30575d90e4a42b85'] })).toBe(false);
  });
});
