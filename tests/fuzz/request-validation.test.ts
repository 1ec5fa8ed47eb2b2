// Random request bodies, parameters and query strings sent straight to the route handlers of
// annotations, translations and exports (signed in as an administrator, same origin): whatever
// arrives, the answer is a deliberate status with a JSON error, never a 500.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as createAnnotationRoute } from '../../app/api/documents/[slug]/annotations/route';
import { DELETE as deleteAnnotationRoute, PATCH as patchAnnotationRoute } from '../../app/api/annotations/[id]/route';
import { PUT as saveTranslationRoute } from '../../app/api/units/[sentenceId]/translation/route';
import { POST as changeStatusRoute } from '../../app/api/units/[sentenceId]/status/route';
import { POST as alignRoute } from '../../app/api/units/[sentenceId]/alignments/route';
import { GET as exportRoute } from '../../app/api/export/route';
import { GET as exportPreviewRoute } from '../../app/api/export/preview/route';
import { SESSION_COOKIE, hashSessionToken, newSessionToken, sessionExpiry } from '../../lib/auth/session-token';
import { getDatabase } from '../../lib/db/connection';
import { insertSession } from '../../lib/db/queries/sessions';
import { importCorpusFiles } from '../../lib/import/import-corpus-files';
import { addUser, seedFile } from '../annotation-store/fixtures';

const ORIGIN = 'http://localhost:3000';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-fuzz-routes-'));
let slug = '';
let sentenceId = 0;
let annotationId = '';
let sessionToken = '';
const previousDb = process.env.SELARAS_DB;

beforeAll(() => {
  process.env.SELARAS_DB = path.join(work, 'selaras.db');
  const db = getDatabase();
  const admin = addUser(db, 'fuzzadmin', 'admin');
  sessionToken = newSessionToken();
  insertSession(db, hashSessionToken(sessionToken), admin, sessionExpiry().toISOString());
  const [result] = importCorpusFiles(db, [seedFile('004')], { importedBy: admin });
  slug = result?.slug ?? '';
  sentenceId = (db.prepare('SELECT id FROM sentences ORDER BY id LIMIT 1').get() as { id: number }).id;
});

afterAll(() => {
  getDatabase().close();
  if (previousDb === undefined) delete process.env.SELARAS_DB;
  else process.env.SELARAS_DB = previousDb;
  fs.rmSync(work, { recursive: true, force: true });
});

function request(method: string, url: string, body?: string): Request {
  return new Request(`${ORIGIN}${url}`, {
    method,
    body,
    headers: { origin: ORIGIN, host: 'localhost:3000', 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${sessionToken}` },
  });
}

const statuses = new Map<number, number>();
async function expectDeliberate(response: Response): Promise<void> {
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  expect(response.status).not.toBe(500);
  if (response.status >= 400) {
    const body = (await response.json()) as { error?: { code?: unknown } };
    expect(typeof body.error?.code).toBe('string');
  } else {
    await response.arrayBuffer();
  }
}

const anyNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 1, 2 ** 53, Number.MAX_VALUE));
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), anyNumber, fc.string({ maxLength: 20 }), fc.constant(null));
/** Objects shaped like the real bodies, each field a random value or a plausible one. */
const nearlyValid = fc.record(
  {
    id: fc.oneof(fc.uuid(), anyValue),
    label: fc.oneof(fc.constantFrom('claim', 'actor', 'statistic', 'CLAIM', ''), anyValue),
    start: fc.oneof(fc.integer({ min: -2, max: 400 }), anyValue),
    end: fc.oneof(fc.integer({ min: -2, max: 400 }), anyValue),
    quote: fc.oneof(fc.string({ maxLength: 30 }), anyValue),
    attributes: fc.oneof(
      fc.dictionary(fc.constantFrom('kind', 'value', 'entity', 'citation', 'per', 'x', '__proto__'), anyValue, { maxKeys: 3 }),
      anyValue,
    ),
    status: fc.oneof(fc.constantFrom('accepted', 'suggested', 'rejected', 'draft', 'translated', 'reviewed', 'approved'), anyValue),
    revision: fc.oneof(fc.integer({ min: -1, max: 5 }), anyValue),
    documentRevision: fc.oneof(fc.integer({ min: -1, max: 5 }), anyValue),
    text: fc.oneof(fc.string({ maxLength: 60 }), anyValue),
    comment: fc.oneof(fc.string({ maxLength: 20 }), anyValue),
    deleted: fc.oneof(fc.boolean(), anyValue),
    annotationId: fc.oneof(fc.uuid(), anyValue),
  },
  { requiredKeys: [] },
);
const anyBody = fc.oneof(
  nearlyValid.map((body) => JSON.stringify(body)),
  fc.jsonValue({ maxDepth: 3 }).map((body) => JSON.stringify(body)),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '{', 'null', '[]', '{"start": 1e400}', '{"__proto__": {"admin": true}}'),
);
const anySegment = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('1', '0', '-1', '99999999999999999999', '1.5', '%00'));

describe('route handlers on random requests', () => {

  it('never answer 500 to a random annotation create', async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, fc.oneof(fc.constant('real'), anySegment), async (body, target) => {
        const params = Promise.resolve({ slug: target === 'real' ? slug : target });
        const response = await createAnnotationRoute(request('POST', `/api/documents/x/annotations`, body), { params });
        if (response.status === 201) annotationId = ((await response.clone().json()) as { annotation: { id: string } }).annotation.id;
        await expectDeliberate(response);
      }),
      { numRuns: 300 },
    );
  });

  it('never answer 500 to a random annotation patch or delete', async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, fc.oneof(fc.constant('real'), anySegment), fc.boolean(), async (body, target, remove) => {
        const params = Promise.resolve({ id: target === 'real' ? annotationId : target });
        const route = remove ? deleteAnnotationRoute : patchAnnotationRoute;
        await expectDeliberate(await route(request(remove ? 'DELETE' : 'PATCH', '/api/annotations/x', body), { params }));
      }),
      { numRuns: 300 },
    );
  });

  it('never answer 500 to a random translation save, status change or alignment', async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, fc.oneof(fc.constant('real'), anySegment), fc.constantFrom(saveTranslationRoute, changeStatusRoute, alignRoute), async (body, target, route) => {
        const params = Promise.resolve({ sentenceId: target === 'real' ? String(sentenceId) : target });
        await expectDeliberate(await route(request('PUT', '/api/units/x/translation', body), { params }));
      }),
      { numRuns: 300 },
    );
  });

  it('never answer 500 to a random export query', async () => {
    const parameter = fc.constantFrom('format', 'documents', 'labels', 'statuses', 'layers', 'translationStatuses', 'other');
    const value = fc.oneof(fc.string({ maxLength: 15 }), fc.constantFrom('aligned-json', 'jsonl', 'w3c', 'tmx', 'xliff21', 'xliff12', 'conll', 'claim,actor', 'accepted', 'approved', 'fuzzadmin', ','));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(parameter, value), { maxLength: 4 }), fc.boolean(), async (pairs, preview) => {
        const query = new URLSearchParams(pairs).toString();
        const route = preview ? exportPreviewRoute : exportRoute;
        await expectDeliberate(await route(request('GET', `/api/export${preview ? '/preview' : ''}?${query}`)));
      }),
      { numRuns: 150 },
    );
  });

  it('reached the stores: the same session stores a valid request, and random ones were refused, not unauthenticated', async () => {
    // Without a working session every answer above would be 401 and the properties would test nothing.
    const params = Promise.resolve({ sentenceId: String(sentenceId) });
    const saved = await saveTranslationRoute(request('PUT', '/api/units/x/translation', JSON.stringify({ revision: 0, text: 'A valid English text.' })), { params });
    expect([200, 409]).toContain(saved.status);
    expect(statuses.get(401) ?? 0).toBe(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
  });
});
