// Agreement in Chromium: two annotators mark the same sentences through the API, each in their own
// layer; a reviewer opens the document's agreement page and reads kappa, alpha and span F1 that
// match a computation made here independently: token labels from each layer's CoNLL export
// (downloaded separately), kappa and alpha worked out below, span scores from the spans we sent.
import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callApi, signedInContext } from './api-session';
import { launchChromium } from './browser';
import { startSelaras, type RunningSelaras } from './selaras-server';

const DOC = '003_30575d90e4a42b85';
const admin = { username: 'admin', displayName: 'Ayu Admin', password: 'sandi-admin-2026' };
const ani = { username: 'ani', displayName: 'Ani Anotator', password: 'sandi-ani-2026', role: 'annotator' };
const budi = { username: 'budi', displayName: 'Budi Anotator', password: 'sandi-budi-2026', role: 'annotator' };
const reviewer = { username: 'rudi', displayName: 'Rudi Peninjau', password: 'sandi-rudi-2026', role: 'reviewer' };
const LABELS = ['claim', 'actor', 'statistic'];

interface Unit {
  sentenceId: number;
  start: number;
  source: string;
}
interface Span {
  label: string;
  start: number;
  end: number;
}

let selaras: RunningSelaras;
let baseURL: string;
let browser: Browser;
const contexts: Record<string, BrowserContext> = {};
const sent: Record<string, Span[]> = { ani: [], budi: [] };

const call = (request: APIRequestContext, method: string, url: string, data?: unknown) => callApi(request, baseURL, method, url, data);

const signedIn = (user: { username: string; password: string }): Promise<BrowserContext> => signedInContext(browser, baseURL, user, { width: 1400, height: 900 });

/** Marks `words` inside the unit holding `context` in `who`'s own layer. */
async function mark(units: Unit[], who: 'ani' | 'budi', context: string, words: string, label: string, occurrence = 0) {
  const unit = units.find((u) => u.source.includes(context));
  if (!unit) throw new Error(`no unit holds "${context}"`);
  let at = unit.source.indexOf(context);
  for (let i = 0; i < occurrence; i++) at = unit.source.indexOf(context, at + 1);
  const start = unit.start + at + context.indexOf(words);
  const context_ = contexts[who];
  if (!context_) throw new Error(`${who} is not signed in`);
  const created = await call(context_.request, 'POST', `/api/documents/${DOC}/annotations`, {
    id: crypto.randomUUID(), label, start, end: start + words.length, quote: words, attributes: {},
  });
  expect(created.status, created.text).toBe(201);
  sent[who]?.push({ label, start, end: start + words.length });
}

/** One layer's CoNLL export: per token (in order), the labels covering it. */
async function tokenLabels(layer: string): Promise<Array<Set<string>>> {
  const reviewerContext = contexts.rudi;
  if (!reviewerContext) throw new Error('reviewer not signed in');
  const { status, text } = await call(reviewerContext.request, 'GET', `/api/export?format=conll&documents=${DOC}&layers=${layer}`);
  expect(status).toBe(200);
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [, , , , ner = 'O', claim = 'O'] = line.split('\t');
      const labels = new Set<string>();
      if (claim !== 'O') labels.add('claim');
      if (ner.endsWith('-ACTOR')) labels.add('actor');
      if (ner.endsWith('-STATISTIC')) labels.add('statistic');
      return labels;
    });
}

/** Cohen's kappa from two category lists: (n·agreements − Σ a_c·b_c)/(n² − Σ a_c·b_c); null when 0/0. */
function kappa(first: string[], second: string[]): number | null {
  const n = first.length;
  const agreements = first.filter((c, i) => c === second[i]).length;
  const count = (list: string[]) => list.reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>());
  const a = count(first);
  const b = count(second);
  let chance = 0;
  for (const [c, k] of a) chance += k * (b.get(c) ?? 0);
  return chance === n * n ? null : (n * agreements - chance) / (n * n - chance);
}

/** Krippendorff's alpha for two complete coders, nominal: 1 − (n−1)·D/(n² − Σ n_c²), n = 2·items. */
function alpha(first: string[], second: string[]): number | null {
  const n = 2 * first.length;
  const disagreeing = first.filter((c, i) => c !== second[i]).length * 2;
  const totals = new Map<string, number>();
  for (const c of [...first, ...second]) totals.set(c, (totals.get(c) ?? 0) + 1);
  const expected = n * n - [...totals.values()].reduce((s, k) => s + k * k, 0);
  return expected === 0 ? null : 1 - ((n - 1) * disagreeing) / expected;
}

/** F1 of exact matches: 2·|A∩B|/(|A| + |B|). */
function exactF1(a: Span[], b: Span[]): number {
  const key = (s: Span) => `${s.label}:${s.start}:${s.end}`;
  const inB = new Set(b.map(key));
  return (2 * a.filter((s) => inB.has(key(s))).length) / (a.length + b.length);
}

const shown = (value: number | null) => (value === null ? 'n/a' : value.toFixed(3));

beforeAll(async () => {
  selaras = await startSelaras();
  baseURL = selaras.baseURL;
  browser = await launchChromium(inject('chromium'));
  const setup = await browser.newContext();
  expect((await call(setup.request, 'POST', '/api/setup', admin)).status).toBe(201);
  for (const user of [ani, budi, reviewer]) expect((await call(setup.request, 'POST', '/api/users', user)).status).toBe(201);
  await setup.close();
  for (const user of [ani, budi, reviewer]) contexts[user.username] = await signedIn(user);
  const aniContext = contexts.ani;
  if (!aniContext) throw new Error('ani not signed in');
  const units = JSON.parse((await call(aniContext.request, 'GET', `/api/documents/${DOC}/translations`)).text).units as Unit[];
  const first = 'ECPAT telah berkembang ke negara-negara lain di Asia, Eropa dan Amerika';
  await mark(units, 'ani', first, 'ECPAT', 'actor');
  await mark(units, 'ani', first, 'Asia', 'actor');
  await mark(units, 'ani', first, first, 'claim');
  await mark(units, 'ani', 'Menjelang tahun 1996', '1996', 'statistic');
  await mark(units, 'ani', 'nama lengkap ECPAT', 'ECPAT', 'actor');
  await mark(units, 'budi', first, 'ECPAT', 'actor');
  await mark(units, 'budi', first, 'Eropa', 'actor');
  await mark(units, 'budi', first, 'ECPAT telah berkembang ke negara-negara lain di Asia', 'claim');
  await mark(units, 'budi', 'Menjelang tahun 1996', '1996', 'statistic');
});

afterAll(async () => {
  await browser?.close();
  selaras?.stop();
});

describe('the agreement page', () => {
  it('shows a reviewer the figures computed independently from the two layers', async () => {
    const [aniTokens, budiTokens] = [await tokenLabels('ani'), await tokenLabels('budi')];
    expect(aniTokens.length).toBe(budiTokens.length);
    const page = await contexts.rudi?.newPage();
    if (!page) throw new Error('reviewer not signed in');
    await page.goto(`${baseURL}/documents/${DOC}/agreement`);
    // Every token of the export is compared.
    await expect.poll(() => page.locator('.agreement [data-tokens]').getAttribute('data-tokens')).toBe(String(aniTokens.length));

    const pair = page.locator('[data-pair="ani|budi"]');
    const cell = (table: ReturnType<typeof page.locator>, label: string, figure: string) =>
      table.locator(`tr[data-label="${label}"] td[data-figure="${figure}"]`).textContent();
    const yesNo = (tokens: Array<Set<string>>, label: string) => tokens.map((labels) => (labels.has(label) ? 'yes' : 'no'));
    const sets = (tokens: Array<Set<string>>) => tokens.map((labels) => LABELS.filter((l) => labels.has(l)).join('+'));

    for (const label of LABELS) {
      expect(await cell(pair, label, 'kappa')).toBe(shown(kappa(yesNo(aniTokens, label), yesNo(budiTokens, label))));
      const alphaTable = page.locator('table[data-table="alpha"]');
      expect(await cell(alphaTable, label, 'alpha')).toBe(shown(alpha(yesNo(aniTokens, label), yesNo(budiTokens, label))));
      const ofLabel = (spans: Span[]) => spans.filter((s) => s.label === label);
      expect(await cell(pair, label, 'exact-f1')).toBe(shown(exactF1(ofLabel(sent.ani ?? []), ofLabel(sent.budi ?? []))));
    }
    expect(await cell(pair, 'overall', 'kappa')).toBe(shown(kappa(sets(aniTokens), sets(budiTokens))));
    expect(await cell(pair, 'overall', 'exact-f1')).toBe(shown(exactF1(sent.ani ?? [], sent.budi ?? [])));
    // Worked out by hand: actors ani {ECPAT, Asia, ECPAT²}, budi {ECPAT, Eropa}: one exact match,
    // F1 = 2·1/(3 + 2) = .4; the statistics agree (1.000); the claims overlap but end differently.
    expect(await cell(pair, 'actor', 'exact-f1')).toBe('0.400');
    expect(await cell(pair, 'statistic', 'kappa')).toBe('1.000');
    expect(await cell(pair, 'claim', 'exact-f1')).toBe('0.000');
    expect(await cell(pair, 'claim', 'overlap-f1')).toBe('1.000');
    // The chart draws a bar for each defined kappa.
    await expect.poll(() => page.locator('.agreement-chart .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('lists the document on the corpus page with a link to its figures', async () => {
    const page = await contexts.rudi?.newPage();
    if (!page) throw new Error('reviewer not signed in');
    await page.goto(`${baseURL}/agreement`);
    const line = page.locator(`tr[data-document="${DOC}"]`);
    await expect.poll(() => line.textContent()).toContain('Ani Anotator, Budi Anotator');
    await line.getByRole('link').click();
    await page.waitForURL(`**/documents/${DOC}/agreement`);
    await page.locator('[data-pair="ani|budi"]').waitFor();
    await page.close();
  });

  it('refuses an annotator, on the page and on the route', async () => {
    const request = contexts.ani?.request;
    if (!request) throw new Error('ani not signed in');
    expect((await call(request, 'GET', `/documents/${DOC}/agreement`)).status).toBe(403);
    expect((await call(request, 'GET', `/api/documents/${DOC}/agreement`)).status).toBe(403);
    expect((await call(request, 'GET', '/agreement')).status).toBe(403);
  });
});
