'use client';
// One translation unit: the Indonesian sentence with its annotations on the left, the English
// editor on the right, its status and who last changed it. Keys work inside the English editor.
// A row renders again only when its own unit or activity changes (memo, stable actions); a
// keystroke renders just its status line (the QA count), not the thousands of rows beside it.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import type { GlossaryEntry } from '@/lib/translation/qa/check-glossary';
import { AnnotatedSource } from './annotated-source';
import { useUnitDraft, type UnitDrafts } from './unit-drafts';
import { unitQaIssues } from './unit-qa-issues';
import type { UnitView } from './use-translation-session';
import type { UnitAnnotation } from './workspace-data';

/** What a row asks of the page, by unit; one object for every row, the same across renders. */
export interface UnitActions {
  focus: (sentenceId: number) => void;
  /** The text as typed, shown at once. */
  draft: (sentenceId: number, text: string) => void;
  /** The text to save as a draft (after a pause in typing, or on leaving the unit). */
  save: (sentenceId: number, text: string) => void;
  confirm: (sentenceId: number, text: string) => void;
  move: (sentenceId: number, direction: 1 | -1) => void;
  copySource: (sentenceId: number) => void;
  insertBestMatch: (sentenceId: number) => void;
  /** Aligns the selected English words to the unit's n-th annotation (1-based). */
  align: (sentenceId: number, n: number, start: number, end: number) => void;
}

export interface UnitRowProps {
  /** The page's translator, passed down: one useTranslation per row costs thousands of hooks. */
  t: TFunction;
  unit: UnitView;
  active: boolean;
  readOnly: boolean;
  /** Every annotation any unit lists, by id. */
  annotationById: Map<string, UnitAnnotation>;
  colors: Map<string, string>;
  drafts: UnitDrafts;
  glossary: readonly GlossaryEntry[];
  actions: UnitActions;
}

/** Typing is saved this long after the last key (and on leaving the unit). */
const SAVE_DELAY_MS = 800;

export const UnitRow = memo(function UnitRow({ t, unit, active, readOnly, annotationById, colors, drafts, glossary, actions }: UnitRowProps) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const id = unit.sentenceId;
  const status = unit.translation?.status ?? 'new';
  const annotations = useMemo(() => unit.annotationIds.flatMap((a) => annotationById.get(a) ?? []), [unit.annotationIds, annotationById]);
  // Only a confirmed alignment counts: a moved one waits for the translator to check it.
  const alignedIds = useMemo(() => new Set(unit.alignments.filter((a) => a.state === 'aligned').map((a) => a.annotationId)), [unit.alignments]);

  // The active box takes the focus, unless the user is already in another unit's box: one clicked
  // before the page's script ran, which then becomes the active unit (see the workbench).
  useEffect(() => {
    const inOtherUnit = document.activeElement instanceof HTMLTextAreaElement && document.activeElement.closest('[data-unit]') !== null;
    if (active && textarea.current && document.activeElement !== textarea.current && !inOtherUnit) {
      textarea.current.focus();
      textarea.current.scrollIntoView({ block: 'center' });
    }
  }, [active]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  // The box is uncontrolled and the row does not render at a keystroke: rendering a textarea has
  // React rewrite its child text, a DOM change that makes the browser restyle the whole page.
  // The first text is its default; a text put in from outside (copy source, a suggestion, the
  // server) is written into the box here, and the pending save of the typed text must not bring
  // the old one back.
  const [initialText] = useState(() => drafts.textOf(unit));
  const unitRef = useRef(unit);
  unitRef.current = unit;
  useLayoutEffect(() => {
    const show = () => {
      const box = textarea.current;
      const text = drafts.textOf(unitRef.current);
      if (!box || box.value === text) return;
      box.value = text;
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
    show();
    return drafts.watch(id, show);
  }, [drafts, id, unit]);

  // Typing is heard here, not through React's onChange: React answers every input in a textarea
  // by rewriting its default value (its child text), a DOM change that restyles the page.
  useEffect(() => {
    const box = textarea.current;
    if (!box) return;
    const onInput = (event: Event) => {
      event.stopPropagation();
      const value = box.value;
      actions.draft(id, value);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        actions.save(id, value);
      }, SAVE_DELAY_MS);
    };
    box.addEventListener('input', onInput);
    return () => box.removeEventListener('input', onInput);
  }, [actions, id]);

  const flush = (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    actions.save(id, value);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    const target = event.currentTarget;
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      actions.confirm(id, target.value);
    } else if (event.altKey && !event.shiftKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      flush(target.value);
      actions.move(id, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.altKey && event.shiftKey && event.code === 'KeyC') {
      event.preventDefault();
      actions.copySource(id);
    } else if (event.altKey && event.shiftKey && event.code === 'KeyM') {
      event.preventDefault();
      actions.insertBestMatch(id);
    } else if (event.altKey && event.shiftKey && /^Digit[1-9]$/.test(event.code)) {
      event.preventDefault();
      flush(target.value);
      actions.align(id, Number(event.code.slice(5)), target.selectionStart, target.selectionEnd);
    }
  };

  return (
    <li id={`unit-${id}`} className={`unit unit-${status}${active ? ' active' : ''}`} data-unit={id} data-block-kind={unit.blockKind} aria-current={active}>
      <div className="unit-left">
        <span className="unit-ord">{unit.ord + 1}</span>
        <AnnotatedSource source={unit.source} offset={unit.start} annotations={annotations} colors={colors} alignedIds={alignedIds} />
      </div>
      <div className="unit-right">
        <textarea
          ref={textarea}
          lang="en"
          rows={Math.max(2, Math.ceil(unit.source.length / 70))}
          defaultValue={initialText}
          readOnly={readOnly}
          aria-label={t('translate.unit.englishFor', { n: unit.ord + 1 })}
          onFocus={() => actions.focus(id)}
          onBlur={(event) => {
            if (timer.current) flush(event.target.value);
          }}
          onKeyDown={onKeyDown}
          spellCheck
        />
        <UnitMeta t={t} unit={unit} annotationCount={annotations.length} alignedCount={alignedIds.size} drafts={drafts} glossary={glossary} />
      </div>
    </li>
  );
});

interface UnitMetaProps {
  t: TFunction;
  unit: UnitView;
  annotationCount: number;
  alignedCount: number;
  drafts: UnitDrafts;
  glossary: readonly GlossaryEntry[];
}

/** Status and who set it, alignment and QA counts (of the text as typed), last writer. */
const UnitMeta = memo(function UnitMeta({ t, unit, annotationCount, alignedCount, drafts, glossary }: UnitMetaProps) {
  const text = useUnitDraft(drafts, unit);
  const issueCount = useMemo(() => unitQaIssues(unit, text, glossary).length, [unit, text, glossary]);
  const status = unit.translation?.status ?? 'new';
  const statusBy = unit.translation?.statusChangedBy
    ? t('translate.unit.statusBy', { name: unit.translation.statusChangedBy, at: new Date(unit.translation.statusChangedAt).toLocaleString() })
    : undefined;
  return (
    <>
      <div className="unit-meta">
        <span className={`badge badge-status-${status}`} data-status={status} title={statusBy}>
          {t(`translate.status.${status}`)}
        </span>
        {statusBy && (status === 'reviewed' || status === 'approved') && <span className="hint">{statusBy}</span>}
        {annotationCount > 0 && <span className="hint">{t('translate.unit.aligned', { aligned: alignedCount, total: annotationCount })}</span>}
        {issueCount > 0 && <span className="badge badge-qa">{t('translate.unit.issues', { count: issueCount })}</span>}
        {unit.translation?.updatedBy && (
          <span className="hint">{t('translate.unit.lastBy', { name: unit.translation.updatedBy, at: new Date(unit.translation.updatedAt).toLocaleString() })}</span>
        )}
      </div>
      {unit.translation?.comment && status === 'draft' && (
        <p className="review-comment" role="note">
          {t('translate.unit.sentBack', { comment: unit.translation.comment })}
        </p>
      )}
    </>
  );
});
