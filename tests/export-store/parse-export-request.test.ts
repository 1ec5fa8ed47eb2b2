import { describe, expect, it } from 'vitest';
import { effectiveExportFilters, exportFileName } from '../../lib/export-store/export-formats';
import { checkExportFilters, parseExportRequest, rawExportRequestFromUrl, readExportRequest } from '../../lib/export-store/parse-export-request';
import { caught } from '../translation-store/fixtures';
import { exportBench } from './fixtures';

describe('parseExportRequest', () => {
  it('reads a format and comma-separated filters, trimming and dropping empty items', () => {
    expect(
      parseExportRequest({ format: 'tmx', documents: 'a, b,,a', labels: 'claim', statuses: 'accepted,suggested', layers: 'ani', translationStatuses: 'approved' }),
    ).toEqual({
      ok: true,
      request: {
        format: 'tmx',
        filters: { documents: ['a', 'b'], labels: ['claim'], annotationStatuses: ['accepted', 'suggested'], layers: ['ani'], translationStatuses: ['approved'] },
      },
    });
  });

  it('leaves absent filters out (an omitted filter takes everything)', () => {
    expect(parseExportRequest({ format: 'jsonl' })).toEqual({ ok: true, request: { format: 'jsonl', filters: {} } });
  });

  it('answers an unknown or missing format with the list of formats', () => {
    for (const format of ['docx', undefined]) {
      expect(parseExportRequest({ format })).toMatchObject({ ok: false, code: 'export.unknownFormat', params: { format: format ?? '' } });
    }
  });

  it('answers a status that does not exist, or an empty list, naming the filter', () => {
    expect(parseExportRequest({ format: 'conll', statuses: 'accepted,maybe' })).toEqual({
      ok: false,
      code: 'export.invalidFilter',
      params: { filter: 'statuses', value: 'accepted,maybe' },
    });
    expect(parseExportRequest({ format: 'conll', translationStatuses: 'final' })).toMatchObject({ params: { filter: 'translationStatuses' } });
    expect(parseExportRequest({ format: 'conll', labels: ' , ' })).toMatchObject({ params: { filter: 'labels' } });
  });
});

describe('rawExportRequestFromUrl', () => {
  it('joins repeated parameters into one list', () => {
    const url = new URL('http://x/api/export?format=tmx&labels=claim&labels=actor&translationStatuses=approved');
    expect(rawExportRequestFromUrl(url)).toEqual({
      format: 'tmx',
      documents: undefined,
      labels: 'claim,actor',
      statuses: undefined,
      layers: undefined,
      translationStatuses: 'approved',
    });
  });
});

describe('checkExportFilters', () => {
  const bench = exportBench();

  it('accepts documents, labels and layers the corpus has', () => {
    expect(() => checkExportFilters(bench.db, { documents: [bench.slug, bench.oldOtherSlug], labels: ['claim', 'actor'], layers: ['ani', 'budi'] })).not.toThrow();
  });

  it('refuses an unknown document, label or layer with a 400', () => {
    expect(caught(() => checkExportFilters(bench.db, { documents: [bench.slug, 'tidak-ada'] }))).toMatchObject({
      code: 'export.unknownDocument',
      status: 400,
      params: { slug: 'tidak-ada' },
    });
    expect(caught(() => checkExportFilters(bench.db, { labels: ['opinion'] }))).toMatchObject({ code: 'export.invalidFilter', params: { filter: 'labels', value: 'opinion' } });
    expect(caught(() => checkExportFilters(bench.db, { layers: ['nobody'] }))).toMatchObject({ code: 'export.invalidFilter', params: { filter: 'layers', value: 'nobody' } });
  });

  it('throws the parse problem as an AppError in readExportRequest', () => {
    expect(caught(() => readExportRequest(bench.db, { format: 'pdf' }))).toMatchObject({ code: 'export.unknownFormat', status: 400 });
  });
});

describe('effectiveExportFilters', () => {
  it('gives TMX approved and reviewed translations unless the request says otherwise', () => {
    expect(effectiveExportFilters('tmx', {})).toEqual({ translationStatuses: ['reviewed', 'approved'] });
    expect(effectiveExportFilters('tmx', { translationStatuses: ['approved'], labels: ['claim'] })).toEqual({ translationStatuses: ['approved'], labels: ['claim'] });
    expect(effectiveExportFilters('xliff21', {})).toEqual({});
  });

  it('names the download after format and date', () => {
    expect(exportFileName('xliff12', '2025-03-04T05:06:07.000Z')).toBe('selaras-xliff12-2025-03-04.xlf');
    expect(exportFileName('aligned-json', '2025-03-04T05:06:07.000Z')).toBe('selaras-aligned-json-2025-03-04.json');
  });
});
