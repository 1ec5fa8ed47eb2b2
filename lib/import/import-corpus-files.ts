// Imports corpus files into the database: every file is checked before anything is written,
// then each document is repaired and stored in its own transaction.
import { createHash } from 'node:crypto';
import { buildWordFrequencies, findProvenanceViolation, repairDocument } from '../corpus';
import type { WordFrequencies } from '../corpus/types';
import type { Db } from '../db/connection';
import { getAllRawTexts, getDocumentIdBySha256, insertImportedDocument } from '../db/queries/documents';
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

/**
 * Repairs and stores each prepared file in its own transaction (same bytes again: no-op). Hyphen
 * decisions use the word frequencies of the stored corpus plus these files.
 */
export function storeCorpusFiles(db: Db, prepared: PreparedCorpusFile[], options: ImportOptions): ImportedFileResult[] {
  const wordFrequencies = buildWordFrequencies([...getAllRawTexts(db), ...prepared.map((file) => file.text)]);
  return prepared.map((file, index) => {
    const result = storeOne(db, file, wordFrequencies, options.importedBy);
    options.onProgress?.(index + 1, prepared.length, file.name);
    return result;
  });
}

function storeOne(
  db: Db,
  file: PreparedCorpusFile,
  wordFrequencies: WordFrequencies,
  importedBy: number | null,
): ImportedFileResult {
  const existing = getDocumentIdBySha256(db, file.sha256);
  if (existing) return { name: file.name, status: 'unchanged', slug: existing.slug, blocks: 0, sentences: 0 };
  const repaired = repairDocument(file.text, { wordFrequencies });
  // The map is what lets every span be found in the original file: never store a broken one.
  const violation = findProvenanceViolation(file.text, repaired.text, repaired.provenance);
  if (violation) throw new Error(`Provenance of ${file.name} is inconsistent: ${violation}`);
  const stored = insertImportedDocument(
    db,
    { sourcePath: file.name, rawSha256: file.sha256, rawSize: file.size, rawText: file.text, repaired },
    importedBy,
  );
  return {
    name: file.name,
    status: stored.status,
    slug: stored.slug,
    blocks: repaired.blocks.length,
    sentences: repaired.sentences.length,
  };
}

/** Validates every file (nothing is written if one fails), then stores the new ones. */
export function importCorpusFiles(db: Db, files: CorpusFile[], options: ImportOptions): ImportedFileResult[] {
  return storeCorpusFiles(db, prepareCorpusFiles(files, options.maxBytes), options);
}
