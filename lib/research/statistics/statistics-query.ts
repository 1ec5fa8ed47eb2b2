// What the statistics table is asked for, read from query parameters (the page's URL and the CSV
// download share them, so both give the same rows): statuses and document (applied when loading),
// the row filters, the sort column and direction, and whether to group disagreements.
import { z } from 'zod';
import { ANNOTATION_STATUSES, type AnnotationStatus } from '../../annotations/types';

export const STATISTIC_SORT_KEYS = ['value', 'kind', 'what', 'qualifier', 'year', 'claim', 'actor', 'document', 'english', 'annotator'] as const;
export type StatisticSortKey = (typeof STATISTIC_SORT_KEYS)[number];

export interface StatisticRowFilters {
  /** Exact kind (`count`, `percent`, ...). */
  kind?: string;
  /** Part of what is counted, case and diacritics ignored. */
  what?: string;
  /** Part of an actor's name (the claim's source or an actor inside it). */
  actor?: string;
  year?: number;
}

export interface StatisticsQuery {
  /** Annotation statuses taken (statistics, and the claims and actors around them). */
  statuses: AnnotationStatus[];
  /** A document slug; all current documents when absent. */
  document?: string;
  filters: StatisticRowFilters;
  sort?: { key: StatisticSortKey; direction: 'asc' | 'desc' };
  groupDisagreements: boolean;
}

const text = z.string().trim().min(1).max(200);

const querySchema = z.object({
  statuses: z.array(z.enum(ANNOTATION_STATUSES)).min(1).catch(['accepted']),
  document: text.optional().catch(undefined),
  kind: text.optional().catch(undefined),
  what: text.optional().catch(undefined),
  actor: text.optional().catch(undefined),
  year: z.coerce.number().int().min(0).max(9999).optional().catch(undefined),
  sort: z.enum(STATISTIC_SORT_KEYS).optional().catch(undefined),
  dir: z.enum(['asc', 'desc']).catch('asc'),
  group: z.enum(['1']).optional().catch(undefined),
});

/** Parameters of the page or CSV URL → a query; unknown or malformed values fall back to the default. */
export function parseStatisticsQuery(params: URLSearchParams): StatisticsQuery {
  const single = (name: string): string | undefined => {
    const value = params.get(name);
    return value === null || value.trim() === '' ? undefined : value;
  };
  const statuses = params.getAll('status').filter((s) => s.trim() !== '');
  const parsed = querySchema.parse({
    statuses: statuses.length > 0 ? [...new Set(statuses)] : undefined,
    document: single('document'),
    kind: single('kind'),
    what: single('what'),
    actor: single('actor'),
    year: single('year'),
    sort: single('sort'),
    dir: single('dir'),
    group: single('group'),
  });
  const filters: StatisticRowFilters = {};
  if (parsed.kind !== undefined) filters.kind = parsed.kind;
  if (parsed.what !== undefined) filters.what = parsed.what;
  if (parsed.actor !== undefined) filters.actor = parsed.actor;
  if (parsed.year !== undefined) filters.year = parsed.year;
  return {
    statuses: parsed.statuses,
    ...(parsed.document !== undefined && { document: parsed.document }),
    filters,
    ...(parsed.sort !== undefined && { sort: { key: parsed.sort, direction: parsed.dir } }),
    groupDisagreements: parsed.group === '1',
  };
}

/** The query as URL parameters (for header links and the CSV link); defaults are left out. */
export function statisticsQueryParams(query: StatisticsQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (!(query.statuses.length === 1 && query.statuses[0] === 'accepted')) for (const status of query.statuses) params.append('status', status);
  if (query.document !== undefined) params.set('document', query.document);
  const { kind, what, actor, year } = query.filters;
  if (kind !== undefined) params.set('kind', kind);
  if (what !== undefined) params.set('what', what);
  if (actor !== undefined) params.set('actor', actor);
  if (year !== undefined) params.set('year', String(year));
  if (query.sort) {
    params.set('sort', query.sort.key);
    params.set('dir', query.sort.direction);
  }
  if (query.groupDisagreements) params.set('group', '1');
  return params;
}
