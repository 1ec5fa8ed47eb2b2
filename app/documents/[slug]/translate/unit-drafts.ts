'use client';
// The English text each unit's box shows, outside React state: a keystroke changes one unit's
// entry and wakes only what watches that unit (its row, the QA of the active unit), so typing in a
// document of thousands of units renders one row, not the page.
import { useCallback, useSyncExternalStore } from 'react';
import type { TranslationUnit } from './workspace-data';

export class UnitDrafts {
  private readonly texts = new Map<number, string>();
  private readonly watchers = new Map<number, Set<() => void>>();

  /** The text shown for `unit`: what was typed or put in, else its stored English. */
  textOf(unit: Pick<TranslationUnit, 'sentenceId' | 'translation'>): string {
    return this.texts.get(unit.sentenceId) ?? unit.translation?.text ?? '';
  }

  has(sentenceId: number): boolean {
    return this.texts.has(sentenceId);
  }

  /** Shows `text` for the unit; its watchers hear of it when it changed. */
  set(sentenceId: number, text: string): void {
    if (this.texts.get(sentenceId) === text) return;
    this.texts.set(sentenceId, text);
    this.watchers.get(sentenceId)?.forEach((notify) => notify());
  }

  watch(sentenceId: number, notify: () => void): () => void {
    const set = this.watchers.get(sentenceId) ?? new Set();
    set.add(notify);
    this.watchers.set(sentenceId, set);
    return () => {
      set.delete(notify);
      if (set.size === 0) this.watchers.delete(sentenceId);
    };
  }
}

/** The text shown for `unit`, re-read (and the caller rendered again) whenever it changes. */
export function useUnitDraft(drafts: UnitDrafts, unit: Pick<TranslationUnit, 'sentenceId' | 'translation'>): string {
  const { sentenceId } = unit;
  const watch = useCallback((notify: () => void) => drafts.watch(sentenceId, notify), [drafts, sentenceId]);
  const read = () => drafts.textOf(unit);
  return useSyncExternalStore(watch, read, read);
}
