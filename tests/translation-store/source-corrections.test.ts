import { describe, expect, it } from 'vitest';
import { correctSourceText } from '../../lib/annotation-store/correct-source-text';
import { getAnnotatableDocumentBySlug } from '../../lib/db/queries/annotations';
import { caught, translate, translationBench, units } from './fixtures';

describe('correctSourceText over translated sentences', () => {
  it('refuses a correction that would delete a translated sentence', () => {
    const bench = translationBench();
    const all = units(bench);
    const second = all.find((unit, i) => i > 0 && all[i - 1]?.blockId === unit.blockId);
    const first = second && all[all.indexOf(second) - 1];
    if (!first || !second) throw new Error('the seed has a block with two sentences');
    translate(bench, second.sentenceId, 'An English sentence.');
    const doc = getAnnotatableDocumentBySlug(bench.db, bench.slug);
    if (!doc) throw new Error('seed imported');
    const before = doc.text.slice(first.end, second.end);
    const error = caught(() =>
      correctSourceText(bench.db, bench.slug, bench.annotator, { baseRevision: doc.revision, start: first.end, end: second.end, before, after: '' }),
    );
    expect(error).toMatchObject({ code: 'correction.dropsTranslation', status: 409 });
    expect(getAnnotatableDocumentBySlug(bench.db, bench.slug)?.text).toBe(doc.text);
  });
});
