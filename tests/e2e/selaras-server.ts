// Starts the production build of Selaras on a free port with its own fresh database holding the
// seed corpus. The shared server (global setup) and test files that need a clean slate use it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForServer(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited early:\n${log()}`);
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Selaras did not answer at ${url}:\n${log()}`);
}

export interface RunningSelaras {
  baseURL: string;
  stop: () => void;
}

export async function startSelaras(): Promise<RunningSelaras> {
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` first (npm test does).');
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-e2e-'));
  const env = { ...process.env, SELARAS_DB: path.join(work, 'selaras.db'), NEXT_TELEMETRY_DISABLED: '1' };
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'bin/selaras.ts', 'setup-db'], { cwd: ROOT, env, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`setup-db failed: ${seeded.stderr}`);
  const port = await freePort();
  let output = '';
  const server = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  // localhost (not 127.0.0.1) so the first-run setup sees a local Host header.
  const baseURL = `http://localhost:${port}`;
  await waitForServer(`${baseURL}/login`, server, () => output);
  return {
    baseURL,
    stop: () => {
      server.kill('SIGTERM');
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}
