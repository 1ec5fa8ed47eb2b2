// The benchmarks that need the production server: annotation writes over HTTP with 8 concurrent
// clients, and in Chromium opening the large document, creating an annotation and typing in an
// English unit. Without a production build (.next/BUILD_ID) they are skipped with a loud message.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { hashSessionToken, newSessionToken, SESSION_COOKIE, sessionExpiry } from '../lib/auth/session-token';
import { openDatabase } from '../lib/db/connection';
import { insertSession } from '../lib/db/queries/sessions';
import { ROOT, type BenchDatabase } from './build-bench-corpus';
import { median, percentile, round, type Figure } from './measure';
import { directInsertRate } from './node-benchmarks';

const CHROMIUM = process.env.SELARAS_CHROMIUM ?? '/usr/bin/chromium';
const HTTP_CLIENTS = 8;
const WRITE_MILLISECONDS = 5_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

interface Server {
  baseURL: string;
  cookie: string;
  process: ChildProcess;
}

/** A copy of the bench database with a session for the bench user, served by `next start`. */
async function startServer(large: BenchDatabase, work: string): Promise<Server> {
  const dbFile = path.join(work, 'server.db');
  fs.copyFileSync(large.file, dbFile);
  const token = newSessionToken();
  const db = openDatabase(dbFile);
  try {
    insertSession(db, hashSessionToken(token), large.userId, sessionExpiry().toISOString());
  } finally {
    db.close();
  }
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, SELARAS_DB: dbFile, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseURL = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    try {
      if ((await fetch(`${baseURL}/login`, { redirect: 'manual' })).status < 500) return { baseURL, cookie: `${SESSION_COOKIE}=${token}`, process: child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not answer:\n${output}`);
}

/** Word spans of the large document's paragraphs, to create annotations on. */
function wordSpans(large: BenchDatabase, count: number): Array<{ start: number; end: number; quote: string }> {
  const db = openDatabase(large.file);
  try {
    const { text } = db.prepare('SELECT text FROM documents WHERE slug = ?').get(large.slug) as { text: string };
    const spans: Array<{ start: number; end: number; quote: string }> = [];
    for (const word of text.matchAll(/[\p{L}]{4,}/gu)) {
      if (word.index === undefined) continue;
      spans.push({ start: word.index, end: word.index + word[0].length, quote: word[0] });
      if (spans.length >= count) break;
    }
    return spans;
  } finally {
    db.close();
  }
}

async function benchHttpWrites(server: Server, large: BenchDatabase, work: string): Promise<Figure> {
  const spans = wordSpans(large, 20_000);
  let next = 0;
  let errors = 0;
  let written = 0;
  const deadline = performance.now() + WRITE_MILLISECONDS;
  const client = async (c: number): Promise<void> => {
    while (performance.now() < deadline) {
      const n = next++;
      const span = spans[n % spans.length];
      const response = await fetch(`${server.baseURL}/api/documents/${large.slug}/annotations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: server.cookie, origin: server.baseURL },
        body: JSON.stringify({ id: `b${c.toString(16)}000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`, label: 'actor', attributes: {}, ...span }),
      });
      await response.arrayBuffer();
      if (response.status === 201) written++;
      else errors++;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: HTTP_CLIENTS }, (_, c) => client(c)));
  const seconds = (performance.now() - start) / 1000;
  const rate = written / seconds;
  const directDb = path.join(work, 'direct.db');
  fs.copyFileSync(large.file, directDb);
  const direct = directInsertRate(directDb, large, 3_000);
  return {
    name: 'HTTP annotation writes',
    what: `annotation creates/s through POST /api/documents/…/annotations, ${HTTP_CLIENTS} concurrent clients on loopback vs direct better-sqlite3 inserts (one transaction each)`,
    value: rate,
    baseline: direct,
    unit: 'writes/s',
    ratio: rate / direct,
    target: 'reported',
    met: errors === 0 ? null : false,
    detail: { written, errors, seconds: round(seconds, 2) },
  };
}

/**
 * Page script that runs `statement` as soon as the next frame is committed: a user-blocking task
 * posted from the frame's animation callbacks. A timeout posted there instead waits behind work the
 * page queued before the frame (sending a write, rendering the side panel), which happens after the
 * change is on screen: traces showed it reading more than 30 ms after the commit.
 */
const afterNextFrame = (statement: string): string =>
  `requestAnimationFrame(() => scheduler.postTask(() => { ${statement} }, { priority: 'user-blocking' }))`;

/** Installed before any page script: the time of the first frame after every decoration is drawn. */
const PAINT_PROBE = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-decorations-ready]')) return;
    observer.disconnect();
    ${afterNextFrame('window.__decorationsPainted = performance.now();')};
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-decorations-ready'] });
`;

async function openTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => typeof (window as unknown as { __decorationsPainted?: number }).__decorationsPainted === 'number', null, { timeout: 120_000 });
  return page.evaluate(() => (window as unknown as { __decorationsPainted: number }).__decorationsPainted);
}

/**
 * Keys per latency figure. A p95 of 30 is the second slowest key, so one stray task (a prefetch, a
 * collection) decided it; of 100 it is the sixth slowest, which a rerun reproduces.
 */
const CREATE_KEYS = 100;
/** Openings of each document: one opening varies by a fifth from the next on a busy machine. */
const OPEN_RUNS = 7;
const TYPING_KEYS = 120;
const typed = (i: number): string => 'abcdefghij '.charAt(i % 11) || 'a';

/**
 * Waits until the page has finished loading what it loads after its first paint (link prefetches,
 * the session's first sync): the keys are timed on a page in use, not on one still arriving.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve), { timeout: 2_000 })));
}

/**
 * Key-to-paint latency of `keys` presses. Each press waits a different part of a frame first
 * (the same offsets every run): people do not type in step with the display, and presses that
 * always land just after a frame would each wait most of a frame for nothing.
 */
async function timeKeys(page: Page, keys: number, prepare: (i: number) => Promise<void>, key: (i: number) => string, settledScript: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < keys; i++) {
    await prepare(i);
    await page.evaluate(settledScript);
    await page.evaluate((offset) => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, offset))), (i * 7) % 16);
    await page.keyboard.press(key(i));
    const ms = await page.waitForFunction(() => (window as unknown as { __keyLatency?: number }).__keyLatency, null, { timeout: 10_000 });
    samples.push(Number(await ms.jsonValue()));
  }
  return samples;
}

/**
 * Waits for a span id not drawn before the key. The ids drawn before are read ahead of the key; at
 * the key only the elements the editor added or gave an id are looked at: counting every span of the document in
 * each mutation callback cost ~2 ms inside the very interval being timed.
 */
const ANNOTATION_PROBE = `(() => {
  window.__keyLatency = undefined;
  const root = document.querySelector('.annotation-editor');
  const drawn = new Set(Array.from(root.querySelectorAll('[data-annotation-id]'), (el) => el.getAttribute('data-annotation-id')));
  const isNew = (el) => el.hasAttribute('data-annotation-id') && !drawn.has(el.getAttribute('data-annotation-id'));
  let pressed = 0;
  document.addEventListener('keydown', (event) => { pressed = event.timeStamp; }, { capture: true, once: true });
  // The view adds elements, or reuses one and gives it the new id.
  const observer = new MutationObserver((records) => {
    const added = records.some((record) => record.type === 'attributes' ? isNew(record.target) : Array.from(record.addedNodes).some((node) =>
      node instanceof Element && (isNew(node) || Array.from(node.querySelectorAll('[data-annotation-id]')).some(isNew))));
    if (!added) return;
    observer.disconnect();
    ${afterNextFrame('window.__keyLatency = performance.now() - pressed;')};
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-annotation-id'] });
})()`;

const TYPING_PROBE = `(() => {
  window.__keyLatency = undefined;
  let pressed = 0;
  document.addEventListener('keydown', (event) => { pressed = event.timeStamp; }, { capture: true, once: true });
  document.addEventListener('input', () => {
    ${afterNextFrame('window.__keyLatency = performance.now() - pressed;')};
  }, { capture: true, once: true });
})()`;

/** Selects the i-th longish word of the editor's visible text as a user would (ProseMirror reads the DOM selection). */
async function selectWord(page: Page, i: number): Promise<void> {
  await page.evaluate((n) => {
    const root = document.querySelector('.annotation-editor') as HTMLElement;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const match = /[A-Za-z]{6,}/.exec(node.textContent ?? '');
      if (!match || seen++ < 40 + n * 7) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      root.focus();
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error('no word to select');
  }, i);
  await page.waitForTimeout(60);
}

async function benchBrowser(browser: Browser, server: Server, large: BenchDatabase): Promise<Figure[]> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const [name, value] = server.cookie.split('=');
  await context.addCookies([{ name: name ?? '', value: value ?? '', url: server.baseURL }]);
  await context.addInitScript(PAINT_PROBE);
  const page = await context.newPage();
  const annotated = `${server.baseURL}/documents/${large.slug}/annotate`;
  const plain = `${server.baseURL}/documents/${large.plainSlug}/annotate`;
  // One visit each first: the server's and browser's caches warm up alike for both documents.
  await openTime(page, plain);
  await openTime(page, annotated);
  const withAnnotations: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < OPEN_RUNS; i++) {
    without.push(await openTime(page, plain));
    withAnnotations.push(await openTime(page, annotated));
  }
  const open = median(withAnnotations);
  const openPlain = median(without);

  await settled(page);
  const creates = await timeKeys(page, CREATE_KEYS, (i) => selectWord(page, i), () => '1', ANNOTATION_PROBE);

  await page.goto(`${server.baseURL}/documents/${large.slug}/translate`);
  const textarea = page.locator('.unit textarea').nth(20);
  await textarea.waitFor({ timeout: 120_000 });
  const units = await page.locator('.unit').count();
  await settled(page);
  await textarea.click();
  await page.keyboard.press('End');
  const typing = await timeKeys(page, TYPING_KEYS, async () => undefined, typed, TYPING_PROBE);
  // The floor: the same probe typing into a lone textarea, so the table shows what the browser
  // itself needs from keypress to the next painted frame.
  await page.setContent('<textarea aria-label="floor"></textarea>');
  await page.locator('textarea').click();
  const floor = await timeKeys(page, TYPING_KEYS, async () => undefined, typed, TYPING_PROBE);
  await context.close();

  const createP95 = percentile(creates, 95);
  const typingP95 = percentile(typing, 95);
  return [
    {
      name: 'open large document',
      what: `navigation to the first paint of all decorations, ${large.annotations} annotations vs the same text without (median of ${OPEN_RUNS})`,
      value: open,
      baseline: openPlain,
      unit: 'ms',
      ratio: open / openPlain,
      target: '≤ 1.5×',
      met: open / openPlain <= 1.5,
      detail: { runs: withAnnotations.map((v) => round(v)).join(' '), plainRuns: without.map((v) => round(v)).join(' ') },
    },
    {
      name: 'create annotation',
      what: `keypress 1 over a selected word to the painted decoration in the large document, p95 of ${CREATE_KEYS} (baseline: typing in a lone textarea, p95)`,
      value: createP95,
      baseline: percentile(floor, 95),
      unit: 'ms',
      ratio: createP95 / percentile(floor, 95),
      target: 'p95 ≤ 16 ms',
      met: createP95 <= 16,
      detail: { median: round(median(creates)), max: round(Math.max(...creates)), floorMedian: round(median(floor)) },
    },
    {
      name: 'typing in an English unit',
      what: `keypress to the next frame in a unit's textarea on the translate page of a ${units}-unit document, p95 of ${TYPING_KEYS} (baseline: the same keys in a lone textarea, p95)`,
      value: typingP95,
      baseline: percentile(floor, 95),
      unit: 'ms',
      ratio: typingP95 / percentile(floor, 95),
      target: 'p95 ≤ 16 ms',
      met: typingP95 <= 16,
      detail: { median: round(median(typing)), max: round(Math.max(...typing)), units, floorMedian: round(median(floor)) },
    },
  ];
}

export async function runServerBenchmarks(large: BenchDatabase, work: string, log: (line: string) => void): Promise<{ figures: Figure[]; skipped: string[] }> {
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    const reason =
      'NO PRODUCTION BUILD (.next/BUILD_ID is missing): the HTTP-writes and the three Chromium benchmarks did NOT run. Run `npm run build`, then `npm run bench` again.';
    log(`!!! ${reason}`);
    return { figures: [], skipped: [reason] };
  }
  log('starting the production server on a copy of the bench database');
  const server = await startServer(large, work);
  const figures: Figure[] = [];
  const skipped: string[] = [];
  try {
    // Chromium first: the HTTP writes add their spans to the layer the browser opens (at the top of
    // the document, where it opens), so afterwards its figures would depend on how fast they were.
    if (!fs.existsSync(CHROMIUM)) {
      const reason = `NO CHROMIUM at ${CHROMIUM} (set SELARAS_CHROMIUM): the three browser benchmarks did NOT run.`;
      log(`!!! ${reason}`);
      skipped.push(reason);
    } else {
      log('Chromium: opening the large document, creating annotations, typing');
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      });
      try {
        figures.push(...(await benchBrowser(browser, server, large)));
      } finally {
        await browser.close();
      }
    }
    log(`annotation writes over HTTP, ${HTTP_CLIENTS} clients`);
    figures.unshift(await benchHttpWrites(server, large, work));
  } finally {
    server.process.kill('SIGTERM');
  }
  return { figures, skipped };
}
