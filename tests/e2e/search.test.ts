// Search in Chromium, against its own server and the seed corpus: the header's search box finds
// ECPAT in every seed that mentions it (the expected set is read from the corpus files), a
// malformed query explains itself, and a hit opens the editor with its words selected in view.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { startSelaras, type RunningSelaras } from './selaras-server';

const CORPUS = path.resolve(__dirname, '../../corpus');
const admin = { username: 'admin', displayName: 'Ayu Admin', password: 'sandi-admin-2026' };

/** Seeds (their slugs, the file names without .txt) whose text holds the word ECPAT in any case. */
function seedsMentioning(word: string): string[] {
  return fs
    .readdirSync(CORPUS)
    .filter((file) => file.endsWith('.txt'))
    .filter((file) => new RegExp(`(^|[^\\p{L}\\p{N}])${word}($|[^\\p{L}\\p{N}])`, 'iu').test(fs.readFileSync(path.join(CORPUS, file), 'utf8')))
    .map((file) => file.replace(/\.txt$/, ''))
    .sort();
}

let selaras: RunningSelaras;
let baseURL: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  selaras = await startSelaras();
  baseURL = selaras.baseURL;
  browser = await launchChromium(inject('chromium'));
  const setup = await browser.newContext();
  const created = await setup.request.fetch(`${baseURL}/api/setup`, { method: 'POST', data: admin, headers: { origin: baseURL } });
  expect(created.status()).toBe(201);
  await setup.close();
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  const login = await context.request.fetch(`${baseURL}/api/login`, { method: 'POST', data: admin, headers: { origin: baseURL } });
  expect(login.status()).toBe(200);
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  selaras?.stop();
});

describe('search', () => {
  it('finds ECPAT in every seed that mentions it, from the search box in the header', async () => {
    const expected = seedsMentioning('ECPAT');
    expect(expected.length).toBeGreaterThan(1);
    await page.goto(`${baseURL}/documents`);
    const box = page.getByRole('search').getByRole('searchbox');
    await box.fill('ECPAT');
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=ECPAT/);
    const slugs = await page.locator('section.search-document').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-slug') ?? '').sort());
    expect(slugs).toEqual(expected);
    // Every hit marks the word it found.
    const marked = await page.locator('.search-hit[data-source="text"] mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked.map((m) => m.toLowerCase()))).toEqual(new Set(['ecpat']));
    // The header's box shows what the results are for, ready to refine.
    await expect(page.locator('.header-search input').inputValue()).resolves.toBe('ECPAT');
  });

  it('explains a malformed query instead of failing', async () => {
    await page.goto(`${baseURL}/search?q=${encodeURIComponent('"perdagangan anak')}`);
    await expect.poll(() => page.locator('.search-page [role="alert"]').textContent()).toContain('quotation mark');
    const api = await context.request.fetch(`${baseURL}/api/search?q=${encodeURIComponent('-anak')}`);
    expect(api.status()).toBe(400);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('search.onlyExclusions');
  });

  it('opens the editor on a hit with its words selected and in view', async () => {
    await page.goto(`${baseURL}/search?q=ECPAT`);
    const section = page.locator('section.search-document').filter({ has: page.locator('.search-hit[data-source="text"]') }).first();
    const links = section.locator('.search-hit[data-source="text"] a.search-hit-link');
    const link = links.nth(Math.min(5, (await links.count()) - 1));
    const href = (await link.getAttribute('href')) ?? '';
    const [, start, end] = /\?at=(\d+)-(\d+)$/.exec(href) ?? [];
    expect(Number(end) - Number(start)).toBe('ECPAT'.length);
    await link.click();
    await page.waitForURL(/\/annotate\?at=/);
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('ECPAT');
    const inView = await page.evaluate(() => {
      const selection = window.getSelection();
      if (!selection || selection.rangeCount === 0) return false;
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      return rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
  });
});
