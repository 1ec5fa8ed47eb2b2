// What an export request says, read the same way from CLI options and from query parameters:
// a format and comma-separated filter lists, checked first by shape (zod) and then against the
// database (documents, labels and layers that exist).
import { z } from 'zod';
import { loadLabels } from '../annotation-store/record-annotation-write';
import { ANNOTATION_STATUSES } from '../annotations/types';
import type { Db } from '../db/connection';
import { listExportDocumentHeads, listLayerUsernames } from '../db/queries/exports';
import { AppError } from '../errors';
import type { ExportFilters } from '../export/export-document';
import { UNIT_STATUSES } from '../translation/unit-status';
import { EXPORT_FORMAT_NAMES, type ExportFormatName } from './export-formats';

/** The request as typed: each filter a comma-separated list, by its query-parameter name. */
export interface RawExportRequest {
  format?: string;
  documents?: string;
  labels?: string;
  statuses?: string;
  layers?: string;
  translationStatuses?: string;
  /** `true` (or `1`): every layer, even where a document has a gold layer. */
  allLayers?: string;
}

export const EXPORT_FILTER_NAMES = ['documents', 'labels', 'statuses', 'layers', 'translationStatuses'] as const;
export type ExportFilterName = (typeof EXPORT_FILTER_NAMES)[number];

export interface ExportRequest {
  format: ExportFormatName;
  filters: ExportFilters;
  /**
   * Every layer of every document. Without it (and without a `layers` filter) a document that has
   * a gold layer exports only its gold layer (see exportChunks).
   */
  allLayers?: true;
}

export type ParsedExportRequest =
  | { ok: true; request: ExportRequest }
  | { ok: false; code: 'export.unknownFormat'; params: { format: string; formats: string } }
  | { ok: false; code: 'export.invalidFilter'; params: { filter: ExportFilterName | 'allLayers'; value: string } };

const name = z.string().min(1).max(200);

const requestSchema = z.object({
  format: z.enum(EXPORT_FORMAT_NAMES),
  documents: z.array(name).min(1).optional(),
  labels: z.array(name).min(1).optional(),
  statuses: z.array(z.enum(ANNOTATION_STATUSES)).min(1).optional(),
  layers: z.array(name).min(1).optional(),
  translationStatuses: z.array(z.enum(UNIT_STATUSES)).min(1).optional(),
  allLayers: z.enum(['true', '1', 'false', '0']).optional(),
});

/** The export parameters of a request URL; a repeated parameter counts as one comma-separated list. */
export function rawExportRequestFromUrl(url: URL): RawExportRequest {
  const list = (key: ExportFilterName): string | undefined => {
    const values = url.searchParams.getAll(key);
    return values.length === 0 ? undefined : values.join(',');
  };
  return {
    format: url.searchParams.get('format') ?? undefined,
    documents: list('documents'),
    labels: list('labels'),
    statuses: list('statuses'),
    layers: list('layers'),
    translationStatuses: list('translationStatuses'),
    allLayers: url.searchParams.get('allLayers') ?? undefined,
  };
}

/** `"a, b,,c"` → `['a', 'b', 'c']`; an absent list stays absent. */
function splitList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return [...new Set(value.split(',').map((item) => item.trim()).filter((item) => item.length > 0))];
}

/** Reads a request's format and filters; a wrong format or filter value is a result, not a throw. */
export function parseExportRequest(raw: RawExportRequest): ParsedExportRequest {
  const parsed = requestSchema.safeParse({
    format: raw.format,
    documents: splitList(raw.documents),
    labels: splitList(raw.labels),
    statuses: splitList(raw.statuses),
    layers: splitList(raw.layers),
    translationStatuses: splitList(raw.translationStatuses),
    allLayers: raw.allLayers,
  });
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    if (field === 'format' || field === undefined) {
      return { ok: false, code: 'export.unknownFormat', params: { format: raw.format ?? '', formats: EXPORT_FORMAT_NAMES.join(', ') } };
    }
    if (field === 'allLayers') return { ok: false, code: 'export.invalidFilter', params: { filter: 'allLayers', value: raw.allLayers ?? '' } };
    const filter = EXPORT_FILTER_NAMES.find((f) => f === field) ?? 'documents';
    return { ok: false, code: 'export.invalidFilter', params: { filter, value: raw[filter] ?? '' } };
  }
  const { format, documents, labels, statuses, layers, translationStatuses, allLayers } = parsed.data;
  const filters: ExportFilters = {};
  if (documents) filters.documents = documents;
  if (labels) filters.labels = labels;
  if (statuses) filters.annotationStatuses = statuses;
  if (layers) filters.layers = layers;
  if (translationStatuses) filters.translationStatuses = translationStatuses;
  const request: ExportRequest = { format, filters };
  if (allLayers === 'true' || allLayers === '1') request.allLayers = true;
  return { ok: true, request };
}

function firstMissing(wanted: readonly string[] | undefined, known: readonly string[]): string | undefined {
  const present = new Set(known);
  return wanted?.find((item) => !present.has(item));
}

/** Throws a 400 AppError when a filter names a document, label or layer this corpus does not have. */
export function checkExportFilters(db: Db, filters: ExportFilters): void {
  const document = firstMissing(filters.documents, listExportDocumentHeads(db, filters.documents).flatMap((d) => [d.slug, String(d.id)]));
  if (document !== undefined) throw new AppError('export.unknownDocument', { slug: document });
  const label = firstMissing(filters.labels, loadLabels(db).map((l) => l.name));
  if (label !== undefined) throw new AppError('export.invalidFilter', { filter: 'labels', value: label });
  const layer = firstMissing(filters.layers, listLayerUsernames(db));
  if (layer !== undefined) throw new AppError('export.invalidFilter', { filter: 'layers', value: layer });
}

/** Parses and checks a request, throwing the AppError of the first problem (for route handlers). */
export function readExportRequest(db: Db, raw: RawExportRequest): ExportRequest {
  const parsed = parseExportRequest(raw);
  if (!parsed.ok) throw new AppError(parsed.code, parsed.params);
  checkExportFilters(db, parsed.request.filters);
  return parsed.request;
}
