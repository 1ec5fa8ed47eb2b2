// One table of statistic rows, with column headers that sort through the URL (aria-sort tells
// which). Values are in the reader's number format; each row opens its span in the editor.
import type { TFunction } from 'i18next';
import Link from 'next/link';
import type { Language } from '@/lib/i18n';
import { formatLocaleNumber, formatStatisticValue } from '@/lib/research/statistics/format-statistic-value';
import { spanHref } from '@/lib/research/statistics/span-href';
import type { StatisticActor, StatisticRow } from '@/lib/research/statistics/statistic-row';
import { statisticsQueryParams, type StatisticSortKey, type StatisticsQuery } from '@/lib/research/statistics/statistics-query';

interface Props {
  rows: StatisticRow[];
  query: StatisticsQuery;
  language: Language;
  canAnnotate: boolean;
  t: TFunction;
  caption?: string;
}

const COLUMNS: Array<{ key: StatisticSortKey | null; label: string; numeric?: boolean }> = [
  { key: null, label: 'quote' },
  { key: 'value', label: 'value', numeric: true },
  { key: 'kind', label: 'kind' },
  { key: 'what', label: 'what' },
  { key: null, label: 'base' },
  { key: 'qualifier', label: 'qualifier' },
  { key: 'year', label: 'year', numeric: true },
  { key: 'claim', label: 'claim' },
  { key: 'actor', label: 'actors' },
  { key: 'document', label: 'document' },
  { key: 'english', label: 'english' },
  { key: 'annotator', label: 'annotator' },
];

function SortHeader({ column, query, t }: { column: (typeof COLUMNS)[number]; query: StatisticsQuery; t: TFunction }) {
  const label = t(`research.statistics.columns.${column.label}`);
  const className = column.numeric ? 'num' : undefined;
  if (column.key === null) return <th className={className}>{label}</th>;
  const active = query.sort?.key === column.key;
  const direction = active && query.sort?.direction === 'asc' ? 'desc' : 'asc';
  const params = statisticsQueryParams({ ...query, sort: { key: column.key, direction } });
  return (
    <th className={className} aria-sort={active ? (query.sort?.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <Link href={`?${params.toString()}`} data-sort={column.key}>
        {label}
        {active && <span aria-hidden="true">{query.sort?.direction === 'asc' ? ' ▲' : ' ▼'}</span>}
      </Link>
    </th>
  );
}

function actorText(actor: StatisticActor, t: TFunction): string {
  return actor.name ?? t('research.statistics.author');
}

/** Rate base, rank base and currency in one cell: `per 1.000`, `of 180`, `USD`. */
function baseText(row: StatisticRow, language: Language, t: TFunction): string {
  const parts: string[] = [];
  if (row.per !== null) parts.push(t('research.statistics.per', { value: formatLocaleNumber(row.per, language) }));
  if (row.outOf !== null) parts.push(t('research.statistics.outOf', { value: formatLocaleNumber(row.outOf, language) }));
  if (row.currency !== null) parts.push(row.currency);
  return parts.join(' · ');
}

export function StatisticsTable({ rows, query, language, canAnnotate, t, caption }: Props) {
  return (
    <div className="research-table-wrap">
      <table className="statistics-table">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <SortHeader key={column.label} column={column} query={query} t={t} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.annotationId} data-annotation-id={row.annotationId}>
              <td data-column="quote">
                <Link href={spanHref(row.documentSlug, row.start, row.end, canAnnotate)}>{row.quote}</Link>
                {row.status !== 'accepted' && <span className={`badge badge-${row.status}`}> {t(`annotate.status.${row.status}`)}</span>}
              </td>
              <td className="num" data-column="value" data-value={row.value ?? ''} data-value-max={row.valueMax ?? ''}>
                {formatStatisticValue(row, language)}
              </td>
              <td data-column="kind">{row.kind && t(`annotate.options.${row.kind}`, { defaultValue: row.kind })}</td>
              <td data-column="what">{row.what}</td>
              <td data-column="base">{baseText(row, language, t)}</td>
              <td data-column="qualifier">{row.qualifier && t(`annotate.options.${row.qualifier}`, { defaultValue: row.qualifier })}</td>
              <td className="num" data-column="year">
                {row.year ?? ''}
              </td>
              <td data-column="claim" className="research-claim">
                {row.claim?.quote}
              </td>
              <td data-column="actors">
                {row.actors.map((actor, index) => (
                  <span key={index} className={actor.role === 'source' ? 'actor-source' : undefined}>
                    {index > 0 && '; '}
                    {actorText(actor, t)}
                  </span>
                ))}
              </td>
              <td data-column="document">{row.documentTitle}</td>
              <td data-column="english" lang="en">
                {row.english ?? (row.rendering && <span className="rendering" title={t('research.statistics.renderingHint')}>{row.rendering}</span>)}
              </td>
              <td data-column="annotator">{row.annotator}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
