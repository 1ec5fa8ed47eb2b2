// One writing client for the reliability tests, run as its own process with its own database
// connection (as the server and the CLI are): it creates and edits annotations, saves translations
// and (in crash mode) imports files through lib/, and prints one JSON line per answer — `ack` only
// after the write's transaction committed. Usage: node --import tsx write-client.ts '<config json>'.
import { createAnnotation } from '../../lib/annotation-store/create-annotation';
import { patchAnnotation } from '../../lib/annotation-store/update-annotation';
import { openDatabase, type Db } from '../../lib/db/connection';
import { isAppError } from '../../lib/errors';
import { importCorpusFiles } from '../../lib/import/import-corpus-files';
import { requireUnit } from '../../lib/translation-store/record-translation-write';
import { saveTranslation } from '../../lib/translation-store/save-translation';
import { seededRandom } from '../../bench/seeded-random';
import type { ClientConfig, ClientLine } from './reliability-fixture';

const config = JSON.parse(process.argv[2] ?? '{}') as ClientConfig;
const random = seededRandom(config.seed);
const db = openDatabase(config.db);
const user = config.userId;
let writes = 0;

function emit(line: ClientLine): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** A pause between reading a revision and writing with it, as a client has between load and save. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, random.int(0, 3)));
}

interface Sentence {
  slug: string;
  start: number;
  end: number;
  text: string;
}

function loadSentences(database: Db): Sentence[] {
  return database
    .prepare(
      `SELECT d.slug, s.start_offset AS start, s.end_offset AS "end", d.text
       FROM sentences s JOIN documents d ON d.id = s.document_id JOIN blocks b ON b.id = s.block_id
       WHERE d.slug IN (SELECT value FROM json_each(?)) AND b.kind = 'paragraph' ORDER BY d.slug, s.ord`,
    )
    .all(JSON.stringify(config.slugs)) as Sentence[];
}

function wordSpan(sentence: Sentence): { start: number; end: number; quote: string } | undefined {
  const words = [...sentence.text.slice(sentence.start, sentence.end).matchAll(/[\p{L}\p{N}]+/gu)];
  if (words.length === 0) return undefined;
  const first = random.int(0, words.length);
  const last = Math.min(words.length - 1, first + random.int(0, 4));
  const a = words[first];
  const b = words[last];
  if (!a || !b || a.index === undefined || b.index === undefined) return undefined;
  const start = sentence.start + a.index;
  const end = sentence.start + b.index + b[0].length;
  return { start, end, quote: sentence.text.slice(start, end) };
}

function uuid(n: number): string {
  return `${config.client.toString(16).padStart(8, '0')}-0000-4000-8000-${(config.round * 1_000_000 + n).toString(16).padStart(12, '0')}`;
}

function create(sentences: readonly Sentence[]): void {
  const sentence = random.pick(sentences);
  const span = wordSpan(sentence);
  if (!span) return;
  const label = random.pick(['claim', 'claim', 'actor', 'statistic']);
  const id = uuid(++writes);
  createAnnotation(db, sentence.slug, user, { id, label, attributes: {}, ...span });
  emit({ t: 'ack', op: 'create', key: id, revision: 1, value: span.quote });
}

async function patch(): Promise<void> {
  const target = db
    .prepare("SELECT id, revision FROM annotations WHERE layer_user_id = ? AND label = 'claim' AND deleted_at IS NULL ORDER BY random() LIMIT 1")
    .get(user) as { id: string; revision: number } | undefined;
  if (!target) return;
  await pause();
  const citation = `client ${config.client} round ${config.round} write ${++writes}`;
  const stored = patchAnnotation(db, target.id, user, { revision: target.revision, attributes: { citation } });
  emit({ t: 'ack', op: 'patch', key: target.id, revision: stored.revision, value: citation });
}

async function translate(units: readonly number[]): Promise<void> {
  const sentenceId = random.pick(units);
  const seen = requireUnit(db, sentenceId).translation?.revision ?? 0;
  await pause();
  const text = `Client ${config.client} round ${config.round} write ${++writes}.`;
  try {
    const unit = saveTranslation(db, sentenceId, { revision: seen, text }, { userId: user, role: 'translator' });
    emit({ t: 'ack', op: 'translate', key: String(sentenceId), revision: unit.translation?.revision ?? 0, value: text });
  } catch (error) {
    if (isAppError(error) && error.status === 409) emit({ t: 'stale', op: 'translate', key: String(sentenceId), revision: seen, value: error.code });
    else throw error;
  }
}

function importVariant(): void {
  const name = `crash-${config.client}-${config.round}-${++writes}.txt`;
  const text = `${config.importText}\n\nCatatan penguji ${config.client}, putaran ${config.round}, berkas ${writes}.\n`;
  const [result] = importCorpusFiles(db, [{ name, bytes: Buffer.from(text, 'utf8') }], { importedBy: user });
  if (result) emit({ t: 'ack', op: 'import', key: result.slug, revision: 1, value: name });
}

async function step(sentences: readonly Sentence[], units: readonly number[]): Promise<void> {
  const roll = random.next();
  try {
    if (config.importText !== undefined && roll < 0.05) importVariant();
    else if (roll < 0.4) create(sentences);
    else if (roll < 0.7) await patch();
    else await translate(units);
  } catch (error) {
    if (isAppError(error) && error.code === 'annotation.staleRevision') {
      emit({ t: 'stale', op: 'patch', key: String(error.params.id), revision: Number(error.params.revision), value: error.code });
    } else if (isAppError(error)) {
      emit({ t: 'refused', op: 'other', key: error.code, revision: 0, value: error.message });
    } else {
      const code = (error as { code?: string }).code ?? '';
      emit({ t: 'fault', op: 'other', key: code, revision: 0, value: error instanceof Error ? error.message : String(error) });
    }
  }
}

async function main(): Promise<void> {
  const sentences = loadSentences(db);
  // Few units, so clients often write the same one.
  const units = (db
    .prepare(
      `SELECT s.id FROM sentences s JOIN documents d ON d.id = s.document_id JOIN blocks b ON b.id = s.block_id
       WHERE d.slug IN (SELECT value FROM json_each(?)) AND b.kind = 'paragraph' ORDER BY s.id LIMIT ?`,
    )
    .all(JSON.stringify(config.slugs), config.sharedUnits) as Array<{ id: number }>).map((row) => row.id);
  emit({ t: 'ready', op: 'other', key: '', revision: 0, value: '' });
  const deadline = Date.now() + config.milliseconds;
  while (Date.now() < deadline) await step(sentences, units);
  db.close();
}

void main();
