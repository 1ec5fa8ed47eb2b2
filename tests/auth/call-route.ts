// Calls a route handler directly, as Next.js would: a Request to localhost with the session
// cookie of a fixture account (or none), the same-origin header on writes, and the route's params.
import path from 'node:path';
import { SESSION_COOKIE } from '../../lib/auth/session-token';

export const ROOT = path.resolve(__dirname, '../..');
export const HOST = 'localhost:3000';
export const ORIGIN = `http://${HOST}`;

export interface RouteCall {
  /** The route's file under app/, e.g. `api/glossary/route.ts`, or an absolute path. */
  file: string;
  method: string;
  /** `/api/glossary/[id]` style path parameters. */
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  form?: FormData;
  /** The session token sent as the cookie; none for an anonymous caller. */
  token?: string;
  /** The Origin sent with a write (default: this host). */
  origin?: string;
  headers?: Record<string, string>;
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** The URL path of a route file: `app/api/documents/[slug]/qa/route.ts` → `/api/documents/[slug]/qa`. */
export function routePathOf(file: string): string {
  return `/${path.relative(path.join(ROOT, 'app'), path.dirname(path.resolve(ROOT, 'app', file))).split(path.sep).join('/')}`;
}

export function buildRouteRequest(call: RouteCall): Request {
  const pathname = routePathOf(call.file).replace(/\[([^\]]+)\]/g, (_m, name: string) => encodeURIComponent(call.params?.[name] ?? `missing-${name}`));
  const headers = new Headers({ host: HOST, ...call.headers });
  if (call.method !== 'GET') headers.set('origin', call.origin ?? ORIGIN);
  if (call.token) headers.set('cookie', `${SESSION_COOKIE}=${call.token}`);
  let body: BodyInit | undefined;
  if (call.form) body = call.form;
  else if (call.body !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(call.body);
  }
  return new Request(`${ORIGIN}${pathname}${call.query ? `?${call.query}` : ''}`, { method: call.method, headers, body });
}

/** Imports the route module and runs its handler for `call.method`. */
export async function callRoute(call: RouteCall): Promise<Response> {
  const mod = (await import(path.resolve(ROOT, 'app', call.file))) as Record<string, unknown>;
  const handler = mod[call.method];
  if (typeof handler !== 'function') throw new Error(`${call.file} exports no ${call.method}`);
  return (handler as Handler)(buildRouteRequest(call), { params: Promise.resolve(call.params ?? {}) });
}
