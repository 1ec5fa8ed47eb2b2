// The wrappers every route handler goes through: same-origin check on writes, the role check,
// and the mapping of errors to an HTTP status with a translated message (plus, for a stale write,
// the current state the client should merge with).
import { NextRequest, NextResponse } from 'next/server';
import type { z } from 'zod';
import { userForSessionToken } from '@/lib/auth/accounts';
import { hasPermission, type Permission } from '@/lib/auth/roles';
import { isSameOriginWrite } from '@/lib/auth/same-origin';
import { SESSION_COOKIE } from '@/lib/auth/session-token';
import { getDatabase, type Db } from '@/lib/db/connection';
import type { UserRow } from '@/lib/db/queries/users';
import { AppError, isAppError, type AppErrorCode } from '@/lib/errors';
import { LANGUAGE_COOKIE, resolveLanguage, translator } from '@/lib/i18n';

export interface RouteContext {
  db: Db;
  request: Request;
  user: UserRow | undefined;
  sessionToken: string | undefined;
}

interface RouteOptions {
  /** Required permission; omit for routes open to visitors (login, setup, language). */
  permission?: Permission;
}

/** Like RouteContext, for handlers whose permission guarantees a signed-in user. */
export interface UserRouteContext extends RouteContext {
  user: UserRow;
}

function errorResponse(request: Request, error: AppError, languageCookie: string | undefined): NextResponse {
  const t = translator(resolveLanguage(languageCookie, request.headers.get('accept-language')));
  const body = { error: { code: error.code, params: error.params, message: t(error.messageKey, error.params) } };
  return NextResponse.json(error.current === undefined ? body : { ...body, current: error.current }, { status: error.status });
}

/**
 * The request's cookies, read from the request itself rather than from next/headers, so a
 * handler also runs outside Next's request scope (the route × role tests call handlers directly).
 */
function requestCookies(request: Request): NextRequest['cookies'] {
  // Only the URL and headers are copied: wrapping the request itself would lock its body.
  return (request instanceof NextRequest ? request : new NextRequest(request.url, { headers: request.headers })).cookies;
}

async function handle(
  request: Request,
  options: RouteOptions & { write: boolean },
  handler: (context: RouteContext) => Promise<Response> | Response,
): Promise<Response> {
  const cookieStore = requestCookies(request);
  const languageCookie = cookieStore.get(LANGUAGE_COOKIE)?.value;
  try {
    const sameOrigin = (): boolean =>
      isSameOriginWrite({
        origin: request.headers.get('origin'),
        referer: request.headers.get('referer'),
        host: request.headers.get('host'),
      });
    if (options.write && !sameOrigin()) throw new AppError('request.crossOrigin');
    const db = getDatabase();
    const sessionToken = cookieStore.get(SESSION_COOKIE)?.value;
    const user = userForSessionToken(db, sessionToken);
    if (options.permission) {
      if (!user) throw new AppError('auth.unauthenticated');
      if (!hasPermission(user.role, options.permission)) throw new AppError('auth.forbidden');
    }
    return await handler({ db, request, user, sessionToken });
  } catch (error) {
    if (isAppError(error)) return errorResponse(request, error, languageCookie);
    console.error('route failed', error);
    return errorResponse(request, new AppError('internal'), languageCookie);
  }
}

/** Runs a write handler (POST/PUT/PATCH/DELETE) with its checks. */
export function handleWrite(
  request: Request,
  options: RouteOptions,
  handler: (context: RouteContext) => Promise<Response> | Response,
): Promise<Response> {
  return handle(request, { ...options, write: true }, handler);
}

/** Runs a read handler (GET): the role check and error mapping; reads need no same-origin check. */
export function handleRead(
  request: Request,
  options: RouteOptions & { permission: Permission },
  handler: (context: UserRouteContext) => Promise<Response> | Response,
): Promise<Response> {
  return handle(request, { ...options, write: false }, (context) => handler(withUser(context)));
}

/** Runs a write handler that needs a permission, so a signed-in user. */
export function handleUserWrite(
  request: Request,
  options: RouteOptions & { permission: Permission },
  handler: (context: UserRouteContext) => Promise<Response> | Response,
): Promise<Response> {
  return handle(request, { ...options, write: true }, (context) => handler(withUser(context)));
}

function withUser(context: RouteContext): UserRouteContext {
  const { user } = context;
  // handle() has already refused a request without a user when a permission is required.
  if (!user) throw new AppError('auth.unauthenticated');
  return { ...context, user };
}

/**
 * Parses a JSON body with a zod schema; a malformed body is a 400, never a 500. `fieldErrors`
 * names a more precise error for a field (`username` → `user.invalidUsername`).
 */
export async function parseJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  fieldErrors: Partial<Record<string, AppErrorCode>> = {},
): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError('request.invalid');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.'));
    const precise = fields.map((field) => fieldErrors[field]).find((code) => code !== undefined);
    throw new AppError(precise ?? 'request.invalid', { fields: fields.join(', ') });
  }
  return parsed.data;
}

/** The multipart form of an upload; a body that is no form is a 400, never a 500. */
export async function parseFormBody(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new AppError('request.invalid');
  }
}

/** The one file uploaded as `field`, or null when the form has none there. */
export function uploadedFile(form: FormData, field: string): File | null {
  const upload = form.get(field);
  return upload === null || typeof upload === 'string' ? null : upload;
}
