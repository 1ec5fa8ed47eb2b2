// What browser tests do through the HTTP API: same-origin JSON calls, and browser contexts signed
// in as one person (English UI, a wide window, downloads accepted).
import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { expect } from 'vitest';

export interface ApiAnswer {
  status: number;
  /** The parsed JSON answer, or null when it is not JSON; tests read its fields as they expect them. */
  body: any;
  text: string;
}

/** A request with the server's own Origin, as the pages send it (writes are same-origin only). */
export async function callApi(request: APIRequestContext, baseURL: string, method: string, url: string, data?: unknown): Promise<ApiAnswer> {
  const response = await request.fetch(`${baseURL}${url}`, { method, data, headers: { origin: baseURL } });
  const text = await response.text();
  let body: ApiAnswer['body'] = null;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: CSV, XML, an HTML error page
  }
  return { status: response.status(), body, text };
}

/** A new browser context signed in as `user` through the login route. */
export async function signedInContext(
  browser: Browser,
  baseURL: string,
  user: { username: string; password: string },
  viewport = { width: 1500, height: 900 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-US', viewport, acceptDownloads: true });
  const login = await callApi(context.request, baseURL, 'POST', '/api/login', { username: user.username, password: user.password });
  expect(login.status).toBe(200);
  return context;
}
