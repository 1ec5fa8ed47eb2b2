// The search page: a GET form (query and filters) and the hits, grouped by document, rendered on
// the server. A query that cannot be read shows its message instead of results.
import type { Metadata } from 'next';
import Link from 'next/link';
import { hasPermission } from '@/lib/auth/roles';
import { getDatabase } from '@/lib/db/connection';
import { isAppError, type AppError } from '@/lib/errors';
import { parseSearchQuery } from '@/lib/research/search/parse-search-query';
import { parseSearchRequest, scopeFiltersToViewer, searchFilterParams, type SearchFilters } from '@/lib/research/search/parse-search-request';
import { searchCorpus, type SearchResults } from '@/lib/research/search/search-corpus';
import { requestTranslator } from '../_server/i18n';
import { requirePageUser } from '../_server/session';
import { loadFilterChoices } from './filter-choices';
import { SearchFilterFields } from './search-filter-fields';
import { SearchHitItem } from './search-hit-item';
import { queryString, toUrlSearchParams, type PageSearchParams } from './search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await requestTranslator();
  return { title: `${t('search.title')} · ${t('app.name')}` };
}

const EMPTY_FILTERS: SearchFilters = { labels: [], layers: [], statuses: [], document: null, visibleLayer: null };

export default async function SearchPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requirePageUser('document.read');
  const t = await requestTranslator();
  const db = getDatabase();
  const canAnnotate = hasPermission(user.role, 'annotation.write');
  let q = '';
  let filters = scopeFiltersToViewer(EMPTY_FILTERS, user);
  let results: SearchResults | null = null;
  let error: AppError | null = null;
  try {
    const request = parseSearchRequest(toUrlSearchParams(await searchParams));
    q = request.q;
    filters = scopeFiltersToViewer(request.filters, user);
    if (q.trim() !== '') results = searchCorpus(db, parseSearchQuery(q), filters);
  } catch (caught) {
    if (!isAppError(caught)) throw caught;
    error = caught;
  }
  const concordanceLink = `/concordance${queryString([['q', q], ...searchFilterParams(filters)])}`;

  return (
    <section className="search-page">
      <h1>{t('search.title')}</h1>
      <form action="/search" method="get" className="search-form" role="search">
        <label className="search-query">
          <span>{t('search.box.label')}</span>
          <input type="search" name="q" defaultValue={q} maxLength={500} placeholder={t('search.box.placeholder')} />
        </label>
        <SearchFilterFields t={t} choices={loadFilterChoices(db, filters)} filters={filters} />
        <button type="submit">{t('search.box.submit')}</button>
      </form>
      <details className="hint search-syntax">
        <summary>{t('search.syntax.title')}</summary>
        <p>{t('search.syntax.body')}</p>
      </details>
      {error && (
        <p role="alert" className="error">
          {t(error.messageKey, error.params)}
        </p>
      )}
      {results && (
        <>
          <p className="search-summary" role="status">
            {t('search.results.summary', { hits: results.hitCount, documents: results.documents.length })}
            {results.truncated && ` ${t('search.results.truncated')}`}{' '}
            {results.hitCount > 0 && <Link href={concordanceLink}>{t('search.results.asConcordance')}</Link>}
          </p>
          {results.documents.map((doc) => (
            <section key={doc.id} className="search-document" data-slug={doc.slug}>
              <h2>
                <Link href={`/documents/${encodeURIComponent(doc.slug)}`}>{doc.title}</Link>{' '}
                <span className="meta">{t('search.results.hitsInDocument', { count: doc.hits.length })}</span>
              </h2>
              <ol className="search-hits">
                {doc.hits.map((hit) => (
                  <SearchHitItem
                    key={hit.source === 'annotation' ? `a-${hit.annotationId}` : `${hit.source}-${hit.sentenceId}`}
                    t={t}
                    slug={doc.slug}
                    hit={hit}
                    canAnnotate={canAnnotate}
                  />
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
    </section>
  );
}
