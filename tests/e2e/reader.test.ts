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
    await page.getByRole('button', { name: 'Log out' }).click();
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

  it('switches the interface to Indonesian', async () => {
    await page.getByLabel('Language').selectOption('id');
    await page.getByText('Semua dokumen').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('id');
  });
});
