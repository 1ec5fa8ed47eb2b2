// The research views' benchmark database: the 10× corpus (tenfoldCorpus) annotated and translated
// the way a team would leave it, deterministically, so search, concordance, the statistics table,
// the actor network and the dashboard have something to show. Built once and cached in the temp
// folder under a hash of everything it is built from, like the large document's database.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAnnotation } from '../lib/annotation-store/create-annotation';
import { suggestForDocument } from '../lib/annotation-store/run-suggestions';
import type { AnnotationAttributes } from '../lib/annotations/types';
import { openDatabase, type Db } from '../lib/db/connection';
import { insertUser } from '../lib/db/queries/users';
import { importCorpusFiles } from '../lib/import/import-corpus-files';
import { renderStatisticEnglish } from '../lib/translation/render-statistic-english';
import { changeTranslationStatus } from '../lib/translation-store/change-translation-status';
import { alignAnnotation } from '../lib/translation-store/manage-alignments';
import { saveTranslation } from '../lib/translation-store/save-translation';
import { readTatoebaPairs, ROOT, SEED_DIR, tenfoldCorpus } from './build-bench-corpus';
import { seededRandom, type SeededRandom } from './seeded-random';

export interface ResearchDatabase {
  file: string;
  documents: number;
  annotations: number;
  translations: number;
  alignments: number;
  /** Slug of the document with the most annotations, for the per-document views. */
  sampleSlug: string;
  /** Layer usernames (annotators), for the search filters. */
  layers: string[];
}

/** Everything the database is built from; a change anywhere here builds it anew. */
const SOURCES = [
  'migrations',
  'lib/corpus',
  'lib/import',
  'lib/annotations',
  'lib/annotation-store',
  'lib/translation',
  'lib/translation-store',
  'bench/build-bench-corpus.ts',
  'bench/build-research-corpus.ts',
  'bench/seeded-random.ts',
];

function hashPath(hash: ReturnType<typeof createHash>, file: string): void {
  const stat = fs.statSync(file);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(file).sort()) hashPath(hash, path.join(file, name));
    return;
  }
  hash.update(path.relative(ROOT, file)).update(fs.readFileSync(file));
}

function sourceHash(): string {
  const hash = createHash('sha256');
  hashPath(hash, SEED_DIR);
  for (const source of SOURCES) hashPath(hash, path.join(ROOT, source));
  return hash.digest('hex').slice(0, 16);
}

interface Unit {
  id: number;
  start: number;
  end: number;
}

interface Placed {
  id: string;
  label: string;
  start: number;
  end: number;
  entity: number | null;
}

/** Deterministic annotation ids: a layer prefix and a running number. */
function annotationId(layer: number, n: number): string {
  return `00000000-0000-4000-${(0x8000 + layer).toString(16)}-${n.toString(16).padStart(12, '0')}`;
}

interface Writers {
  annotators: Array<{ id: number; username: string }>;
  translator: number;
  reviewer: number;
}

/**
 * One document, as a team leaves it: the first annotator takes the engine's suggestions (most
 * accepted, some left suggested) and marks the sentences holding them as claims, attributed to the
 * first actor named there; the second annotator does the same on every other document (so layers
 * overlap); the translator translates about half the units, statistics rendered in English and
 * aligned; the reviewer accepts some of it.
 */
function annotateDocument(db: Db, slug: string, docIndex: number, writers: Writers, english: readonly string[], random: SeededRandom): { annotations: number; translations: number; alignments: number } {
  const { document, suggestions } = suggestForDocument(db, slug);
  const units = db
    .prepare(
      `SELECT s.id, s.start_offset AS start, s.end_offset AS "end" FROM sentences s JOIN blocks b ON b.id = s.block_id
       WHERE s.document_id = ? AND b.kind <> 'page_furniture' ORDER BY s.ord`,
    )
    .all(document.id) as Unit[];
  const unitOf = (offset: number): Unit | undefined => units.find((u) => u.start <= offset && offset < u.end);
  let annotations = 0;
  const placedByLayer: Placed[][] = [];
  writers.annotators.forEach((annotator, layer) => {
    if (layer > 0 && docIndex % 2 === 1) return;
    const placed: Placed[] = [];
    let n = docIndex * 100_000;
    for (const suggestion of suggestions) {
      if (suggestion.start === null || suggestion.end === null) continue;
      const status = random.next() < 0.15 ? 'suggested' : 'accepted';
      const id = annotationId(layer, ++n);
      createAnnotation(db, slug, annotator.id, {
        id,
        label: suggestion.label,
        start: suggestion.start,
        end: suggestion.end,
        quote: suggestion.quote,
        attributes: suggestion.attributes,
        status,
      });
      annotations++;
      const entity = suggestion.attributes.entity;
      placed.push({ id, label: suggestion.label, start: suggestion.start, end: suggestion.end, entity: typeof entity === 'number' ? entity : null });
    }
    // A claim per sentence holding a statistic or an actor, attributed to the first linked actor there.
    const claimed = new Set<number>();
    for (const span of placed) {
      const unit = unitOf(span.start);
      if (!unit || claimed.has(unit.id) || span.end > unit.end) continue;
      claimed.add(unit.id);
      const words = [...document.text.slice(unit.start, unit.end).matchAll(/[\p{L}\p{N}]+/gu)];
      const first = words[0];
      const last = words.at(-1);
      if (!first || !last || first.index === undefined || last.index === undefined) continue;
      const start = unit.start + first.index;
      const end = unit.start + last.index + last[0].length;
      const source = placed.find((a) => a.label === 'actor' && a.entity !== null && unit.start <= a.start && a.end <= unit.end);
      const attributes: AnnotationAttributes = { kind: random.pick(['factual', 'causal', 'evaluative']), attributed_to: source?.entity ?? 'author' };
      createAnnotation(db, slug, annotator.id, {
        id: annotationId(layer, ++n),
        label: 'claim',
        start,
        end,
        quote: document.text.slice(start, end),
        attributes,
        status: random.next() < 0.1 ? 'suggested' : 'accepted',
      });
      annotations++;
    }
    placedByLayer.push(placed);
  });

  let translations = 0;
  let alignments = 0;
  const statistics = (placedByLayer[0] ?? []).filter((a) => a.label === 'statistic');
  units.forEach((unit, i) => {
    if ((i + docIndex) % 2 === 1) return;
    const inUnit = statistics.find((s) => unit.start <= s.start && s.end <= unit.end);
    const rendering = inUnit ? renderStatisticEnglish(document.text.slice(inUnit.start, inUnit.end)) : null;
    const base = english[(docIndex * 997 + i) % english.length] ?? 'Text.';
    const text = rendering ? `${base} (${rendering})` : base;
    let saved = saveTranslation(db, unit.id, { revision: 0, text, status: 'translated' }, { userId: writers.translator, role: 'translator' });
    translations++;
    if (inUnit && rendering) {
      try {
        saved = alignAnnotation(db, unit.id, { annotationId: inUnit.id, start: text.length - rendering.length - 1, end: text.length - 1, quote: rendering }, { userId: writers.translator, role: 'translator' });
        alignments++;
      } catch {
        // A suggested (not accepted) statistic cannot be aligned: the unit keeps its English alone.
      }
    }
    if (i % 3 === 0) {
      const change = { revision: saved.translation?.revision ?? 1, status: i % 6 === 0 ? ('approved' as const) : ('reviewed' as const) };
      changeTranslationStatus(db, unit.id, change, { userId: writers.reviewer, role: 'reviewer' });
    }
  });
  return { annotations, translations, alignments };
}

function busiestDocument(db: Db): string {
  const row = db
    .prepare('SELECT d.slug FROM documents d JOIN annotations a ON a.document_id = d.id GROUP BY d.id ORDER BY count(*) DESC, d.slug LIMIT 1')
    .get() as { slug: string } | undefined;
  return row?.slug ?? '';
}

/** The cached research database (built on first use, then reused). */
export function researchDatabase(log: (line: string) => void): ResearchDatabase {
  const dir = path.join(os.tmpdir(), `selaras-bench-research-${sourceHash()}`);
  const file = path.join(dir, 'research.db');
  const meta = path.join(dir, 'research.json');
  if (fs.existsSync(meta) && fs.existsSync(file)) return { ...(JSON.parse(fs.readFileSync(meta, 'utf8')) as ResearchDatabase), file };
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  log(`building the annotated 10× corpus database in ${dir} (once; cached by a hash of its sources)`);
  const building = path.join(dir, 'building.db');
  const db = openDatabase(building);
  try {
    const user = (username: string, role: 'annotator' | 'translator' | 'reviewer'): number => {
      const id = insertUser(db, { username, displayName: username, passwordHash: 'no-login', role }, null);
      if (id === null) throw new Error(`bench user ${username} exists`);
      return id;
    };
    const writers: Writers = {
      annotators: ['ana', 'budi'].map((username) => ({ id: user(username, 'annotator'), username })),
      translator: user('tari', 'translator'),
      reviewer: user('rudi', 'reviewer'),
    };
    const stored = importCorpusFiles(db, tenfoldCorpus(), { importedBy: writers.reviewer });
    const english = readTatoebaPairs().map(([, en]) => en);
    const random = seededRandom(8);
    const totals = { annotations: 0, translations: 0, alignments: 0 };
    db.transaction(() => {
      stored.forEach((doc, i) => {
        const counts = annotateDocument(db, doc.slug, i, writers, english, random);
        totals.annotations += counts.annotations;
        totals.translations += counts.translations;
        totals.alignments += counts.alignments;
      });
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    const result: ResearchDatabase = {
      file,
      documents: stored.length,
      ...totals,
      sampleSlug: busiestDocument(db),
      layers: writers.annotators.map((a) => a.username),
    };
    fs.writeFileSync(meta, JSON.stringify(result));
    return result;
  } finally {
    db.close();
    fs.renameSync(building, file);
  }
}
