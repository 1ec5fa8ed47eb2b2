// GET /api/documents/[slug]/agreement called directly with a session cookie: reviewers and
// researchers read the figures, an annotator is refused (blind annotation), a visitor must log in.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '../../app/api/documents/[slug]/agreement/route';
import type { DocumentAgreement } from '../../lib/agreement-store/compute-document-agreement';
import { createAnnotation } from '../../lib/annotation-store/create-annotation';
import type { Role } from '../../lib/auth/roles';
import { hashSessionToken, sessionExpiry, SESSION_COOKIE } from '../../lib/auth/session-token';
import { openDatabase, type Db } from '../../lib/db/connection';
import { getDocumentBySlug } from '../../lib/db/queries/documents';
import { insertSession } from '../../lib/db/queries/sessions';
import { insertUser } from '../../lib/db/queries/users';
import { importCorpusFiles } from '../../lib/import/import-corpus-files';
import { newId, seedFile, spanOf } from '../annotation-store/fixtures';

let dir: string;
let db: Db;
let slug: string;
const savedDb = process.env.SELARAS_DB;

function account(username: string, role: Role): number {
  const id = insertUser(db, { username, displayName: username, passwordHash: 'not-a-real-hash', role }, null);
  if (id === null) throw new Error(`user ${username} exists`);
  insertSession(db, hashSessionToken(`token-${username}`), id, sessionExpiry().toISOString());
  return id;
}

type Body = Partial<DocumentAgreement> & { error?: { code: string } };

async function get(username: string | null, documentSlug = slug): Promise<{ status: number; body: Body }> {
  const headers = new Headers({ host: 'localhost:3000' });
  if (username) headers.set('cookie', `${SESSION_COOKIE}=token-${username}`);
  const request = new Request(`http://localhost:3000/api/documents/${encodeURIComponent(documentSlug)}/agreement`, { headers });
  const response = await GET(request, { params: Promise.resolve({ slug: documentSlug }) });
  return { status: response.status, body: (await response.json()) as Body };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-agreement-route-'));
  const file = path.join(dir, 'selaras.db');
  db = openDatabase(file);
  const [imported] = importCorpusFiles(db, [seedFile('001')], { importedBy: null });
  if (!imported) throw new Error('seed 001 not imported');
  slug = imported.slug;
  const text = getDocumentBySlug(db, slug)?.text ?? '';
  const ani = account('ani', 'annotator');
  const budi = account('budi', 'annotator');
  account('rudi', 'reviewer');
  account('riset', 'researcher');
  account('tari', 'translator');
  for (const layer of [ani, budi]) createAnnotation(db, slug, layer, { id: newId(), label: 'actor', attributes: {}, ...spanOf(text, 'ECPAT') });
  process.env.SELARAS_DB = file;
});

afterAll(() => {
  process.env.SELARAS_DB = savedDb;
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/documents/[slug]/agreement', () => {
  it('answers a reviewer and a researcher with the figures', async () => {
    for (const who of ['rudi', 'riset']) {
      const { status, body } = await get(who);
      expect(status).toBe(200);
      expect(body.annotators?.map((a) => a.username)).toEqual(['ani', 'budi']);
      expect(body.report?.pairs[0]?.kappa.byLabel.actor?.value).toBe(1);
    }
  });

  it('refuses an annotator and a translator with 403', async () => {
    for (const who of ['ani', 'tari']) {
      const { status, body } = await get(who);
      expect(status).toBe(403);
      expect(body.error?.code).toBe('auth.forbidden');
    }
  });

  it('asks a visitor to log in (401)', async () => {
    expect((await get(null)).status).toBe(401);
  });

  it('answers 404 for an unknown document', async () => {
    const { status, body } = await get('rudi', 'no-such-document');
    expect(status).toBe(404);
    expect(body.error?.code).toBe('document.notFound');
  });
});
