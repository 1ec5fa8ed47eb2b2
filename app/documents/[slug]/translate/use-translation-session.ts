'use client';
// The translate page's state: the units as the user sees them (server state plus texts not yet
// confirmed), the save queue, and the active unit.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { UnitSaveQueue, type PendingSave, type UnitSaveStatus } from '@/lib/editor/unit-save-queue';
import { localUnitStorage, sendUnitSave } from './translate-api';
import type { TranslationUnit, TranslationWorkspaceData } from './workspace-data';

/** A unit with the text the user typed last (what the textarea shows). */
export interface UnitView extends TranslationUnit {
  draft: string;
}

function viewOf(unit: TranslationUnit, draft?: string): UnitView {
  return { ...unit, draft: draft ?? unit.translation?.text ?? '' };
}

type Waiter = (unit: TranslationUnit | null) => void;

export function useTranslationSession(workspace: TranslationWorkspaceData, userId: number) {
  const [units, setUnits] = useState<UnitView[]>(() => workspace.units.map((unit) => viewOf(unit)));
  const [status, setStatus] = useState<UnitSaveStatus<TranslationUnit>>({ state: 'saved' });
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [activeId, setActiveId] = useState<number | null>(workspace.units[0]?.sentenceId ?? null);
  const queueRef = useRef<UnitSaveQueue<TranslationUnit> | null>(null);
  /** The text last queued per unit: what "unchanged" compares with while a save is pending. */
  const lastQueued = useRef(new Map<number, string>());
  const waiters = useRef(new Map<number, Waiter[]>());
  const unitsRef = useRef(units);
  unitsRef.current = units;

  const settle = useCallback((sentenceId: number, unit: TranslationUnit | null) => {
    const waiting = waiters.current.get(sentenceId) ?? [];
    waiters.current.delete(sentenceId);
    waiting.forEach((resolve) => resolve(unit));
  }, []);

  /** Replaces a unit with the server's record, keeping a text the user typed since. */
  const replaceUnit = useCallback((unit: TranslationUnit, keepDraft: boolean) => {
    setUnits((list) => list.map((u) => (u.sentenceId === unit.sentenceId ? viewOf(unit, keepDraft ? u.draft : undefined) : u)));
  }, []);

  useEffect(() => {
    const queue = new UnitSaveQueue<TranslationUnit>(localUnitStorage(workspace.document.slug, userId), sendUnitSave, {
      onStatus: setStatus,
      onSaved: (save: PendingSave, unit, settled) => {
        // Text typed while the save was on its way stays: the box shows the newest words.
        setUnits((list) =>
          list.map((u) => (u.sentenceId === unit.sentenceId ? viewOf(unit, !settled || u.draft !== save.text ? u.draft : undefined) : u)),
        );
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
    const waiting = new Map(queue.waiting().map((save) => [save.sentenceId, save.text]));
    for (const [id, text] of waiting) lastQueued.current.set(id, text);
    if (waiting.size > 0) setUnits((list) => list.map((u) => (waiting.has(u.sentenceId) ? { ...u, draft: waiting.get(u.sentenceId) ?? u.draft } : u)));
    setStatus(queue.status());
    void queue.flush();
    const retry = () => void queue.flush();
    window.addEventListener('online', retry);
    return () => {
      window.removeEventListener('online', retry);
      queue.dispose();
    };
  }, [workspace.document.slug, userId, settle]);

  const byId = useMemo(() => new Map(units.map((u) => [u.sentenceId, u])), [units]);

  const setDraft = useCallback((sentenceId: number, text: string) => {
    setUnits((list) => list.map((u) => (u.sentenceId === sentenceId ? { ...u, draft: text } : u)));
  }, []);

  /**
   * Records what the user typed (shown at once) and queues it. A plain edit keeps the unit's
   * status (the server makes a first text a draft); `confirm` marks it translated.
   */
  const saveText = useCallback(
    (sentenceId: number, text: string, confirm: boolean) => {
      const unit = unitsRef.current.find((u) => u.sentenceId === sentenceId);
      if (!unit) return;
      setDraft(sentenceId, text);
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
    [setDraft],
  );

  /** The unit once every queued text of it is stored (at once when none waits); null if refused. */
  const whenSaved = useCallback((sentenceId: number): Promise<TranslationUnit | null> => {
    const pending = queueRef.current?.waiting().some((save) => save.sentenceId === sentenceId);
    if (!pending) return Promise.resolve(unitsRef.current.find((u) => u.sentenceId === sentenceId) ?? null);
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
  const resetAll = useCallback((next: TranslationWorkspaceData) => {
    setUnits((list) => {
      const drafts = new Map(list.filter((u) => lastQueued.current.has(u.sentenceId)).map((u) => [u.sentenceId, u.draft]));
      return next.units.map((unit) => viewOf(unit, drafts.get(unit.sentenceId)));
    });
  }, []);

  return {
    units,
    byId,
    status,
    error,
    dismissError: () => setError(null),
    activeId,
    setActiveId,
    saveText,
    setDraft,
    whenSaved,
    hasPending: (sentenceId: number) => queueRef.current?.waiting().some((save) => save.sentenceId === sentenceId) ?? false,
    replaceUnit,
    resolveConflict,
    resetAll,
    retryNow: () => void queueRef.current?.flush(),
  };
}
