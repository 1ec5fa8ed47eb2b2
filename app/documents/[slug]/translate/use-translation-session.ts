'use client';
// The translate page's state: the units as the user sees them (server state plus texts not yet
// confirmed), the save queue, and the active unit.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { UnitSaveQueue, type UnitSaveStatus } from '@/lib/editor/unit-save-queue';
import { localUnitStorage, sendUnitSave } from './translate-api';
import type { TranslationUnit, TranslationWorkspaceData } from './workspace-data';

/** A unit with the text the user typed last (what the textarea shows). */
export interface UnitView extends TranslationUnit {
  draft: string;
}

function viewOf(unit: TranslationUnit, draft?: string): UnitView {
  return { ...unit, draft: draft ?? unit.translation?.text ?? '' };
}

export function useTranslationSession(workspace: TranslationWorkspaceData, userId: number) {
  const [units, setUnits] = useState<UnitView[]>(() => workspace.units.map((unit) => viewOf(unit)));
  const [status, setStatus] = useState<UnitSaveStatus<TranslationUnit>>({ state: 'saved' });
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [activeId, setActiveId] = useState<number | null>(workspace.units[0]?.sentenceId ?? null);
  const queueRef = useRef<UnitSaveQueue<TranslationUnit> | null>(null);

  /** Replaces a unit with the server's record, keeping a text the user typed since. */
  const replaceUnit = useCallback((unit: TranslationUnit, keepDraft: boolean) => {
    setUnits((list) => list.map((u) => (u.sentenceId === unit.sentenceId ? viewOf(unit, keepDraft ? u.draft : undefined) : u)));
  }, []);

  useEffect(() => {
    const queue = new UnitSaveQueue<TranslationUnit>(localUnitStorage(workspace.document.slug, userId), sendUnitSave, {
      onStatus: setStatus,
      onSaved: (_save, unit, settled) => replaceUnit(unit, !settled),
      onRejected: (_save, code, message) => setError({ code, message }),
    });
    queueRef.current = queue;
    // Texts typed before a reload are shown again until the server has them.
    const waiting = new Map(queue.waiting().map((save) => [save.sentenceId, save.text]));
    if (waiting.size > 0) setUnits((list) => list.map((u) => (waiting.has(u.sentenceId) ? { ...u, draft: waiting.get(u.sentenceId) ?? u.draft } : u)));
    setStatus(queue.status());
    void queue.flush();
    const retry = () => void queue.flush();
    window.addEventListener('online', retry);
    return () => {
      window.removeEventListener('online', retry);
      queue.dispose();
    };
  }, [workspace.document.slug, userId, replaceUnit]);

  const byId = useMemo(() => new Map(units.map((u) => [u.sentenceId, u])), [units]);

  /** Records what the user typed (shown at once, saved as a draft or, on confirm, as translated). */
  const saveText = useCallback(
    (sentenceId: number, text: string, confirm: boolean) => {
      const unit = byId.get(sentenceId);
      if (!unit) return;
      setUnits((list) => list.map((u) => (u.sentenceId === sentenceId ? { ...u, draft: text } : u)));
      const unchanged = text === (unit.translation?.text ?? '') && (!confirm || unit.translation?.status === 'translated');
      if (unchanged) return;
      // A plain edit keeps the unit's status (the server makes a first text a draft); confirming marks it translated.
      queueRef.current?.enqueue({
        sentenceId,
        baseRevision: unit.translation?.revision ?? 0,
        text,
        ...(confirm && { status: 'translated' as const }),
      });
    },
    [byId],
  );

  const setDraft = useCallback((sentenceId: number, text: string) => {
    setUnits((list) => list.map((u) => (u.sentenceId === sentenceId ? { ...u, draft: text } : u)));
  }, []);

  const resolveConflict = useCallback(
    (choice: 'mine' | 'theirs') => {
      const current = queueRef.current?.resolveConflict(choice);
      if (current && choice === 'theirs') replaceUnit(current, false);
      if (queueRef.current) setStatus(queueRef.current.status());
    },
    [replaceUnit],
  );

  const resetAll = useCallback((next: TranslationWorkspaceData) => {
    setUnits(next.units.map((unit) => viewOf(unit)));
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
    replaceUnit,
    resolveConflict,
    resetAll,
    retryNow: () => void queueRef.current?.flush(),
  };
}
