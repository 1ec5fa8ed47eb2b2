import { describe, expect, it } from 'vitest';
import { csvLine, escapeCsvCell, STATISTICS_CSV_COLUMNS, writeStatisticsCsv } from '../../../lib/research/statistics/statistics-csv';
import { buildStatisticRows } from '../../../lib/research/statistics/statistic-row';
import { TEXT_003, exportDocument } from '../view-fixtures';

describe('escapeCsvCell', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(escapeCsvCell('1,2 juta anak')).toBe('"1,2 juta anak"');
    expect(escapeCsvCell('disebut "Kamboja"')).toBe('"disebut ""Kamboja"""');
    expect(escapeCsvCell('dua\nbaris')).toBe('"dua\nbaris"');
    expect(escapeCsvCell('tanpa tanda')).toBe('tanpa tanda');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(escapeCsvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(escapeCsvCell('+62 21')).toBe("'+62 21");
    expect(escapeCsvCell('-5 korban')).toBe("'-5 korban");
    expect(escapeCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCsvCell('\tcmd')).toBe("'\tcmd");
  });

  it('writes numbers as numbers (a negative value is no formula) and null as empty', () => {
    expect(escapeCsvCell(-3.5)).toBe('-3.5');
    expect(escapeCsvCell(1_200_000)).toBe('1200000');
    expect(escapeCsvCell(null)).toBe('');
  });
});

describe('writeStatisticsCsv', () => {
  it('writes a BOM, the header and one CRLF record per row', () => {
    const doc = exportDocument({
      slug: 'seed-003',
      title: 'Kamboja, 2019',
      text: TEXT_003,
      annotations: [{ id: 's1', label: 'statistic', quote: '1,2 juta anak', attributes: { value: 1_200_000, kind: 'count', unit: 'anak' } }],
    });
    const csv = writeStatisticsCsv({ rows: buildStatisticRows(doc) });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(STATISTICS_CSV_COLUMNS.join(','));
    expect(lines[1]).toBe(',seed-003,"Kamboja, 2019",s1,13,26,"1,2 juta anak",1200000,,count,anak,,,,,,,,,1.2 million children,ani,accepted');
    expect(lines[2]).toBe('');
    expect(lines).toHaveLength(3);
  });

  it('numbers the disagreement groups in the first column', () => {
    const doc = exportDocument({ slug: 'd', title: 'D', text: TEXT_003, annotations: [{ id: 's1', label: 'statistic', quote: '22%', attributes: { value: 22 } }] });
    const rows = buildStatisticRows(doc);
    const csv = writeStatisticsCsv({ groups: [{ what: 'x', kind: null, documents: 2, values: 2, rows }] });
    expect(csv.split('\r\n')[1]?.startsWith('1,d,D,s1,')).toBe(true);
  });

  it('ends every record with CRLF', () => {
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });
});
