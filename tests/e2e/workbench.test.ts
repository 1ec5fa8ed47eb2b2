import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';

const baseURL = inject('baseURL');
const admin = { username: 'admin', displayName: 'Ayu Admin', password: 'sandi-admin-2026' };

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium(inject('chromium'));
  const context = await browser.newContext({ locale: 'en-US' });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await browser?.close();
});

describe('first run and the reader', () => {
  it('sends the first visitor to set up the admin account', async () => {
    await page.goto(`${baseURL}/`);
    await page.waitForURL('**/setup');
    await page.getByLabel('Username').fill(admin.username);
    await page.getByLabel('Full name').fill(admin.displayName);
    await page.getByLabel(/Password/).fill(admin.password);
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await page.waitForURL('**/documents');
    await expect(page.getByRole('heading', { name: 'Documents' }).isVisible()).resolves.toBe(true);
  });

  it('closes setup once the admin exists', async () => {
    const response = await page.request.post(`${baseURL}/api/setup`, {
      data: { username: 'intruder', displayName: 'X', password: 'another-password' },
      headers: { origin: baseURL },
    });
    expect(response.status()).toBe(409);
  });

  it('refuses a write from a foreign origin', async () => {
    const response = await page.request.post(`${baseURL}/api/users`, {
      data: { username: 'budi', displayName: 'Budi', password: 'sandi-budi-123', role: 'annotator' },
      headers: { origin: 'http://evil.example' },
    });
    expect(response.status()).toBe(403);
  });

  it('logs out and back in, with a translated error for a wrong password', async () => {
    await page.getByRole('button', { name: 'Log out', exact: true }).click();
    await page.waitForURL('**/login');
    await page.getByLabel('Username').fill(admin.username);
    await page.getByLabel('Password').fill('wrong-password-1');
    await page.getByRole('button', { name: 'Log in' }).click();
    // Next.js keeps its own role=alert route announcer, so look for the form's message.
    const message = page.locator('form [role="alert"]');
    await message.waitFor();
    await expect(message.textContent()).resolves.toBe('Wrong username or password.');
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL('**/documents');
  });

  it('lists the five seeds and opens one at its first heading and paragraph', async () => {
    await expect(page.locator('table.documents tbody tr').count()).resolves.toBe(5);
    await page.getByRole('link', { name: /BAB IV/ }).click();
    await page.waitForURL('**/documents/000_f4d1cfb1bebb442f');
    const heading = page.locator('.reader-body h1, .reader-body h2').first();
    await expect(heading.textContent()).resolves.toMatch(/^BAB IV/);
    const firstParagraph = page.locator('.reader-body .block-paragraph p').first();
    await expect(firstParagraph.textContent()).resolves.toMatch(
      /^Dari hasil penelitian yang dilakukan, dapat diperoleh kesimpulan bahwa perdagangan seks anak di Kamboja masih berkembang/,
    );
  });

  it('shows the raw lines behind a block on click', async () => {
    await page.locator('.reader-body .block-paragraph').first().click();
    const raw = page.locator('.raw-lines pre').first();
    await expect(raw.textContent()).resolves.toContain('Dari hasil penelitian yang dilakukan, dapat diperoleh kesimpulan bahwa \n\nperdagangan seks anak');
  });

  it('hides page headers until asked, sets footnotes apart and marks suspected drop caps', async () => {
    await page.goto(`${baseURL}/documents/002_09792390c43282ef`);
    const furniture = page.locator('[data-kind="page_furniture"]');
    await expect(furniture.count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Show page headers and footers' }).click();
    await expect(furniture.first().textContent()).resolves.toBe('43 Electronical Journal of Social and Political Sciences');

    await page.goto(`${baseURL}/documents/003_30575d90e4a42b85`);
    await page.getByRole('link', { name: 'Footnote 1', exact: true }).click();
    await expect(page.locator('aside.footnotes [data-kind="footnote"]').first().textContent()).resolves.toBe(
      '1http://Mysharing.co/ecpat-internasional-pemerang-eksploitasi-anak-pariwisata-sex-anak/ diakses pada tanggal 15 april 2016',
    );
    await expect(page.locator('.reader-body').textContent()).resolves.not.toContain('Mysharing');

    await page.goto(`${baseURL}/documents/001_3ea582def6b673a3`);
    await expect(page.locator('mark.drop-cap').allTextContents()).resolves.toEqual(['very', 'alam', 'erdasarkan']);
    await expect(page.locator('mark.drop-cap').nth(1).getAttribute('title')).resolves.toBe(
      'Suspected lost drop cap: probably “Dalam”',
    );
    await page.getByRole('link', { name: 'All documents' }).click();
  });

  it('switches the interface to Indonesian', async () => {
    await page.goto(`${baseURL}/documents/000_f4d1cfb1bebb442f`);
    await page.getByLabel('Language').selectOption('id');
    await page.getByText('Semua dokumen').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('id');
  });
});

describe('admin upload and users', () => {
  it('imports an uploaded text through the same checks as the CLI', async () => {
    await page.getByLabel('Bahasa').selectOption('en');
    await page.getByRole('link', { name: 'Import' }).click();
    await page.waitForURL('**/admin/import');
    const upload = page.locator('input[type="file"][name="files"]');
    await upload.setInputFiles([
      { name: 'rusak.txt', mimeType: 'text/plain', buffer: Buffer.from([0x42, 0x41, 0x42, 0x0a, 0xff, 0x0a]) },
    ]);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const message = page.locator('form [role="alert"]');
    await message.waitFor();
    await expect(message.textContent()).resolves.toBe('rusak.txt is not valid UTF-8: line 2, byte 4 (0xFF).');
    await upload.setInputFiles([
      {
        name: 'catatan.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('4.2 Saran \n\nKepolisian perlu menangani masalah perdagangan anak dengan lebih serius. \n'),
      },
    ]);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('catatan.txt: imported as catatan').waitFor();
    await page.getByRole('link', { name: 'Documents' }).click();
    await page.waitForURL('**/documents');
    await page.getByRole('link', { name: /^4\.2 Saran/ }).waitFor();
    await expect(page.locator('table.documents tbody tr').count()).resolves.toBe(6);
  });

  it('creates an annotator who may read but not import', async () => {
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByLabel('Username').fill('budi');
    await page.getByLabel('Full name').fill('Budi Santoso');
    await page.getByLabel(/Password/).fill('sandi-budi-2026');
    await page.getByLabel('Role').selectOption('annotator');
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.getByText('User budi created.').waitFor();
    await page.getByRole('button', { name: 'Log out', exact: true }).click();
    await page.waitForURL('**/login');
    await page.getByLabel('Username').fill('budi');
    await page.getByLabel('Password').fill('sandi-budi-2026');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL('**/documents');
    await expect(page.getByRole('link', { name: 'Import' }).count()).resolves.toBe(0);
    const response = await page.goto(`${baseURL}/admin/import`);
    expect(response?.status()).toBe(403);
    const refused = await page.request.post(`${baseURL}/api/import`, { multipart: {}, headers: { origin: baseURL } });
    expect(refused.status()).toBe(403);
  });
});

describe('every write route for every role', () => {
  const roles = ['annotator', 'translator', 'reviewer', 'researcher'] as const;
  const password = 'sandi-peran-2026';
  type Caller = 'anonymous' | 'admin' | (typeof roles)[number];
  const contexts = new Map<Caller, import('playwright-core').BrowserContext>();
  let fileCounter = 0;

  // What each route needs, a fresh valid body for it, and the status it answers on success.
  const routes: Array<{ path: string; allowed: Caller[]; call: (c: import('playwright-core').APIRequestContext, origin: string) => Promise<number> }> = [
    {
      path: '/api/import',
      allowed: ['admin'],
      call: async (request, origin) =>
        (
          await request.post(`${baseURL}/api/import`, {
            headers: { origin },
            multipart: { files: { name: `peran-${++fileCounter}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Kalimat uji nomor ${fileCounter}.\n`) } },
          })
        ).status(),
    },
    {
      path: '/api/users',
      allowed: ['admin'],
      call: async (request, origin) =>
        (
          await request.post(`${baseURL}/api/users`, {
            headers: { origin },
            data: { username: `pengguna${++fileCounter}`, displayName: 'Uji', password, role: 'researcher' },
          })
        ).status(),
    },
    {
      path: '/api/language',
      allowed: ['anonymous', 'admin', ...roles],
      call: async (request, origin) => (await request.post(`${baseURL}/api/language`, { headers: { origin }, data: { language: 'en' } })).status(),
    },
  ];

  function countRows(table: 'documents' | 'users'): Promise<number> {
    // Counted through the pages an admin sees, so the test reads what the app stored.
    const admin = contexts.get('admin');
    if (!admin) throw new Error('no admin context');
    const selector = table === 'documents' ? 'table.documents tbody tr' : 'table tbody tr';
    return admin.newPage().then(async (p) => {
      await p.goto(`${baseURL}${table === 'documents' ? '/documents' : '/admin/users'}`);
      const n = await p.locator(selector).count();
      await p.close();
      return n;
    });
  }

  beforeAll(async () => {
    for (const caller of ['anonymous', 'admin', ...roles] as Caller[]) {
      contexts.set(caller, await browser.newContext({ locale: 'en-US' }));
    }
    const adminRequest = contexts.get('admin')?.request;
    if (!adminRequest) throw new Error('no admin context');
    expect((await adminRequest.post(`${baseURL}/api/login`, { headers: { origin: baseURL }, data: { username: admin.username, password: admin.password } })).status()).toBe(200);
    for (const role of roles) {
      await adminRequest.post(`${baseURL}/api/users`, { headers: { origin: baseURL }, data: { username: `peran-${role}`, displayName: role, password, role } });
      const login = await contexts.get(role)?.request.post(`${baseURL}/api/login`, { headers: { origin: baseURL }, data: { username: `peran-${role}`, password } });
      expect(login?.status()).toBe(200);
    }
  });
  afterAll(async () => {
    for (const context of contexts.values()) await context.close();
  });

  for (const route of routes) {
    for (const caller of ['anonymous', 'admin', 'annotator', 'translator', 'reviewer', 'researcher'] as Caller[]) {
      const allowed = route.allowed.includes(caller);
      it(`${route.path} as ${caller}: ${allowed ? 'allowed' : caller === 'anonymous' ? '401' : '403'}, and 403 from a foreign origin`, async () => {
        const request = contexts.get(caller)?.request;
        if (!request) throw new Error(`no context for ${caller}`);
        const before = [await countRows('documents'), await countRows('users')];
        expect(await route.call(request, 'http://evil.example')).toBe(403);
        expect([await countRows('documents'), await countRows('users')]).toEqual(before);
        const status = await route.call(request, baseURL);
        if (allowed) expect(status).toBeLessThan(300);
        else {
          expect(status).toBe(caller === 'anonymous' ? 401 : 403);
          expect([await countRows('documents'), await countRows('users')]).toEqual(before);
        }
      });
    }
  }

  it('sets the session cookie httpOnly and SameSite=Lax', async () => {
    const cookies = (await contexts.get('annotator')?.cookies()) ?? [];
    expect(cookies.find((c) => c.name === 'selaras_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  });
});
