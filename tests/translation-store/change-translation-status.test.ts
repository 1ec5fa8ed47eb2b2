import { describe, expect, it } from 'vitest';
import { hasPermission, ROLES, type Role } from '../../lib/auth/roles';
import { getTmEntryBySentenceId } from '../../lib/db/queries/translation-memory';
import { listTranslationEventsByTranslationId } from '../../lib/db/queries/translations';
import { changeTranslationStatus } from '../../lib/translation-store/change-translation-status';
import { as, caught, translate, translationBench, unitWith, type TranslationBench } from './fixtures';

const SOURCE = 'Penulis menyadari bahwa penelitian ini masih jauh dari kata sempurna.';
const ENGLISH = 'The author realises that this research is still far from perfect.';

/** A bench with one unit translated and confirmed (revision 1, status translated). */
function translated(): { bench: TranslationBench; id: number } {
  const bench = translationBench();
  const unit = unitWith(bench, SOURCE);
  translate(bench, unit.sentenceId, ENGLISH, 'translator', 'translated');
  return { bench, id: unit.sentenceId };
}

describe('permissions for translation routes', () => {
  it('let translators, reviewers and admins write, reviewers and admins review', () => {
    const holders = (permission: 'translation.write' | 'translation.review' | 'glossary.manage'): Role[] =>
      ROLES.filter((role) => hasPermission(role, permission));
    expect(holders('translation.write')).toEqual(['admin', 'translator', 'reviewer']);
    expect(holders('translation.review')).toEqual(['admin', 'reviewer']);
    expect(holders('glossary.manage')).toEqual(['admin', 'translator', 'reviewer']);
  });
});

describe('changeTranslationStatus', () => {
  it('lets a reviewer accept translated work and an admin approve it, recording who and when', () => {
    const { bench, id } = translated();
    const reviewed = changeTranslationStatus(bench.db, id, { revision: 1, status: 'reviewed' }, as(bench, 'reviewer'));
    expect(reviewed.translation).toMatchObject({ status: 'reviewed', revision: 2, updatedBy: 'tari' });
    const approved = changeTranslationStatus(bench.db, id, { revision: 2, status: 'approved' }, as(bench, 'admin'));
    expect(approved.translation).toMatchObject({ status: 'approved', revision: 3 });
    const row = bench.db.prepare('SELECT status_changed_by AS by, updated_by AS writer FROM translations').get();
    expect(row).toEqual({ by: bench.users.admin, writer: bench.users.translator });
    expect(listTranslationEventsByTranslationId(bench.db, approved.translation?.id ?? 0).map((e) => e.action)).toEqual(['edit', 'status', 'status']);
  });

  const refused: Array<[Role, 'draft' | 'translated' | 'reviewed' | 'approved']> = [
    ['translator', 'reviewed'],
    ['translator', 'approved'],
    ['annotator', 'reviewed'],
    ['researcher', 'draft'],
  ];
  for (const [role, status] of refused) {
    it(`refuses ${role} moving translated work to ${status} with 403`, () => {
      const { bench, id } = translated();
      const error = caught(() => changeTranslationStatus(bench.db, id, { revision: 1, status, comment: 'why' }, as(bench, role)));
      expect(error).toMatchObject({ code: 'translation.statusNotAllowed', status: 403 });
      expect(unitWith(bench, SOURCE).translation?.status).toBe('translated');
    });
  }

  it('lets a translator un-confirm their own unit without a comment', () => {
    const { bench, id } = translated();
    const draft = changeTranslationStatus(bench.db, id, { revision: 1, status: 'draft' }, as(bench, 'translator'));
    expect(draft.translation).toMatchObject({ status: 'draft', comment: null });
  });

  it('requires a comment to send work back, stores it, and clears it when the unit is confirmed again', () => {
    const { bench, id } = translated();
    expect(caught(() => changeTranslationStatus(bench.db, id, { revision: 1, status: 'draft', comment: '  ' }, as(bench, 'reviewer')))).toMatchObject({
      code: 'translation.commentRequired',
      status: 400,
    });
    const sent = changeTranslationStatus(bench.db, id, { revision: 1, status: 'draft', comment: 'Use “researcher”, not “author”.' }, as(bench, 'reviewer'));
    expect(sent.translation).toMatchObject({ status: 'draft', comment: 'Use “researcher”, not “author”.', revision: 2 });
    const events = listTranslationEventsByTranslationId(bench.db, sent.translation?.id ?? 0);
    expect(events.at(-1)).toMatchObject({ action: 'send_back', after: { comment: 'Use “researcher”, not “author”.' } });
    const fixed = translate(bench, id, ENGLISH.replace('author', 'researcher'));
    expect(fixed.translation?.comment).toBe('Use “researcher”, not “author”.');
    const confirmed = changeTranslationStatus(bench.db, id, { revision: 3, status: 'translated' }, as(bench, 'translator'));
    expect(confirmed.translation).toMatchObject({ status: 'translated', comment: null });
  });

  it('puts a unit in the translation memory when reviewed, updates it when approved, takes it out when sent back', () => {
    const { bench, id } = translated();
    expect(getTmEntryBySentenceId(bench.db, id)).toBeUndefined();
    changeTranslationStatus(bench.db, id, { revision: 1, status: 'reviewed' }, as(bench, 'reviewer'));
    expect(getTmEntryBySentenceId(bench.db, id)).toMatchObject({ source: SOURCE, target: ENGLISH, origin: 'unit', documentId: bench.documentId });
    const entry = getTmEntryBySentenceId(bench.db, id);
    expect(entry?.previousSource).toBe('5.2 Saran');
    expect(entry?.nextSource).toMatch(/^Namun penulis berharap/);
    translate(bench, id, 'The author knows this research is far from perfect.', 'reviewer');
    changeTranslationStatus(bench.db, id, { revision: 3, status: 'approved' }, as(bench, 'reviewer'));
    expect(getTmEntryBySentenceId(bench.db, id)?.target).toBe('The author knows this research is far from perfect.');
    changeTranslationStatus(bench.db, id, { revision: 4, status: 'draft', comment: 'Not yet.' }, as(bench, 'reviewer'));
    expect(getTmEntryBySentenceId(bench.db, id)).toBeUndefined();
  });

  it('refuses a stale revision with 409 and a unit without a translation with 400', () => {
    const { bench, id } = translated();
    expect(caught(() => changeTranslationStatus(bench.db, id, { revision: 2, status: 'reviewed' }, as(bench, 'reviewer')))).toMatchObject({
      code: 'translation.staleRevision',
      status: 409,
      current: expect.objectContaining({ sentenceId: id, translation: expect.objectContaining({ revision: 1 }) }),
    });
    const untouched = unitWith(bench, 'Kesimpulan').sentenceId;
    expect(caught(() => changeTranslationStatus(bench.db, untouched, { revision: 0, status: 'translated' }, as(bench, 'translator')))).toMatchObject({
      code: 'translation.emptyText',
    });
  });

  it('does nothing when the status is already the one asked for', () => {
    const { bench, id } = translated();
    expect(changeTranslationStatus(bench.db, id, { revision: 1, status: 'translated' }, as(bench, 'translator')).translation?.revision).toBe(1);
  });
});
