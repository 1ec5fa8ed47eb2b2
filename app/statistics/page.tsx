// The statistics table: every statistic annotation of the corpus with the claim and actors around
// it, sortable and filterable through the URL (so the CSV download takes the same rows), and
// optionally grouped into statistics that disagree across documents.
import type { Metadata } from 'next';
import { hasPermission } from '@/lib/auth/roles';
import { getDatabase } from '@/lib/db/connection';
import { translator } from '@/lib/i18n';
import { loadStatisticsTable } from '@/lib/research-store/load-statistics-table';
import { pageOfRows } from '@/lib/research/statistics/page-of-rows';
import { parseStatisticsQuery, statisticsQueryParams } from '@/lib/research/statistics/statistics-query';
import { requestLanguage } from '../_server/i18n';
import { requirePageUser } from '../_server/session';
import { StatisticsFilters } from './statistics-filters';
import { StatisticsTable } from './statistics-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLanguage());
  return { title: `${t('research.statistics.title')} · ${t('app.name')}` };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** Rows a page shows: a whole 10× corpus (thousands of rows) would take seconds to render. */
const ROWS_PER_PAGE = 200;

function pageHref(csvParams: string, page: number): string {
  const params = new URLSearchParams(csvParams);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return `/statistics${query ? `?${query}` : ''}`;
}

function toUrlParams(params: SearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) out.append(name, one);
  }
  return out;
}

export default async function StatisticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser('document.read');
  const language = await requestLanguage();
  const t = translator(language);
  const params = await searchParams;
  const query = parseStatisticsQuery(toUrlParams(params));
  const table = loadStatisticsTable(getDatabase(), query);
  const csvParams = statisticsQueryParams(query).toString();
  const canAnnotate = hasPermission(user.role, 'annotation.write');
  const number = new Intl.NumberFormat(language);
  const { rows: shown, page, pages, from, to } = pageOfRows(table.rows, params.page, ROWS_PER_PAGE);
  const pager =
    pages > 1 ? (
      <nav className="pager" aria-label={t('research.statistics.pages')}>
        {page > 1 && <a href={pageHref(csvParams, page - 1)}>{t('research.statistics.previousPage')}</a>}{' '}
        <span>
          {t('research.statistics.pageRows', {
            from: number.format(from),
            to: number.format(to),
            rows: number.format(table.rows.length),
          })}
        </span>{' '}
        {page < pages && <a href={pageHref(csvParams, page + 1)}>{t('research.statistics.nextPage')}</a>}
      </nav>
    ) : null;
  return (
    <section className="research statistics-page">
      <h1>{t('research.statistics.title')}</h1>
      <p className="hint">{t('research.statistics.explain')}</p>
      <StatisticsFilters query={query} documents={table.documents} kinds={table.kinds} t={t} />
      <p className="research-summary">
        <span data-testid="statistics-count">
          {table.groups
            ? t('research.statistics.groupCount', { groups: number.format(table.groups.length), rows: number.format(table.rows.length) })
            : t('research.statistics.rowCount', { rows: number.format(table.rows.length) })}
        </span>{' '}
        <a className="download" href={`/api/statistics/csv${csvParams ? `?${csvParams}` : ''}`} download>
          {t('research.statistics.downloadCsv')}
        </a>
      </p>
      {table.groups ? (
        table.groups.length === 0 ? (
          <p>{t('research.statistics.noDisagreements')}</p>
        ) : (
          table.groups.map((group, index) => (
            <StatisticsTable
              key={index}
              caption={t('research.statistics.groupCaption', {
                what: group.what,
                kind: group.kind ? t(`annotate.options.${group.kind}`, { defaultValue: group.kind }) : '—',
                documents: group.documents,
                values: group.values,
              })}
              rows={group.rows}
              query={query}
              language={language}
              canAnnotate={canAnnotate}
              t={t}
            />
          ))
        )
      ) : table.rows.length === 0 ? (
        <p>{t('research.statistics.empty')}</p>
      ) : (
        <>
          {pager}
          <StatisticsTable rows={shown} query={query} language={language} canAnnotate={canAnnotate} t={t} />
          {pager}
        </>
      )}
    </section>
  );
}
