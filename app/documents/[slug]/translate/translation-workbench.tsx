'use client';
// The translate page: units in order, Indonesian left and English right, the active unit's
// alignments, suggestions, QA, review and history beside them. It composes; panels hold the UI.
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/lib/auth/roles';
import type { Annotation } from '@/lib/annotations/types';
import { nextStatusOnConfirm } from '@/lib/translation/unit-status';
import { runQaChecks } from '@/lib/translation/qa/run-qa-checks';
import { ErrorMessage } from '../../../_components/error-message';
import type { ApiError } from '../../../_components/post-json';
import { QaList } from './qa-list';
import { alignAnnotation, changeUnitStatus, fetchSuggestions, removeAlignment } from './translate-api';
import { TranslationStatusBar } from './translation-status-bar';
import { UnitAlignments } from './unit-alignments';
import { UnitHistory } from './unit-history';
import { UnitReview } from './unit-review';
import { UnitRow } from './unit-row';
import { UnitStructure } from './unit-structure';
import { UnitSuggestions } from './unit-suggestions';
import { XliffImport } from './xliff-import';
import { useTranslationSession, type UnitView } from './use-translation-session';
import type { TranslationWorkspaceData, UnitStatus, UnitSuggestions as Suggestions } from './workspace-data';

interface WorkbenchProps {
  workspace: TranslationWorkspaceData;
  userId: number;
  role: Role;
  canWrite: boolean;
  canReview: boolean;
}

const statusOf = (unit: UnitView): UnitStatus => unit.translation?.status ?? 'new';

export function TranslationWorkbench({ workspace, userId, role, canWrite, canReview }: WorkbenchProps) {
  const { t } = useTranslation();
  const session = useTranslationSession(workspace, userId);
  const { units, activeId, setActiveId } = session;
  const [annotations, setAnnotations] = useState<Annotation[]>(workspace.annotations);
  const [suggestions, setSuggestions] = useState<Suggestions | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const colors = useMemo(() => new Map(workspace.labels.map((l) => [l.name, l.color])), [workspace.labels]);
  const annotationById = useMemo(() => new Map(annotations.map((a) => [a.id, a])), [annotations]);
  const annotationsOf = (unit: UnitView) => unit.annotationIds.flatMap((id) => annotationById.get(id) ?? []);
  const active = activeId === null ? undefined : session.byId.get(activeId);

  // A link to one unit (from the report) opens the page on it.
  useEffect(() => {
    const linked = /^#unit-(\d+)$/.exec(window.location.hash);
    if (linked) setActiveId(Number(linked[1]));
  }, [setActiveId]);

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
          // Alignments are offsets into the stored English: checked once the typed text is stored.
          alignments: unit.draft === unit.translation?.text ? unit.alignments.filter((a) => a.state !== 'broken') : [],
        })
      : [];

  /** The English selection of a unit, read from its box (kept there while a button takes the focus). */
  const englishSelection = (sentenceId: number): { start: number; end: number } | null => {
    const box = document.querySelector<HTMLTextAreaElement>(`#unit-${sentenceId} textarea`);
    return box ? { start: box.selectionStart, end: box.selectionEnd } : null;
  };

  const index = active ? units.findIndex((u) => u.sentenceId === active.sentenceId) : -1;
  const move = (direction: 1 | -1) => {
    const next = units[index + direction];
    if (!next) return;
    setActiveId(next.sentenceId);
    document.querySelector<HTMLTextAreaElement>(`#unit-${next.sentenceId} textarea`)?.focus();
  };
  const insert = (text: string, replace: boolean) => {
    if (!active) return;
    const range = englishSelection(active.sentenceId);
    const draft = active.draft;
    const next = replace ? text : range ? draft.slice(0, range.start) + text + draft.slice(range.end) : draft ? `${draft} ${text}` : text;
    session.saveText(active.sentenceId, next, false);
  };
  /**
   * Confirms a unit the way the role does (a translator: translated; a reviewer: one step of
   * acceptance) and moves to the next unit that needs the same work.
   */
  const confirm = async (unit: UnitView, text: string) => {
    const next = nextStatusOnConfirm(role, statusOf(unit));
    session.saveText(unit.sentenceId, text, next === 'translated');
    const at = units.findIndex((u) => u.sentenceId === unit.sentenceId);
    const following = units.slice(at + 1).find((u) => nextStatusOnConfirm(role, statusOf(u)) !== null && (next !== 'translated' || statusOf(u) !== 'translated'));
    if (following) {
      setActiveId(following.sentenceId);
      // At once, so the next keys typed land in the next box, not after a render.
      document.querySelector<HTMLTextAreaElement>(`#unit-${following.sentenceId} textarea`)?.focus();
    }
    if (next === null || next === 'translated') return;
    // Acceptance is a status change: it names the revision that holds the text just saved.
    const saved = await session.whenSaved(unit.sentenceId);
    if (!saved?.translation) return;
    const result = await changeUnitStatus(unit.sentenceId, { revision: saved.translation.revision, status: next });
    if (result.ok) session.replaceUnit(result.data.unit, true);
    else setActionError(result.error);
  };

  const align = async (n: number, start?: number, end?: number) => {
    if (!active) return;
    const annotation = annotationsOf(active)[n - 1];
    const range = start !== undefined && end !== undefined ? { start, end } : englishSelection(active.sentenceId);
    if (!annotation || !range || range.end <= range.start) {
      setActionError({ code: 'translate.selectEnglish', params: {}, message: t('translate.align.selectFirst') });
      return;
    }
    const quote = active.draft.slice(range.start, range.end);
    // The server checks the words against the stored English: store the text first.
    session.saveText(active.sentenceId, active.draft, false);
    if (!(await session.whenSaved(active.sentenceId))) return;
    const result = await alignAnnotation(active.sentenceId, { annotationId: annotation.id, start: range.start, end: range.end, quote });
    if (!result.ok) return setActionError(result.error);
    setActionError(null);
    session.replaceUnit(result.data.unit, true);
  };

  return (
    <div className="translate-workbench">
      <header className="workbench-head">
        <h1>{workspace.document.title}</h1>
        <p className="hint">{t('translate.keys')}</p>
        <p>
          <Link href={`/documents/${workspace.document.slug}/translation-report`}>{t('translate.reportLink')}</Link>
        </p>
        <XliffImport
          slug={workspace.document.slug}
          canWrite={canWrite}
          onImported={(next) => {
            setAnnotations(next.annotations);
            session.resetAll(next);
          }}
        />
      </header>
      <div className="translate-columns">
        <ol className="units">
          {units.map((unit) => (
            <UnitRow
              key={unit.sentenceId}
              unit={unit}
              active={unit.sentenceId === activeId}
              // Accepted work is the reviewers' to change (the server refuses translators too).
              readOnly={!canWrite || (!canReview && (statusOf(unit) === 'reviewed' || statusOf(unit) === 'approved'))}
              annotations={annotationsOf(unit)}
              colors={colors}
              issueCount={qaFor(unit).length}
              onFocus={() => setActiveId(unit.sentenceId)}
              onDraft={(text) => session.setDraft(unit.sentenceId, text)}
              onSave={(text) => session.saveText(unit.sentenceId, text, false)}
              keys={{
                confirm: (text) => void confirm(unit, text),
                move,
                copySource: () => session.saveText(unit.sentenceId, unit.source, false),
                insertBestMatch: () => {
                  const best = suggestions?.tm[0];
                  if (best) session.saveText(unit.sentenceId, best.target, false);
                },
                align: (n, start, end) => void align(n, start, end),
              }}
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
                onConfirm={async (annotationId, { start, end, quote }) => {
                  const result = await alignAnnotation(active.sentenceId, { annotationId, start, end, quote });
                  if (result.ok) session.replaceUnit(result.data.unit, true);
                  else setActionError(result.error);
                }}
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
                  targetCursor={() => englishSelection(active.sentenceId)?.start}
                  beforeChange={async () => {
                    // Merge and split work on the stored English: store what waits first.
                    const ids = [active.sentenceId, units[index + 1]?.sentenceId].filter((id): id is number => id !== undefined);
                    const saved = await Promise.all(ids.map((id) => session.whenSaved(id)));
                    return saved.every((unit) => unit !== null);
                  }}
                  onChanged={(next) => {
                    setAnnotations(next.annotations);
                    session.resetAll(next);
                  }}
                />
              )}
              <UnitHistory unit={active} canWrite={canWrite} onRestored={(unit) => session.replaceUnit(unit, false)} />
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
