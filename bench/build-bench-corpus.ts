// Builds the benchmark inputs deterministically from the seed corpus (corpus/) and the Tatoeba
// pairs (bench/data/): the 10× corpus as files, one 100 000-word document, and a database holding
// that document with 10 000 overlapping annotations of every label and 5 000 translated units. The
// database is cached in the temp folder under a hash of everything it is built from.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAnnotation } from '../lib/annotation-store/create-annotation';
import { openDatabase, type Db } from '../lib/db/connection';
import { insertUser } from '../lib/db/queries/users';
import { importCorpusFiles, type CorpusFile } from '../lib/import/import-corpus-files';
import { importTranslationMemory } from '../lib/translation-store/import-translation-memory';
import { saveTranslation } from '../lib/translation-store/save-translation';
import { seededRandom, type SeededRandom } from './seeded-random';

export const ROOT = path.resolve(__dirname, '..');
export const SEED_DIR = path.join(ROOT, 'corpus');
export const TATOEBA = path.join(ROOT, 'bench/data/tatoeba-ind-eng/tatoeba_ind_eng.tsv');
export const LARGE_WORDS = 100_000;
export const LARGE_ANNOTATIONS = 10_000;
export const LARGE_TRANSLATIONS = 5_000;
export const CORPUS_FACTOR = 10;
export const TM_UNITS = 100_000;

export function seedFiles(): Array<CorpusFile & { bytes: Buffer }> {
  return fs
    .readdirSync(SEED_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: fs.readFileSync(path.join(SEED_DIR, name)) }));
}

/** Paragraphs of a raw seed: runs of lines between blank lines (the PDF's own wrapping kept). */
function rawParagraphs(text: string): string[] {
  return text.split(/\n[ \t]*\n/).filter((p) => p.trim().length > 0);
}

function shuffled<T>(items: readonly T[], random: SeededRandom): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/**
 * The 10× corpus: each seed once as it is and nine times with its paragraphs in another order
 * (same words, same layout noise, different bytes, so each is a new document).
 */
export function tenfoldCorpus(): CorpusFile[] {
  const random = seededRandom(10);
  return seedFiles().flatMap((seed) => {
    const paragraphs = rawParagraphs(seed.bytes.toString('utf8'));
    return Array.from({ length: CORPUS_FACTOR }, (_, copy) => ({
      name: copy === 0 ? seed.name : seed.name.replace(/\.txt$/, `_x${copy}.txt`),
      bytes: copy === 0 ? seed.bytes : Buffer.from(shuffled(paragraphs, random).join('\n\n'), 'utf8'),
    }));
  });
}

/** One document of about LARGE_WORDS words: seed paragraphs drawn in a seeded order. */
export function largeDocument(): CorpusFile {
  const random = seededRandom(100);
  const paragraphs = seedFiles().flatMap((seed) => rawParagraphs(seed.bytes.toString('utf8')));
  const chosen: string[] = [];
  let words = 0;
  while (words < LARGE_WORDS) {
    const paragraph = random.pick(paragraphs);
    chosen.push(paragraph);
    words += paragraph.split(/\s+/).filter(Boolean).length;
  }
  return { name: 'bench_large_100k.txt', bytes: Buffer.from(chosen.join('\n\n'), 'utf8') };
}

export interface BenchDatabase {
  file: string;
  slug: string;
  userId: number;
  username: string;
  /** Slug of the same text without annotations (the opening benchmark's baseline). */
  plainSlug: string;
  annotations: number;
  translations: number;
}

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const dir of [SEED_DIR, path.join(ROOT, 'migrations')]) {
    for (const name of fs.readdirSync(dir).sort()) hash.update(name).update(fs.readFileSync(path.join(dir, name)));
  }
  for (const file of [__filename, path.join(__dirname, 'seeded-random.ts')]) hash.update(fs.readFileSync(file));
  for (const dir of ['lib/corpus', 'lib/import']) {
    for (const name of fs.readdirSync(path.join(ROOT, dir)).sort()) hash.update(name).update(fs.readFileSync(path.join(ROOT, dir, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

interface SentenceSpan {
  id: number;
  start: number;
  end: number;
}

function annotateLargeDocument(db: Db, slug: string, userId: number, random: SeededRandom): number {
  const doc = db.prepare('SELECT id, text FROM documents WHERE slug = ?').get(slug) as { id: number; text: string };
  const sentences = db
    .prepare(
      `SELECT s.id, s.start_offset AS start, s.end_offset AS "end" FROM sentences s JOIN blocks b ON b.id = s.block_id
       WHERE s.document_id = ? AND b.kind = 'paragraph' ORDER BY s.ord`,
    )
    .all(doc.id) as SentenceSpan[];
  const labels = ['claim', 'actor', 'statistic'];
  let created = 0;
  let n = 0;
  db.transaction(() => {
    while (created < LARGE_ANNOTATIONS) {
      const sentence = random.pick(sentences);
      const words = [...doc.text.slice(sentence.start, sentence.end).matchAll(/[\p{L}\p{N}]+/gu)];
      if (words.length === 0) continue;
      const label = labels[created % labels.length] ?? 'claim';
      // Claims cover most of a sentence; actors and statistics a word or three, often inside a claim.
      const first = label === 'claim' ? 0 : random.int(0, words.length);
      const last = label === 'claim' ? words.length - 1 : Math.min(words.length - 1, first + random.int(0, 3));
      const a = words[first];
      const b = words[last];
      if (!a || !b || a.index === undefined || b.index === undefined) continue;
      const start = sentence.start + a.index;
      const end = sentence.start + b.index + b[0].length;
      n++;
      createAnnotation(db, slug, userId, {
        id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
        label,
        start,
        end,
        quote: doc.text.slice(start, end),
        attributes: {},
        status: random.next() < 0.2 ? 'suggested' : 'accepted',
      });
      created++;
    }
  })();
  return created;
}

function translateLargeDocument(db: Db, slug: string, userId: number): number {
  const units = db
    .prepare(
      `SELECT s.id FROM sentences s JOIN blocks b ON b.id = s.block_id JOIN documents d ON d.id = s.document_id
       WHERE d.slug = ? AND b.kind <> 'page_furniture' ORDER BY s.ord LIMIT ?`,
    )
    .all(slug, LARGE_TRANSLATIONS) as Array<{ id: number }>;
  const english = readTatoebaPairs().map(([, en]) => en);
  db.transaction(() => {
    units.forEach((unit, i) => {
      saveTranslation(db, unit.id, { revision: 0, text: english[i % english.length] ?? 'Text.', status: 'translated' }, { userId, role: 'translator' });
    });
  })();
  return units.length;
}

export function readTatoebaPairs(): Array<[string, string]> {
  return fs
    .readFileSync(TATOEBA, 'utf8')
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => line.split('\t', 2) as [string, string]);
}

const VARIANT_WORDS = ['sekarang', 'juga', 'kemarin', 'besok', 'mungkin', 'sudah', 'masih', 'lagi', 'tentu', 'hanya'];
const VARIANT_ENGLISH = ['now', 'also', 'yesterday', 'tomorrow', 'maybe', 'already', 'still', 'again', 'surely', 'only'];

/**
 * TM_UNITS pairs from the 7 151 Tatoeba pairs: the pairs as they are, then variants with a word
 * inserted (the same on both sides) and a number, so every pair is distinct and many are near
 * matches of each other, as in a real memory.
 */
export function translationMemoryPairs(): Array<{ source: string; target: string }> {
  const pairs = readTatoebaPairs();
  const random = seededRandom(7151);
  return Array.from({ length: TM_UNITS }, (_, i) => {
    const [source, target] = pairs[i % pairs.length] ?? ['', ''];
    const round = Math.floor(i / pairs.length);
    if (round === 0) return { source, target };
    const w = random.int(0, VARIANT_WORDS.length);
    const words = source.split(' ');
    words.splice(random.int(0, words.length + 1), 0, VARIANT_WORDS[w] ?? '');
    return { source: `${words.join(' ')} (${round})`, target: `${target} ${VARIANT_ENGLISH[w] ?? ''} (${round})` };
  });
}

/** The cached database with the large document (built on first use, then reused). */
export function benchDatabase(log: (line: string) => void): BenchDatabase {
  const dir = path.join(os.tmpdir(), `selaras-bench-${sourceHash()}`);
  const file = path.join(dir, 'large.db');
  const meta = path.join(dir, 'large.json');
  if (fs.existsSync(meta) && fs.existsSync(file)) return { ...(JSON.parse(fs.readFileSync(meta, 'utf8')) as BenchDatabase), file };
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  log(`building the 100 000-word document database in ${dir} (once; cached by a hash of its sources)`);
  const db = openDatabase(path.join(dir, 'building.db'));
  try {
    const username = 'bench';
    const userId = insertUser(db, { username, displayName: 'Bench', passwordHash: 'no-login', role: 'admin' }, null);
    if (userId === null) throw new Error('bench user exists');
    const large = largeDocument();
    const [stored] = importCorpusFiles(db, [large], { importedBy: userId });
    // The same words again (one byte more, so another document) stays without annotations.
    const [plain] = importCorpusFiles(db, [{ name: 'bench_large_plain.txt', bytes: Buffer.concat([large.bytes, Buffer.from('\n')]) }], { importedBy: userId });
    if (!stored || !plain) throw new Error('large document not imported');
    const random = seededRandom(1000);
    const annotations = annotateLargeDocument(db, stored.slug, userId, random);
    const translations = translateLargeDocument(db, stored.slug, userId);
    log(`filling the translation memory with ${TM_UNITS} pairs`);
    importTranslationMemory(db, 'bench-tatoeba-variants', translationMemoryPairs(), { userId });
    db.pragma('wal_checkpoint(TRUNCATE)');
    const result: BenchDatabase = { file, slug: stored.slug, plainSlug: plain.slug, userId, username, annotations, translations };
    fs.writeFileSync(meta, JSON.stringify(result));
    return result;
  } finally {
    db.close();
    fs.renameSync(path.join(dir, 'building.db'), file);
  }
}
