// The annotate page in Chromium, against its own server and database: keyboard annotation that
// survives a reload, overlapping spans, the statistics pre-fill, suggestions, the offline queue,
// a revision conflict, a source correction and the actor registry.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { clickBeforeWord, drawnTexts, selectInEditor, waitUntilSaved } from './editor-helpers';
import { startSelaras, type RunningSelaras } from './selaras-server';

const admin = { username: 'admin', displayName: 'Ayu Admin', password: 'sandi-admin-2026' };
const annotator = { username: 'sari', displayName: 'Sari Anotator', password: 'sandi-sari-2026', role: 'annotator' };
const DOC_001 = '001_3ea582def6b673a3';
const DOC_003 = '003_30575d90e4a42b85';

let selaras: RunningSelaras;
let baseURL: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

async function api(method: 'post' | 'get' | 'patch', url: string, data?: unknown) {
  const response = await page.request.fetch(`${baseURL}${url}`, { method, data, headers: { origin: baseURL } });
  return { status: response.status(), body: await response.json().catch(() => null) };
}

async function openAnnotate(target: Page, slug: string): Promise<void> {
  await target.goto(`${baseURL}/documents/${slug}/annotate`);
  await target.locator('.annotation-editor').waitFor();
}

beforeAll(async () => {
  selaras = await startSelaras();
  baseURL = selaras.baseURL;
  browser = await launchChromium(inject('chromium'));
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1500, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  expect((await api('post', '/api/setup', admin)).status).toBe(201);
  expect((await api('post', '/api/users', annotator)).status).toBe(201);
  await api('post', '/api/logout');
  expect((await api('post', '/api/login', { username: annotator.username, password: annotator.password })).status).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  selaras?.stop();
});

describe('annotating by keyboard', () => {
  it('opens a document in the editor from the documents list', async () => {
    await page.goto(`${baseURL}/documents`);
    await page.locator(`a[href="/documents/${DOC_001}/annotate"]`).click();
    await page.locator('.annotation-editor').waitFor();
    await expect(page.locator('.annotation-editor').textContent()).resolves.toContain('alam setiap tahunnya kasus child trafficking');
    await expect(page.getByRole('button', { name: /Claim/ }).isVisible()).resolves.toBe(true);
  });

  it('keeps the source read-only while annotating', async () => {
    await selectInEditor(page, 'semakin');
    await page.keyboard.type('xyz');
    await page.keyboard.press('Backspace');
    await expect(page.locator('.annotation-editor').textContent()).resolves.toContain('kasus child trafficking semakin banyak');
  });

  it('marks an actor with 2 and a claim with 1, snapped to whole words, and keeps them after a reload', async () => {
    await selectInEditor(page, 'CPA', 'bekerjasama dengan E');
    await page.keyboard.press('2');
    await selectInEditor(page, 'kasus child trafficking semakin banyak di Indonesia');
    await page.keyboard.press('1');
    await waitUntilSaved(page);
    await expect(drawnTexts(page, 'actor')).resolves.toEqual(['ECPAT']);
    await page.reload();
    await page.locator('.annotation-editor').waitFor();
    await expect(drawnTexts(page, 'actor')).resolves.toEqual(['ECPAT']);
    await expect(drawnTexts(page, 'claim')).resolves.toEqual(['kasus child trafficking semakin banyak di Indonesia']);
  });

  it('links the actor to the registry entry it names', async () => {
    await page.locator('.annotation-editor [data-label="actor"]').first().click();
    const panel = page.locator('.annotation-panel');
    await expect(panel.locator('h2').textContent()).resolves.toBe('Actor');
    await expect(panel.locator('.entity-current').textContent()).resolves.toContain('ECPAT');
  });

  it('selects each of two overlapping annotations by clicking it', async () => {
    await selectInEditor(page, 'pihak pemerintah indonesia tentunya bekerjasama dengan ECPAT');
    await page.keyboard.press('1');
    await waitUntilSaved(page);
    // Inside "ECPAT" the innermost span (the actor) is hit; the claim is listed as also here.
    const ecpat = page.locator('.annotation-editor [data-label="actor"]').first();
    await ecpat.click();
    await expect(page.locator('.annotation-panel h2').textContent()).resolves.toBe('Actor');
    await expect(page.locator('.also-here').textContent()).resolves.toContain('pihak pemerintah indonesia');
    // Clicking the same place again (not a double click, which selects a word) reaches the span around it.
    await page.waitForTimeout(600);
    await ecpat.click();
    await expect(page.locator('.annotation-panel h2').textContent()).resolves.toBe('Claim');
    await page.locator('.annotation-editor [data-label="claim"]', { hasText: 'pihak pemerintah' }).first().click({ position: { x: 5, y: 5 } });
    await expect(page.locator('.annotation-panel h2').textContent()).resolves.toBe('Claim');
    await expect(page.locator('.annotation-panel blockquote').textContent()).resolves.toBe(
      'pihak pemerintah indonesia tentunya bekerjasama dengan ECPAT',
    );
  });

  it('edits an attribute in the side panel, deletes with Del and undoes with Ctrl+Z', async () => {
    await page.locator('#attr-kind').selectOption('factual');
    await waitUntilSaved(page);
    await page.locator('.annotation-editor').focus();
    await page.keyboard.press('Delete');
    await expect(drawnTexts(page, 'claim')).resolves.toEqual(['kasus child trafficking semakin banyak di Indonesia']);
    await page.keyboard.press('Control+z');
    await expect(drawnTexts(page, 'claim')).resolves.toHaveLength(2);
    await waitUntilSaved(page);
    await page.reload();
    await page.locator('.annotation-editor').waitFor();
    await expect(drawnTexts(page, 'claim')).resolves.toHaveLength(2);
  });

  it('moves between annotations with j and k, and the list scrolls to one on click', async () => {
    await page.locator('.annotation-editor').focus();
    await page.keyboard.press('j');
    await expect(page.locator('.annotation-panel blockquote').textContent()).resolves.toBe('kasus child trafficking semakin banyak di Indonesia');
    await page.keyboard.press('j');
    await expect(page.locator('.annotation-panel blockquote').textContent()).resolves.toBe(
      'pihak pemerintah indonesia tentunya bekerjasama dengan ECPAT',
    );
    await page.getByRole('combobox', { name: 'Label' }).selectOption('actor');
    await page.locator('[data-annotation-row]').first().click();
    await expect(page.locator('.annotation-panel blockquote').textContent()).resolves.toBe('ECPAT');
    await page.getByRole('combobox', { name: 'Label' }).selectOption('');
  });
});

describe('an annotation’s history', () => {
  it('lists its revisions with the fields by name, and restores an earlier state', async () => {
    await page.locator('[data-annotation-row]', { hasText: 'pihak pemerintah indonesia' }).click();
    await expect(page.locator('#attr-kind').inputValue()).resolves.toBe('factual');
    await page.locator('.annotation-history summary').click();
    const kindChange = page.locator('.revision-list li[data-revision] [data-field="attributes.kind"]', { hasText: 'factual' }).first();
    await expect(kindChange.textContent()).resolves.toMatch(/^Kind: .*"factual"$/u);
    await expect(page.locator('.revision-list').textContent()).resolves.not.toMatch(/attributes|deletedAt/u);
    const first = page.locator('.revision-list li[data-revision="1"]');
    await first.getByRole('button', { name: 'Restore this state' }).click();
    await expect.poll(() => page.locator('#attr-kind').inputValue()).not.toBe('factual');
    // The restore is a new revision, on top, that takes the kind back.
    await expect.poll(() => page.locator('.revision-list li').first().getAttribute('data-revision')).toBe('5');
    await expect(page.locator('.revision-list li[data-revision="5"] [data-field="attributes.kind"]').textContent()).resolves.toBe('Kind: "factual" → —');
    await waitUntilSaved(page);
    await page.reload();
    await page.locator('.annotation-editor').waitFor();
    await page.locator('[data-annotation-row]', { hasText: 'pihak pemerintah indonesia' }).click();
    await expect(page.locator('#attr-kind').inputValue()).resolves.not.toBe('factual');
  });
});

describe('loading the layer', () => {
  it('says so when the layer cannot be read, and draws it once it can', async () => {
    const packed = (url: URL) => url.pathname.endsWith('/annotations') && url.searchParams.get('packed') === '1';
    await page.route(packed, (route) => route.abort());
    try {
      await page.goto(`${baseURL}/documents/${DOC_001}/annotate`);
      // The editor's own alert: Next.js has an (empty) alert region of its own on every page.
      await expect(page.locator('.workbench-editor [role="alert"]').textContent()).resolves.toBe(
        'No answer from the server. Check the connection and try again.',
      );
    } finally {
      await page.unroute(packed);
    }
    await openAnnotate(page, DOC_001);
    await expect(drawnTexts(page, 'actor')).resolves.toContain('ECPAT');
  });
});

describe('selecting words by keyboard', () => {
  it('starts a keyboard selection where the user clicked, even right after selecting a span', async () => {
    await page.locator('.annotation-editor [data-label="actor"]').first().click();
    await expect(page.locator('.annotation-panel h2').textContent()).resolves.toBe('Actor');
    await clickBeforeWord(page, 'eksploitasi', 'organisasi yang mengurus ');
    await page.keyboard.press('Control+Shift+ArrowRight');
    // ProseMirror reads the new selection on selectionchange, as it does between a person's keys.
    await page.waitForTimeout(50);
    await page.keyboard.press('2');
    await waitUntilSaved(page);
    await expect(drawnTexts(page, 'actor')).resolves.toContain('eksploitasi');
    await page.keyboard.press('Delete');
    await waitUntilSaved(page);
  });

  it('refuses a selection that runs over two paragraphs', async () => {
    const before = await drawnTexts(page, 'claim');
    // The heading "Abstrak" and the paragraph after it: the selection runs from one block into the next.
    await selectInEditor(page, 'Abstrakalam setiap');
    await page.keyboard.press('1');
    await expect(drawnTexts(page, 'claim')).resolves.toEqual(before);
  });
});

describe('statistics and suggestions', () => {
  it('pre-fills a statistic from “1,2 juta”', async () => {
    await openAnnotate(page, DOC_003);
    await selectInEditor(page, '1,2 juta anak');
    await page.keyboard.press('3');
    await waitUntilSaved(page);
    await expect(page.locator('#attr-value').inputValue()).resolves.toBe('1200000');
    await expect(page.locator('#attr-kind').inputValue()).resolves.toBe('count');
  });

  it('offers suggestions that stay suggested until accepted or rejected', async () => {
    await page.getByRole('button', { name: 'Suggest' }).click();
    await page.getByText(/New suggestions: \d+/).waitFor();
    const suggested = page.locator('.annotation-editor .ann-suggested');
    expect(await suggested.count()).toBeGreaterThan(3);
    // The statistic marked by hand is not suggested twice.
    const layer = await api('get', `/api/documents/${DOC_003}/annotations`);
    const stats = (layer.body.annotations as Array<{ label: string; quote: string; status: string }>).filter((a) => a.quote.includes('1,2 juta'));
    expect(stats.map((a) => a.status)).toEqual(['accepted']);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('suggested');
    await page.locator('[data-annotation-row]').first().click();
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page.getByRole('button', { name: /Reject shown suggestions/ }).click();
    await waitUntilSaved(page);
    await expect(suggested.count()).resolves.toBe(0);
    const after = await api('get', `/api/documents/${DOC_003}/annotations`);
    const statuses = (after.body.annotations as Array<{ status: string }>).map((a) => a.status);
    expect(statuses.filter((s) => s === 'suggested')).toEqual([]);
    expect(statuses.filter((s) => s === 'accepted').length).toBe(2);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('');
  });

  it('answers a bad annotation with 400 and a message', async () => {
    const bad = await api('post', `/api/documents/${DOC_003}/annotations`, {
      id: crypto.randomUUID(),
      label: 'actor',
      start: 10,
      end: 15,
      quote: 'not the text',
      attributes: {},
    });
    expect(bad.status).toBe(400);
    expect(typeof bad.body.error.message).toBe('string');
  });
});

describe('saving reliably', () => {
  it('queues edits made offline and saves them when back online', async () => {
    await openAnnotate(page, DOC_001);
    await context.setOffline(true);
    await selectInEditor(page, 'organisasi');
    await page.keyboard.press('2');
    await page.locator('[data-sync-state="offline"]').waitFor();
    const queued = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('selaras:queue:')).length);
    expect(queued).toBe(1);
    await context.setOffline(false);
    await waitUntilSaved(page);
    const layer = await api('get', `/api/documents/${DOC_001}/annotations`);
    expect((layer.body.annotations as Array<{ quote: string }>).map((a) => a.quote)).toContain('organisasi');
  });

  it('keeps unsaved edits across a reload until the server takes them', async () => {
    await page.route('**/api/documents/*/annotations', (route) => (route.request().method() === 'POST' ? route.abort() : route.continue()));
    await selectInEditor(page, 'prostitusi');
    await page.keyboard.press('2');
    await page.locator('[data-sync-state="offline"]').waitFor();
    await page.reload();
    await page.locator('.annotation-editor').waitFor();
    await expect(drawnTexts(page, 'actor')).resolves.toContain('prostitusi');
    await page.unroute('**/api/documents/*/annotations');
    await page.getByRole('button', { name: 'Try now' }).click();
    await waitUntilSaved(page);
    const layer = await api('get', `/api/documents/${DOC_001}/annotations`);
    expect((layer.body.annotations as Array<{ quote: string }>).map((a) => a.quote)).toContain('prostitusi');
  });

  it('resolves a conflict with another window in the UI', async () => {
    const other = await context.newPage();
    await openAnnotate(other, DOC_001);
    await other.locator('.annotation-editor [data-label="claim"]', { hasText: 'kasus child' }).first().click();
    await other.locator('#attr-kind').selectOption('causal');
    await waitUntilSaved(other);
    // This window still holds the older revision.
    await page.locator('.annotation-editor [data-label="claim"]', { hasText: 'kasus child' }).first().click();
    await page.locator('#attr-kind').selectOption('evaluative');
    const dialog = page.getByRole('dialog', { name: 'Changed elsewhere' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('causal');
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    await waitUntilSaved(page);
    const layer = await api('get', `/api/documents/${DOC_001}/annotations`);
    const claim = (layer.body.annotations as Array<{ quote: string; attributes: Record<string, unknown> }>).find((a) =>
      a.quote.startsWith('kasus child'),
    );
    expect(claim?.attributes.kind).toBe('evaluative');
    await other.close();
  });
});

describe('source corrections', () => {
  it('restores a lost drop cap and keeps every following annotation on the same words', async () => {
    await openAnnotate(page, DOC_001);
    const before = { actor: await drawnTexts(page, 'actor'), claim: await drawnTexts(page, 'claim') };
    await page.getByRole('button', { name: 'Correct source' }).click();
    await page.getByRole('button', { name: 'alam → Dalam' }).click();
    await page.getByRole('button', { name: 'Apply correction' }).click();
    await page.getByText('Corrected “alam” → “Dalam”.').waitFor();
    await expect(page.locator('.annotation-editor').textContent()).resolves.toContain('Dalam setiap tahunnya kasus child trafficking');
    await expect(drawnTexts(page, 'actor')).resolves.toEqual(before.actor);
    await expect(drawnTexts(page, 'claim')).resolves.toEqual(before.claim);
    await page.reload();
    await page.locator('.annotation-editor').waitFor();
    await expect(page.locator('.annotation-editor').textContent()).resolves.toContain('Dalam setiap tahunnya');
    await expect(drawnTexts(page, 'claim')).resolves.toEqual(before.claim);
  });
});

describe('the actor registry', () => {
  it('lists ECPAT with its aliases and the spans that mention it', async () => {
    await page.goto(`${baseURL}/entities?q=ecpat`);
    const row = page.locator('tr[data-entity="ECPAT"]');
    await expect(row.textContent()).resolves.toContain('End Child Prostitution');
    await row.locator('summary').click();
    await expect(row.locator('.mentions').textContent()).resolves.toContain('ECPAT');
  });

  it('takes a new alias, which suggestions then find', async () => {
    await page.getByRole('textbox', { name: 'Another name for ECPAT' }).fill('Jaringan ECPAT');
    await page.locator('tr[data-entity="ECPAT"]').getByRole('button', { name: 'Add' }).click();
    await page.locator('tr[data-entity="ECPAT"]', { hasText: 'Jaringan ECPAT' }).waitFor();
    const search = await api('get', '/api/entities?q=jaringan');
    expect((search.body.entities as Array<{ canonicalName: string }>).map((e) => e.canonicalName)).toEqual(['ECPAT']);
  });
});

describe('a changed version of a document', () => {
  it('re-anchors the annotations and lists those whose words are gone for review', async () => {
    const raw = fs.readFileSync(path.resolve(__dirname, '../../corpus', `${DOC_001}.txt`), 'utf8');
    const changed = raw.replace('ECPAT sebagai organisasi yang mengurus', 'ECPAT sebagai lembaga yang mengurus');
    expect(changed).not.toBe(raw);
    const adminContext = await browser.newContext();
    const login = await adminContext.request.post(`${baseURL}/api/login`, {
      data: { username: admin.username, password: admin.password },
      headers: { origin: baseURL },
    });
    expect(login.status()).toBe(200);
    const upload = await adminContext.request.post(`${baseURL}/api/import`, {
      multipart: { files: { name: `${DOC_001}.txt`, mimeType: 'text/plain', buffer: Buffer.from(changed) } },
      headers: { origin: baseURL },
    });
    expect(upload.status()).toBe(201);
    await adminContext.close();

    await openAnnotate(page, `${DOC_001}-v2`);
    await expect(drawnTexts(page, 'actor')).resolves.toEqual(expect.arrayContaining(['ECPAT', 'prostitusi']));
    await expect(drawnTexts(page, 'claim')).resolves.toContain('pihak pemerintah indonesia tentunya bekerjasama dengan ECPAT');
    const orphans = page.locator('.rows.orphans [data-annotation-row]');
    await expect(orphans.allTextContents()).resolves.toEqual([expect.stringContaining('organisasi')]);
    await orphans.first().click();
    await selectInEditor(page, 'lembaga');
    await page.getByRole('button', { name: 'Place on the selected words' }).click();
    await waitUntilSaved(page);
    await expect(orphans.count()).resolves.toBe(0);
    await expect(drawnTexts(page, 'actor')).resolves.toContain('lembaga');
  });
});
