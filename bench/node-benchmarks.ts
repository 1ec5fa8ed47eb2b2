// The benchmarks that run in Node: import throughput, aligned-JSON export time and memory, and
// translation-memory lookups, each against a baseline measured here in the same run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase, type Db } from '../lib/db/connection';
import { getTmWordEntryCounts, searchTmCandidates } from '../lib/db/queries/translation-memory';
import { exportChunks } from '../lib/export-store/write-export';
import { prepareCorpusFiles, storeCorpusFiles } from '../lib/import/import-corpus-files';
import { readCorpusFiles } from '../lib/import/read-corpus-files';
import { rankTranslationMemoryMatches } from '../lib/translation/tm/rank-translation-memory-matches';
import { buildTmMatchQuery, suggestTranslations, TM_MAX_MATCHES, TM_MIN_SCORE, tmQueryWords } from '../lib/translation-store/suggest-translations';
import { readTatoebaPairs, ROOT, seedFiles, tenfoldCorpus, type BenchDatabase } from './build-bench-corpus';
import { bestOf, percentile, round, type Figure } from './measure';
import { seededRandom } from './seeded-random';

const MB = 1024 * 1024;

function writeFiles(dir: string, files: ReturnType<typeof tenfoldCorpus>): number {
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const file of files) {
    fs.writeFileSync(path.join(dir, file.name), file.bytes);
    bytes += file.bytes.length;
  }
  return bytes;
}

/** Import of the 10× corpus (repair + provenance + segmentation + store) against reading it. */
export function benchImport(work: string): { figure: Figure; tenfoldDb: string; onefoldDb: string } {
  const corpusDir = path.join(work, 'corpus-10x');
  const bytes = writeFiles(corpusDir, tenfoldCorpus());
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const readMs = bestOf(5, () => {
    for (const name of fs.readdirSync(corpusDir)) decoder.decode(fs.readFileSync(path.join(corpusDir, name)));
  });
  const tenfoldDb = path.join(work, 'corpus-10x.db');
  const db = openDatabase(tenfoldDb);
  const start = performance.now();
  try {
    storeCorpusFiles(db, prepareCorpusFiles(readCorpusFiles(corpusDir, work, 10 * MB), 10 * MB), { importedBy: null, actor: 'bench' });
  } finally {
    db.close();
  }
  const importMs = performance.now() - start;
  const onefoldDb = path.join(work, 'corpus-1x.db');
  const one = openDatabase(onefoldDb);
  try {
    storeCorpusFiles(one, prepareCorpusFiles(seedFiles()), { importedBy: null, actor: 'bench' });
  } finally {
    one.close();
  }
  const importRate = bytes / MB / (importMs / 1000);
  const readRate = bytes / MB / (readMs / 1000);
  return {
    tenfoldDb,
    onefoldDb,
    figure: {
      name: 'import',
      what: 'MB/s of repair + provenance + segmentation + store (lib/import) vs a plain read + UTF-8 decode',
      value: importRate,
      baseline: readRate,
      unit: 'MB/s',
      ratio: importRate / readRate,
      target: 'reported',
      met: null,
      detail: { megabytes: round(bytes / MB, 3), files: fs.readdirSync(corpusDir).length, importMs: round(importMs), readMs: round(readMs, 3) },
    },
  };
}

/**
 * The baseline of the export: the same rows (document, blocks, sentences, annotations,
 * translations) by bare SELECTs, serialized by JSON.stringify. Plain SQL on purpose: it is what
 * the export is compared with, not a query of the app.
 */
function bareExport(db: Db, slug: string): number {
  const doc = db.prepare('SELECT * FROM documents WHERE slug = ?').get(slug) as { id: number };
  const rows = {
    document: doc,
    blocks: db.prepare('SELECT * FROM blocks WHERE document_id = ? ORDER BY ord').all(doc.id),
    sentences: db.prepare('SELECT * FROM sentences WHERE document_id = ? ORDER BY ord').all(doc.id),
    annotations: db.prepare('SELECT * FROM annotations WHERE document_id = ? AND deleted_at IS NULL').all(doc.id),
    translations: db.prepare('SELECT * FROM translations WHERE document_id = ?').all(doc.id),
  };
  return JSON.stringify(rows).length;
}

function alignedExport(db: Db, slug: string): number {
  let chars = 0;
  for (const chunk of exportChunks(db, { format: 'aligned-json', filters: { documents: [slug] } }, { baseUrl: 'http://localhost:3000' })) chars += chunk.length;
  return chars;
}

export function benchExport(large: BenchDatabase): Figure {
  const db = openDatabase(large.file);
  try {
    let exportChars = 0;
    let bareChars = 0;
    const exportMs = bestOf(3, () => (exportChars = alignedExport(db, large.slug)));
    const bareMs = bestOf(3, () => (bareChars = bareExport(db, large.slug)));
    return {
      name: 'export aligned JSON',
      what: 'aligned-JSON export of the large document (exportChunks) vs bare SELECT + JSON.stringify of its rows',
      value: exportMs,
      baseline: bareMs,
      unit: 'ms',
      ratio: exportMs / bareMs,
      target: '≤ 2×',
      met: exportMs / bareMs <= 2,
      detail: { exportMB: round(exportChars / MB, 2), bareMB: round(bareChars / MB, 2), annotations: large.annotations, translations: large.translations },
    };
  } finally {
    db.close();
  }
}

interface MemoryReport {
  peakRssMB: number;
  peakHeapMB: number;
  outputMB: number;
  documents: number;
}

function exportMemory(dbFile: string, out: string): MemoryReport {
  const tsx = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const child = spawnSync(process.execPath, ['--import', tsx, path.join(__dirname, 'export-memory-child.ts'), dbFile, out], { cwd: ROOT, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`export memory child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as MemoryReport;
}

/** Peak memory of a whole-corpus export in a fresh process, at 1× and at 10× the corpus. */
export function benchExportMemory(onefoldDb: string, tenfoldDb: string, work: string): Figure {
  const one = exportMemory(onefoldDb, path.join(work, 'export-1x.json'));
  const ten = exportMemory(tenfoldDb, path.join(work, 'export-10x.json'));
  const ratio = ten.peakHeapMB / one.peakHeapMB;
  return {
    name: 'export memory 10× vs 1×',
    what: 'peak heap of a whole-corpus aligned-JSON export to a file, 10× corpus vs 1× (fresh process each)',
    value: ten.peakHeapMB,
    baseline: one.peakHeapMB,
    unit: 'MB',
    ratio,
    // Streaming: ten times the output must not need ten times the memory.
    target: '≤ 1.5× (flat)',
    met: ratio <= 1.5,
    detail: {
      rss1xMB: one.peakRssMB,
      rss10xMB: ten.peakRssMB,
      output1xMB: one.outputMB,
      output10xMB: ten.outputMB,
      documents1x: one.documents,
      documents10x: ten.documents,
    },
  };
}

/** Queries like a translator's: Tatoeba sources with one word dropped (near, not exact, matches). */
function tmQueries(count: number): string[] {
  const random = seededRandom(42);
  const pairs = readTatoebaPairs().filter(([source]) => source.split(' ').length >= 5);
  return Array.from({ length: count }, () => {
    const words = random.pick(pairs)[0].split(' ');
    words.splice(random.int(0, words.length), 1);
    return words.join(' ');
  });
}

/** The translation-memory lookup of suggestTranslations for one source text: top 5 scored matches. */
function lookUpTranslationMemory(db: Db, source: string): number {
  const match = buildTmMatchQuery(source, getTmWordEntryCounts(db, tmQueryWords(source)));
  const candidates = match === null ? [] : searchTmCandidates(db, match, null, 50);
  return rankTranslationMemoryMatches(source, candidates, { minScore: TM_MIN_SCORE, limit: TM_MAX_MATCHES }).length;
}

export function benchTranslationMemory(large: BenchDatabase): Figure[] {
  const db = openDatabase(large.file);
  try {
    const tmUnits = (db.prepare('SELECT count(*) AS n FROM tm_units').get() as { n: number }).n;
    const queries = tmQueries(300);
    const bare = db.prepare('SELECT rowid FROM tm_fts WHERE tm_fts MATCH ? ORDER BY rank LIMIT 5');
    const lookupMs: number[] = [];
    const bareMs: number[] = [];
    let found = 0;
    for (const source of queries) {
      let start = performance.now();
      found += lookUpTranslationMemory(db, source) > 0 ? 1 : 0;
      lookupMs.push(performance.now() - start);
      const match = tmQueryWords(source).map((w) => `"${w}"`).join(' OR ');
      start = performance.now();
      if (match) bare.all(match);
      bareMs.push(performance.now() - start);
    }
    const units = db
      .prepare(
        `SELECT s.id FROM sentences s JOIN blocks b ON b.id = s.block_id JOIN documents d ON d.id = s.document_id
         WHERE d.slug = ? AND b.kind = 'paragraph' ORDER BY s.ord LIMIT 200`,
      )
      .all(large.slug) as Array<{ id: number }>;
    const unitMs = units.map(({ id }) => {
      const start = performance.now();
      suggestTranslations(db, id);
      return performance.now() - start;
    });
    const p95 = percentile(lookupMs, 95);
    const bareP95 = percentile(bareMs, 95);
    const unitP95 = percentile(unitMs, 95);
    return [
      {
        name: 'TM lookup top 5',
        what: `translation-memory lookup (FTS5 candidates + edit-distance ranking) over ${tmUnits} units vs a bare FTS5 MATCH of all the query's words, p95`,
        value: p95,
        baseline: bareP95,
        unit: 'ms',
        ratio: p95 / bareP95,
        target: 'p95 ≤ 50 ms',
        met: p95 <= 50,
        detail: { queries: queries.length, withMatch: found, median: round(percentile(lookupMs, 50), 3), bareMedian: round(percentile(bareMs, 50), 3), tmUnits },
      },
      {
        name: 'unit suggestions',
        what: 'suggestTranslations (TM + glossary + statistics) for 200 units of the large document, p95',
        value: unitP95,
        baseline: p95,
        unit: 'ms',
        ratio: unitP95 / p95,
        target: 'p95 ≤ 50 ms',
        met: unitP95 <= 50,
        detail: { units: units.length, median: round(percentile(unitMs, 50), 3) },
      },
    ];
  } finally {
    db.close();
  }
}

/** Direct better-sqlite3 inserts of annotation rows, one transaction each: the HTTP writes' baseline. */
export function directInsertRate(dbFile: string, large: BenchDatabase, milliseconds: number): number {
  const db = openDatabase(dbFile);
  try {
    const doc = db.prepare('SELECT id, text FROM documents WHERE slug = ?').get(large.slug) as { id: number; text: string };
    const insert = db.prepare(
      `INSERT INTO annotations (id, document_id, layer_user_id, label, start_offset, end_offset, quote, status, origin, created_by, created_at, updated_by, updated_at)
       VALUES (?, ?, ?, 'claim', 0, 5, ?, 'accepted', 'manual', ?, ?, ?, ?)`,
    );
    const write = db.transaction((n: number) => {
      const at = new Date().toISOString();
      insert.run(`direct-${n}`, doc.id, large.userId, doc.text.slice(0, 5), large.userId, at, large.userId, at);
    });
    let n = 0;
    const deadline = performance.now() + milliseconds;
    while (performance.now() < deadline) write(n++);
    return n / (milliseconds / 1000);
  } finally {
    db.close();
  }
}
