import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../../lib/annotation-store/create-annotation';
import { patchAnnotation } from '../../lib/annotation-store/update-annotation';
import { correctSourceText } from '../../lib/annotation-store/correct-source-text';
import { getAnnotatableDocumentBySlug, getAnnotationById, listAnnotationEventsByAnnotationId } from '../../lib/db/queries/annotations';
import { getAuditEntriesByEntity } from '../../lib/db/queries/audit';
import { AppError } from '../../lib/errors';
import { annotate, countRows, newId, spanOf, workbench } from './fixtures';

function codeOf(run: () => unknown): { code: string; status: number; params: Record<string, unknown> } | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, status: error.status, params: error.params };
    throw error;
  }
  return undefined;
}

describe('createAnnotation', () => {
  it('stores the span with quote, context, history and an audit entry', () => {
    const bench = workbench();
    const span = spanOf(bench.text, 'more and more cases of child trafficking');
    const { annotation, created } = createAnnotation(bench.db, bench.slug, bench.annotator, {
      id: newId(),
      label: 'claim',
      ...span,
      attributes: { kind: 'factual', attributed_to: 'author' },
    });
    expect(created).toBe(true);
    expect(annotation).toMatchObject({ ...span, status: 'accepted', origin: 'manual', anchor: 'anchored', revision: 1, deletedAt: null });
    expect(bench.text.slice(span.start - annotation.prefix.length, span.start)).toBe(annotation.prefix);
    expect(annotation.prefix.length).toBe(Math.min(32, span.start));
    expect(bench.text.slice(span.end, span.end + annotation.suffix.length)).toBe(annotation.suffix);
    expect(getAnnotationById(bench.db, annotation.id)).toEqual(annotation);
    expect(listAnnotationEventsByAnnotationId(bench.db, annotation.id)).toMatchObject([{ action: 'create', revision: 1, before: null, after: annotation }]);
    expect(getAuditEntriesByEntity(bench.db, 'annotation', annotation.id).map((e) => e.action)).toEqual(['annotation.create']);
  });

  it('answers a retried create with the stored annotation and writes nothing', () => {
    const bench = workbench();
    const input = { id: newId(), label: 'statistic', ...spanOf(bench.text, 'Indonesia'), attributes: {} };
    const first = createAnnotation(bench.db, bench.slug, bench.annotator, input);
    const rows = [countRows(bench.db, 'annotations'), countRows(bench.db, 'annotation_events'), countRows(bench.db, 'audit_log')];
    const again = createAnnotation(bench.db, bench.slug, bench.annotator, { ...input, attributes: {} });
    expect(again).toEqual({ annotation: first.annotation, created: false, documentRevision: 1 });
    expect([countRows(bench.db, 'annotations'), countRows(bench.db, 'annotation_events'), countRows(bench.db, 'audit_log')]).toEqual(rows);
  });

  it('recognises a retry that arrives after a later edit of the annotation', () => {
    const bench = workbench();
    const input = { id: newId(), label: 'claim', ...spanOf(bench.text, 'child trafficking'), attributes: {} };
    createAnnotation(bench.db, bench.slug, bench.annotator, input);
    const edited = patchAnnotation(bench.db, input.id, bench.annotator, { revision: 1, attributes: { kind: 'causal' } });
    expect(createAnnotation(bench.db, bench.slug, bench.annotator, input)).toEqual({ annotation: edited, created: false, documentRevision: 1 });
  });

  it('refuses an id already used for other content with 409', () => {
    const bench = workbench();
    const first = annotate(bench, 'child trafficking');
    const clash = codeOf(() =>
      createAnnotation(bench.db, bench.slug, bench.annotator, { id: first.id, label: 'actor', ...spanOf(bench.text, 'ECPAT'), attributes: {} }),
    );
    expect(clash).toMatchObject({ code: 'annotation.idConflict', status: 409 });
    const otherLayer = codeOf(() =>
      createAnnotation(bench.db, bench.slug, bench.other, { id: first.id, label: 'claim', ...spanOf(bench.text, 'child trafficking'), attributes: {} }),
    );
    expect(otherLayer).toMatchObject({ code: 'annotation.idConflict' });
  });

  it('refuses an unknown document with 404', () => {
    const bench = workbench();
    const result = codeOf(() => createAnnotation(bench.db, 'no-such-document', bench.annotator, { id: newId(), label: 'claim', start: 0, end: 1, quote: 'x', attributes: {} }));
    expect(result).toMatchObject({ code: 'document.notFound', status: 404 });
  });

  describe('refuses an invalid annotation with 400 and a precise code, writing nothing', () => {
    const bench = workbench();
    const ecpat = spanOf(bench.text, 'ECPAT');
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['offsets outside the text', { start: bench.text.length - 2, end: bench.text.length + 5, quote: bench.text.slice(-2) }, 'annotation.outOfRange'],
      ['a negative start', { start: -1, end: 3, quote: bench.text.slice(0, 3) }, 'annotation.outOfRange'],
      ['start equal to end', { start: ecpat.start, end: ecpat.start, quote: '' }, 'annotation.emptySpan'],
      ['start after end', { start: ecpat.end, end: ecpat.start, quote: '' }, 'annotation.emptySpan'],
      ['fractional offsets', { start: ecpat.start + 0.5, end: ecpat.end, quote: 'ECPAT' }, 'annotation.invalidOffsets'],
      ['a quote that is not the text', { quote: 'EPCAT' }, 'annotation.quoteMismatch'],
      ['an unknown label', { label: 'sentiment' }, 'annotation.unknownLabel'],
      ['an attribute the label lacks', { label: 'actor', attributes: { value: 3 } }, 'annotation.unknownAttribute'],
      ['an enum value outside the options', { label: 'actor', attributes: { actor_type: 'company' } }, 'annotation.invalidOption'],
      ['text where a number belongs', { label: 'statistic', attributes: { value: '1,2 juta' } }, 'annotation.notANumber'],
      ['an entity missing from the registry', { label: 'actor', attributes: { entity: 99_999 } }, 'annotation.unknownEntity'],
    ];
    for (const [what, change, code] of cases) {
      it(what, () => {
        const before = countRows(bench.db, 'annotations');
        const result = codeOf(() =>
          createAnnotation(bench.db, bench.slug, bench.annotator, { id: newId(), label: 'claim', ...ecpat, attributes: {}, ...change }),
        );
        expect(result).toMatchObject({ code, status: 400 });
        expect(countRows(bench.db, 'annotations')).toBe(before);
      });
    }
  });
});

describe('createAnnotation on an older text', () => {
  it('maps offsets taken before a correction onto the corrected text', () => {
    const bench = workbench();
    const doc = getAnnotatableDocumentBySlug(bench.db, bench.slug);
    if (!doc) throw new Error('seed 001 is imported');
    const oldText = doc.text;
    const at = oldText.indexOf('alam setiap');
    correctSourceText(bench.db, bench.slug, bench.annotator, { baseRevision: doc.revision, start: at, end: at + 4, before: 'alam', after: 'Dalam' });
    const start = oldText.indexOf('kasus child trafficking');
    const quote = 'kasus child trafficking';
    const { annotation, documentRevision } = createAnnotation(bench.db, bench.slug, bench.annotator, {
      id: newId(), label: 'claim', start, end: start + quote.length, quote, attributes: {}, documentRevision: doc.revision,
    });
    expect(documentRevision).toBe(doc.revision + 1);
    expect(annotation).toMatchObject({ start: start + 1, end: start + 1 + quote.length, quote });
  });

  it('refuses writes to a version a newer import replaced', () => {
    const bench = workbench();
    const doc = getAnnotatableDocumentBySlug(bench.db, bench.slug);
    if (!doc) throw new Error('seed 001 is imported');
    bench.db.prepare("INSERT INTO documents (slug, title, source_path, version, supersedes, raw_sha256, raw_size, raw_text, text, provenance, imported_at) VALUES ('x-v2', 't', 'x', 2, ?, 'sha-x', 1, 'a', 'a', '[]', 'now')").run(doc.id);
    const quote = doc.text.slice(0, 5);
    expect(() =>
      createAnnotation(bench.db, bench.slug, bench.annotator, { id: newId(), label: 'claim', start: 0, end: 5, quote, attributes: {} }),
    ).toThrow(expect.objectContaining({ code: 'document.superseded' }));
  });
});
