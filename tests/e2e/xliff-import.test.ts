// The XLIFF round trip on the translate page in Chromium: a translator downloads the document's
// XLIFF 2.1 from the page, "translates" it as a CAT tool would, uploads it, and sees the English in
// the units at once; a unit whose Indonesian was corrected meanwhile is listed and left alone.
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readXliff } from '../../lib/export/read-xliff';
import { fillXliff21 } from '../translation-store/fill-xliff';
import { callApi, signedInContext } from './api-session';
import { launchChromium } from './browser';
import { startSelaras, type RunningSelaras } from './selaras-server';

const DOC = '004_aa302228cb1b8149';
const admin = { username: 'admin', displayName: 'Ayu Admin', password: 'sandi-admin-2026' };
const translatorUser = { username: 'tika', displayName: 'Tika Penerjemah', password: 'sandi-tika-2026', role: 'translator' };

interface Unit {
  sentenceId: number;
  ord: number;
  start: number;
  source: string;
  translation: { text: string; status: string } | null;
}

let selaras: RunningSelaras;
let baseURL: string;
let browser: Browser;
let adminContext: BrowserContext;
let context: BrowserContext;
let page: Page;

const call = (request: APIRequestContext, method: string, url: string, data?: unknown) => callApi(request, baseURL, method, url, data);

const signedIn = (user: { username: string; password: string }): Promise<BrowserContext> => signedInContext(browser, baseURL, user);

async function workspace(request: APIRequestContext): Promise<{ document: { revision: number }; units: Unit[] }> {
  return (await call(request, 'GET', `/api/documents/${DOC}/translations`)).body;
}

function englishBox(unit: Unit) {
  return page.getByRole('textbox', { name: `English for unit ${unit.ord + 1}`, exact: true });
}

beforeAll(async () => {
  selaras = await startSelaras();
  baseURL = selaras.baseURL;
  browser = await launchChromium(inject('chromium'));
  const setup = await browser.newContext();
  expect((await call(setup.request, 'POST', '/api/setup', admin)).status).toBe(201);
  expect((await call(setup.request, 'POST', '/api/users', translatorUser)).status).toBe(201);
  await setup.close();
  adminContext = await signedIn(admin);
  context = await signedIn(translatorUser);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await browser?.close();
  selaras?.stop();
});

describe('importing a translated XLIFF on the translate page', () => {
  it('shows the English of the uploaded file in the units and lists the unit whose source changed', async () => {
    await page.goto(`${baseURL}/documents/${DOC}/translate`);
    await page.locator('.xliff-import > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.xliff-import a[href*="format=xliff21"]').click()]);
    const exported = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
      return Buffer.concat(chunks).toString('utf8');
    });
    const units = readXliff(exported).files[0]?.units ?? [];
    expect(units.length).toBeGreaterThan(3);
    const [first, second, corrected] = units;
    if (!first || !second || !corrected) throw new Error('004 has units');

    // Meanwhile an annotator corrects a word of the third sentence.
    const before = await workspace(adminContext.request);
    const unit = before.units.find((u) => u.sentenceId === corrected.sentenceId);
    const word = unit ? /\p{L}{4,}/u.exec(unit.source) : null;
    if (!unit || !word) throw new Error('no word to correct');
    const at = unit.start + word.index;
    const correction = await call(adminContext.request, 'POST', `/api/documents/${DOC}/corrections`, {
      baseRevision: before.document.revision,
      start: at,
      end: at + word[0].length,
      before: word[0],
      after: `${word[0]}x`,
    });
    expect(correction.status).toBe(200);

    const filled = fillXliff21(
      exported,
      new Map([
        [first.sentenceId, { text: 'Chapter V: Conclusion', state: 'translated' }],
        [second.sentenceId, { text: 'This chapter sums the study up.' }],
        [corrected.sentenceId, { text: 'English for the old wording.', state: 'translated' }],
      ]),
    );
    await page.locator('.xliff-import input[type="file"]').setInputFiles({ name: 'translated.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(filled) });
    await page.locator('.xliff-import-form button[type="submit"]').click();
    await page.locator('.xliff-import-report').waitFor();

    const shown = (await workspace(context.request)).units;
    const view = (id: number) => {
      const found = shown.find((u) => u.sentenceId === id);
      if (!found) throw new Error(`no unit ${id}`);
      return found;
    };
    await expect.poll(() => englishBox(view(first.sentenceId)).inputValue()).toBe('Chapter V: Conclusion');
    await expect(englishBox(view(second.sentenceId)).inputValue()).resolves.toBe('This chapter sums the study up.');
    await expect(englishBox(view(corrected.sentenceId)).inputValue()).resolves.toBe('');
    expect(view(first.sentenceId).translation).toMatchObject({ text: 'Chapter V: Conclusion', status: 'translated' });
    expect(view(second.sentenceId).translation).toMatchObject({ status: 'draft' });
    expect(view(corrected.sentenceId).translation).toBeNull();

    const listed = page.locator('.xliff-import-report li');
    await expect(listed.count()).resolves.toBe(1);
    await expect(listed.locator('a').getAttribute('href')).resolves.toBe(`#unit-${corrected.sentenceId}`);
  });

  it('says why a file of another kind is refused', async () => {
    await page.locator('.xliff-import input[type="file"]').setInputFiles({ name: 'memory.tmx', mimeType: 'application/xml', buffer: Buffer.from('<tmx version="1.4"><body/></tmx>') });
    await page.locator('.xliff-import-form button[type="submit"]').click();
    await expect(page.locator('.xliff-import-form [role="alert"]').textContent()).resolves.toMatch(/tmx/);
  });
});
