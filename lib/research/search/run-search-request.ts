// One call from a request's query parameters to results, for the API route and the benchmark:
// read the parameters, limit the layers to what the viewer may see, parse the query, search.
import type { Role } from '../../auth/roles';
import type { Db } from '../../db/connection';
import { parseSearchQuery } from './parse-search-query';
import { parseSearchRequest, scopeFiltersToViewer } from './parse-search-request';
import { searchCorpus, type SearchResults } from './search-corpus';

/** Searches as `viewer`; an empty or unreadable query or a bad filter throws AppError (400). */
export function runSearchRequest(db: Db, params: URLSearchParams, viewer: { role: Role; username: string }): SearchResults {
  const request = parseSearchRequest(params);
  return searchCorpus(db, parseSearchQuery(request.q), scopeFiltersToViewer(request.filters, viewer));
}
