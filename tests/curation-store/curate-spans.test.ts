import { describe, expect, it } from 'vitest';
import { listAnnotationEventsByAnnotationId } from '../../lib/db/queries/annotations';
import { GOLD_USERNAME, getGoldLayerUserId } from '../../lib/db/queries/curation';
import { acceptAgreedSpans, acceptSpanIntoGold, patchGoldAnnotation, rejectSpan } from '../../lib/curation-store/curate-spans';
import { loadCurationWorkspace } from '../../lib/curation-store/load-curation-workspace';
import { exportChunks } from '../../lib/export-store/write-export';
import type { ExportRequest } from '../../lib/export-store/parse-export-request';
import { recordExport } from '../../lib/export-store/record-export';
import { listAuditEntries } from '../../lib/db/queries/audit';
import { logIn } from '../../lib/auth/accounts';
import { caught } from '../helpers/caught-app-error';
import { createAnnotation } from '../../lib/annotation-store/create-annotation';
import { listAlignmentsByAnnotationId } from '../../lib/db/queries/alignments';
import { getDocumentBySlug } from '../../lib/db/queries/documents';
import { listUnitRowsByDocumentId, type UnitRow } from '../../lib/db/queries/translations';
import { alignAnnotation } from '../../lib/translation-store/manage-alignments';
import { saveTranslation } from '../../lib/translation-store/save-translation';
import { countRows, newId } from '../annotation-store/fixtures';
import { curationBench, finish, mark, word, type CurationBench } from './fixtures';

/** Two finished layers: one agreed actor, one statistic they disagree on, one claim only ani marked. */
function twoLayers(): CurationBench & { agreed: [string, string]; disagreed: [string, string]; single: string } {
  const bench = curationBench();
  const actorA = mark(bench, bench.annotator, 'actor', word(bench.text, 0));
  const actorB = mark(bench, bench.other, 'actor', word(bench.text, 0));
  const statA = mark(bench, bench.annotator, 'claim', word(bench.text, 2));
  const statB = mark(bench, bench.other, 'actor', word(bench.text, 2));
  const single = mark(bench, bench.annotator, 'claim', word(bench.text, 4));
  finish(bench, 'annotator');
  finish(bench, 'other');
  return { ...bench, agreed: [actorA.id, actorB.id], disagreed: [statA.id, statB.id], single: single.id };
}

/**
 * Translates the unit holding the `n`-th long word as "English words here." and aligns
 * `annotationId` with `english` (one of those words); returns the unit.
 */
function alignInEnglish(bench: CurationBench, n: number, annotationId: string, english: string): UnitRow {
  const span = word(bench.text, n);
  const documentId = getDocumentBySlug(bench.db, bench.slug)?.id ?? 0;
  const unit = listUnitRowsByDocumentId(bench.db, documentId).find((u) => u.start <= span.start && span.end <= u.end);
  if (!unit) throw new Error('the word lies in a unit');
  const writer = { userId: bench.reviewer, role: 'reviewer' as const };
  const text = 'English words here.';
  saveTranslation(bench.db, unit.sentenceId, { revision: 0, text }, writer);
  const start = text.indexOf(english);
  alignAnnotation(bench.db, unit.sentenceId, { annotationId, start, end: start + english.length, quote: english }, writer);
  return unit;
}

function groupKinds(bench: CurationBench): Array<[string, string]> {
  return loadCurationWorkspace(bench.db, bench.slug).groups.map((g) => [g.kind, g.state]);
}

describe('loadCurationWorkspace', () => {
  it('compares only the layers of annotators who finished', () => {
    const bench = curationBench();
    mark(bench, bench.annotator, 'actor', word(bench.text, 0));
    mark(bench, bench.other, 'actor', word(bench.text, 0));
    finish(bench, 'annotator');
    const workspace = loadCurationWorkspace(bench.db, bench.slug);
    expect(workspace.layers.map((l) => l.username)).toEqual(['ani']);
    expect(workspace.groups.map((g) => g.kind)).toEqual(['single']);
  });

  it('leaves out suggestions an annotator left pending or rejected', () => {
    const bench = curationBench();
    const place = word(bench.text, 0);
    createAnnotation(bench.db, bench.slug, bench.annotator, { id: newId(), label: 'actor', attributes: {}, status: 'rejected', ...place });
    createAnnotation(bench.db, bench.slug, bench.other, { id: newId(), label: 'actor', attributes: {}, status: 'rejected', ...place });
    createAnnotation(bench.db, bench.slug, bench.other, { id: newId(), label: 'claim', attributes: {}, status: 'suggested', ...word(bench.text, 2) });
    const accepted = mark(bench, bench.annotator, 'claim', word(bench.text, 4));
    finish(bench, 'annotator');
    finish(bench, 'other');
    const workspace = loadCurationWorkspace(bench.db, bench.slug);
    expect(workspace.groups.map((g) => g.members.map((m) => m.annotation.id))).toEqual([[accepted.id]]);
    expect(acceptAgreedSpans(bench.db, bench.slug, bench.reviewer)).toMatchObject({ accepted: 0 });
  });

  it('groups the layers into agreed, disagreed and single spans', () => {
    expect(groupKinds(twoLayers())).toEqual([
      ['agreed', 'open'],
      ['disagreed', 'open'],
      ['single', 'open'],
    ]);
  });
});

describe('acceptSpanIntoGold', () => {
  it('copies the span into the gold layer under a new id and records where it came from', () => {
    const bench = twoLayers();
    const [source] = bench.disagreed;
    const gold = acceptSpanIntoGold(bench.db, bench.slug, bench.reviewer, { annotationId: source, revision: 1 });
    expect(gold.id).not.toBe(source);
    expect(gold.layerUserId).toBe(getGoldLayerUserId(bench.db));
    expect([gold.label, gold.quote, gold.status, gold.origin]).toEqual(['claim', word(bench.text, 2).quote, 'accepted', 'manual']);
    const [created] = listAnnotationEventsByAnnotationId(bench.db, gold.id);
    expect(created?.action).toBe('create');
    expect(created?.userId).toBe(bench.reviewer);
    expect((created?.after as unknown as { curatedFrom: unknown }).curatedFrom).toEqual({ annotationId: source, layerUserId: bench.annotator, revision: 1, edited: false });
    expect(groupKinds(bench)[1]).toEqual(['disagreed', 'accepted']);
  });

  it('gives the gold copy the English counterparts its source had on the same words', () => {
    const bench = twoLayers();
    const [source] = bench.disagreed;
    const unit = alignInEnglish(bench, 2, source, 'English');
    const gold = acceptSpanIntoGold(bench.db, bench.slug, bench.reviewer, { annotationId: source, revision: 1 });
    expect(listAlignmentsByAnnotationId(bench.db, gold.id).map((a) => [a.sentenceId, a.quote, a.state])).toEqual([[unit.sentenceId, 'English', 'aligned']]);
    expect(listAlignmentsByAnnotationId(bench.db, source)).toHaveLength(1);
  });

  it('gives an agreed span accepted in bulk the alignment the translator made on either layer', () => {
    const bench = twoLayers();
    const [, budis] = bench.agreed;
    alignInEnglish(bench, 0, budis, 'words');
    acceptAgreedSpans(bench.db, bench.slug, bench.reviewer);
    const [gold] = loadCurationWorkspace(bench.db, bench.slug).gold;
    expect(listAlignmentsByAnnotationId(bench.db, gold?.id ?? '').map((a) => a.quote)).toEqual(['words']);
  });

  it('accepts an edited span: another label, other offsets, attributes', () => {
    const bench = twoLayers();
    const [, source] = bench.disagreed;
    const wider = { start: word(bench.text, 2).start, end: word(bench.text, 3).end };
    const edit = { label: 'actor', ...wider, quote: bench.text.slice(wider.start, wider.end), attributes: { actor_type: 'ngo' } };
    const gold = acceptSpanIntoGold(bench.db, bench.slug, bench.reviewer, { annotationId: source, revision: 1 }, edit);
    expect([gold.label, gold.start, gold.end, gold.attributes]).toEqual(['actor', wider.start, wider.end, { actor_type: 'ngo' }]);
  });

  it('refuses an edit that does not fit the text, and writes nothing', () => {
    const bench = twoLayers();
    const before = countRows(bench.db, 'annotations');
    const edit = { label: 'actor', start: 0, end: 5, quote: 'nothing like the text', attributes: {} };
    expect(caught(() => acceptSpanIntoGold(bench.db, bench.slug, bench.reviewer, { annotationId: bench.single, revision: 1 }, edit)).code).toBe(
      'annotation.quoteMismatch',
    );
    expect(countRows(bench.db, 'annotations')).toBe(before);
  });

  it('refuses a span seen at an older revision, or one of an unfinished layer', () => {
    const bench = curationBench();
    const span = mark(bench, bench.annotator, 'actor', word(bench.text, 0));
    expect(caught(() => acceptSpanIntoGold(bench.db, bench.slug, bench.reviewer, { annotationId: span.id, revision: 1 })).code).toBe('curation.spanNotFound');
    finish(bench, 'annotator');
    const stale = caught(() => acceptSpanIntoGold(bench.db, bench.slug, bench.reviewer, { annotationId: span.id, revision: 7 }));
    expect([stale.code, stale.status]).toEqual(['curation.staleRevision', 409]);
  });

  it('links to the gold annotation already on those words instead of adding a second', () => {
    const bench = twoLayers();
    const first = acceptSpanIntoGold(bench.db, bench.slug, bench.reviewer, { annotationId: bench.agreed[0], revision: 1 });
    const second = acceptSpanIntoGold(bench.db, bench.slug, bench.reviewer, { annotationId: bench.agreed[1], revision: 1 });
    expect(second.id).toBe(first.id);
    expect(loadCurationWorkspace(bench.db, bench.slug).gold).toHaveLength(1);
  });
});

describe('rejectSpan', () => {
  it('records the rejection and takes the group off the to-do list once every span in it is rejected', () => {
    const bench = twoLayers();
    rejectSpan(bench.db, bench.slug, bench.reviewer, { annotationId: bench.single, revision: 1 });
    expect(groupKinds(bench)[2]).toEqual(['single', 'rejected']);
    rejectSpan(bench.db, bench.slug, bench.reviewer, { annotationId: bench.disagreed[0], revision: 1 });
    expect(groupKinds(bench)[1]).toEqual(['disagreed', 'open']);
    expect(loadCurationWorkspace(bench.db, bench.slug).gold).toEqual([]);
  });
});

describe('acceptAgreedSpans', () => {
  it('accepts every agreed span in one go and leaves the rest to decide', () => {
    const bench = twoLayers();
    expect(acceptAgreedSpans(bench.db, bench.slug, bench.reviewer)).toEqual({ accepted: 1 });
    expect(groupKinds(bench)).toEqual([
      ['agreed', 'accepted'],
      ['disagreed', 'open'],
      ['single', 'open'],
    ]);
    expect(acceptAgreedSpans(bench.db, bench.slug, bench.reviewer)).toEqual({ accepted: 0 });
    expect(loadCurationWorkspace(bench.db, bench.slug).gold.map((g) => g.quote)).toEqual([word(bench.text, 0).quote]);
  });
});

describe('patchGoldAnnotation', () => {
  it('edits and removes gold annotations, and nothing outside the gold layer', () => {
    const bench = twoLayers();
    const gold = acceptSpanIntoGold(bench.db, bench.slug, bench.reviewer, { annotationId: bench.agreed[0], revision: 1 });
    const edited = patchGoldAnnotation(bench.db, bench.slug, bench.reviewer, gold.id, { revision: 1, attributes: { actor_type: 'state' } });
    expect(edited.attributes).toEqual({ actor_type: 'state' });
    patchGoldAnnotation(bench.db, bench.slug, bench.reviewer, gold.id, { revision: 2, deleted: true });
    expect(loadCurationWorkspace(bench.db, bench.slug).gold).toEqual([]);
    expect(caught(() => patchGoldAnnotation(bench.db, bench.slug, bench.reviewer, bench.single, { revision: 1, deleted: true })).code).toBe('annotation.notFound');
  });
});

describe('the gold layer account', () => {
  it('cannot log in', async () => {
    const bench = twoLayers();
    acceptSpanIntoGold(bench.db, bench.slug, bench.reviewer, { annotationId: bench.single, revision: 1 });
    const error = await logIn(bench.db, GOLD_USERNAME, '!', undefined).then(
      () => null,
      (e: unknown) => e as { code?: string },
    );
    expect(error?.code).toBe('auth.invalidCredentials');
  });
});

describe('exportChunks and the gold layer', () => {
  function exportedLayers(bench: CurationBench, request: { allLayers?: true; layers?: string[] } = {}): string[] {
    const text = [...exportChunks(bench.db, { format: 'aligned-json', filters: request.layers ? { layers: request.layers } : {}, ...(request.allLayers && { allLayers: true }) }, { baseUrl: 'http://x' })].join('');
    const corpus = JSON.parse(text) as { documents: Array<{ annotations: Array<{ layer: string }> }> };
    return [...new Set(corpus.documents.flatMap((d) => d.annotations.map((a) => a.layer)))].sort();
  }

  it('exports every layer while no gold exists, and only gold once it does, unless asked otherwise', () => {
    const bench = twoLayers();
    expect(exportedLayers(bench)).toEqual(['ani', 'budi']);
    acceptAgreedSpans(bench.db, bench.slug, bench.reviewer);
    expect(exportedLayers(bench)).toEqual([GOLD_USERNAME]);
    expect(exportedLayers(bench, { allLayers: true })).toEqual([GOLD_USERNAME, 'ani', 'budi']);
    expect(exportedLayers(bench, { layers: ['budi'] })).toEqual(['budi']);
  });

  it('records the layer choice in the header and in the audit log', () => {
    const bench = twoLayers();
    const header = (request: ExportRequest) => (JSON.parse([...exportChunks(bench.db, request, { baseUrl: 'http://x' })].join('')) as { filters: unknown }).filters;
    expect(header({ format: 'aligned-json', filters: {} })).toEqual({ layerChoice: 'goldWherePresent' });
    expect(header({ format: 'aligned-json', filters: {}, allLayers: true })).toEqual({ layerChoice: 'allLayers' });
    expect(header({ format: 'aligned-json', filters: { layers: ['ani'] } })).toEqual({ layers: ['ani'] });
    recordExport(bench.db, { request: { format: 'jsonl', filters: {}, allLayers: true }, destination: 'download', exportedAt: 'now' }, { userId: bench.reviewer });
    const [entry] = listAuditEntries(bench.db, { entity: 'export' }, { limit: 1, offset: 0 });
    expect((entry?.after as { layerChoice: unknown }).layerChoice).toBe('allLayers');
  });
});
