// Input that looks like SQL goes through the routes into the database and comes back verbatim:
// every query binds its values, none splices them into SQL text.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDatabase } from '../../lib/db/connection';
import { callRoute } from './call-route';
import { buildMatrixFixture, copyFixtureDatabase, type MatrixFixture } from './route-matrix-fixture';

const HOSTILE = `'; DROP TABLE annotations; -- " OR 1=1 /* \\ %_`;

let fixture: MatrixFixture;
const saved = process.env.SELARAS_DB;

beforeAll(async () => {
  fixture = await buildMatrixFixture();
  process.env.SELARAS_DB = copyFixtureDatabase(fixture, 'sql-metacharacters');
}, 60_000);

afterAll(() => {
  process.env.SELARAS_DB = saved;
  fs.rmSync(fixture.dir, { recursive: true, force: true });
});

async function json(response: Response): Promise<Record<string, unknown>> {
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

describe('SQL metacharacters in route input', () => {
  it('stores a termbase entry verbatim and finds it by the same text', async () => {
    const token = fixture.users.translator.token;
    await json(await callRoute({ file: 'api/glossary/route.ts', method: 'POST', token, body: { sourceTerm: HOSTILE, targetTerm: HOSTILE, note: HOSTILE } }));
    const found = await json(await callRoute({ file: 'api/glossary/route.ts', method: 'GET', token, query: `q=${encodeURIComponent(HOSTILE)}` }));
    expect(found.terms).toEqual([expect.objectContaining({ sourceTerm: HOSTILE, targetTerm: HOSTILE, note: HOSTILE })]);
  });

  it('stores an entity name and alias verbatim', async () => {
    const token = fixture.users.annotator.token;
    const { entity } = await json(await callRoute({ file: 'api/entities/route.ts', method: 'POST', token, body: { canonicalName: HOSTILE, type: 'group', aliases: [`${HOSTILE}!`] } }));
    expect(entity).toMatchObject({ canonicalName: HOSTILE, aliases: [`${HOSTILE}!`] });
  });

  it('stores a translation and an annotation attribute verbatim, and every table is still there', async () => {
    const sentenceId = String(fixture.untranslated.sentenceId);
    const unit = await json(
      await callRoute({ file: 'api/units/[sentenceId]/translation/route.ts', method: 'PUT', params: { sentenceId }, token: fixture.users.translator.token, body: { revision: 0, text: HOSTILE } }),
    );
    expect(unit.unit).toMatchObject({ translation: expect.objectContaining({ text: HOSTILE }) });
    const id = fixture.annotations.annotator;
    const { annotation } = await json(
      await callRoute({ file: 'api/annotations/[id]/route.ts', method: 'PATCH', params: { id }, token: fixture.users.annotator.token, body: { revision: 1, attributes: { citation: HOSTILE } } }),
    );
    expect(annotation).toMatchObject({ attributes: { citation: HOSTILE } });
    const stored = getDatabase().prepare('SELECT attributes FROM annotations WHERE id = ?').get(id) as { attributes: string };
    expect(JSON.parse(stored.attributes)).toEqual({ citation: HOSTILE });
    expect(getDatabase().prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'annotations'").get()).toEqual({ n: 1 });
  });
});
