'use client';
// One translation unit: the Indonesian sentence with its annotations on the left, the English
// editor on the right, its status and who last changed it. Keys work inside the English editor.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '@/lib/annotations/types';
import { AnnotatedSource } from './annotated-source';
import type { UnitView } from './use-translation-session';

export interface UnitKeyActions {
  confirm: (text: string) => void;
  move: (direction: 1 | -1) => void;
  copySource: () => void;
  insertBestMatch: () => void;
  /** Aligns the selected English words to the unit's n-th annotation (1-based). */
  align: (n: number, start: number, end: number) => void;
}

interface UnitRowProps {
  unit: UnitView;
  active: boolean;
  readOnly: boolean;
  annotations: Annotation[];
  colors: Map<string, string>;
  issueCount: number;
  onFocus: () => void;
  /** The text as typed, shown at once. */
  onDraft: (text: string) => void;
  /** The text to save as a draft (after a pause in typing, or on leaving the unit). */
  onSave: (text: string) => void;
  keys: UnitKeyActions;
}

/** Typing is saved this long after the last key (and on leaving the unit). */
const SAVE_DELAY_MS = 800;

export function UnitRow({ unit, active, readOnly, annotations, colors, issueCount, onFocus, onDraft, onSave, keys }: UnitRowProps) {
  const { t } = useTranslation();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const status = unit.translation?.status ?? 'new';
  // Only a confirmed alignment counts: a moved one waits for the translator to check it.
  const alignedIds = new Set(unit.alignments.filter((a) => a.state === 'aligned').map((a) => a.annotationId));

  useEffect(() => {
    if (active && textarea.current && document.activeElement !== textarea.current) {
      textarea.current.focus();
      textarea.current.scrollIntoView({ block: 'center' });
    }
  }, [active]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  // A text put in from outside (copy source, a suggestion, the server) replaces what was typed:
  // the pending save of the typed text must not bring it back.
  const typed = useRef(unit.draft);
  useEffect(() => {
    if (unit.draft !== typed.current && timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    typed.current = unit.draft;
  }, [unit.draft]);

  const flush = (text: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    onSave(text);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    const target = event.currentTarget;
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      keys.confirm(target.value);
    } else if (event.altKey && !event.shiftKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      flush(target.value);
      keys.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.altKey && event.shiftKey && event.code === 'KeyC') {
      event.preventDefault();
      keys.copySource();
    } else if (event.altKey && event.shiftKey && event.code === 'KeyM') {
      event.preventDefault();
      keys.insertBestMatch();
    } else if (event.altKey && event.shiftKey && /^Digit[1-9]$/.test(event.code)) {
      event.preventDefault();
      flush(target.value);
      keys.align(Number(event.code.slice(5)), target.selectionStart, target.selectionEnd);
    }
  };

  return (
    <li id={`unit-${unit.sentenceId}`} className={`unit unit-${status}${active ? ' active' : ''}`} data-unit={unit.sentenceId} data-block-kind={unit.blockKind} aria-current={active}>
      <div className="unit-left">
        <span className="unit-ord">{unit.ord + 1}</span>
        <AnnotatedSource source={unit.source} offset={unit.start} annotations={annotations} colors={colors} alignedIds={alignedIds} />
      </div>
      <div className="unit-right">
        <textarea
          ref={textarea}
          lang="en"
          rows={Math.max(2, Math.ceil(unit.source.length / 70))}
          value={unit.draft}
          readOnly={readOnly}
          aria-label={t('translate.unit.englishFor', { n: unit.ord + 1 })}
          onFocus={onFocus}
          onChange={(event) => {
            const text = event.target.value;
            typed.current = text;
            onDraft(text);
            if (timer.current) clearTimeout(timer.current);
            timer.current = setTimeout(() => flush(text), SAVE_DELAY_MS);
          }}
          onBlur={(event) => {
            if (timer.current) flush(event.target.value);
          }}
          onKeyDown={onKeyDown}
          spellCheck
        />
        <div className="unit-meta">
          <span
            className={`badge badge-status-${status}`}
            data-status={status}
            title={
              unit.translation?.statusChangedBy
                ? t('translate.unit.statusBy', { name: unit.translation.statusChangedBy, at: new Date(unit.translation.statusChangedAt).toLocaleString() })
                : undefined
            }
          >
            {t(`translate.status.${status}`)}
          </span>
          {unit.translation?.statusChangedBy && (status === 'reviewed' || status === 'approved') && (
            <span className="hint">{t('translate.unit.statusBy', { name: unit.translation.statusChangedBy, at: new Date(unit.translation.statusChangedAt).toLocaleString() })}</span>
          )}
          {annotations.length > 0 && (
            <span className="hint">{t('translate.unit.aligned', { aligned: alignedIds.size, total: annotations.length })}</span>
          )}
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
      </div>
    </li>
  );
}
