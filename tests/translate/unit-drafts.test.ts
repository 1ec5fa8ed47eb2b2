import { describe, expect, it } from 'vitest';
import { UnitDrafts } from '../../app/documents/[slug]/translate/unit-drafts';

const unit = (sentenceId: number, text: string | null) => ({
  sentenceId,
  translation: text === null ? null : { id: sentenceId, text, status: 'draft' as const, revision: 1, comment: null, updatedBy: null, updatedAt: '', statusChangedBy: null, statusChangedAt: '' },
});

describe('UnitDrafts', () => {
  it('shows the stored English until something is typed or put in', () => {
    const drafts = new UnitDrafts();
    expect(drafts.textOf(unit(1, 'The author'))).toBe('The author');
    expect(drafts.textOf(unit(2, null))).toBe('');
    drafts.set(1, 'The authors');
    expect(drafts.textOf(unit(1, 'The author'))).toBe('The authors');
    expect(drafts.has(1)).toBe(true);
    expect(drafts.has(2)).toBe(false);
  });

  it('wakes only the watchers of the unit whose text changed, and only when it changed', () => {
    const drafts = new UnitDrafts();
    const heard: string[] = [];
    const stopFirst = drafts.watch(1, () => heard.push('first'));
    drafts.watch(2, () => heard.push('second'));
    drafts.set(1, 'a');
    drafts.set(1, 'a');
    drafts.set(2, 'b');
    stopFirst();
    drafts.set(1, 'ab');
    expect(heard).toEqual(['first', 'second']);
  });
});
