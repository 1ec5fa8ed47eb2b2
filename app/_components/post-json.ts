// Client-side calls to the route handlers: a result value, never a thrown network error.

export interface ApiError {
  code: string;
  params: Record<string, string | number>;
  message: string;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

async function readResult<T>(response: Response): Promise<ApiResult<T>> {
  const body = (await response.json().catch(() => null)) as { error?: ApiError } | null;
  if (response.ok) return { ok: true, data: body as T };
  return { ok: false, error: body?.error ?? { code: 'internal', params: {}, message: response.statusText } };
}

function networkFailure<T>(): ApiResult<T> {
  return { ok: false, error: { code: 'internal', params: {}, message: 'network' } };
}

export async function postJson<T>(url: string, body: unknown): Promise<ApiResult<T>> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return await readResult<T>(response);
  } catch {
    return networkFailure<T>();
  }
}

export async function postForm<T>(url: string, form: FormData): Promise<ApiResult<T>> {
  try {
    return await readResult<T>(await fetch(url, { method: 'POST', body: form }));
  } catch {
    return networkFailure<T>();
  }
}
