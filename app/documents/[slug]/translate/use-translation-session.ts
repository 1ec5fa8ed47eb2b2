'use client';
// The translate page's state: the units as the server last sent them, the text each box shows
// (typed, not yet confirmed: kept in UnitDrafts so a keystroke renders one row), the save queue and
// the active unit.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { UnitSaveQueue, type PendingSave, type UnitSaveStatus } from '@/lib/editor/unit-save-queue';
import { localUnitStorage, sendUnitSave } from './translate-api';
import { UnitDrafts } from './unit-drafts';
import type { TranslationUnit, TranslationWorkspaceData } from './workspace-data';

/** A unit as the page shows it; the text in its box is `drafts.textOf(unit)`. */
export type UnitView = TranslationUnit;

type Waiter = (unit: TranslationUnit | null) => void;

export function useTranslationSession(workspace: TranslationWorkspaceData, userId: number) {
  const [units, setUnits] = useState<UnitView[]>(workspace.units);
  const [drafts] = useState(() => new UnitDrafts());
  const [status, setStatus] = useState<UnitSaveStatus<TranslationUnit>>({ state: 'saved' });
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [activeId, setActiveId] = useState<number | null>(workspace.units[0]?.sentenceId ?? null);
  const queueRef = useRef<UnitSaveQueue<TranslationUnit> | null>(null);
  /** The text last queued per unit: what "unchanged" compares with while a save is pending. */
  const lastQueued = useRef(new Map<number, string>());
  const waiters = useRef(new Map<number, Waiter[]>());

  const byId = useMemo(() => new Map(units.map((u) => [u.sentenceId, u])), [units]);
  const byIdRef = useRef(byId);
  byIdRef.current = byId;

  const settle = useCallback((sentenceId: number, unit: TranslationUnit | null) => {
    const waiting = waiters.current.get(sentenceId) ?? [];
    waiters.current.delete(sentenceId);
    waiting.forEach((resolve) => resolve(unit));
  }, []);

  /** Puts the server's record of a unit in place; only this unit's row renders again. */
  const putUnit = useCallback((unit: TranslationUnit) => {
    setUnits((list) => {
      const at = list.findIndex((u) => u.sentenceId === unit.sentenceId);
      if (at < 0) return list;
      const next = list.slice();
      next[at] = unit;
      return next;
    });
  }, []);

  /** Replaces a unit with the server's record, keeping a text the user typed since. */
  const replaceUnit = useCallback(
    (unit: TranslationUnit, keepDraft: boolean) => {
      const before = byIdRef.current.get(unit.sentenceId);
      if (!keepDraft) drafts.set(unit.sentenceId, unit.translation?.text ?? '');
      else if (before && !drafts.has(unit.sentenceId)) drafts.set(unit.sentenceId, drafts.textOf(before));
      putUnit(unit);
    },
    [drafts, putUnit],
  );

  useEffect(() => {
    const queue = new UnitSaveQueue<TranslationUnit>(localUnitStorage(workspace.document.slug, userId), sendUnitSave, {
      onStatus: setStatus,
      onSaved: (save: PendingSave, unit, settled) => {
        // Text typed while the save was on its way stays: the box shows the newest words.
        const before = byIdRef.current.get(unit.sentenceId);
        replaceUnit(unit, !settled || (before !== undefined && drafts.textOf(before) !== save.text));
        if (settled) {
          lastQueued.current.delete(save.sentenceId);
          settle(save.sentenceId, unit);
        }
      },
      onRejected: (save, code, message) => {
        // The text stays in the box (not saved): the message says why.
        lastQueued.current.delete(save.sentenceId);
        setError({ code, message });
        settle(save.sentenceId, null);
      },
    });
    queueRef.current = queue;
    // Texts typed before a reload are shown again until the server has them.
    for (const save of queue.waiting()) {
      lastQueued.current.set(save.sentenceId, save.text);
      drafts.set(save.sentenceId, save.text);
    }
    setStatus(queue.status());
    void queue.flush();
    const retry = () => void queue.flush();
    window.addEventListener('online', retry);
    return () => {
      window.removeEventListener('online', retry);
      queue.dispose();
    };
  }, [workspace.document.slug, userId, settle, drafts, replaceUnit]);

  /** The text as typed: shown at once, saved later (see saveText). */
  const setDraft = useCallback((sentenceId: number, text: string) => drafts.set(sentenceId, text), [drafts]);

  /** The text the unit's box shows now. */
  const draftOf = useCallback((sentenceId: number) => {
    const unit = byIdRef.current.get(sentenceId);
    return unit ? drafts.textOf(unit) : '';
  }, [drafts]);

  /**
   * Records what the user typed (shown at once) and queues it. A plain edit keeps the unit's
   * status (the server makes a first text a draft); `confirm` marks it translated.
   */
  const saveText = useCallback(
    (sentenceId: number, text: string, confirm: boolean) => {
      const unit = byIdRef.current.get(sentenceId);
      if (!unit) return;
      drafts.set(sentenceId, text);
      const known = lastQueued.current.get(sentenceId) ?? unit.translation?.text ?? '';
      if (text === known && (!confirm || unit.translation?.status === 'translated')) return;
      lastQueued.current.set(sentenceId, text);
      queueRef.current?.enqueue({
        sentenceId,
        baseRevision: unit.translation?.revision ?? 0,
        text,
        ...(confirm && { status: 'translated' as const }),
      });
    },
    [drafts],
  );

  /** The unit once every queued text of it is stored (at once when none waits); null if refused. */
  const whenSaved = useCallback((sentenceId: number): Promise<TranslationUnit | null> => {
    const pending = queueRef.current?.waiting().some((save) => save.sentenceId === sentenceId);
    if (!pending) return Promise.resolve(byIdRef.current.get(sentenceId) ?? null);
    return new Promise((resolve) => waiters.current.set(sentenceId, [...(waiters.current.get(sentenceId) ?? []), resolve]));
  }, []);

  const resolveConflict = useCallback(
    (choice: 'mine' | 'theirs') => {
      const current = queueRef.current?.resolveConflict(choice);
      if (current && choice === 'theirs') {
        lastQueued.current.delete(current.sentenceId);
        replaceUnit(current, false);
        settle(current.sentenceId, current);
      }
      if (queueRef.current) setStatus(queueRef.current.status());
    },
    [replaceUnit, settle],
  );

  /** A new unit structure (merge, split): drafts still waiting for the server stay in their boxes. */
  const resetAll = useCallback(
    (next: TranslationWorkspaceData) => {
      for (const unit of next.units) {
        if (drafts.has(unit.sentenceId) && !lastQueued.current.has(unit.sentenceId)) drafts.set(unit.sentenceId, unit.translation?.text ?? '');
      }
      setUnits(next.units);
    },
    [drafts],
  );

  return {
    units,
    byId,
    drafts,
    status,
    error,
    dismissError: () => setError(null),
    activeId,
    setActiveId,
    saveText,
    setDraft,
    draftOf,
    whenSaved,
    hasPending: (sentenceId: number) => queueRef.current?.waiting().some((save) => save.sentenceId === sentenceId) ?? false,
    replaceUnit,
    resolveConflict,
    resetAll,
    retryNow: () => void queueRef.current?.flush(),
  };
}
