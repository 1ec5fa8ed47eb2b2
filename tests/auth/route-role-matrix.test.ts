// Every route handler × every role: the routes are found on disk (app/api/**/route.ts and their
// exported methods), each must have a row in MATRIX saying which roles it serves, and then each
// role calls it directly (a Request with that role's session cookie). An allowed role gets a 2xx;
// anyone else gets 401 (no session) or 403, and the database is exactly as before. Writes from a
// foreign Origin are refused (403) and change nothing either.
//
// A new route fails the first test until its row is added: copy a row of the same permission and
// give `call` a request that succeeds against the fixture (tests/auth/route-matrix-fixture.ts).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../lib/auth/roles';
import { openDatabase } from '../../lib/db/connection';
import { escapeXmlAttribute, escapeXmlText } from '../../lib/export/escape-xml';
import { exportChunks } from '../../lib/export-store/write-export';
import { getDatabase } from '../../lib/db/connection';
import {
  buildMatrixFixture,
  copyFixtureDatabase,
  databaseDigest,
  MATRIX_PASSWORD,
  type MatrixFixture,
} from './route-matrix-fixture';
import { callRoute, ROOT, routePathOf } from './call-route';

const API_DIR = path.join(ROOT, 'app/api');
const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof HTTP_METHODS)[number];

type Who = Role | 'anonymous';
const EVERYONE: readonly Who[] = [...ROLES, 'anonymous'];

// The role lists the routes are expected to use, written out (not read from PERMISSIONS), so a
// change of PERMISSIONS shows up here as a failing case to confirm.
const SIGNED_IN: readonly Role[] = ['admin', 'annotator', 'translator', 'reviewer', 'researcher'];
const ANNOTATE: readonly Role[] = ['admin', 'annotator', 'reviewer'];
const TRANSLATE: readonly Role[] = ['admin', 'translator', 'reviewer'];
const ADMIN: readonly Role[] = ['admin'];

/** What a caller sends: route parameters, query string and a JSON (or form) body. */
interface Call {
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  form?: () => FormData;
}

interface Row {
  /** Who gets a 2xx. */
  allowed: readonly Who[];
  /** The request; it must succeed for every allowed caller against a fresh copy of the fixture. */
  call?: (fixture: MatrixFixture, who: Who) => Call;
  /** For a route that refuses everyone in the fixture's state: the status all get instead. */
  refusedWith?: number;
}

const byRole = (fixture: MatrixFixture, who: Who) => (who === 'anonymous' ? fixture.users.admin : fixture.users[who]);
const slug = (fixture: MatrixFixture) => ({ slug: fixture.slug });
const translatedUnit = (fixture: MatrixFixture) => ({ sentenceId: String(fixture.translated.sentenceId) });
const untranslatedUnit = (fixture: MatrixFixture) => ({ sentenceId: String(fixture.untranslated.sentenceId) });
const ownAnnotation = (fixture: MatrixFixture, who: Who) => ({
  id: who === 'annotator' || who === 'reviewer' ? fixture.annotations[who] : fixture.annotations.admin,
});

/** The status each role moves the finished unit (translated) to: one it may choose. */
const STATUS_CHANGE: Partial<Record<Who, string>> = { admin: 'approved', translator: 'draft', reviewer: 'reviewed' };

let counter = 0;
const freshId = () => `10000000-0000-4000-8000-${(++counter).toString(16).padStart(12, '0')}`;

/** The expectation for every route × method, keyed `METHOD /api/path/[param]`. */
const MATRIX: Record<string, Row> = {
  'POST /api/login': {
    allowed: EVERYONE,
    call: (f, who) => ({ body: { username: byRole(f, who).username, password: MATRIX_PASSWORD } }),
  },
  'POST /api/logout': { allowed: EVERYONE, call: () => ({ body: {} }) },
  'POST /api/logout/everywhere': { allowed: SIGNED_IN, call: () => ({ body: {} }) },
  'POST /api/language': { allowed: EVERYONE, call: () => ({ body: { language: 'id' } }) },
  'POST /api/setup': {
    // Setup closes once an account exists, for everyone: 409 auth.setupClosed, nothing written.
    allowed: [],
    refusedWith: 409,
    call: () => ({ body: { username: 'penyusup', displayName: 'Penyusup', password: 'kata-sandi-panjang' } }),
  },
  'POST /api/users': {
    allowed: ADMIN,
    call: () => ({ body: { username: `baru${++counter}`, displayName: 'Baru', password: 'kata-sandi-panjang', role: 'annotator' } }),
  },
  'POST /api/import': {
    allowed: ADMIN,
    call: () => ({
      form: () => {
        const form = new FormData();
        form.append('files', new File(['Judul Dokumen\n\nSatu kalimat pendek untuk diimpor.\n'], 'matriks.txt', { type: 'text/plain' }));
        return form;
      },
    }),
  },
  'GET /api/documents/[slug]/annotations': { allowed: SIGNED_IN, call: (f) => ({ params: slug(f) }) },
  'POST /api/documents/[slug]/annotations': {
    allowed: ANNOTATE,
    call: (f) => {
      const start = f.correction.start;
      return { params: slug(f), body: { id: freshId(), label: 'claim', start, end: f.correction.end, quote: f.correction.before } };
    },
  },
  'POST /api/documents/[slug]/corrections': {
    allowed: ANNOTATE,
    call: (f) => ({
      params: slug(f),
      body: { baseRevision: f.documentRevision, start: f.correction.start, end: f.correction.end, before: f.correction.before, after: `${f.correction.before}x` },
    }),
  },
  'POST /api/documents/[slug]/suggestions': { allowed: ANNOTATE, call: (f) => ({ params: slug(f), body: {} }) },
  'GET /api/documents/[slug]/qa': { allowed: SIGNED_IN, call: (f) => ({ params: slug(f) }) },
  'GET /api/documents/[slug]/translations': { allowed: SIGNED_IN, call: (f) => ({ params: slug(f) }) },
  'PATCH /api/annotations/[id]': {
    allowed: ANNOTATE,
    call: (f, who) => ({ params: ownAnnotation(f, who), body: { revision: 1, status: 'rejected' } }),
  },
  'DELETE /api/annotations/[id]': { allowed: ANNOTATE, call: (f, who) => ({ params: ownAnnotation(f, who), body: { revision: 1 } }) },
  'GET /api/annotations/[id]/history': { allowed: ANNOTATE, call: (f, who) => ({ params: ownAnnotation(f, who) }) },
  'POST /api/annotations/[id]/history/restore': {
    allowed: ANNOTATE,
    // Restoring revision 1 while revision 1 is current changes nothing and answers 200.
    call: (f, who) => ({ params: ownAnnotation(f, who), body: { revision: 1, restoreRevision: 1 } }),
  },
  'GET /api/entities': { allowed: SIGNED_IN, call: () => ({ query: 'q=Badan' }) },
  'POST /api/entities': { allowed: ANNOTATE, call: () => ({ body: { canonicalName: `Lembaga ${++counter}`, type: 'ngo' } }) },
  'POST /api/entities/[id]/aliases': { allowed: ANNOTATE, call: (f) => ({ params: { id: String(f.entityId) }, body: { alias: 'BM' } }) },
  'PATCH /api/entities/[id]': { allowed: TRANSLATE, call: (f) => ({ params: { id: String(f.entityId) }, body: { englishName: 'Matrix Agency' } }) },
  'GET /api/glossary': { allowed: SIGNED_IN, call: () => ({ query: 'q=matriks' }) },
  'POST /api/glossary': { allowed: TRANSLATE, call: () => ({ body: { sourceTerm: `istilah${++counter}`, targetTerm: 'term' } }) },
  'DELETE /api/glossary/[id]': { allowed: TRANSLATE, call: (f) => ({ params: { id: String(f.glossaryTermId) } }) },
  'GET /api/export': { allowed: SIGNED_IN, call: () => ({ query: 'format=jsonl' }) },
  'GET /api/export/preview': { allowed: SIGNED_IN, call: () => ({ query: 'format=jsonl' }) },
  'GET /api/search': { allowed: SIGNED_IN, call: () => ({ query: 'q=ECPAT' }) },
  'GET /api/statistics/csv': { allowed: SIGNED_IN, call: () => ({ query: '' }) },
  'GET /api/documents/[slug]/agreement': { allowed: ['admin', 'reviewer', 'researcher'], call: (f) => ({ params: slug(f) }) },
  'GET /api/assignments': { allowed: ADMIN, call: () => ({}) },
  'POST /api/assignments': {
    allowed: ADMIN,
    call: (f) => ({ body: { slug: f.slug, userId: f.users.reviewer.id, task: 'translate' } }),
  },
  'PATCH /api/assignments/[id]': {
    allowed: ['admin', 'annotator', 'translator', 'reviewer'],
    call: (f, who) => ({ params: { id: String(who === 'researcher' || who === 'anonymous' ? f.assignments.admin : f.assignments[who]) }, body: { finished: true } }),
  },
  'DELETE /api/assignments/[id]': { allowed: ADMIN, call: (f) => ({ params: { id: String(f.assignments.annotator) } }) },
  'GET /api/documents/[slug]/curation': { allowed: ['admin', 'reviewer'], call: (f) => ({ params: slug(f) }) },
  'POST /api/documents/[slug]/curation': { allowed: ['admin', 'reviewer'], call: (f) => ({ params: slug(f), body: { action: 'acceptAgreed' } }) },
  'POST /api/documents/[slug]/xliff': {
    allowed: TRANSLATE,
    call: (f) => ({
      params: slug(f),
      form: () => {
        const source = f.text.slice(f.untranslated.start, f.untranslated.end);
        const xliff =
          `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">` +
          `<file original="seed.txt" source-language="id" target-language="en" datatype="plaintext" product-name="${escapeXmlAttribute(f.slug)}"><body>` +
          `<trans-unit id="u${f.untranslated.sentenceId}"><source>${escapeXmlText(source)}</source><target state="translated">An English sentence.</target></trans-unit>` +
          `</body></file></xliff>`;
        const form = new FormData();
        form.append('file', new File([xliff], 'matriks.xlf', { type: 'application/xliff+xml' }));
        return form;
      },
    }),
  },
  'POST /api/import/aligned-json': {
    allowed: ADMIN,
    call: (f) => ({
      form: () => {
        // The fixture's own export merged back: accepted, and nothing new to add.
        const db = openDatabase(f.file);
        const json = [...exportChunks(db, { format: 'aligned-json', filters: {} }, { baseUrl: 'http://localhost' })].join('');
        db.close();
        const form = new FormData();
        form.append('file', new File([json], 'corpus.json', { type: 'application/json' }));
        form.append('mode', 'merge');
        return form;
      },
    }),
  },
  'DELETE /api/alignments/[id]': { allowed: TRANSLATE, call: (f) => ({ params: { id: f.translated.alignmentId } }) },
  'POST /api/units/[sentenceId]/alignments': {
    allowed: TRANSLATE,
    call: (f) => ({ params: translatedUnit(f), body: { annotationId: f.translated.annotationId, start: 0, end: 3, quote: 'The' } }),
  },
  'GET /api/units/[sentenceId]/history': { allowed: SIGNED_IN, call: (f) => ({ params: translatedUnit(f) }) },
  'POST /api/units/[sentenceId]/merge': { allowed: TRANSLATE, call: (f) => ({ params: untranslatedUnit(f), body: {} }) },
  'POST /api/units/[sentenceId]/restore': {
    allowed: TRANSLATE,
    call: (f) => ({ params: translatedUnit(f), body: { revision: f.translated.revision, eventId: f.translated.firstEventId } }),
  },
  'POST /api/units/[sentenceId]/split': {
    allowed: TRANSLATE,
    call: (f) => ({ params: untranslatedUnit(f), body: { sourceOffset: f.text.indexOf(' ', f.untranslated.start + 1) + 1 } }),
  },
  'POST /api/units/[sentenceId]/status': {
    allowed: TRANSLATE,
    call: (f, who) => ({ params: { sentenceId: String(f.finished.sentenceId) }, body: { revision: f.finished.revision, status: STATUS_CHANGE[who] ?? 'draft', comment: 'ok' } }),
  },
  'GET /api/units/[sentenceId]/suggestions': { allowed: SIGNED_IN, call: (f) => ({ params: untranslatedUnit(f) }) },
  'PUT /api/units/[sentenceId]/translation': {
    allowed: TRANSLATE,
    call: (f) => ({ params: untranslatedUnit(f), body: { revision: 0, text: 'A new English sentence.' } }),
  },
};

interface RouteMethod {
  key: string;
  file: string;
  method: Method;
}

function findRouteFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findRouteFiles(full);
    return /^route\.(ts|tsx|js)$/.test(entry.name) ? [full] : [];
  });
}

async function discoverRoutes(): Promise<RouteMethod[]> {
  const found: RouteMethod[] = [];
  for (const file of findRouteFiles(API_DIR).sort()) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const method of HTTP_METHODS) {
      if (typeof mod[method] === 'function') found.push({ key: `${method} ${routePathOf(file)}`, file, method });
    }
  }
  return found;
}

async function send(route: RouteMethod, who: Who, fixture: MatrixFixture, origin?: string): Promise<{ status: number; body: string }> {
  const call = MATRIX[route.key]?.call?.(fixture, who) ?? {};
  const response = await callRoute({
    file: route.file,
    method: route.method,
    params: call.params,
    query: call.query,
    body: call.body,
    form: call.form?.(),
    token: who === 'anonymous' ? undefined : fixture.users[who].token,
    origin,
  });
  return { status: response.status, body: await response.text() };
}

function useDatabase(file: string): void {
  process.env.SELARAS_DB = file;
}

let fixture: MatrixFixture;
let routes: RouteMethod[];
const savedDb = process.env.SELARAS_DB;

beforeAll(async () => {
  fixture = await buildMatrixFixture();
  routes = await discoverRoutes();
}, 60_000);

afterAll(() => {
  process.env.SELARAS_DB = savedDb;
  fs.rmSync(fixture.dir, { recursive: true, force: true });
});

describe('route × role matrix', () => {
  it('has a row for every route handler method on disk, and none for a route that is gone', () => {
    const keys = routes.map((r) => r.key);
    const missing = keys.filter((key) => !(key in MATRIX));
    const stale = Object.keys(MATRIX).filter((key) => !keys.includes(key));
    expect(missing, `add a row to MATRIX in tests/auth/route-role-matrix.test.ts for: ${missing.join(', ')}`).toEqual([]);
    expect(stale, `MATRIX rows for routes that no longer exist: ${stale.join(', ')}`).toEqual([]);
  });

  it('finds the route files through handle-route (every handler goes through the one role check)', () => {
    const bypassing = findRouteFiles(API_DIR).filter((file) => !/_server\/handle-route['"]/.test(fs.readFileSync(file, 'utf8')));
    expect(bypassing.map((file) => path.relative(ROOT, file))).toEqual([]);
  });

  it('guards every page with requirePageUser, except the pages for visitors', () => {
    // The root redirects by session; login and setup are where visitors go.
    const PUBLIC_PAGES = ['app/page.tsx', 'app/login/page.tsx', 'app/setup/page.tsx'];
    const findPages = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === 'api' ? [] : findPages(full);
        return entry.name === 'page.tsx' ? [path.relative(ROOT, full)] : [];
      });
    const unguarded = findPages(path.join(ROOT, 'app')).filter(
      (file) => !PUBLIC_PAGES.includes(file) && !/requirePageUser\(/.test(fs.readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(unguarded, 'pages that do not call requirePageUser(permission)').toEqual([]);
  });

  it('answers each allowed caller with a 2xx and refuses the others with 401/403, changing nothing', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      const row = MATRIX[route.key];
      if (!row) continue; // reported by the first test
      for (const who of EVERYONE) {
        const allowed = row.allowed.includes(who);
        // An allowed write gets its own copy of the fixture, so cases do not see each other's writes.
        const file = allowed && route.method !== 'GET' ? copyFixtureDatabase(fixture, `${route.key}-${who}`) : fixture.file;
        useDatabase(file);
        const before = allowed ? '' : databaseDigest(getDatabase());
        const { status, body } = await send(route, who, fixture);
        const expected = allowed ? '2xx' : (row.refusedWith ?? (who === 'anonymous' ? 401 : 403));
        const ok = allowed ? status >= 200 && status < 300 : status === expected;
        if (!ok) failures.push(`${route.key} as ${who}: expected ${expected}, got ${status} ${body.slice(0, 200)}`);
        if (!allowed && databaseDigest(getDatabase()) !== before) failures.push(`${route.key} as ${who}: refused but changed the database`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('refuses every write from a foreign Origin with 403, changing nothing', async () => {
    const failures: string[] = [];
    useDatabase(fixture.file);
    for (const route of routes.filter((r) => r.method !== 'GET' && r.key in MATRIX)) {
      const before = databaseDigest(getDatabase());
      const { status, body } = await send(route, 'admin', fixture, 'https://evil.example');
      if (status !== 403 || !body.includes('request.crossOrigin')) failures.push(`${route.key}: got ${status} ${body.slice(0, 200)}`);
      if (databaseDigest(getDatabase()) !== before) failures.push(`${route.key}: changed the database`);
    }
    expect(failures).toEqual([]);
  });
});
