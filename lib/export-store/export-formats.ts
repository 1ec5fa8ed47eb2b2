// The export formats by name: file extension, media type, the filters a format applies unless
// told otherwise, and the serializer of lib/export that turns documents into text chunks.
import { writeAlignedJson } from '../export/aligned-json';
import { writeConll } from '../export/conll';
import type { ExportDocument, ExportFilters, ExportLayerChoice } from '../export/export-document';
import { writeJsonl } from '../export/jsonl';
import { writeTmx } from '../export/tmx';
import { writeW3cAnnotations } from '../export/w3c-annotations';
import { writeXliff12 } from '../export/xliff-12';
import { writeXliff21 } from '../export/xliff-21';

/** What every serializer may use besides the documents. */
export interface ExportMeta {
  /** ISO 8601 time of the export. */
  exportedAt: string;
  /** The filters in effect (a format's defaults included). */
  filters: ExportFilters;
  /** Where this instance is reached, for the IRIs of W3C annotations. */
  baseUrl: string;
  /** How layers were chosen when no `layers` filter names them. */
  layerChoice?: ExportLayerChoice;
}

export interface ExportFormat {
  extension: string;
  /** Content-Type of the download. */
  mimeType: string;
  /** Filters applied unless the request sets the same filter. */
  defaultFilters: ExportFilters;
  write(docs: Iterable<ExportDocument>, meta: ExportMeta): Iterable<string>;
}

export const EXPORT_FORMAT_NAMES = ['aligned-json', 'jsonl', 'w3c', 'tmx', 'xliff21', 'xliff12', 'conll'] as const;
export type ExportFormatName = (typeof EXPORT_FORMAT_NAMES)[number];

export const EXPORT_FORMATS: Record<ExportFormatName, ExportFormat> = {
  'aligned-json': {
    extension: 'json',
    mimeType: 'application/json; charset=utf-8',
    defaultFilters: {},
    write: (docs, { exportedAt, filters, layerChoice }) => writeAlignedJson(docs, { exportedAt, filters, layerChoice }),
  },
  jsonl: {
    extension: 'jsonl',
    mimeType: 'application/jsonl; charset=utf-8',
    defaultFilters: {},
    write: (docs) => writeJsonl(docs),
  },
  w3c: {
    extension: 'jsonld',
    mimeType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    defaultFilters: {},
    write: (docs, { baseUrl, exportedAt }) => writeW3cAnnotations(docs, { baseUrl, exportedAt }),
  },
  tmx: {
    extension: 'tmx',
    mimeType: 'application/x-tmx+xml; charset=utf-8',
    // A translation memory holds only what a reviewer has accepted.
    defaultFilters: { translationStatuses: ['reviewed', 'approved'] },
    write: (docs, { exportedAt }) => writeTmx(docs, { exportedAt }),
  },
  xliff21: {
    extension: 'xlf',
    mimeType: 'application/xliff+xml; charset=utf-8',
    defaultFilters: {},
    write: (docs) => writeXliff21(docs),
  },
  xliff12: {
    extension: 'xlf',
    mimeType: 'application/x-xliff+xml; charset=utf-8',
    defaultFilters: {},
    write: (docs) => writeXliff12(docs),
  },
  conll: {
    extension: 'conll',
    mimeType: 'text/plain; charset=utf-8',
    defaultFilters: {},
    write: (docs) => writeConll(docs),
  },
};

export function isExportFormatName(value: string): value is ExportFormatName {
  return (EXPORT_FORMAT_NAMES as readonly string[]).includes(value);
}

/** The filters an export of `format` uses: the request's, and the format's defaults for the rest. */
export function effectiveExportFilters(format: ExportFormatName, filters: ExportFilters): ExportFilters {
  const set = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as ExportFilters;
  return { ...EXPORT_FORMATS[format].defaultFilters, ...set };
}

/** The download's file name: `selaras-<format>-<date>.<extension>`. */
export function exportFileName(format: ExportFormatName, exportedAt: string): string {
  return `selaras-${format}-${exportedAt.slice(0, 10)}.${EXPORT_FORMATS[format].extension}`;
}
