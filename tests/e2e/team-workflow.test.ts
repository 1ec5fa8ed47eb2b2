// The team workflow in Chromium, against its own server and database: an admin assigns a document
// to two annotators, both annotate, one marks it finished from their queue; an annotator cannot
// read another's layer; the reviewer reveals only the finished layer on the annotate page, accepts
// its span into gold on the curate page, and an export then carries the gold layer by default.
import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callApi, signedInContext } from './api-session';
import { launchChromium } from './browser';
import { startSelaras, type RunningSelaras } from './selaras-server';

const DOC = '003_30575d90e4a42b85';
const admin = { username: 'admin', displayName: 'Ayu Admin', password: 'sandi-admin-2026' };
const ani = { username: 'ani', displayName: 'Ani Anotator', password: 'sandi-ani-2026', role: 'annotator' };
const budi = { username: 'budi', displayName: 'Budi Anotator', password: 'sandi-budi-2026', role: 'annotator' };
const rudi = { username: 'rudi', displayName: 'Rudi Peninjau', password: 'sandi-rudi-2026', role: 'reviewer' };

interface Assignment {
  id: number;
  userId: number;
  username: string;
}

let selaras: RunningSelaras;
let baseURL: string;
let browser: Browser;
const contexts: Record<string, BrowserContext> = {};
const ids: Record<string, number> = {};

const call = (request: APIRequestContext, method: string, url: string, data?: unknown) => callApi(request, baseURL, method, url, data);

const signedIn = (user: { username: string; password: string }): Promise<BrowserContext> => signedInContext(browser, baseURL, user);

/** Marks `text` (inside `context`) in the layer of whoever `request` is signed in as. */
async function annotate(request: APIRequestContext, context: string, text: string, label: string) {
  const units = (await call(request, 'GET', `/api/documents/${DOC}/translations`)).body.units as Array<{ start: number; source: string }>;
  const unit = units.find((u) => u.source.includes(context));
  if (!unit) throw new Error(`no unit holds "${context}"`);
  const start = unit.start + unit.source.indexOf(context) + context.indexOf(text);
  const created = await call(request, 'POST', `/api/documents/${DOC}/annotations`, { id: crypto.randomUUID(), label, start, end: start + text.length, quote: text });
  expect(created.status).toBe(201);
}

beforeAll(async () => {
  selaras = await startSelaras();
  baseURL = selaras.baseURL;
  browser = await launchChromium(inject('chromium'));
  const setup = await browser.newContext();
  expect((await call(setup.request, 'POST', '/api/setup', admin)).status).toBe(201);
  for (const user of [ani, budi, rudi]) {
    const created = await call(setup.request, 'POST', '/api/users', user);
    expect(created.status).toBe(201);
    ids[user.username] = created.body.id as number;
  }
  await setup.close();
  for (const user of [admin, ani, budi, rudi]) contexts[user.username] = await signedIn(user);
});
afterAll(async () => {
  await browser?.close();
  selaras?.stop();
});

function request(username: string): APIRequestContext {
  const context = contexts[username];
  if (!context) throw new Error(`${username} is not signed in`);
  return context.request;
}

describe('assignments', () => {
  it('lets the admin assign the document from the assignments page', async () => {
    const page = await (contexts.admin as BrowserContext).newPage();
    await page.goto(`${baseURL}/admin/assignments`);
    await page.getByLabel('Document').selectOption(DOC);
    // Only people whose role can do the task are offered: no annotator to translate.
    await page.getByLabel('Task').selectOption('translate');
    await expect(page.getByLabel('Assignee').locator('option').allTextContents()).resolves.not.toContain(`${ani.displayName} (ani, Annotator)`);
    await page.getByLabel('Task').selectOption('annotate');
    await page.getByLabel('Assignee').selectOption({ label: `${ani.displayName} (ani, Annotator)` });
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await page.getByRole('status').waitFor();
    await page.close();
    const assignments = (await call(request('admin'), 'GET', '/api/assignments')).body.assignments as Assignment[];
    expect(assignments.map((a) => [a.username, a.userId])).toEqual([['ani', ids.ani]]);
  });

  it('refuses assignments to anyone but the admin, and a duplicate', async () => {
    expect((await call(request('rudi'), 'POST', '/api/assignments', { slug: DOC, userId: ids.ani, task: 'annotate' })).status).toBe(403);
    expect((await call(request('admin'), 'POST', '/api/assignments', { slug: DOC, userId: ids.ani, task: 'annotate' })).status).toBe(409);
  });
});

describe('layers', () => {
  it('keeps each annotator to their own layer', async () => {
    await annotate(request('ani'), 'oleh ECPAT', 'ECPAT', 'actor');
    await annotate(request('budi'), 'oleh ECPAT', 'ECPAT', 'actor');
    await annotate(request('budi'), '1,2 juta anak', '1,2 juta anak', 'statistic');
    const assigned = await call(request('admin'), 'POST', '/api/assignments', { slug: DOC, userId: ids.budi, task: 'annotate' });
    expect([assigned.status, assigned.body.assignment.username]).toEqual([201, 'budi']);
    const own = await call(request('ani'), 'GET', `/api/documents/${DOC}/annotations`);
    expect(own.body.annotations.map((a: { quote: string }) => a.quote)).toEqual(['ECPAT']);
    expect((await call(request('ani'), 'GET', `/api/documents/${DOC}/annotations?layer=${ids.budi}`)).status).toBe(403);
    expect((await call(request('rudi'), 'GET', `/api/documents/${DOC}/annotations?layer=${ids.ani}`)).status).toBe(403);
  });

  it('shows ani the queue with progress, and marks the document finished', async () => {
    const page = await (contexts.ani as BrowserContext).newPage();
    await page.goto(`${baseURL}/assignments`);
    await page.getByText(/Annotations: 1 · sentences covered: 1 of \d+/).waitFor();
    expect(await page.locator('.queue-item a').first().getAttribute('href')).toBe(`/documents/${DOC}/annotate`);
    await page.getByRole('button', { name: 'Mark finished' }).click();
    await page.getByRole('button', { name: 'Reopen' }).waitFor();
    await page.close();
    expect((await call(request('ani'), 'GET', `/api/documents/${DOC}/annotations?layer=${ids.budi}`)).status).toBe(403);
    expect((await call(request('rudi'), 'GET', `/api/documents/${DOC}/annotations?layer=${ids.ani}`)).status).toBe(200);
    expect((await call(request('rudi'), 'GET', `/api/documents/${DOC}/annotations?layer=${ids.budi}`)).status).toBe(403);
  });

  it('lets the reviewer reveal only the finished layer, drawn read-only over the text', async () => {
    const page = await (contexts.rudi as BrowserContext).newPage();
    await page.goto(`${baseURL}/documents/${DOC}/annotate`);
    const selector = page.locator('.layer-selector');
    await selector.getByLabel(ani.displayName).check();
    await expect.poll(() => page.locator(`.annotation-editor .layer-ann[data-layer="${ids.ani}"]`).count()).toBeGreaterThan(0);
    expect(await selector.getByLabel(budi.displayName).count()).toBe(0);
    expect(await page.locator('.annotation-editor [data-layer] [data-annotation-id], .annotation-editor [data-annotation-id][data-layer]').count()).toBe(0);
    await page.close();
  });
});

describe('curation and export', () => {
  it('accepts the finished annotator’s span into gold on the curate page', async () => {
    const page = await (contexts.rudi as BrowserContext).newPage();
    await page.goto(`${baseURL}/documents/${DOC}/curate`);
    await page.getByText(`Comparing the layers of: ${ani.displayName}`).waitFor();
    await page.locator('.curate-group').first().getByRole('button', { name: 'Accept', exact: true }).click();
    await page.getByRole('heading', { name: 'Gold layer (1)' }).waitFor();
    await page.close();
    const gold = (await call(request('rudi'), 'GET', `/api/documents/${DOC}/curation`)).body;
    expect(gold.gold.map((a: { quote: string; label: string }) => [a.label, a.quote])).toEqual([['actor', 'ECPAT']]);
    expect((await call(request('ani'), 'POST', `/api/documents/${DOC}/curation`, { action: 'acceptAgreed' })).status).toBe(403);
  });

  it('exports the gold layer by default, and every layer when asked', async () => {
    const layers = async (query: string) => {
      const response = await request('rudi').fetch(`${baseURL}/api/export?format=aligned-json&documents=${DOC}${query}`);
      const corpus = JSON.parse(await response.text()) as { documents: Array<{ annotations: Array<{ layer: string }> }> };
      return [...new Set(corpus.documents.flatMap((d) => d.annotations.map((a) => a.layer)))].sort();
    };
    expect(await layers('')).toEqual(['@gold']);
    expect(await layers('&allLayers=true')).toEqual(['@gold', 'ani', 'budi']);
    const page = await (contexts.rudi as BrowserContext).newPage();
    await page.goto(`${baseURL}/export`);
    expect(await page.getByLabel(/Gold layer where a document has one/).isChecked()).toBe(true);
    await page.close();
  });
});
