import { describe, expect, it } from 'vitest';
import { assignDocument, removeAssignment, setAssignmentFinished } from '../../lib/assignment-store/manage-assignments';
import { loadAssignmentQueue } from '../../lib/assignment-store/load-assignment-queue';
import { getAuditEntriesByEntity } from '../../lib/db/queries/audit';
import { insertAssignment, listAssignments, listFinishedAnnotatorIdsByDocumentId, listAssignableUsers } from '../../lib/db/queries/assignments';
import { ensureGoldLayerUser } from '../../lib/db/queries/curation';
import { openTestDatabase } from '../helpers/test-db';
import { caught } from '../helpers/caught-app-error';
import { createAnnotation } from '../../lib/annotation-store/create-annotation';
import { addUser, newId, workbench } from '../annotation-store/fixtures';
import { mark, word } from '../curation-store/fixtures';

function bench() {
  const base = workbench();
  const admin = addUser(base.db, 'ayu', 'admin');
  const translator = addUser(base.db, 'tika', 'translator');
  return { ...base, admin, translator };
}

describe('assignments table', () => {
  it('holds one assignment per document, user and task', () => {
    const b = bench();
    const documentId = (b.db.prepare('SELECT id FROM documents WHERE slug = ?').get(b.slug) as { id: number }).id;
    const row = { documentId, userId: b.annotator, task: 'annotate' as const, assignedBy: b.admin, assignedAt: 'now' };
    expect(insertAssignment(b.db, row)).toEqual(expect.any(Number));
    expect(insertAssignment(b.db, row)).toBeNull();
    expect(insertAssignment(b.db, { ...row, task: 'translate' })).toEqual(expect.any(Number));
    expect(() => b.db.prepare("INSERT INTO assignments (document_id, user_id, task, assigned_at) VALUES (?, ?, 'review', 'now')").run(documentId, b.annotator)).toThrow(/CHECK/);
  });
});

describe('assignDocument', () => {
  it('assigns, audits, and refuses a duplicate, an unknown document and a role that cannot do the task', () => {
    const b = bench();
    const row = assignDocument(b.db, { slug: b.slug, userId: b.annotator, task: 'annotate' }, b.admin);
    expect([row.username, row.task, row.finishedAt]).toEqual(['ani', 'annotate', null]);
    expect(getAuditEntriesByEntity(b.db, 'assignment', row.id).map((e) => e.action)).toEqual(['assignment.create']);
    expect(caught(() => assignDocument(b.db, { slug: b.slug, userId: b.annotator, task: 'annotate' }, b.admin)).code).toBe('assignment.exists');
    expect(caught(() => assignDocument(b.db, { slug: 'nope', userId: b.annotator, task: 'annotate' }, b.admin)).code).toBe('document.notFound');
    expect(caught(() => assignDocument(b.db, { slug: b.slug, userId: b.translator, task: 'annotate' }, b.admin)).code).toBe('assignment.roleCannotDoTask');
    expect(caught(() => assignDocument(b.db, { slug: b.slug, userId: b.annotator, task: 'translate' }, b.admin)).code).toBe('assignment.roleCannotDoTask');
    expect(assignDocument(b.db, { slug: b.slug, userId: b.translator, task: 'translate' }, b.admin).task).toBe('translate');
  });

  it('never assigns the gold layer’s account', () => {
    const b = bench();
    const gold = ensureGoldLayerUser(b.db, 'now');
    expect(caught(() => assignDocument(b.db, { slug: b.slug, userId: gold, task: 'annotate' }, b.admin)).code).toBe('user.notFound');
    expect(listAssignableUsers(b.db).map((u) => u.username)).not.toContain('@gold');
  });
});

describe('setAssignmentFinished', () => {
  it('lets the assignee finish and reopen, and nobody else', () => {
    const b = bench();
    const { id, documentId } = assignDocument(b.db, { slug: b.slug, userId: b.annotator, task: 'annotate' }, b.admin);
    expect(caught(() => setAssignmentFinished(b.db, id, b.other, true)).code).toBe('assignment.notFound');
    expect(setAssignmentFinished(b.db, id, b.annotator, true).finishedAt).not.toBeNull();
    expect(listFinishedAnnotatorIdsByDocumentId(b.db, documentId)).toEqual([b.annotator]);
    expect(setAssignmentFinished(b.db, id, b.annotator, false).finishedAt).toBeNull();
    expect(listFinishedAnnotatorIdsByDocumentId(b.db, documentId)).toEqual([]);
    expect(getAuditEntriesByEntity(b.db, 'assignment', id).map((e) => e.action)).toEqual(['assignment.create', 'assignment.finish', 'assignment.reopen']);
  });
});

describe('removeAssignment', () => {
  it('takes an assignment back and keeps the annotations', () => {
    const b = bench();
    const { id } = assignDocument(b.db, { slug: b.slug, userId: b.annotator, task: 'annotate' }, b.admin);
    removeAssignment(b.db, id, b.admin);
    expect(listAssignments(b.db)).toEqual([]);
    expect(caught(() => removeAssignment(b.db, id, b.admin)).code).toBe('assignment.notFound');
  });
});

describe('loadAssignmentQueue', () => {
  it('shows accepted annotations and the sentences they cover for annotating, units for translating', () => {
    const b = bench();
    assignDocument(b.db, { slug: b.slug, userId: b.annotator, task: 'annotate' }, b.admin);
    assignDocument(b.db, { slug: b.slug, userId: b.translator, task: 'translate' }, b.admin);
    const cb = { ...b, reviewer: b.admin, assignments: { annotator: 0, other: 0 } };
    mark(cb, b.annotator, 'actor', word(b.text, 0));
    mark(cb, b.annotator, 'actor', word(b.text, 1));
    for (const [n, status] of [[5, 'suggested'], [9, 'rejected']] as const) {
      createAnnotation(b.db, b.slug, b.annotator, { id: newId(), label: 'actor', attributes: {}, status, ...word(b.text, n) });
    }
    const [annotate] = loadAssignmentQueue(b.db, b.annotator);
    expect(annotate?.progress).toMatchObject({ task: 'annotate', annotations: 2 });
    if (annotate?.progress.task !== 'annotate') throw new Error('not an annotate task');
    expect(annotate.progress.coveredSentences).toBeGreaterThanOrEqual(1);
    expect(annotate.progress.coveredSentences).toBeLessThanOrEqual(2);
    expect(annotate.progress.sentences).toBeGreaterThan(annotate.progress.coveredSentences);
    const [translate] = loadAssignmentQueue(b.db, b.translator);
    expect(translate?.progress).toMatchObject({ task: 'translate', done: 0 });
    if (translate?.progress.task !== 'translate') throw new Error('not a translate task');
    expect(translate.progress.total).toBe(translate.progress.units.new);
  });
});

describe('the gold layer account', () => {
  it('is created once, disabled, with a password hash no password verifies', () => {
    const db = openTestDatabase();
    const id = ensureGoldLayerUser(db, 'now');
    expect(ensureGoldLayerUser(db, 'later')).toBe(id);
    expect(db.prepare('SELECT username, display_name, role, password_hash, disabled_at FROM users WHERE id = ?').get(id)).toEqual({
      username: '@gold',
      display_name: 'Gold',
      role: 'reviewer',
      password_hash: '!',
      disabled_at: 'now',
    });
  });
});
