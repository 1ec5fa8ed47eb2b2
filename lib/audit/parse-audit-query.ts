// The audit page's filters as typed in its URL (`?user=3&action=annotation.update&from=2025-01-01`),
// checked: anything malformed is dropped rather than refused, so a hand-edited URL still shows a page.
import { z } from 'zod';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditQuery {
  userId?: number;
  action?: string;
  entity?: string;
  entityId?: string;
  /** The dates as typed (YYYY-MM-DD), both inclusive. */
  fromDate?: string;
  toDate?: string;
  page: number;
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));
const text = z.string().trim().min(1).max(200);

function pick<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : undefined;
}

/** Reads the search parameters of the audit page. */
export function parseAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  return {
    userId: pick(z.coerce.number().int().positive(), params.user),
    action: pick(text, params.action),
    entity: pick(text, params.entity),
    entityId: pick(text, params.entityId),
    fromDate: pick(date, params.from),
    toDate: pick(date, params.to),
    page: pick(z.coerce.number().int().min(1).max(1_000_000), params.page) ?? 1,
  };
}

/** The query's date range as ISO times (UTC days): from its first instant to the instant after `toDate`. */
export function auditTimeRange(query: Pick<AuditQuery, 'fromDate' | 'toDate'>): { from?: string; until?: string } {
  const until = query.toDate ? new Date(Date.parse(`${query.toDate}T00:00:00Z`) + 24 * 60 * 60_000).toISOString() : undefined;
  return { from: query.fromDate ? `${query.fromDate}T00:00:00.000Z` : undefined, until };
}

/** The URL of another page of the same query. */
export function auditPageHref(query: AuditQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.userId !== undefined) params.set('user', String(query.userId));
  if (query.action) params.set('action', query.action);
  if (query.entity) params.set('entity', query.entity);
  if (query.entityId) params.set('entityId', query.entityId);
  if (query.fromDate) params.set('from', query.fromDate);
  if (query.toDate) params.set('to', query.toDate);
  params.set('page', String(page));
  return `/admin/audit?${params.toString()}`;
}
