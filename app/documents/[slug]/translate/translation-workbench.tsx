'use client';
// The translate page: units in order, Indonesian left and English right, the active unit's
// alignments, suggestions, QA, review and history beside them. It composes; panels hold the UI.
// Typing renders one row and the active unit's QA (see UnitDrafts); the rows get one stable
// `actions` object that reads the page's current state when called.
import Link from 'next/link';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/lib/auth/roles';
import type { GlossaryEntry } from '@/lib/translation/qa/check-glossary';
import { nextStatusOnConfirm } from '@/lib/translation/unit-status';
import { ErrorMessage } from '../../../_components/error-message';
import type { ApiError } from '../../../_components/post-json';
import { QaList } from './qa-list';
import { alignAnnotation, changeUnitStatus, fetchSuggestions, removeAlignment } from './translate-api';
import { TranslationStatusBar } from './translation-status-bar';
import { UnitAlignments } from './unit-alignments';
import { UnitHistory } from './unit-history';
import { UnitReview } from './unit-review';
import { useUnitDraft, type UnitDrafts } from './unit-drafts';
import { NO_GLOSSARY, unitQaIssues } from './unit-qa-issues';
import { UnitRow, type UnitActions, type UnitRowProps } from './unit-row';
import { UnitStructure } from './unit-structure';
import { UnitSuggestions } from './unit-suggestions';
import { XliffImport } from './xliff-import';
import { useTranslationSession, type UnitView } from './use-translation-session';
import type { TranslationWorkspaceData, UnitAnnotation, UnitStatus, UnitSuggestions as Suggestions } from './workspace-data';

interface WorkbenchProps {
  workspace: TranslationWorkspaceData;
  userId: number;
  role: Role;
  canWrite: boolean;
  canReview: boolean;
}

const statusOf = (unit: UnitView): UnitStatus => unit.translation?.status ?? 'new';

/**
 * Units per list: the units are shown as consecutive lists of this many, which the browser skips
 * while out of view (content-visibility in globals.css), so a keystroke in a document of thousands
 * of units costs it a few lists, not every row.
 */
const UNITS_PER_LIST = 50;

function inLists(units: UnitView[]): UnitView[][] {
  const lists: UnitView[][] = [];
  for (let at = 0; at < units.length; at += UNITS_PER_LIST) lists.push(units.slice(at, at + UNITS_PER_LIST));
  return lists;
}

export function TranslationWorkbench({ workspace, userId, role, canWrite, canReview }: WorkbenchProps) {
  const { t } = useTranslation();
  const session = useTranslationSession(workspace, userId);
  const { units, activeId, setActiveId, drafts } = session;
  const [annotations, setAnnotations] = useState<UnitAnnotation[]>(workspace.annotations);
  const [suggestions, setSuggestions] = useState<Suggestions | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const colors = useMemo(() => new Map(workspace.labels.map((l) => [l.name, l.color])), [workspace.labels]);
  const annotationById = useMemo(() => new Map(annotations.map((a) => [a.id, a])), [annotations]);
  const annotationsOf = (unit: UnitView) => unit.annotationIds.flatMap((id) => annotationById.get(id) ?? []);
  const active = activeId === null ? undefined : session.byId.get(activeId);
  const glossary = suggestions?.glossary ?? NO_GLOSSARY;
  const unitLists = useMemo(() => inLists(units), [units]);

  // A link to one unit (from the report) opens the page on it; a box the user clicked into before
  // the page's script ran (its focus event went unheard) makes its unit the active one.
  useEffect(() => {
    const focused = document.activeElement?.closest('[data-unit]')?.getAttribute('data-unit');
    const linked = /^#unit-(\d+)$/.exec(window.location.hash);
    if (focused) setActiveId(Number(focused));
    else if (linked) setActiveId(Number(linked[1]));
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

  /** The English selection of a unit, read from its box (kept there while a button takes the focus). */
  const englishSelection = (sentenceId: number): { start: number; end: number } | null => {
    const box = document.querySelector<HTMLTextAreaElement>(`#unit-${sentenceId} textarea`);
    return box ? { start: box.selectionStart, end: box.selectionEnd } : null;
  };

  const indexOf = (sentenceId: number) => units.findIndex((u) => u.sentenceId === sentenceId);
  const index = active ? indexOf(active.sentenceId) : -1;
  const move = (from: number, direction: 1 | -1) => {
    const next = units[indexOf(from) + direction];
    if (!next) return;
    setActiveId(next.sentenceId);
    document.querySelector<HTMLTextAreaElement>(`#unit-${next.sentenceId} textarea`)?.focus();
  };
  const insert = (text: string, replace: boolean) => {
    if (!active) return;
    const range = englishSelection(active.sentenceId);
    const draft = session.draftOf(active.sentenceId);
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
    const at = indexOf(unit.sentenceId);
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
    const draft = session.draftOf(active.sentenceId);
    const quote = draft.slice(range.start, range.end);
    // The server checks the words against the stored English: store the text first.
    session.saveText(active.sentenceId, draft, false);
    if (!(await session.whenSaved(active.sentenceId))) return;
    const result = await alignAnnotation(active.sentenceId, { annotationId: annotation.id, start: range.start, end: range.end, quote });
    if (!result.ok) return setActionError(result.error);
    setActionError(null);
    session.replaceUnit(result.data.unit, true);
  };

  // The rows' actions: created once, each call reaching this render's functions (the latest).
  const handlers = useRef<UnitActions | null>(null);
  handlers.current = {
    focus: setActiveId,
    draft: session.setDraft,
    save: (id, text) => session.saveText(id, text, false),
    confirm: (id, text) => {
      const unit = session.byId.get(id);
      if (unit) void confirm(unit, text);
    },
    move,
    copySource: (id) => {
      const unit = session.byId.get(id);
      if (unit) session.saveText(id, unit.source, false);
    },
    insertBestMatch: (id) => {
      const best = suggestions?.tm[0];
      if (best) session.saveText(id, best.target, false);
    },
    align: (_id, n, start, end) => void align(n, start, end),
  };
  const actions = useMemo<UnitActions>(() => {
    const latest = () => {
      if (!handlers.current) throw new Error('the workbench has not rendered');
      return handlers.current;
    };
    return {
      focus: (id) => latest().focus(id),
      draft: (id, text) => latest().draft(id, text),
      save: (id, text) => latest().save(id, text),
      confirm: (id, text) => latest().confirm(id, text),
      move: (id, direction) => latest().move(id, direction),
      copySource: (id) => latest().copySource(id),
      insertBestMatch: (id) => latest().insertBestMatch(id),
      align: (id, n, start, end) => latest().align(id, n, start, end),
    };
  }, []);

  return (
    <div className="translate-workbench">
      <header className="workbench-head">
        <h1>{workspace.document.title}</h1>
        <p className="hint">{t(canWrite ? 'translate.keys' : 'translate.readOnly')}</p>
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
        <div className="units">
          {unitLists.map((list, i) => {
            // Only the list that holds the active unit (or held it) renders again when it changes.
            const holdsActive = activeId !== null && list.some((unit) => unit.sentenceId === activeId);
            return (
              <UnitList
                key={i}
                t={t}
                units={list}
                activeId={holdsActive ? activeId : null}
                canWrite={canWrite}
                canReview={canReview}
                annotationById={annotationById}
                colors={colors}
                drafts={drafts}
                glossary={holdsActive ? glossary : NO_GLOSSARY}
                actions={actions}
              />
            );
          })}
        </div>
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
              <ActiveUnitQa unit={active} drafts={drafts} glossary={glossary} />
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

/** What every row of the list gets alike, plus the list's units and whose they may change. */
interface UnitListProps extends Pick<UnitRowProps, 't' | 'annotationById' | 'colors' | 'drafts' | 'glossary' | 'actions'> {
  units: UnitView[];
  /** The active unit, when it is in this list. */
  activeId: number | null;
  canWrite: boolean;
  canReview: boolean;
}

/**
 * One list of units, memoized: a keystroke renders its row, and React, on its way there, revisits
 * the page's hundred lists instead of all their thousands of rows (~1 ms a key at 5 000 units).
 */
const UnitList = memo(function UnitList({ t, units, activeId, canWrite, canReview, annotationById, colors, drafts, glossary, actions }: UnitListProps) {
  return (
    <ol>
      {units.map((unit) => {
        const isActive = unit.sentenceId === activeId;
        return (
          <UnitRow
            key={unit.sentenceId}
            t={t}
            unit={unit}
            active={isActive}
            // Accepted work is the reviewers' to change (the server refuses translators too).
            readOnly={!canWrite || (!canReview && (statusOf(unit) === 'reviewed' || statusOf(unit) === 'approved'))}
            annotationById={annotationById}
            colors={colors}
            drafts={drafts}
            glossary={isActive ? glossary : NO_GLOSSARY}
            actions={actions}
          />
        );
      })}
    </ol>
  );
});

/** The active unit's QA findings, checked again at every keystroke in its box (and only its). */
function ActiveUnitQa({ unit, drafts, glossary }: { unit: UnitView; drafts: UnitDrafts; glossary: readonly GlossaryEntry[] }) {
  const text = useUnitDraft(drafts, unit);
  const issues = useMemo(() => unitQaIssues(unit, text, glossary), [unit, text, glossary]);
  return <QaList issues={issues} />;
}
