// Loads the seed corpus from the project's corpus/ folder and repairs each file once per test run,
// so the tests read real PDF-extracted lines, with the expected result beside them.

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildWordFrequencies, repairDocument, type RepairedDocument } from '../../lib/corpus';

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));

export interface SeedDocument {
  name: string;
  raw: string;
  doc: RepairedDocument;
}

let cache: SeedDocument[] | undefined;

/** All seed files, repaired with word frequencies built from all of them (as the importer does). */
export function seedDocuments(): SeedDocument[] {
  if (cache) return cache;
  const names = readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).sort();
  const raws = names.map((name) => readFileSync(corpusDir + name, 'utf8'));
  const wordFrequencies = buildWordFrequencies(raws);
  cache = names.map((name, i) => {
    const raw = raws[i] ?? '';
    return { name, raw, doc: repairDocument(raw, { wordFrequencies }) };
  });
  return cache;
}

/** The seed whose file name starts with `prefix` (`'003'`). */
export function seed(prefix: string): SeedDocument {
  const found = seedDocuments().find((candidate) => candidate.name.startsWith(prefix));
  if (!found) throw new Error(`no seed file starting with ${prefix}`);
  return found;
}

/** Text of every block of a kind, in order. */
export function blockTexts(document: SeedDocument, kind: string): string[] {
  return document.doc.blocks.filter((block) => block.kind === kind).map((block) => document.doc.text.slice(block.start, block.end));
}

/** The block whose text starts with `prefix`, with its text. */
export function blockStartingWith(document: SeedDocument, prefix: string): { kind: string; text: string; level?: number; footnoteLabel?: string } {
  for (const block of document.doc.blocks) {
    const text = document.doc.text.slice(block.start, block.end);
    if (text.startsWith(prefix)) return { kind: block.kind, text, level: block.level, footnoteLabel: block.footnoteLabel };
  }
  throw new Error(`no block starts with ${JSON.stringify(prefix)}`);
}
