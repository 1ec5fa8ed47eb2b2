// The research views in Chromium, against their own server and database: a statistic `1,2 juta
// anak` in seed 003 shown as 1,200,000 in the English UI and 1.200.000 in the Indonesian UI, the
// CSV download holding the table's rows, the actor network drawn with a table of the same
// numbers, and the dashboard's counts.
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callApi, signedInContext } from './api-session';
import { launchChromium } from './browser';
import { startSelaras, type RunningSelaras } from './selaras-server';

const DOC = '003_30575d90e4a42b85';
const admin = { username: 'admin', displayName: 'Ayu Admin', password: 'sandi-admin-2026' };

interface Unit {
  sentenceId: number;
  start: number;
  source: string;
}

let selaras: RunningSelaras;
let baseURL: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let unitCount: number;

const call = (request: APIRequestContext, method: string, url: string, data?: unknown) => callApi(request, baseURL, method, url, data);

/** Marks `text` inside the words `context` of the unit holding them, as the admin (accepted). */
async function annotate(units: Unit[], contextWords: string, text: string, label: string, attributes: Record<string, unknown> = {}) {
  const unit = units.find((u) => u.source.includes(contextWords));
  if (!unit) throw new Error(`no unit holds "${contextWords}"`);
  const start = unit.start + unit.source.indexOf(contextWords) + contextWords.indexOf(text);
  const created = await call(context.request, 'POST', `/api/documents/${DOC}/annotations`, {
    id: crypto.randomUUID(), label, start, end: start + text.length, quote: text, attributes,
  });
  expect(created.status).toBe(201);
}

async function setLanguage(language: 'en' | 'id') {
  expect((await call(context.request, 'POST', '/api/language', { language })).status).toBe(200);
}

/** RFC 4180 records of a CSV text (quoted fields with doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  return records;
}

async function tableRows(): Promise<Array<Record<string, string>>> {
  return page.locator('table.statistics-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells: Record<string, string> = { id: row.getAttribute('data-annotation-id') ?? '' };
      for (const cell of row.querySelectorAll('td[data-column]')) cells[cell.getAttribute('data-column') ?? ''] = (cell.textContent ?? '').trim();
      const value = row.querySelector('td[data-column="value"]');
      cells.rawValue = value?.getAttribute('data-value') ?? '';
      return cells;
    }),
  );
}

beforeAll(async () => {
  selaras = await startSelaras();
  baseURL = selaras.baseURL;
  browser = await launchChromium(inject('chromium'));
  const setup = await browser.newContext();
  expect((await call(setup.request, 'POST', '/api/setup', admin)).status).toBe(201);
  await setup.close();
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1500, height: 1000 } });
  expect((await call(context.request, 'POST', '/api/login', { username: admin.username, password: admin.password })).status).toBe(200);
  const units = (await call(context.request, 'GET', `/api/documents/${DOC}/translations`)).body.units as Unit[];
  unitCount = units.length;
  await annotate(units, '1,2 juta anak', '1,2 juta anak', 'statistic', { kind: 'count', value: 1_200_000, unit: 'anak' });
  await annotate(units, '22% dari korban', '22%', 'statistic', { kind: 'percent', value: 22 });
  await annotate(units, 'YPP Kamboja bergabung dengan ECPAT', 'YPP', 'actor');
  await annotate(units, 'YPP Kamboja bergabung dengan ECPAT', 'ECPAT', 'actor');
  await annotate(units, 'ECPAT bekerjasama dengan pemerintah', 'ECPAT', 'actor');
  await annotate(units, 'ECPAT bekerjasama dengan pemerintah kamboja', 'pemerintah kamboja', 'actor');
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  selaras?.stop();
});

describe('statistics table', () => {
  it('shows `1,2 juta` as 1,200,000 in the English UI and 1.200.000 in the Indonesian UI', async () => {
    await setLanguage('en');
    await page.goto(`${baseURL}/statistics?document=${DOC}`);
    const juta = page.locator('tr', { hasText: '1,2 juta anak' }).locator('td[data-column="value"]');
    await expect(juta.textContent()).resolves.toBe('1,200,000');
    await setLanguage('id');
    await page.reload();
    await expect(juta.textContent()).resolves.toBe('1.200.000');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('id');
    await setLanguage('en');
  });

  it('sorts by a column header click', async () => {
    await page.goto(`${baseURL}/statistics?document=${DOC}`);
    await page.locator('th a[data-sort="value"]').click();
    await expect.poll(async () => (await tableRows()).map((r) => r.rawValue)).toEqual(['22', '1200000']);
    await page.locator('th a[data-sort="value"]').click();
    await expect.poll(async () => (await tableRows()).map((r) => r.rawValue)).toEqual(['1200000', '22']);
  });

  it('downloads a CSV holding the rows of the table, in its order', async () => {
    const rows = await tableRows();
    const href = await page.locator('a.download').getAttribute('href');
    expect(href).toContain('sort=value');
    const response = await context.request.get(`${baseURL}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/csv');
    const [header, ...records] = parseCsv(await response.text());
    const column = (name: string) => (header ?? []).indexOf(name);
    expect(records.map((r) => r[column('annotation_id')])).toEqual(rows.map((r) => r.id));
    records.forEach((record, i) => {
      const row = rows[i];
      expect(record[column('quote')]).toBe(row?.quote);
      expect(record[column('value')]).toBe(row?.rawValue);
      expect(Number(record[column('value')]).toLocaleString('en-US') + (record[column('kind')] === 'percent' ? '%' : '')).toBe(row?.value);
      expect(record[column('what')]).toBe(row?.what);
      expect(record[column('document_title')]).toBe(row?.document);
      expect(record[column('english_rendering')]).toBe(row?.english);
    });
    expect(records.find((r) => r[column('quote')] === '1,2 juta anak')?.[column('english_rendering')]).toBe('1.2 million children');
  });
});

describe('actor network', () => {
  it('draws the actors that share a sentence, with a table of the same numbers', async () => {
    await page.goto(`${baseURL}/actors?scope=sentence&document=${DOC}`);
    await page.locator('.actor-graph canvas').first().waitFor();
    const nodes = page.locator('table.network-nodes tbody tr');
    await expect(page.locator('.actor-graph').getAttribute('data-nodes')).resolves.toBe(String(await nodes.count()));
    await expect(nodes.count()).resolves.toBe(3);
    // Both spans read `ECPAT`: one registry entry, two mentions; `pemerintah kamboja` is found in the registry too.
    const ecpat = nodes.filter({ has: page.locator('button', { hasText: /^ECPAT$/ }) });
    await expect(ecpat.locator('td.num').first().textContent()).resolves.toBe('2');
    await expect(nodes.filter({ hasText: 'Pemerintah Kamboja' }).count()).resolves.toBe(1);
    const edges = page.locator('table.network-edges tbody tr');
    await expect(edges.count()).resolves.toBe(2);
    await edges.filter({ hasText: 'YPP' }).locator('button').click();
    const passage = page.locator('.passage-list li');
    await expect.poll(() => passage.count()).toBe(1);
    await expect(passage.locator('blockquote').textContent()).resolves.toContain('YPP Kamboja bergabung dengan ECPAT');
    await expect(passage.locator('a').getAttribute('href')).resolves.toMatch(new RegExp(`^/documents/${DOC}/annotate\\?at=\\d+-\\d+$`));
  });
});

describe('dashboard', () => {
  it("shows the document's annotations per label and units per status, with charts", async () => {
    await page.goto(`${baseURL}/dashboard?document=${DOC}`);
    const cell = (label: string, status: string) => page.locator(`[data-testid="labels-table"] tr[data-label="${label}"] td[data-status="${status}"]`);
    await expect(cell('statistic', 'accepted').textContent()).resolves.toBe('2');
    await expect(cell('actor', 'accepted').textContent()).resolves.toBe('4');
    await expect(cell('claim', 'total').textContent()).resolves.toBe('0');
    await expect(page.locator('[data-testid="units-table"] td[data-status="new"]').textContent()).resolves.toBe(unitCount.toLocaleString('en-US'));
    await expect(page.locator('[data-testid="annotators-table"] tbody tr td').nth(4).textContent()).resolves.toBe('6');
    await page.locator('.dashboard-chart .recharts-surface').first().waitFor();
  });
});
