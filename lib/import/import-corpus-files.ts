// Imports corpus files into the database: every file is checked before anything is written,
// then each document is repaired and stored in its own transaction.
import { createHash } from 'node:crypto';
import { buildWordFrequencies, findProvenanceViolation, repairDocument } from '../corpus';
import type { RepairedDocument } from '../corpus/types';
import type { Db } from '../db/connection';
import { reanchorNewVersion } from '../annotation-store/reanchor-new-version';
import {
  getAllRawTexts,
  getDocumentIdBySha256,
  insertImportedDocument,
  type InsertDocumentResult,
} from '../db/queries/documents';
import { decodeCorpusFile, DEFAULT_MAX_IMPORT_BYTES } from './decode-corpus-file';
import type { ImportedFileResult } from './import-result';

export interface CorpusFile {
  /** The file's name as the user knows it (stored as the document's source file). */
  name: string;
  bytes: Uint8Array;
  /** How error messages name the file (the path the user typed), when not just `name`. */
  shownAs?: string;
}

export interface ImportOptions {
  importedBy: number | null;
  /** Who wrote, when no user did (the CLI: `cli:<os user>`); recorded in the audit log. */
  actor?: string;
  maxBytes?: number;
  /** Called after each file with the count done so far. */
  onProgress?: (done: number, total: number, name: string) => void;
}

export interface PreparedCorpusFile {
  name: string;
  size: number;
  sha256: string;
  text: string;
}

/** Checks and decodes every file, throwing the first AppError; writes nothing. */
export function prepareCorpusFiles(files: CorpusFile[], maxBytes = DEFAULT_MAX_IMPORT_BYTES): PreparedCorpusFile[] {
  return files.map((file) => ({
    name: file.name.replace(/^.*[\\/]/, ''),
    size: file.bytes.length,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    text: decodeCorpusFile(file.shownAs ?? file.name, file.bytes, maxBytes),
  }));
}

interface RepairedCorpusFile extends PreparedCorpusFile {
  /** Absent when the same bytes are already stored. */
  repaired?: RepairedDocument;
  existingSlug?: string;
}

/**
 * Repairs every new file and checks its provenance before anything is stored, so a failure on
 * the third file of a batch leaves the first two unwritten too.
 */
function repairCorpusFiles(db: Db, prepared: PreparedCorpusFile[]): RepairedCorpusFile[] {
  const wordFrequencies = buildWordFrequencies([...getAllRawTexts(db), ...prepared.map((file) => file.text)]);
  return prepared.map((file) => {
    const existing = getDocumentIdBySha256(db, file.sha256);
    if (existing) return { ...file, existingSlug: existing.slug };
    const repaired = repairDocument(file.text, { wordFrequencies });
    // The map is what lets every span be found in the original file: never store a broken one.
    const violation = findProvenanceViolation(file.text, repaired.text, repaired.provenance);
    if (violation) throw new Error(`Provenance of ${file.name} is inconsistent: ${violation}`);
    return { ...file, repaired };
  });
}

/**
 * Repairs the prepared files, then stores each new one in its own transaction (same bytes
 * again, or twice in one batch: a no-op). Hyphen decisions use the word frequencies of the
 * stored corpus plus these files.
 */
export function storeCorpusFiles(db: Db, prepared: PreparedCorpusFile[], options: ImportOptions): ImportedFileResult[] {
  const repaired = repairCorpusFiles(db, prepared);
  return repaired.map((file, index) => {
    const result = storeOne(db, file, options);
    options.onProgress?.(index + 1, repaired.length, file.name);
    return result;
  });
}

/**
 * Stores one document; a new version of a known file gets the previous version's annotations,
 * re-anchored, in the same transaction.
 */
function storeDocument(db: Db, file: RepairedCorpusFile & { repaired: RepairedDocument }, options: ImportOptions): InsertDocumentResult {
  return db
    .transaction((): InsertDocumentResult => {
      const by = { userId: options.importedBy, actor: options.actor };
      const stored = insertImportedDocument(
        db,
        { sourcePath: file.name, rawSha256: file.sha256, rawSize: file.size, rawText: file.text, repaired: file.repaired },
        by,
      );
      if (stored.status === 'imported' && stored.version > 1) reanchorNewVersion(db, stored.id, by);
      return stored;
    })
    .immediate();
}

function storeOne(db: Db, file: RepairedCorpusFile, options: ImportOptions): ImportedFileResult {
  const unchanged = (slug: string): ImportedFileResult => ({ name: file.name, status: 'unchanged', slug, blocks: 0, sentences: 0 });
  if (!file.repaired) return unchanged(file.existingSlug ?? '');
  const stored = storeDocument(db, { ...file, repaired: file.repaired }, options);
  if (stored.status === 'unchanged') return unchanged(stored.slug);
  return {
    name: file.name,
    status: 'imported',
    slug: stored.slug,
    blocks: file.repaired.blocks.length,
    sentences: file.repaired.sentences.length,
  };
}

/** Validates every file (nothing is written if one fails), then stores the new ones. */
export function importCorpusFiles(db: Db, files: CorpusFile[], options: ImportOptions): ImportedFileResult[] {
  return storeCorpusFiles(db, prepareCorpusFiles(files, options.maxBytes), options);
}
