'use client';
// The translate page: units in order, Indonesian left and English right, the active unit's
// alignments, suggestions, QA, review and history beside them. It composes; panels hold the UI.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '@/lib/annotations/types';
import { runQaChecks } from '@/lib/translation/qa/run-qa-checks';
import { ErrorMessage } from '../../../_components/error-message';
import type { ApiError } from '../../../_components/post-json';
import { labelName } from '../annotate/label-text';
import { QaList } from './qa-list';
import { alignAnnotation, fetchSuggestions, removeAlignment } from './translate-api';
import { TranslationStatusBar } from './translation-status-bar';
import { UnitAlignments } from './unit-alignments';
import { UnitHistory } from './unit-history';
import { UnitReview } from './unit-review';
import { UnitRow } from './unit-row';
import { UnitStructure } from './unit-structure';
import { UnitSuggestions } from './unit-suggestions';
import { useTranslationSession, type UnitView } from './use-translation-session';
import type { TranslationWorkspaceData, UnitSuggestions as Suggestions } from './workspace-data';

interface WorkbenchProps {
  workspace: TranslationWorkspaceData;
  userId: number;
  canWrite: boolean;
  canReview: boolean;
}

const UNFINISHED = new Set(['new', 'draft']);

export function TranslationWorkbench({ workspace, userId, canWrite, canReview }: WorkbenchProps) {
  const { t } = useTranslation();
  const session = useTranslationSession(workspace, userId);
  const { units, activeId, setActiveId } = session;
  const [annotations, setAnnotations] = useState<Annotation[]>(workspace.annotations);
  const [suggestions, setSuggestions] = useState<Suggestions | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const selection = useRef<{ sentenceId: number; start: number; end: number } | null>(null);
  const colors = useMemo(() => new Map(workspace.labels.map((l) => [l.name, l.color])), [workspace.labels]);
  const annotationById = useMemo(() => new Map(annotations.map((a) => [a.id, a])), [annotations]);
  const annotationsOf = (unit: UnitView) => unit.annotationIds.flatMap((id) => annotationById.get(id) ?? []);
  const active = activeId === null ? undefined : session.byId.get(activeId);

  useEffect(() => {
    if (activeId === null) return;
    let live = true;
    setSuggestions(null);
    void fetchSuggestions(activeId).then((result) => {
      if (live) setSuggestions(result.ok ? result.data : { tm: [], glossary: [], statistics: [] });
    });
    return () => {
      live = false;
    };
  }, [activeId]);

  const qaFor = (unit: UnitView) =>
    unit.draft || unit.translation
      ? runQaChecks({
          source: unit.source,
          target: unit.draft,
          glossary: unit.sentenceId === activeId ? (suggestions?.glossary ?? []) : [],
          alignments: unit.alignments.filter((a) => a.state !== 'broken'),
        })
      : [];

  const index = active ? units.findIndex((u) => u.sentenceId === active.sentenceId) : -1;
  const move = (direction: 1 | -1) => {
    const next = units[index + direction];
    if (next) setActiveId(next.sentenceId);
  };
  const insert = (text: string, replace: boolean) => {
    if (!active) return;
    const range = selection.current?.sentenceId === active.sentenceId ? selection.current : null;
    const draft = active.draft;
    const next = replace ? text : range ? draft.slice(0, range.start) + text + draft.slice(range.end) : draft ? `${draft} ${text}` : text;
    session.saveText(active.sentenceId, next, false);
  };
  const align = async (n: number, start?: number, end?: number) => {
    if (!active) return;
    const annotation = annotationsOf(active)[n - 1];
    const range = start !== undefined && end !== undefined ? { start, end } : selection.current?.sentenceId === active.sentenceId ? selection.current : null;
    if (!annotation || !range || range.end <= range.start) {
      setActionError({ code: 'translate.selectEnglish', params: {}, message: t('translate.align.selectFirst') });
      return;
    }
    const result = await alignAnnotation(active.sentenceId, {
      annotationId: annotation.id,
      start: range.start,
      end: range.end,
      quote: active.draft.slice(range.start, range.end),
    });
    if (!result.ok) return setActionError(result.error);
    setActionError(null);
    session.replaceUnit(result.data.unit, true);
  };

  return (
    <div className="translate-workbench">
      <header className="workbench-head">
        <h1>{workspace.document.title}</h1>
        <p className="hint">{t('translate.keys')}</p>
      </header>
      <div className="translate-columns">
        <ol className="units">
          {units.map((unit) => (
            <UnitRow
              key={unit.sentenceId}
              unit={unit}
              active={unit.sentenceId === activeId}
              readOnly={!canWrite}
              annotations={annotationsOf(unit)}
              colors={colors}
              issueCount={qaFor(unit).length}
              onFocus={() => setActiveId(unit.sentenceId)}
              onDraft={(text) => session.setDraft(unit.sentenceId, text)}
              onSave={(text) => session.saveText(unit.sentenceId, text, false)}
              keys={{
                confirm: (text) => {
                  session.saveText(unit.sentenceId, text, true);
                  const at = units.findIndex((u) => u.sentenceId === unit.sentenceId);
                  const next = units.slice(at + 1).find((u) => UNFINISHED.has(u.translation?.status ?? 'new'));
                  if (next) setActiveId(next.sentenceId);
                },
                move,
                copySource: () => session.saveText(unit.sentenceId, unit.source, false),
                insertBestMatch: () => {
                  const best = suggestions?.tm[0];
                  if (best) session.saveText(unit.sentenceId, best.target, false);
                },
                align: (n, start, end) => void align(n, start, end),
              }}
              onSelect={(start, end) => (selection.current = { sentenceId: unit.sentenceId, start, end })}
            />
          ))}
        </ol>
        <aside className="workbench-side unit-panel" aria-label={t('translate.panel.title')}>
          {active ? (
            <>
              <h2>{t('translate.panel.unit', { n: active.ord + 1 })}</h2>
              <ErrorMessage error={actionError} />
              <h3>{t('translate.align.title')}</h3>
              <UnitAlignments
                unit={active}
                annotations={annotationsOf(active)}
                colors={colors}
                canWrite={canWrite}
                onAlign={(n) => void align(n)}
                onRemove={async (id) => {
                  const result = await removeAlignment(id);
                  if (result.ok) session.replaceUnit(result.data.unit, true);
                  else setActionError(result.error);
                }}
              />
              <QaList issues={qaFor(active)} />
              <UnitSuggestions suggestions={suggestions} canWrite={canWrite} onInsert={insert} />
              {canReview && <UnitReview unit={active} onChanged={(unit) => session.replaceUnit(unit, false)} />}
              {canWrite && (
                <UnitStructure
                  unit={active}
                  hasNextInBlock={units[index + 1]?.blockId === active.blockId}
                  targetCursor={() => (selection.current?.sentenceId === active.sentenceId ? selection.current.start : undefined)}
                  onChanged={(next) => {
                    setAnnotations(next.annotations);
                    session.resetAll(next);
                  }}
                />
              )}
              <UnitHistory unit={active} canWrite={canWrite} onRestored={(unit) => session.replaceUnit(unit, false)} />
              <p className="hint">{annotationsOf(active).map((a, i) => `${i + 1} ${labelName(t, a.label)}`).join(' · ')}</p>
            </>
          ) : (
            <p className="hint">{t('translate.panel.none')}</p>
          )}
        </aside>
      </div>
      <TranslationStatusBar
        status={session.status}
        error={session.error}
        onRetry={session.retryNow}
        onDismiss={session.dismissError}
        onResolve={session.resolveConflict}
        byId={session.byId}
      />
    </div>
  );
}
