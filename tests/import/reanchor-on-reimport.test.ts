import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../../lib/annotation-store/create-annotation';
import { listLayerAnnotations } from '../../lib/annotation-store/load-annotation-workspace';
import { deleteAnnotation } from '../../lib/annotation-store/update-annotation';
import type { Annotation } from '../../lib/annotations/types';
import { getAnnotationById, listAnnotationEventsByAnnotationId } from '../../lib/db/queries/annotations';
import { getAuditEntriesByEntity } from '../../lib/db/queries/audit';
import { getDocumentBySlug } from '../../lib/db/queries/documents';
import { importCorpusFiles } from '../../lib/import/import-corpus-files';
import { addUser, newId, seedFile, spanOf } from '../annotation-store/fixtures';
import { openTestDatabase } from '../helpers/test-db';

function previousIdOf(db: ReturnType<typeof openTestDatabase>, id: string): string | null {
  return (db.prepare('SELECT previous_id AS previousId FROM annotations WHERE id = ?').get(id) as { previousId: string | null }).previousId;
}

describe('importing a changed version of an annotated file', () => {
  const seed = seedFile('001');
  const raw = seed.bytes.toString('utf8');
  // The new version: the drop cap restored (every later offset shifts) and two lines of the
  // English abstract gone (the words of one annotation with them).
  const dropped = 'The formulation of the problem focuses on how the impact of transnational \norganized crime on child trafficking has become an international problem. The \n';
  if (!raw.includes(dropped)) throw new Error('seed 001 changed: update this test');
  const changed = raw.replace('very year there are', 'Every year there are').replace(dropped, '');

  function setUp() {
    const db = openTestDatabase();
    const ani = addUser(db, 'ani');
    const budi = addUser(db, 'budi');
    const [v1] = importCorpusFiles(db, [seed], { importedBy: null });
    const old = v1 && getDocumentBySlug(db, v1.slug);
    if (!old) throw new Error('seed not imported');
    const make = (layer: number, quote: string, label = 'claim'): Annotation =>
      createAnnotation(db, old.slug, layer, { id: newId(), label, ...spanOf(old.text, quote), attributes: {} }).annotation;
    const kept = make(ani, 'Keohane and Robert Axelrod');
    const statistic = make(ani, '40.000 hingga 70.000', 'statistic');
    const lost = make(ani, 'the impact of transnational organized crime');
    const theirs = make(budi, 'more and more cases of child trafficking');
    const deleted = make(ani, 'Kata Kunci');
    deleteAnnotation(db, deleted.id, ani, 1);
    const [v2] = importCorpusFiles(db, [{ name: seed.name, bytes: Buffer.from(changed, 'utf8') }], { importedBy: null, actor: 'cli:test' });
    const next = v2 && getDocumentBySlug(db, v2.slug);
    if (!next) throw new Error('new version not imported');
    return { db, ani, budi, old, next, kept, statistic, lost, theirs, deleted };
  }

  it('copies every live annotation of every layer to the new version, keeping the old ones', () => {
    const { db, ani, budi, old, next, kept, statistic, lost, theirs, deleted } = setUp();
    expect(next.version).toBe(2);
    const mine = listLayerAnnotations(db, next.slug, ani).annotations;
    const budis = listLayerAnnotations(db, next.slug, budi).annotations;
    expect(mine.map((a) => previousIdOf(db, a.id)).sort()).toEqual([kept.id, statistic.id, lost.id].sort());
    expect(budis.map((a) => previousIdOf(db, a.id))).toEqual([theirs.id]);
    for (const original of [kept, statistic, lost, theirs, deleted]) {
      expect(getAnnotationById(db, original.id)).toEqual(original.id === deleted.id ? expect.objectContaining({ deletedAt: expect.any(String) }) : original);
    }
    expect(listLayerAnnotations(db, old.slug, ani).annotations).toHaveLength(3);
  });

  it('places the untouched annotations on the same words of the new text', () => {
    const { db, ani, budi, next, kept, statistic, theirs } = setUp();
    const copies = [...listLayerAnnotations(db, next.slug, ani).annotations, ...listLayerAnnotations(db, next.slug, budi).annotations];
    for (const original of [kept, statistic, theirs]) {
      const copy = copies.find((a) => previousIdOf(db, a.id) === original.id);
      expect(copy).toMatchObject({ quote: original.quote, label: original.label, status: original.status, revision: 1, anchor: 'anchored' });
      expect(copy && next.text.slice(copy.start ?? 0, copy.end ?? 0)).toBe(original.quote);
      expect(copy?.start).not.toBe(original.start);
    }
  });

  it('keeps an annotation whose words are gone as orphaned, with its quote and context', () => {
    const { db, ani, next, lost } = setUp();
    const copy = listLayerAnnotations(db, next.slug, ani).annotations.find((a) => previousIdOf(db, a.id) === lost.id);
    expect(copy).toMatchObject({ anchor: 'orphaned', start: null, end: null, quote: lost.quote, prefix: lost.prefix, suffix: lost.suffix });
  });

  it('records each copy in the history and the import in the audit log', () => {
    const { db, next, kept } = setUp();
    const copy = db.prepare('SELECT id FROM annotations WHERE previous_id = ?').get(kept.id) as { id: string };
    expect(listAnnotationEventsByAnnotationId(db, copy.id)).toMatchObject([{ action: 'reanchor', revision: 1, before: kept, actor: 'cli:test' }]);
    const audit = getAuditEntriesByEntity(db, 'document', next.id).map((e) => e.action);
    expect(audit).toEqual(['document.import', 'annotation.reanchor']);
  });
});
