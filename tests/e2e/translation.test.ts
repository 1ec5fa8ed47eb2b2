// The translate page in Chromium, against its own server and database: three units translated by
// keyboard, an actor and a statistic aligned, a reload, an edit that keeps the alignment on its
// words, a QA warning for a wrong number, review, and a translation-memory match for a repeated
// sentence.
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { startSelaras, type RunningSelaras } from './selaras-server';

const DOC = '003_30575d90e4a42b85';
const admin = { username: 'admin', displayName: 'Ayu Admin', password: 'sandi-admin-2026' };
const translatorUser = { username: 'tika', displayName: 'Tika Penerjemah', password: 'sandi-tika-2026', role: 'translator' };
const reviewerUser = { username: 'rudi', displayName: 'Rudi Peninjau', password: 'sandi-rudi-2026', role: 'reviewer' };

interface Unit {
  sentenceId: number;
  ord: number;
  start: number;
  source: string;
  translation: { text: string; status: string; revision: number } | null;
  alignments: Array<{ annotationId: string; quote: string; state: string }>;
}

let selaras: RunningSelaras;
let baseURL: string;
let browser: Browser;
let adminContext: BrowserContext;
let context: BrowserContext;
let page: Page;

async function call(request: APIRequestContext, method: string, url: string, data?: unknown) {
  const response = await request.fetch(`${baseURL}${url}`, { method, data, headers: { origin: baseURL } });
  return { status: response.status(), body: await response.json().catch(() => null) };
}

async function signedIn(user: { username: string; password: string }): Promise<BrowserContext> {
  const signed = await browser.newContext({ locale: 'en-US', viewport: { width: 1500, height: 900 } });
  expect((await call(signed.request, 'POST', '/api/login', { username: user.username, password: user.password })).status).toBe(200);
  return signed;
}

async function units(request: APIRequestContext, slug = DOC): Promise<Unit[]> {
  return (await call(request, 'GET', `/api/documents/${slug}/translations`)).body.units as Unit[];
}

function unitWith(list: Unit[], text: string): Unit {
  const found = list.find((u) => u.source.includes(text));
  if (!found) throw new Error(`no unit holds "${text}"`);
  return found;
}

/** Marks `text` in the unit holding `context`, as the admin (an annotator's accepted annotation). */
async function annotate(list: Unit[], context: string, text: string, label: string, attributes: Record<string, unknown> = {}) {
  const unit = unitWith(list, context);
  const start = unit.start + unit.source.indexOf(context) + context.indexOf(text);
  const created = await call(adminContext.request, 'POST', `/api/documents/${DOC}/annotations`, {
    id: crypto.randomUUID(), label, start, end: start + text.length, quote: text, attributes,
  });
  expect(created.status).toBe(201);
}

function englishBox(unit: Unit) {
  return page.getByRole('textbox', { name: `English for unit ${unit.ord + 1}`, exact: true });
}

async function selectEnglish(unit: Unit, words: string) {
  await englishBox(unit).evaluate((el, w) => {
    const area = el as HTMLTextAreaElement;
    const at = area.value.indexOf(w);
    area.focus();
    area.setSelectionRange(at, at + w.length);
    area.dispatchEvent(new Event('select', { bubbles: true }));
  }, words);
}

async function waitUntilSaved() {
  await page.locator('[data-sync-state="saved"]').waitFor();
}

let all: Unit[];

beforeAll(async () => {
  selaras = await startSelaras();
  baseURL = selaras.baseURL;
  browser = await launchChromium(inject('chromium'));
  const setup = await browser.newContext();
  expect((await call(setup.request, 'POST', '/api/setup', admin)).status).toBe(201);
  expect((await call(setup.request, 'POST', '/api/users', translatorUser)).status).toBe(201);
  expect((await call(setup.request, 'POST', '/api/users', reviewerUser)).status).toBe(201);
  await setup.close();
  adminContext = await signedIn(admin);
  all = await units(adminContext.request);
  await annotate(all, 'oleh ECPAT', 'ECPAT', 'actor');
  await annotate(all, '1,2 juta anak', '1,2 juta anak', 'statistic', { kind: 'count', value: 1_200_000, unit: 'anak' });
  all = await units(adminContext.request);
  context = await signedIn(translatorUser);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await browser?.close();
  selaras?.stop();
});

describe('translating by keyboard', () => {
  it('translates three units in a row with Ctrl+Enter', async () => {
    await page.goto(`${baseURL}/documents/${DOC}/translate`);
    const [first, second, third] = all.filter((u) => u.source.startsWith('Penelitian ini bertujuan') || u.ord > 10).slice(0, 3);
    if (!first || !second || !third) throw new Error('003 has units');
    await englishBox(first).click();
    await page.keyboard.type('This research aims to explain the impact of the Youth Partnership Project (YPP) by ECPAT.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => englishBox(second).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('ECPAT is one of the global network organisations.');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('The third sentence in English.');
    await page.keyboard.press('Control+Enter');
    await waitUntilSaved();
    const stored = await units(context.request);
    for (const unit of [first, second, third]) {
      expect(stored.find((u) => u.sentenceId === unit.sentenceId)?.translation?.status).toBe('translated');
    }
  });

  it('aligns the actor by selecting its English words and pressing its number', async () => {
    const unit = unitWith(all, 'oleh ECPAT');
    await selectEnglish(unit, 'ECPAT');
    await page.keyboard.press('Alt+Shift+1');
    await page.locator('[data-alignment-for] .alignment-aligned').first().waitFor();
    const stored = unitWith(await units(context.request), 'oleh ECPAT');
    expect(stored.alignments.map((a) => a.quote)).toEqual(['ECPAT']);
  });

  it('warns about a number that differs from the source, then aligns the statistic', async () => {
    const unit = unitWith(all, '1,2 juta anak');
    await englishBox(unit).click();
    await page.keyboard.type('An estimated 1.3 million children are trafficked every year. 22% of trafficking victims are trafficked for commercial sexual exploitation.');
    const numberIssue = page.locator('.qa-list [data-qa-check="numbers"]');
    await numberIssue.first().waitFor();
    await englishBox(unit).fill('An estimated 1.2 million children are trafficked every year. 22% of trafficking victims are trafficked for commercial sexual exploitation.');
    await expect(numberIssue.count()).resolves.toBe(0);
    await selectEnglish(unit, '1.2 million children');
    await page.keyboard.press('Alt+Shift+1');
    await page.locator('[data-alignment-for] .alignment-aligned').first().waitFor();
    await expect(page.locator('.statistic-renderings').textContent()).resolves.toContain('1.2 million');
  });

  it('keeps texts, statuses and alignments after a reload', async () => {
    await waitUntilSaved();
    await page.reload();
    const unit = unitWith(all, '1,2 juta anak');
    await expect(englishBox(unit).inputValue()).resolves.toContain('1.2 million children');
    await englishBox(unit).click();
    await expect(page.locator('[data-alignment-for] .alignment-aligned').textContent()).resolves.toContain('1.2 million children');
  });

  it('keeps an alignment on its words when the English is edited before them', async () => {
    const unit = unitWith(all, 'oleh ECPAT');
    await englishBox(unit).click();
    await englishBox(unit).press('Control+Home');
    await page.keyboard.type('In short, ');
    await englishBox(unit).blur();
    await waitUntilSaved();
    const stored = unitWith(await units(context.request), 'oleh ECPAT');
    expect(stored.translation?.text.startsWith('In short, This research')).toBe(true);
    expect(stored.alignments).toEqual([expect.objectContaining({ quote: 'ECPAT', state: 'aligned' })]);
  });
});

describe('review and translation memory', () => {
  it('lets a reviewer approve a unit, and offers it for a repeated sentence', async () => {
    const reviewer = await signedIn(reviewerUser);
    const unit = unitWith(await units(reviewer.request), 'oleh ECPAT');
    const approved = await call(reviewer.request, 'POST', `/api/units/${unit.sentenceId}/status`, {
      revision: unit.translation?.revision,
      status: 'approved',
    });
    expect(approved.status).toBe(200);
    await reviewer.close();

    const upload = await adminContext.request.post(`${baseURL}/api/import`, {
      multipart: { files: { name: 'ulang.txt', mimeType: 'text/plain', buffer: Buffer.from(`${unit.source}\n`) } },
      headers: { origin: baseURL },
    });
    expect(upload.status()).toBe(201);
    const [repeated] = await units(context.request, 'ulang');
    if (!repeated) throw new Error('the upload has a unit');
    await page.goto(`${baseURL}/documents/ulang/translate`);
    await englishBox(repeated).click();
    const match = page.locator('.tm-matches li').first();
    await match.waitFor();
    await expect(match.getAttribute('data-tm-score')).resolves.toBe('100');
    await expect(match.textContent()).resolves.toContain('In short, This research aims');
    await page.keyboard.press('Alt+Shift+M');
    await expect(englishBox(repeated).inputValue()).resolves.toContain('In short, This research aims');
  });

  it('lets a reviewer send a unit back with a comment, which the translator sees', async () => {
    const reviewer = await signedIn(reviewerUser);
    const reviewPage = await reviewer.newPage();
    const unit = unitWith(all, 'ECPAT (End child prostitution, child pornography and trafficking of children for sexual purposes) merupakan');
    await reviewPage.goto(`${baseURL}/documents/${DOC}/translate`);
    await reviewPage.getByRole('textbox', { name: `English for unit ${unit.ord + 1}`, exact: true }).click();
    await reviewPage.getByLabel('Comment for the translator').fill('Use “global network of organisations”.');
    await reviewPage.getByRole('button', { name: 'Send back with the comment' }).click();
    await reviewPage.locator(`[data-unit="${unit.sentenceId}"] [data-status="draft"]`).waitFor();
    await reviewer.close();
    await page.goto(`${baseURL}/documents/${DOC}/translate`);
    await expect(page.locator(`[data-unit="${unit.sentenceId}"] .review-comment`).textContent()).resolves.toBe(
      'Sent back by the reviewer: Use “global network of organisations”.',
    );
  });

  it('splits a unit the sentence splitter left whole; the alignment stays on its words', async () => {
    const unit = unitWith(all, '1,2 juta anak');
    await englishBox(unit).click();
    await englishBox(unit).evaluate((el) => {
      const area = el as HTMLTextAreaElement;
      const at = area.value.indexOf(' 22%');
      area.setSelectionRange(at, at);
      area.dispatchEvent(new Event('select', { bubbles: true }));
    });
    await page.getByRole('button', { name: 'Split this sentence…' }).click();
    await page.getByRole('group', { name: 'Split before' }).getByRole('button', { name: '22%', exact: true }).click();
    await expect.poll(() => englishBox(unit).inputValue()).toBe('An estimated 1.2 million children are trafficked every year.');
    const after = await units(context.request);
    const first = unitWith(after, '1,2 juta anak');
    expect(first.source).toBe('Diperkirakan 1,2 juta anak diperdagangkan setiap tahunnya.');
    expect(first.alignments.map((a) => [a.quote, a.state])).toEqual([['1.2 million children', 'aligned']]);
    expect(unitWith(after, '22% dari korban').translation?.text.trim()).toBe('22% of trafficking victims are trafficked for commercial sexual exploitation.');
    all = after;
  });

  it('lists the QA findings of the document in its report', async () => {
    const unit = unitWith(all, '22% dari korban');
    await englishBox(unit).fill('25% of trafficking victims are trafficked for commercial sexual exploitation.');
    await englishBox(unit).blur();
    await waitUntilSaved();
    await page.getByRole('link', { name: 'Progress and QA report' }).click();
    await page.waitForURL('**/translation-report');
    await expect(page.locator(`[data-report-unit="${unit.sentenceId}"] [data-qa-check="numbers"]`).count()).resolves.toBeGreaterThan(0);
  });

  it('shows progress as bars on the documents list', async () => {
    await page.goto(`${baseURL}/documents`);
    const row = page.locator('tr', { has: page.locator(`a[href="/documents/${DOC}/translate"]`) });
    await expect(row.getByRole('img', { name: /Translation units: .*approved 1/ }).count()).resolves.toBe(1);
    // The split made a second unit; the statistic's alignment is still counted once.
    await expect(row.getByRole('img', { name: 'Annotated spans aligned: 2 of 2' }).count()).resolves.toBe(1);
  });
});

describe('translation routes for every role', () => {
  const researcherUser = { username: 'lina', displayName: 'Lina Peneliti', password: 'sandi-lina-2026', role: 'researcher' };
  const annotatorUser = { username: 'sari', displayName: 'Sari Anotator', password: 'sandi-sari-2026', role: 'annotator' };

  it('refuses translation writes to roles without them, and reviewer moves to translators', async () => {
    for (const user of [researcherUser, annotatorUser]) {
      expect((await call(adminContext.request, 'POST', '/api/users', user)).status).toBe(201);
    }
    const unit = unitWith(await units(adminContext.request), 'oleh ECPAT');
    const revision = unit.translation?.revision ?? 0;
    const cases: Array<[typeof translatorUser, string, string, unknown, number]> = [
      [researcherUser, 'PUT', `/api/units/${unit.sentenceId}/translation`, { revision, text: 'x' }, 403],
      [annotatorUser, 'PUT', `/api/units/${unit.sentenceId}/translation`, { revision, text: 'x' }, 403],
      [researcherUser, 'POST', '/api/glossary', { sourceTerm: 'anak', targetTerm: 'child' }, 403],
      [translatorUser, 'POST', `/api/units/${unit.sentenceId}/status`, { revision, status: 'reviewed' }, 403],
      [translatorUser, 'POST', `/api/documents/${DOC}/annotations`, { id: crypto.randomUUID(), label: 'actor', start: 0, end: 1, quote: 'x', attributes: {} }, 403],
    ];
    for (const [user, method, url, data, expected] of cases) {
      const signed = await signedIn(user);
      expect([user.username, method, url, (await call(signed.request, method, url, data)).status]).toEqual([user.username, method, url, expected]);
      await signed.close();
    }
    const after = unitWith(await units(adminContext.request), 'oleh ECPAT');
    expect(after.translation?.revision).toBe(revision);
    // The page says it is read-only instead of offering keys that would write.
    const researcher = await signedIn(researcherUser);
    const readPage = await researcher.newPage();
    await readPage.goto(`${baseURL}/documents/${DOC}/translate`);
    await expect(readPage.locator('.workbench-head .hint').first().textContent()).resolves.toMatch(/^Read only/u);
    await researcher.close();
  });
});

describe('a slow start', () => {
  it('makes the box clicked before the page’s script ran the active unit once it runs', async () => {
    const unit = unitWith(all, 'oleh ECPAT');
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // Scripts only: the stylesheets (also chunks) block the first render.
    const scripts = (url: URL) => url.pathname.startsWith('/_next/static/chunks/') && url.pathname.endsWith('.js');
    await page.route(scripts, async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.goto(`${baseURL}/documents/${DOC}/translate`, { waitUntil: 'commit' });
      await englishBox(unit).click();
    } finally {
      release();
    }
    await page.locator('.unit-panel h2', { hasText: new RegExp(`^Unit ${unit.ord + 1}$`, 'u') }).waitFor();
    await page.unroute(scripts);
  });
});

describe('export', () => {
  it('previews and downloads the aligned corpus of a document', async () => {
    await page.goto(`${baseURL}/export`);
    await page.locator(`input[name="documents"][value="${DOC}"]`).check();
    const preview = page.locator('.export-preview');
    await expect.poll(() => preview.textContent()).toContain('unicode-codepoints');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download' }).click()]);
    const stream = await download.createReadStream();
    let body = '';
    for await (const chunk of stream) body += chunk;
    const corpus = JSON.parse(body) as { documents: Array<{ slug: string; annotations: Array<{ quote: string; label: string }> }> };
    expect(corpus.documents.map((d) => d.slug)).toEqual([DOC]);
    expect(corpus.documents[0]?.annotations.map((a) => [a.label, a.quote])).toEqual(
      expect.arrayContaining([['actor', 'ECPAT'], ['statistic', '1,2 juta anak']]),
    );
  });

  it('previews a TMX of the reviewed and approved units', async () => {
    await page.getByLabel('Format').selectOption('tmx');
    await expect.poll(() => page.locator('.export-preview').textContent()).toContain('<tmx version="1.4">');
    await expect(page.locator('.export-preview').textContent()).resolves.toContain('In short, This research aims');
  });
});
