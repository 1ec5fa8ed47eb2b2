// The concordance (KWIC) page: a term in search syntax, or an annotation label, as aligned
// left-context / hit / right-context lines across the corpus, sortable by either context.
import type { Metadata } from 'next';
import { hasPermission } from '@/lib/auth/roles';
import { getDatabase } from '@/lib/db/connection';
import { isAppError, type AppError } from '@/lib/errors';
import { CONCORDANCE_SORTS, parseConcordanceSort, type ConcordanceSort } from '@/lib/research/concordance/concordance-sort';
import { loadConcordance, type Concordance } from '@/lib/research/concordance/load-concordance';
import { parseSearchRequest, scopeFiltersToViewer, searchFilterParams, type SearchFilters } from '@/lib/research/search/parse-search-request';
import { requestTranslator } from '../_server/i18n';
import { requirePageUser } from '../_server/session';
import { loadFilterChoices } from '../search/filter-choices';
import { SearchFilterFields } from '../search/search-filter-fields';
import { queryString, toUrlSearchParams, type PageSearchParams } from '../search/search-params';
import { ConcordanceTable } from './concordance-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await requestTranslator();
  return { title: `${t('concordance.title')} · ${t('app.name')}` };
}

const EMPTY_FILTERS: SearchFilters = { labels: [], layers: [], statuses: [], document: null, visibleLayer: null };

export default async function ConcordancePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requirePageUser('document.read');
  const t = await requestTranslator();
  const db = getDatabase();
  let q = '';
  let sort: ConcordanceSort = 'position';
  let filters = scopeFiltersToViewer(EMPTY_FILTERS, user);
  let concordance: Concordance | null = null;
  let error: AppError | null = null;
  try {
    const params = toUrlSearchParams(await searchParams);
    const request = parseSearchRequest(params);
    q = request.q;
    filters = scopeFiltersToViewer(request.filters, user);
    sort = parseConcordanceSort(params.get('sort'));
    const label = filters.labels[0] ?? null;
    if (q.trim() !== '' || label) concordance = loadConcordance(db, { q, label, filters, sort });
  } catch (caught) {
    if (!isAppError(caught)) throw caught;
    error = caught;
  }
  const choices = loadFilterChoices(db, filters);
  const sortHref = (next: ConcordanceSort) => `/concordance${queryString([['q', q], ...searchFilterParams(filters), ['sort', next === 'position' ? '' : next]])}`;

  return (
    <section className="concordance-page">
      <h1>{t('concordance.title')}</h1>
      <p className="hint">{t('concordance.explain')}</p>
      <form action="/concordance" method="get" className="search-form">
        <label className="search-query">
          <span>{t('concordance.term')}</span>
          <input type="search" name="q" defaultValue={q} maxLength={500} />
        </label>
        <SearchFilterFields t={t} choices={choices} filters={filters} labelCaptions={{ caption: t('concordance.label'), none: t('concordance.noLabel') }} />
        <label>
          <span>{t('concordance.sort')}</span>
          <select name="sort" defaultValue={sort}>
            {CONCORDANCE_SORTS.map((option) => (
              <option key={option} value={option}>
                {t(`concordance.sorts.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('concordance.show')}</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {t(error.messageKey, error.params)}
        </p>
      )}
      {concordance && (
        <>
          <p role="status" className="search-summary">
            {t('concordance.summary', { lines: concordance.lines.length })}
            {concordance.truncated && ` ${t('concordance.truncated')}`}
          </p>
          {concordance.lines.length > 0 && (
            <ConcordanceTable t={t} lines={concordance.lines} canAnnotate={hasPermission(user.role, 'annotation.write')} sortHref={sortHref} />
          )}
        </>
      )}
    </section>
  );
}
