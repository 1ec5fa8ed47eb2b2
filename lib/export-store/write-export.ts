// Runs an export: documents from the database, one at a time, through a format's serializer, and
// the text chunks out to a file (atomically: a temporary file renamed at the end), to an HTTP
// response body (a pull-driven ReadableStream), or to a short preview.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { GOLD_USERNAME } from '../db/queries/curation';
import type { ExportDocument, ExportLayerChoice } from '../export/export-document';
import { filterExportDocument } from '../export/filter-export-document';
import { EXPORT_FORMATS, effectiveExportFilters } from './export-formats';
import { loadExportDocuments, type LoadExportOptions } from './load-export-documents';
import type { ExportRequest } from './parse-export-request';

export interface ExportRunOptions extends LoadExportOptions {
  baseUrl: string;
  exportedAt?: string;
}

/** How an export chooses layers: a `layers` filter names them (undefined); else gold where present, or every layer when asked. */
export function exportLayerChoice(request: Pick<ExportRequest, 'filters' | 'allLayers'>): ExportLayerChoice | undefined {
  if (request.filters.layers !== undefined) return undefined;
  return request.allLayers ? 'allLayers' : 'goldWherePresent';
}

/** The export's text, chunk by chunk; nothing is read from the database before the first chunk is asked for. */
export function exportChunks(db: Db, request: ExportRequest, options: ExportRunOptions): Iterable<string> {
  const filters = effectiveExportFilters(request.format, request.filters);
  const loaded = loadExportDocuments(db, filters, { onProgress: options.onProgress });
  const layerChoice = exportLayerChoice(request);
  // The gold layer is what a team agreed on: by default, it alone stands for a document that has one.
  const docs = layerChoice === 'goldWherePresent' ? preferLayerWhenPresent(loaded, GOLD_USERNAME) : loaded;
  return EXPORT_FORMATS[request.format].write(docs, {
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    filters,
    baseUrl: options.baseUrl,
    layerChoice,
  });
}

/**
 * Each document that has annotations in `layer` keeps only that layer (its alignments and registry
 * entries follow, as with a `layers` filter); a document without it keeps every layer.
 */
export function* preferLayerWhenPresent(docs: Iterable<ExportDocument>, layer: string): Generator<ExportDocument> {
  for (const doc of docs) {
    yield doc.annotations.some((annotation) => annotation.layer === layer) ? filterExportDocument(doc, { layers: [layer] }) : doc;
  }
}

// Serializers yield many small chunks; writing or enqueuing each alone costs more than the text.
const BATCH_CHARS = 64 * 1024;

/**
 * Writes the chunks to `outPath` through a temporary file beside it, renamed into place only when
 * every chunk is written: a failure leaves no file (and an earlier file at `outPath` untouched).
 */
export function writeExportFile(chunks: Iterable<string>, outPath: string): { bytes: number } {
  const target = path.resolve(outPath);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new AppError('export.unwritable', { file: outPath });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = fs.openSync(temporary, 'w');
  } catch {
    throw new AppError('export.unwritable', { file: outPath });
  }
  let bytes = 0;
  try {
    let pending = '';
    const flush = (): void => {
      bytes += fs.writeSync(fd, pending);
      pending = '';
    };
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= BATCH_CHARS) flush();
    }
    flush();
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(temporary, target);
  } catch (error) {
    try {
      fs.closeSync(fd);
    } catch {
      // already closed: the failure came from the rename
    }
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  return { bytes };
}

/**
 * A response body that pulls the next chunks only when the client reads, so a slow download
 * holds one batch in memory, not the corpus. A failure mid-way errors the stream (the client
 * sees a broken download, never a truncated file presented as complete).
 */
export function exportReadableStream(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let batch = '';
      try {
        while (batch.length < BATCH_CHARS) {
          const next = iterator.next();
          if (next.done) {
            if (batch) controller.enqueue(encoder.encode(batch));
            controller.close();
            return;
          }
          batch += next.value;
        }
      } catch (error) {
        console.error('export failed', error);
        controller.error(error);
        return;
      }
      controller.enqueue(encoder.encode(batch));
    },
    cancel() {
      iterator.return?.();
    },
  });
}

/** The first `limit` UTF-16 units of the export (not splitting a surrogate pair); stops reading there. */
export function previewExport(chunks: Iterable<string>, limit: number): { text: string; truncated: boolean } {
  let text = '';
  const iterator = chunks[Symbol.iterator]();
  try {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      text += next.value;
      if (text.length > limit) {
        const cut = /[\uD800-\uDBFF]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
        return { text: text.slice(0, cut), truncated: true };
      }
    }
    return { text, truncated: false };
  } finally {
    iterator.return?.();
  }
}
