// Search and concordance over the seed corpus in a real database: hits grouped by document with
// exact offsets, filters applied to the hit itself, blind annotators' layers kept apart, English
// counterparts in the concordance, and the JSON route's 400 for a malformed query.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '../../app/api/search/route';
import { hashSessionToken, sessionExpiry, SESSION_COOKIE } from '../../lib/auth/session-token';
import { openDatabase, type Db } from '../../lib/db/connection';
import { getDocumentBySlug } from '../../lib/db/queries/documents';
import { insertSession } from '../../lib/db/queries/sessions';
import { importCorpusFiles } from '../../lib/import/import-corpus-files';
import { loadConcordance } from '../../lib/research/concordance/load-concordance';
import { parseSearchQuery } from '../../lib/research/search/parse-search-query';
import { scopeFiltersToViewer, type SearchFilters } from '../../lib/research/search/parse-search-request';
import { searchCorpus, type TextHit } from '../../lib/research/search/search-corpus';
import { alignAnnotation } from '../../lib/translation-store/manage-alignments';
import { saveTranslation } from '../../lib/translation-store/save-translation';
import { listUnitRowsByDocumentId } from '../../lib/db/queries/translations';
import { addUser, annotate, CORPUS, seedFile, type Workbench } from '../annotation-store/fixtures';

const ANY: SearchFilters = { labels: [], layers: [], statuses: [], document: null, visibleLayer: null };
const savedDb = process.env.SELARAS_DB;
let dir: string;
let db: Db;
let bench: Workbench & { translator: number; admin: number };
let texts: Map<string, string>;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-search-'));
  const file = path.join(dir, 'selaras.db');
  db = openDatabase(file);
  const seeds = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => seedFile(f.slice(0, 3)));
  const imported = importCorpusFiles(db, seeds, { importedBy: null });
  texts = new Map(imported.map((r) => [r.slug, getDocumentBySlug(db, r.slug)?.text ?? '']));
  const slug = imported.find((r) => r.slug.startsWith('003'))?.slug ?? '';
  const annotator = addUser(db, 'ani');
  const other = addUser(db, 'budi');
  const translator = addUser(db, 'tari', 'translator');
  const admin = addUser(db, 'admin', 'admin');
  insertSession(db, hashSessionToken('token-admin'), admin, sessionExpiry().toISOString());
  bench = { db, annotator, other, slug, text: texts.get(slug) ?? '', translator, admin };
  process.env.SELARAS_DB = file;
});

afterAll(() => {
  process.env.SELARAS_DB = savedDb;
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('searchCorpus', () => {
  it('groups hits by document, each text hit pointing at the words it found', () => {
    const results = searchCorpus(db, parseSearchQuery('ECPAT'), ANY);
    expect(results.documents.length).toBeGreaterThan(1);
    for (const doc of results.documents) {
      for (const hit of doc.hits.filter((h): h is TextHit => h.source === 'text')) {
        expect(texts.get(doc.slug)?.slice(hit.start, hit.end).toLowerCase()).toBe('ecpat');
        expect(hit.snippet.segments.filter((s) => s.hit).map((s) => s.text.toLowerCase())).toContain('ecpat');
      }
    }
  });

  it('excludes sentences with an excluded word and finds words by prefix', () => {
    const all = searchCorpus(db, parseSearchQuery('ECPAT'), ANY).hitCount;
    const without = searchCorpus(db, parseSearchQuery('ECPAT -Indonesia'), ANY);
    expect(without.hitCount).toBeLessThan(all);
    for (const hit of without.documents.flatMap((d) => d.hits)) {
      if (hit.source === 'text') expect(hit.snippet.segments.map((s) => s.text).join('').toLowerCase()).not.toMatch(/\bindonesia\b/);
    }
    const prefixed = searchCorpus(db, parseSearchQuery('eksploit*'), ANY);
    const words = new Set(prefixed.documents.flatMap((d) => d.hits.flatMap((h) => h.snippet.segments.filter((s) => s.hit).map((s) => s.text.toLowerCase()))));
    expect([...words].every((w) => w.startsWith('eksploit'))).toBe(true);
    expect(words.size).toBeGreaterThan(0);
    expect(searchCorpus(db, parseSearchQuery('eksploit'), ANY).hitCount).toBe(0);
  });

  it('with a label filter keeps only the words inside such annotations', () => {
    const actor = annotate(bench, 'ECPAT', { label: 'actor', occurrence: 2 });
    const results = searchCorpus(db, parseSearchQuery('ECPAT'), { ...ANY, labels: ['actor'] });
    const textHits = results.documents.flatMap((d) => d.hits.filter((h): h is TextHit => h.source === 'text'));
    expect(textHits.map((h) => [h.start, h.end])).toEqual([[actor.start, actor.end]]);
    expect(searchCorpus(db, parseSearchQuery('ECPAT'), { ...ANY, labels: ['statistic'] }).hitCount).toBe(0);
    expect(searchCorpus(db, parseSearchQuery('ECPAT'), { ...ANY, labels: ['actor'], layers: ['budi'] }).hitCount).toBe(0);
  });

  it('finds annotations by their attributes, and shows an annotator only their own layer', () => {
    annotate(bench, 'ECPAT', { label: 'claim', layer: bench.other, occurrence: 3, attributes: { kind: 'factual', citation: '(Kompas, 2016)' } });
    const asReviewer = searchCorpus(db, parseSearchQuery('Kompas'), scopeFiltersToViewer(ANY, { role: 'reviewer', username: 'rudi' }));
    expect(asReviewer.documents.flatMap((d) => d.hits.map((h) => h.source))).toContain('annotation');
    const asAni = searchCorpus(db, parseSearchQuery('Kompas'), scopeFiltersToViewer(ANY, { role: 'annotator', username: 'ani' }));
    expect(asAni.documents.flatMap((d) => d.hits.filter((h) => h.source === 'annotation'))).toEqual([]);
  });
});

describe('loadConcordance', () => {
  it('lines up every occurrence of a term with the unit’s English beside it', () => {
    const unit = listUnitRowsByDocumentId(db, getDocumentBySlug(db, bench.slug)?.id ?? 0).find((u) => bench.text.slice(u.start, u.end).includes('ECPAT'));
    if (!unit) throw new Error('003 has a unit with ECPAT');
    saveTranslation(db, unit.sentenceId, { revision: 0, text: 'ECPAT works here.' }, { userId: bench.translator, role: 'translator' });
    const concordance = loadConcordance(db, { q: 'ECPAT', label: null, filters: ANY, sort: 'right' });
    expect(concordance.lines.length).toBeGreaterThan(10);
    expect(concordance.lines.every((l) => l.hit.toLowerCase() === 'ecpat')).toBe(true);
    expect(concordance.lines.filter((l) => l.sentenceId === unit.sentenceId).map((l) => l.english)).toContain('ECPAT works here.');
  });

  it('lines up a label’s spans with their aligned English', () => {
    const unit = listUnitRowsByDocumentId(db, getDocumentBySlug(db, bench.slug)?.id ?? 0).find((u) => u.translation?.text === 'ECPAT works here.');
    if (!unit) throw new Error('the unit was translated above');
    const inUnit = bench.text.slice(unit.start, unit.end);
    const start = unit.start + inUnit.indexOf('ECPAT');
    const actor = annotate(bench, 'ECPAT', { label: 'actor', occurrence: bench.text.slice(0, start).split('ECPAT').length - 1, status: 'accepted' });
    alignAnnotation(db, unit.sentenceId, { annotationId: actor.id, start: 0, end: 5, quote: 'ECPAT' }, { userId: bench.admin, role: 'admin' });
    const concordance = loadConcordance(db, { q: '', label: 'actor', filters: ANY, sort: 'position' });
    const line = concordance.lines.find((l) => l.annotationId === actor.id);
    expect(line).toMatchObject({ hit: 'ECPAT', english: 'ECPAT', label: 'actor' });
    expect(concordance.lines.every((l) => l.label === 'actor')).toBe(true);
    expect(line?.layer).toBe('ani');
  });

  it('shows a label’s accepted spans unless a status is chosen', () => {
    const rejected = annotate(bench, 'ECPAT', { label: 'actor', occurrence: 0, status: 'rejected' });
    const ids = (statuses: SearchFilters['statuses']) =>
      loadConcordance(db, { q: '', label: 'actor', filters: { ...ANY, statuses }, sort: 'position' }).lines.map((l) => l.annotationId);
    expect(ids([])).not.toContain(rejected.id);
    expect(ids(['rejected'])).toContain(rejected.id);
  });
});

describe('GET /api/search', () => {
  async function get(query: string): Promise<{ status: number; body: { error?: { code: string; message: string }; hitCount?: number } }> {
    const headers = new Headers({ host: 'localhost:3000', cookie: `${SESSION_COOKIE}=token-admin`, 'accept-language': 'en' });
    const response = await GET(new Request(`http://localhost:3000/api/search?${query}`, { headers }));
    return { status: response.status, body: await response.json() };
  }

  it('answers a query with the hits as JSON', async () => {
    const { status, body } = await get('q=ECPAT');
    expect(status).toBe(200);
    expect(body.hitCount).toBeGreaterThan(0);
  });

  it('answers a malformed query or filter with 400 and a message, never 500', async () => {
    for (const [query, code] of [
      ['q=%22anak', 'search.unbalancedQuote'],
      ['q=-anak', 'search.onlyExclusions'],
      ['q=', 'search.emptyQuery'],
      ['q=NEAR(', null],
      ['q=anak&status=deleted', 'search.invalidFilter'],
    ] as const) {
      const { status, body } = await get(query);
      if (code === null) expect(status).toBe(200);
      else {
        expect(status, query).toBe(400);
        expect(body.error?.code).toBe(code);
        expect(body.error?.message).toBeTruthy();
      }
    }
  });
});
