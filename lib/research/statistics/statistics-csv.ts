// The statistics table as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break
// quoted, quotes doubled). Text from the corpus is untrusted: a cell that a spreadsheet would read
// as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe.
import type { StatisticDisagreement } from './group-statistic-disagreements';
import type { StatisticActor, StatisticRow } from './statistic-row';

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: numbers as JavaScript writes them, text neutralised and quoted where needed. */
export function escapeCsvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, CRLF-terminated. */
export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(escapeCsvCell).join(',')}\r\n`;
}

export const STATISTICS_CSV_COLUMNS = [
  'group',
  'document',
  'document_title',
  'annotation_id',
  'start',
  'end',
  'quote',
  'value',
  'value_max',
  'kind',
  'what',
  'per',
  'currency',
  'out_of',
  'qualifier',
  'reference_year',
  'claim',
  'actors',
  'english',
  'english_rendering',
  'annotator',
  'status',
] as const;

/** Actor names joined for one cell; the author is `author`. */
export function actorsCell(actors: readonly StatisticActor[]): string {
  return actors.map((actor) => actor.name ?? 'author').join('; ');
}

function rowCells(row: StatisticRow, group: number | null): CsvCell[] {
  return [
    group,
    row.documentSlug,
    row.documentTitle,
    row.annotationId,
    row.start,
    row.end,
    row.quote,
    row.value,
    row.valueMax,
    row.kind,
    row.what,
    row.per,
    row.currency,
    row.outOf,
    row.qualifier,
    row.year,
    row.claim?.quote ?? null,
    actorsCell(row.actors),
    row.english,
    row.rendering,
    row.annotator,
    row.status,
  ];
}

/**
 * The CSV text of the rows (or of the disagreement groups, numbered from 1 in the `group`
 * column), with a byte-order mark so spreadsheets read it as UTF-8.
 */
export function writeStatisticsCsv(content: { rows: readonly StatisticRow[] } | { groups: readonly StatisticDisagreement[] }): string {
  let out = `\uFEFF${csvLine(STATISTICS_CSV_COLUMNS)}`;
  if ('rows' in content) {
    for (const row of content.rows) out += csvLine(rowCells(row, null));
  } else {
    content.groups.forEach((group, index) => {
      for (const row of group.rows) out += csvLine(rowCells(row, index + 1));
    });
  }
  return out;
}
