// What a search (or concordance) request asks for, read the same way from the page's GET form and
// from the API's query string: the query text and the annotation/document filters.
import { z } from 'zod';
import { ANNOTATION_STATUSES, type AnnotationStatus } from '../../annotations/types';
import { hasPermission, type Role } from '../../auth/roles';
import { AppError } from '../../errors';

export interface SearchFilters {
  /** Labels, annotators (layer usernames) and annotation statuses; empty means any. */
  labels: string[];
  layers: string[];
  statuses: AnnotationStatus[];
  /** One document's slug, or null for the whole corpus. */
  document: string | null;
  /**
   * Set by the server, never by the request: the only layer the viewer may see (an annotator
   * works blind, so other annotators' spans stay hidden); null when every layer is visible.
   */
  visibleLayer: string | null;
}

export interface SearchRequestParams {
  /** The query as typed (empty when the form was not sent yet). */
  q: string;
  filters: SearchFilters;
}

const name = z.string().min(1).max(200);
const FILTER_PARAMS = { labels: 'label', layers: 'layer', statuses: 'status', document: 'document' } as const;

/** Empty form fields mean "any", so they are dropped before checking. */
function values(params: URLSearchParams, key: string): string[] {
  return params.getAll(key).map((v) => v.trim()).filter((v) => v !== '');
}

/** Reads `q`, `label`, `layer`, `status` (each may repeat) and `document`; bad values are a 400. */
export function parseSearchRequest(params: URLSearchParams): SearchRequestParams {
  const q = params.get('q') ?? '';
  const check = <T>(filter: keyof typeof FILTER_PARAMS, schema: z.ZodType<T>, input: string[]): T[] =>
    input.map((value) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new AppError('search.invalidFilter', { filter: FILTER_PARAMS[filter], value: value.slice(0, 80) });
      return parsed.data;
    });
  const documents = check('document', name, values(params, FILTER_PARAMS.document));
  if (documents.length > 1) throw new AppError('search.invalidFilter', { filter: 'document', value: documents.join(', ').slice(0, 80) });
  return {
    q,
    filters: {
      labels: check('labels', name, values(params, FILTER_PARAMS.labels)),
      layers: check('layers', name, values(params, FILTER_PARAMS.layers)),
      statuses: check('statuses', z.enum(ANNOTATION_STATUSES), values(params, FILTER_PARAMS.statuses)),
      document: documents[0] ?? null,
      visibleLayer: null,
    },
  };
}

/** Whether any annotation filter is set (then a text hit must lie inside a matching annotation). */
export function hasAnnotationFilter(filters: SearchFilters): boolean {
  return filters.labels.length > 0 || filters.layers.length > 0 || filters.statuses.length > 0;
}

/** The filters as query parameters, for links that keep them (pagination, sort, concordance). */
export function searchFilterParams(filters: SearchFilters): Array<[string, string]> {
  return [
    ...filters.labels.map((v): [string, string] => ['label', v]),
    ...filters.layers.map((v): [string, string] => ['layer', v]),
    ...filters.statuses.map((v): [string, string] => ['status', v]),
    ...(filters.document ? [['document', filters.document] as [string, string]] : []),
  ];
}

/**
 * The filters as this viewer may apply them. Someone who annotates but may not reveal others'
 * layers (an annotator) sees only their own layer's spans, in hits and in label filters alike.
 */
export function scopeFiltersToViewer(filters: SearchFilters, viewer: { role: Role; username: string }): SearchFilters {
  const blind = hasPermission(viewer.role, 'annotation.write') && !hasPermission(viewer.role, 'layers.reveal');
  return { ...filters, visibleLayer: blind ? viewer.username : null };
}
