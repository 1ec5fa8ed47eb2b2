// Eight clients write through the HTTP API of one production server at once, for a bounded time:
// annotators create spans and edit shared ones (two tabs per account, so their edits collide),
// translators and a reviewer rewrite the same few units. Every acknowledged write must be stored
// (no lost update), every refusal must be a 409 for a revision that really was stale, and no other
// status (no SQLITE_BUSY surfacing as a 500) may reach a client.
import { request as playwrightRequest, type APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './api-session';
import { startSelaras, type RunningSelaras } from './selaras-server';

const DOC = '001_3ea582def6b673a3';
const MILLISECONDS = 5_000;
const SHARED_UNITS = 4;
const admin = { username: 'admin', displayName: 'Admin', password: 'kata-sandi-admin-123' };
const people = [
  { username: 'ani', displayName: 'Ani', password: 'kata-sandi-ani-123', role: 'annotator' },
  { username: 'budi', displayName: 'Budi', password: 'kata-sandi-budi-123', role: 'annotator' },
  { username: 'tari', displayName: 'Tari', password: 'kata-sandi-tari-123', role: 'translator' },
  { username: 'rudi', displayName: 'Rudi', password: 'kata-sandi-rudi-123', role: 'reviewer' },
];

interface Unit {
  sentenceId: number;
  start: number;
  source: string;
  translation: { text: string; revision: number } | null;
}
interface Ack {
  kind: 'annotation' | 'translation';
  id: string;
  revision: number;
  /** What the write stored: the citation attribute, or the English text. */
  content: string;
}

let selaras: RunningSelaras;
const contexts: APIRequestContext[] = [];

async function signedIn(user: { username: string; password: string }): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext();
  contexts.push(context);
  expect((await callApi(context, selaras.baseURL, 'POST', '/api/login', user)).status).toBe(200);
  return context;
}

beforeAll(async () => {
  selaras = await startSelaras();
  const setup = await playwrightRequest.newContext();
  contexts.push(setup);
  expect((await callApi(setup, selaras.baseURL, 'POST', '/api/setup', admin)).status).toBe(201);
  for (const person of people) expect((await callApi(setup, selaras.baseURL, 'POST', '/api/users', person)).status).toBe(201);
});
afterAll(async () => {
  for (const context of contexts) await context.dispose();
  selaras?.stop();
});

/** Words of the document to annotate: each create takes the next one, so creates never clash. */
function wordsOf(units: readonly Unit[]): Array<{ start: number; end: number; quote: string }> {
  return units.flatMap((unit) =>
    [...unit.source.matchAll(/\p{L}{5,}/gu)].map((m) => ({ start: unit.start + (m.index ?? 0), end: unit.start + (m.index ?? 0) + m[0].length, quote: m[0] })),
  );
}

describe('eight clients writing over HTTP at once', () => {
  it('keeps every acknowledged write and answers every stale one with 409, nothing else', async () => {
    const base = selaras.baseURL;
    const reader = await signedIn(admin);
    const units = ((await callApi(reader, base, 'GET', `/api/documents/${DOC}/translations`)).body as { units: Unit[] }).units;
    const words = wordsOf(units);
    const shared = units.slice(0, SHARED_UNITS);

    const acks: Ack[] = [];
    const unexpected: string[] = [];
    let stale = 0;
    const deadline = Date.now() + MILLISECONDS;

    // Each annotator account gets a shared span first, which both of its tabs then edit.
    const annotators = await Promise.all(people.slice(0, 2).map((p) => signedIn(p)));
    const sharedSpans = await Promise.all(
      annotators.map(async (context, i) => {
        const word = words[i];
        if (!word) throw new Error('no word');
        const created = await callApi(context, base, 'POST', `/api/documents/${DOC}/annotations`, { id: crypto.randomUUID(), label: 'claim', ...word });
        expect(created.status).toBe(201);
        return created.body.annotation.id as string;
      }),
    );
    let nextWord = 2;

    async function annotatorTab(context: APIRequestContext, sharedId: string, tab: string): Promise<void> {
      let seen = 1;
      for (let n = 0; Date.now() < deadline; n++) {
        if (n % 3 === 0) {
          const word = words[nextWord++ % words.length];
          if (!word) continue;
          const id = crypto.randomUUID();
          const created = await callApi(context, base, 'POST', `/api/documents/${DOC}/annotations`, { id, label: 'claim', ...word });
          if (created.status === 201) acks.push({ kind: 'annotation', id, revision: 1, content: '' });
          // The same word twice in one layer is a conflict of its own (the words list wraps).
          else if (created.status !== 409) unexpected.push(`create ${created.status} ${created.text}`);
          continue;
        }
        const citation = `${tab}-${n}`;
        const patched = await callApi(context, base, 'PATCH', `/api/annotations/${sharedId}`, { revision: seen, attributes: { citation } });
        if (patched.status === 200) {
          seen = patched.body.annotation.revision;
          acks.push({ kind: 'annotation', id: sharedId, revision: seen, content: citation });
        } else if (patched.status === 409) {
          stale++;
          const current = patched.body.current?.revision as number | undefined;
          if (current === undefined || current === seen) unexpected.push(`409 for a fresh annotation revision ${seen}`);
          seen = current ?? seen;
        } else unexpected.push(`patch ${patched.status} ${patched.text}`);
      }
    }

    async function translatorTab(context: APIRequestContext, tab: string): Promise<void> {
      const seen = new Map<number, number>(shared.map((u) => [u.sentenceId, u.translation?.revision ?? 0]));
      for (let n = 0; Date.now() < deadline; n++) {
        const unit = shared[n % shared.length];
        if (!unit) continue;
        const text = `English of ${tab}, round ${n}.`;
        const revision = seen.get(unit.sentenceId) ?? 0;
        const saved = await callApi(context, base, 'PUT', `/api/units/${unit.sentenceId}/translation`, { revision, text });
        if (saved.status === 200) {
          const stored = saved.body.unit.translation.revision as number;
          seen.set(unit.sentenceId, stored);
          acks.push({ kind: 'translation', id: String(unit.sentenceId), revision: stored, content: text });
        } else if (saved.status === 409) {
          stale++;
          const current = saved.body.current?.translation?.revision ?? saved.body.current?.revision;
          if (typeof current !== 'number' || current === revision) unexpected.push(`409 for a fresh unit revision ${revision}: ${saved.text}`);
          else seen.set(unit.sentenceId, current);
        } else unexpected.push(`translate ${saved.status} ${saved.text}`);
      }
    }

    const translators = await Promise.all(people.slice(2).map((p) => signedIn(p)));
    const secondTabs = await Promise.all(people.map((p) => signedIn(p)));
    await Promise.all([
      annotatorTab(annotators[0]!, sharedSpans[0]!, 'ani-1'),
      annotatorTab(secondTabs[0]!, sharedSpans[0]!, 'ani-2'),
      annotatorTab(annotators[1]!, sharedSpans[1]!, 'budi-1'),
      annotatorTab(secondTabs[1]!, sharedSpans[1]!, 'budi-2'),
      translatorTab(translators[0]!, 'tari-1'),
      translatorTab(secondTabs[2]!, 'tari-2'),
      translatorTab(translators[1]!, 'rudi-1'),
      translatorTab(secondTabs[3]!, 'rudi-2'),
    ]);

    expect(unexpected).toEqual([]);
    // Both outcomes must have happened for the check to mean anything.
    expect(acks.filter((a) => a.kind === 'annotation').length).toBeGreaterThan(20);
    expect(acks.filter((a) => a.kind === 'translation').length).toBeGreaterThan(10);
    expect(stale).toBeGreaterThan(0);

    // No revision was acknowledged twice: two writers never both "won" the same step.
    const steps = acks.map((a) => `${a.kind}:${a.id}:${a.revision}`);
    expect(new Set(steps).size).toBe(steps.length);

    // Every acknowledged write is stored; the last acknowledged state of each record is its state now.
    const stored = new Map<string, { revision: number; content: string }>();
    for (const context of annotators) {
      const layer = (await callApi(context, base, 'GET', `/api/documents/${DOC}/annotations`)).body as {
        annotations: Array<{ id: string; revision: number; attributes: Record<string, unknown> }>;
      };
      for (const a of layer.annotations) stored.set(`annotation:${a.id}`, { revision: a.revision, content: String(a.attributes.citation ?? '') });
    }
    const after = ((await callApi(reader, base, 'GET', `/api/documents/${DOC}/translations`)).body as { units: Unit[] }).units;
    for (const u of after) if (u.translation) stored.set(`translation:${u.sentenceId}`, { revision: u.translation.revision, content: u.translation.text });
    const latest = new Map<string, Ack>();
    for (const ack of acks) {
      const key = `${ack.kind}:${ack.id}`;
      if ((latest.get(key)?.revision ?? 0) < ack.revision) latest.set(key, ack);
    }
    for (const [key, ack] of latest) {
      const now = stored.get(key);
      expect(now, key).toBeDefined();
      expect(now?.revision, key).toBe(ack.revision);
      if (ack.content !== '') expect(now?.content, key).toBe(ack.content);
    }
  });
});
