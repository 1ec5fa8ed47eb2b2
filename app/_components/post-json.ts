// Client-side calls to the route handlers: a result value, never a thrown network error.

export interface ApiError {
  code: string;
  params: Record<string, string | number>;
  message: string;
}

/** A failure keeps the HTTP status (0 = no answer: offline) and the body (a 409 carries `current`). */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError; status: number; body: unknown };

async function readResult<T>(response: Response): Promise<ApiResult<T>> {
  const body = (await response.json().catch(() => null)) as { error?: ApiError } | null;
  if (response.ok) return { ok: true, data: body as T };
  const error = body?.error ?? { code: 'internal', params: {}, message: response.statusText };
  return { ok: false, error, status: response.status, body };
}

function networkFailure<T>(): ApiResult<T> {
  return { ok: false, error: { code: 'network', params: {}, message: 'network' }, status: 0, body: null };
}

/** Any method, JSON in and out; GET and DELETE may go without a body. */
export async function sendJson<T>(method: string, url: string, body?: unknown): Promise<ApiResult<T>> {
  try {
    const response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
    return await readResult<T>(response);
  } catch {
    return networkFailure<T>();
  }
}

/**
 * A GET the page preloaded (`<link rel="preload" as="fetch">`): an ordinary request, so the browser
 * can hand over the preloaded answer (`cache: 'no-store'` would fetch it a second time).
 */
export async function getPreloadedJson<T>(url: string): Promise<ApiResult<T>> {
  try {
    return await readResult<T>(await fetch(url));
  } catch {
    return networkFailure<T>();
  }
}

export function postJson<T>(url: string, body: unknown): Promise<ApiResult<T>> {
  return sendJson<T>('POST', url, body);
}

export async function postForm<T>(url: string, form: FormData): Promise<ApiResult<T>> {
  try {
    return await readResult<T>(await fetch(url, { method: 'POST', body: form }));
  } catch {
    return networkFailure<T>();
  }
}
