// What the reliability tests share: a database file with annotators and two seed documents, the
// writing clients (tests/reliability/write-client.ts, each its own process and connection), and the
// check that every write a client was told succeeded is in the database.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase, type Db } from '../../lib/db/connection';
import { importCorpusFiles } from '../../lib/import/import-corpus-files';
import { addUser, seedFile } from '../annotation-store/fixtures';

const ROOT = path.resolve(__dirname, '../..');

export interface ClientConfig {
  db: string;
  client: number;
  round: number;
  seed: number;
  userId: number;
  slugs: string[];
  sharedUnits: number;
  milliseconds: number;
  /** When set, the client also imports variants of this text (crash test). */
  importText?: string;
}

export interface ClientLine {
  t: 'ready' | 'ack' | 'stale' | 'refused' | 'fault';
  op: 'create' | 'patch' | 'translate' | 'import' | 'other';
  key: string;
  revision: number;
  value: string;
}

export interface ReliabilityDb {
  file: string;
  dir: string;
  users: number[];
  slugs: string[];
}

/** A fresh database file in a temporary folder: `users` annotators and seeds 000 and 004. */
export function createReliabilityDb(users: number): ReliabilityDb {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-reliability-'));
  const file = path.join(dir, 'selaras.db');
  const db = openDatabase(file);
  try {
    const ids = Array.from({ length: users }, (_, i) => addUser(db, `client${i}`));
    const results = importCorpusFiles(db, [seedFile('000'), seedFile('004')], { importedBy: null });
    return { file, dir, users: ids, slugs: results.map((r) => r.slug) };
  } finally {
    db.close();
  }
}

export interface RunningClient {
  child: ChildProcess;
  lines: ClientLine[];
  /** Resolves with the exit code (null when killed) once the process ended. */
  exited: Promise<number | null>;
  ready: Promise<void>;
  stderr: () => string;
}

/** Starts a client process; its complete output lines are collected as they arrive. */
export function startClient(config: ClientConfig): RunningClient {
  const tsx = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', tsx, path.join(__dirname, 'write-client.ts'), JSON.stringify(config)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: ClientLine[] = [];
  let pending = '';
  let errors = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    pending += chunk;
    const complete = pending.split('\n');
    // A line cut by a kill was never fully delivered: it is not an acknowledgement.
    pending = complete.pop() ?? '';
    for (const line of complete) {
      const parsed = JSON.parse(line) as ClientLine;
      if (parsed.t === 'ready') markReady();
      lines.push(parsed);
    }
  });
  child.stderr?.on('data', (chunk) => (errors += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, lines, exited, ready, stderr: () => errors };
}

export interface MissingWrite {
  line: ClientLine;
  found: string;
}

/**
 * The acknowledged writes the database does not hold: a created annotation, the attributes of a
 * patch at its revision, a translation's text at its revision (in its history), an imported
 * document with its blocks and sentences.
 */
export function findMissingWrites(db: Db, lines: readonly ClientLine[]): MissingWrite[] {
  const annotation = db.prepare('SELECT quote FROM annotations WHERE id = ?');
  const annotationEvent = db.prepare("SELECT json_extract(after, '$.attributes.citation') AS citation FROM annotation_events WHERE annotation_id = ? AND revision = ?");
  const translationEvent = db.prepare(
    "SELECT json_extract(e.after, '$.text') AS text FROM translation_events e JOIN translations t ON t.id = e.translation_id WHERE t.sentence_id = ? AND e.revision = ?",
  );
  const document = db.prepare(
    `SELECT (SELECT count(*) FROM blocks WHERE document_id = d.id) AS blocks, (SELECT count(*) FROM sentences WHERE document_id = d.id) AS sentences
     FROM documents d WHERE d.slug = ?`,
  );
  const missing: MissingWrite[] = [];
  for (const line of lines) {
    if (line.t !== 'ack') continue;
    let found: string | undefined;
    if (line.op === 'create') found = (annotation.get(line.key) as { quote: string } | undefined)?.quote;
    else if (line.op === 'patch') found = (annotationEvent.get(line.key, line.revision) as { citation: string | null } | undefined)?.citation ?? undefined;
    else if (line.op === 'translate') found = (translationEvent.get(Number(line.key), line.revision) as { text: string } | undefined)?.text;
    else if (line.op === 'import') {
      const counts = document.get(line.key) as { blocks: number; sentences: number } | undefined;
      found = counts && counts.blocks > 0 && counts.sentences > 0 ? line.value : undefined;
    }
    if (found !== line.value) missing.push({ line, found: found ?? '(absent)' });
  }
  return missing;
}

/** Two acknowledgements of the same revision of one thing: one of them overwrote the other. */
export function findDoubleAcknowledgements(lines: readonly ClientLine[]): string[] {
  const seen = new Set<string>();
  const doubles: string[] = [];
  for (const line of lines) {
    if (line.t !== 'ack' || line.op === 'create' || line.op === 'import') continue;
    const key = `${line.op}:${line.key}:${line.revision}`;
    if (seen.has(key)) doubles.push(key);
    seen.add(key);
  }
  return doubles;
}
