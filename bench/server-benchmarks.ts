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
 * posted from the frame's animation callbacks, with `frameTime` the time the frame began (the
 * display's refresh). A timeout posted there instead waits behind work the page queued before the
 * frame (sending a write, rendering the side panel), which happens after the change is on screen:
 * traces showed it reading more than 30 ms after the commit.
 */
const afterNextFrame = (statement: string): string =>
  `requestAnimationFrame((frameTime) => scheduler.postTask(() => { ${statement} }, { priority: 'user-blocking' }))`;

/**
 * The clock of a key probe. `record(frameTime)` stores two readings from the keydown's timestamp to
 * the committed frame: the latency as it was (`__keyLatency`), and the same less the time the page
 * sat idle after handling the key, waiting for the display's next refresh (`__keyWork`). That wait
 * is the display's, not the page's: a lone textarea waits 0 to 16.7 ms at 60 Hz, so its p95 alone
 * is ~16 ms. The wait counted is at most one refresh: a frame that skipped a refresh was held back
 * by the page's own rendering work, and that stays in the reading. The handling ends when the last
 * listener of the window sees keydown, keypress or input (ProseMirror's and React's have run by then).
 */
const keyClock = (frameInterval: number): string => `
  window.__keyLatency = undefined;
  let pressed = 0;
  let handled = 0;
  const handledNow = () => { handled = performance.now(); };
  for (const type of ['keydown', 'keypress', 'input']) window.addEventListener(type, handledNow);
  document.addEventListener('keydown', (event) => { pressed = event.timeStamp; }, { capture: true, once: true });
  const record = (frameTime) => {
    for (const type of ['keydown', 'keypress', 'input']) window.removeEventListener(type, handledNow);
    const now = performance.now();
    window.__keyWork = now - pressed - Math.min(Math.max(0, frameTime - handled), ${frameInterval});
    window.__keyLatency = now - pressed;
  };
`;

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
const OPEN_RUNS = 11;
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

/** The display's refresh interval as the page sees it: the median gap between animation frames. */
async function frameInterval(page: Page): Promise<number> {
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  const gaps = await page.evaluate<number[]>(`new Promise((resolve) => {
    const times = [];
    const frame = (time) => {
      times.push(time);
      if (times.length <= 20) requestAnimationFrame(frame);
      else resolve(times.slice(1).map((t, i) => t - times[i]));
    };
    requestAnimationFrame(frame);
  })`);
  return median(gaps);
}

interface KeyTimes {
  /** The display's refresh interval the page saw. */
  refresh: number;
  /** Keydown to the committed frame. */
  latency: number[];
  /** The same, less the idle wait for the display's refresh (see `keyClock`). */
  work: number[];
}

/**
 * Key-to-paint latency of `keys` presses. Each press waits a different part of a frame first
 * (the same offsets every run): people do not type in step with the display, and presses that
 * always land just after a frame would each wait most of a frame for nothing.
 */
async function timeKeys(page: Page, keys: number, prepare: (i: number) => Promise<void>, key: (i: number) => string, probe: (frameInterval: number) => string): Promise<KeyTimes> {
  const refresh = await frameInterval(page);
  const script = probe(refresh);
  const times: KeyTimes = { refresh, latency: [], work: [] };
  for (let i = 0; i < keys; i++) {
    await prepare(i);
    await page.evaluate(script);
    await page.evaluate((offset) => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, offset))), (i * 7) % 16);
    await page.keyboard.press(key(i));
    await page.waitForFunction(() => (window as unknown as { __keyLatency?: number }).__keyLatency, null, { timeout: 10_000 });
    const [latency, work] = await page.evaluate(() => {
      const probed = window as unknown as { __keyLatency: number; __keyWork: number };
      return [probed.__keyLatency, probed.__keyWork];
    });
    times.latency.push(latency ?? Number.NaN);
    times.work.push(work ?? Number.NaN);
  }
  return times;
}

/**
 * Waits for a span id not drawn before the key. The ids drawn before are read ahead of the key; at
 * the key only the elements the editor added or gave an id are looked at: counting every span of the document in
 * each mutation callback cost ~2 ms inside the very interval being timed.
 */
const annotationProbe = (interval: number): string => `(() => {
  ${keyClock(interval)}
  const root = document.querySelector('.annotation-editor');
  const drawn = new Set(Array.from(root.querySelectorAll('[data-annotation-id]'), (el) => el.getAttribute('data-annotation-id')));
  const isNew = (el) => el.hasAttribute('data-annotation-id') && !drawn.has(el.getAttribute('data-annotation-id'));
  // The view adds elements, or reuses one and gives it the new id.
  const observer = new MutationObserver((records) => {
    const added = records.some((record) => record.type === 'attributes' ? isNew(record.target) : Array.from(record.addedNodes).some((node) =>
      node instanceof Element && (isNew(node) || Array.from(node.querySelectorAll('[data-annotation-id]')).some(isNew))));
    if (!added) return;
    observer.disconnect();
    ${afterNextFrame('record(frameTime);')};
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-annotation-id'] });
})()`;

const typingProbe = (interval: number): string => `(() => {
  ${keyClock(interval)}
  document.addEventListener('input', () => {
    ${afterNextFrame('record(frameTime);')};
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
  const creates = await timeKeys(page, CREATE_KEYS, (i) => selectWord(page, i), () => '1', annotationProbe);

  await page.goto(`${server.baseURL}/documents/${large.slug}/translate`);
  const textarea = page.locator('.unit textarea').nth(20);
  await textarea.waitFor({ timeout: 120_000 });
  const units = await page.locator('.unit').count();
  await settled(page);
  await textarea.click();
  await page.keyboard.press('End');
  const typing = await timeKeys(page, TYPING_KEYS, async () => undefined, typed, typingProbe);
  // The floor: the same probe typing into a lone textarea, so the table shows what the browser
  // itself needs from keypress to the next painted frame.
  await page.setContent('<textarea aria-label="floor"></textarea>');
  await page.locator('textarea').click();
  const floor = await timeKeys(page, TYPING_KEYS, async () => undefined, typed, typingProbe);
  await context.close();

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
    ...keyFigures('create annotation', `keypress 1 over a selected word to the painted decoration in the large document, p95 of ${CREATE_KEYS}`, creates, floor),
    ...keyFigures('typing in an English unit', `keypress to the next frame in a unit's textarea on the translate page of a ${units}-unit document, p95 of ${TYPING_KEYS}`, typing, floor, { units }),
  ];
}

/**
 * Two rows for a key: against the target, its time without the idle wait for the display's
 * refresh (no page can shorten that wait, and at 60 Hz it alone fills the 16 ms); and, reported
 * beside it, the time with that wait. Both have a lone textarea's keys as their baseline.
 */
function keyFigures(name: string, what: string, times: KeyTimes, floor: KeyTimes, detail: Record<string, number> = {}): Figure[] {
  const work = percentile(times.work, 95);
  const floorWork = percentile(floor.work, 95);
  const latency = percentile(times.latency, 95);
  const floorLatency = percentile(floor.latency, 95);
  return [
    {
      name,
      what: `${what}, less the idle wait for the display's next refresh (baseline: typing in a lone textarea, p95)`,
      value: work,
      baseline: floorWork,
      unit: 'ms',
      ratio: work / floorWork,
      target: 'p95 ≤ 16 ms',
      met: work <= 16,
      detail: { ...detail, median: round(median(times.work)), max: round(Math.max(...times.work)), floorMedian: round(median(floor.work)) },
    },
    {
      name: `${name}, with refresh wait`,
      what: `the same keys counting the wait for the display's refresh, every ${round(times.refresh, 1)} ms in headless Chromium (baseline: the lone textarea's, p95)`,
      value: latency,
      baseline: floorLatency,
      unit: 'ms',
      ratio: latency / floorLatency,
      target: 'reported',
      met: null,
      detail: { median: round(median(times.latency)), max: round(Math.max(...times.latency)), floorMedian: round(median(floor.latency)) },
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
