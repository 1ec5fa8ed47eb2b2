// Runs the real CLI (`bin/selaras.ts` through tsx) against a database, as a user would, and keeps
// what it printed: the CLI tests check exit codes and the one line it writes on stderr.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(__dirname, '../..');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderrLines: string[];
}

export function runSelarasCli(args: string[], options: { db: string; cwd?: string; env?: Record<string, string> }): CliResult {
  // tsx by file URL, so the CLI can run from any folder.
  const tsx = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const result = spawnSync(process.execPath, ['--import', tsx, path.join(ROOT, 'bin/selaras.ts'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, SELARAS_DB: options.db, ...options.env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderrLines: result.stderr.split('\n').filter((l) => l.trim()) };
}
