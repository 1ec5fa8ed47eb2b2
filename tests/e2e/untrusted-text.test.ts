// Hostile text through the whole app in Chromium: a corpus file full of markup, script, javascript:
// links and bidi/zero-width characters is uploaded at /admin/import, and the same strings go into a
// translation and annotation attributes. Every view shows them as plain text and nothing runs: no
// dialog opens and no payload sets its window flag. Also checks the security headers of a page
// and of an API answer.
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callApi, signedInContext } from './api-session';
import { launchChromium } from './browser';
import { startSelaras, type RunningSelaras } from './selaras-server';

const admin = { username: 'admin', displayName: 'Ayu Admin', password: 'sandi-admin-2026' };
const translatorUser = { username: 'tika', displayName: 'Tika Penerjemah', password: 'sandi-tika-2026', role: 'translator' };

const SCRIPT = '<script>alert(1);window.__pwned="script"</script>';
const IMG = '<img src=x onerror="alert(1);window.__pwned=\'img\'">';
const LINK = '<a href="javascript:alert(1)">klik di sini</a> javascript:window.__pwned="link"';
const RTL = 'Dana \u202Eabc.exe\u202C dan kata\u200Btersembunyi\u200Dlagi';
const PAYLOADS = [SCRIPT, IMG, LINK];

const FILE_TEXT = [
  'Laporan Uji Teks Berbahaya',
  '',
  `Kalimat pertama memuat skrip ${SCRIPT} di tengah teks laporan ini.`,
  '',
  `Kalimat kedua memuat gambar ${IMG} yang tidak boleh dimuat.`,
  '',
  `Kalimat ketiga memuat tautan ${LINK} yang tidak boleh aktif.`,
  '',
  `Kalimat keempat memuat ${RTL} sebagai teks biasa.`,
  '',
].join('\n');

interface Unit {
  sentenceId: number;
  start: number;
  source: string;
  translation: { revision: number } | null;
}

let selaras: RunningSelaras;
let baseURL: string;
let browser: Browser;
let adminContext: BrowserContext;
let page: Page;
let slug: string;
const dialogs: string[] = [];

const call = (request: APIRequestContext, method: string, url: string, data?: unknown) => callApi(request, baseURL, method, url, data);

const signedIn = (user: { username: string; password: string }): Promise<BrowserContext> => signedInContext(browser, baseURL, user);

async function watched(context: BrowserContext): Promise<Page> {
  const next = await context.newPage();
  next.setDefaultTimeout(10_000);
  next.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return next;
}

/** Nothing ran: no dialog, no flag, and none of the payloads became an element. */
async function expectInert(view: Page): Promise<void> {
  expect(dialogs).toEqual([]);
  expect(await view.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await view.locator('main img[src="x"], main a[href^="javascript:"], main script:not([src])').count()).toBe(0);
}

async function mainText(view: Page): Promise<string> {
  return (await view.locator('main').textContent()) ?? '';
}

async function units(request: APIRequestContext): Promise<Unit[]> {
  return (await call(request, 'GET', `/api/documents/${slug}/translations`)).body.units as Unit[];
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
  page = await watched(adminContext);
});

afterAll(async () => {
  await browser?.close();
  selaras?.stop();
});

describe('hostile corpus text', () => {
  it('imports through the admin upload', async () => {
    await page.goto(`${baseURL}/admin/import`);
    await page.locator('input[type="file"][name="files"]').setInputFiles({ name: 'hostile.txt', mimeType: 'text/plain', buffer: Buffer.from(FILE_TEXT, 'utf8') });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('.import-results').waitFor();
    slug = 'hostile';
    expect((await call(adminContext.request, 'GET', `/api/documents/${slug}/translations`)).status).toBe(200);
    await expectInert(page);
  });

  it('shows the payloads as text in the reader', async () => {
    await page.goto(`${baseURL}/documents/${slug}`);
    const text = await mainText(page);
    for (const payload of PAYLOADS) expect(text).toContain(payload);
    expect(text).toContain('\u202Eabc.exe');
    await expectInert(page);
  });

  it('shows them as text in the editor and in the annotation list, attributes included', async () => {
    const list = await units(adminContext.request);
    for (const payload of [SCRIPT, IMG]) {
      const unit = list.find((u) => u.source.includes(payload));
      if (!unit) throw new Error(`no unit holds ${payload}`);
      const start = unit.start + unit.source.indexOf(payload);
      const created = await call(adminContext.request, 'POST', `/api/documents/${slug}/annotations`, {
        id: crypto.randomUUID(),
        label: 'claim',
        start,
        end: start + payload.length,
        quote: payload,
        attributes: { citation: `${LINK} ${IMG}` },
      });
      expect(created.status).toBe(201);
    }
    await page.goto(`${baseURL}/documents/${slug}/annotate`);
    await page.locator('.annotation-editor').waitFor();
    const editorText = (await page.locator('.annotation-editor').textContent()) ?? '';
    for (const payload of PAYLOADS) expect(editorText).toContain(payload);
    const listText = (await page.locator('.annotation-list').textContent()) ?? '';
    expect(listText).toContain(SCRIPT);
    await page.locator('.annotation-list').getByText(SCRIPT, { exact: false }).first().click();
    const panel = page.locator('[data-annotation-panel]');
    await panel.waitFor();
    expect(await panel.locator('blockquote').textContent()).toContain(SCRIPT);
    const fieldValues = await panel.locator('input, textarea').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    expect(fieldValues).toContain(`${LINK} ${IMG}`);
    await panel.locator('summary').click();
    await panel.locator('.revision-list').waitFor();
    expect(await panel.locator('.revision-list').textContent()).toContain('onerror');
    await expectInert(page);
  });

  it('shows a hostile translation as text in the translation view and the report', async () => {
    const translator = await signedIn(translatorUser);
    const unit = (await units(translator.request)).find((u) => u.source.includes(LINK));
    if (!unit) throw new Error('no unit holds the link');
    const saved = await call(translator.request, 'PUT', `/api/units/${unit.sentenceId}/translation`, {
      revision: unit.translation?.revision ?? 0,
      text: `English ${SCRIPT} ${IMG} ${LINK} ${RTL}`,
    });
    expect(saved.status).toBe(200);
    const view = await watched(translator);
    await view.goto(`${baseURL}/documents/${slug}/translate`);
    await view.locator('textarea').first().waitFor();
    const values = await view.locator('textarea').evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
    expect(values.some((v) => v.includes(SCRIPT) && v.includes(IMG))).toBe(true);
    expect(await mainText(view)).toContain(SCRIPT); // the source column
    await expectInert(view);
    await view.goto(`${baseURL}/documents/${slug}/translation-report`);
    await view.locator('main').waitFor();
    await expectInert(view);
    await translator.close();
  });
});

describe('security headers', () => {
  it('sends a nonce-based CSP, nosniff and frame denial with a page', async () => {
    const response = await adminContext.request.fetch(`${baseURL}/documents`);
    const headers = response.headers();
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    const nonce = /'nonce-([^']+)'/.exec(headers['content-security-policy'] ?? '')?.[1];
    const html = await response.text();
    // Next.js carries the nonce on its own scripts; no script runs without it.
    expect(html).toContain(`nonce="${nonce}"`);
  });

  it('sends a nothing-runs CSP and nosniff with an API answer', async () => {
    const response = await adminContext.request.fetch(`${baseURL}/api/glossary?q=x`);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("default-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
  });
});
