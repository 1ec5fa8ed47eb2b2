'use client';
// Label buttons (with their colors and shortcut keys, so they double as the legend), suggestions,
// undo/redo and the switch between annotating and correcting the source.
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelDefinition } from '@/lib/annotations/types';
import type { AnnotationEditor } from '@/lib/editor/annotation-editor';
import type { AnnotationSession } from '@/lib/editor/annotation-session';
import { ErrorMessage } from '../../../_components/error-message';
import type { ApiError } from '../../../_components/post-json';
import { requestSuggestions } from './annotation-api';
import { labelName } from './label-text';
import type { WorkbenchMode } from './annotation-workbench';

interface ToolbarProps {
  labels: LabelDefinition[];
  mode: WorkbenchMode;
  onMode: (mode: WorkbenchMode) => void;
  session: AnnotationSession | null;
  editor: AnnotationEditor | null;
  slug: string;
  canUndo: boolean;
  canRedo: boolean;
}

// Buttons keep the editor's selection: a mousedown elsewhere would otherwise take the focus first.
const keepSelection = (event: React.MouseEvent) => event.preventDefault();

/** Memoized: its props change only with the mode, undo/redo and the session's start, not with every span. */
export const AnnotationToolbar = memo(function AnnotationToolbar({ labels, mode, onMode, session, editor, slug, canUndo, canRedo }: ToolbarProps) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const applyLabel = (label: string) => {
    const range = editor?.snappedSelection();
    setNotice(range ? null : t('annotate.toolbar.selectFirst'));
    if (range && session) {
      session.create(label, range);
      editor?.collapseSelection();
    }
    editor?.focus();
  };

  const suggest = async () => {
    setBusy(true);
    setError(null);
    const result = await requestSuggestions(slug);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    session?.addStored(result.data.created);
    setNotice(t('annotate.toolbar.suggested', { count: result.data.created.length }));
  };

  return (
    <div className="annotation-toolbar" role="toolbar" aria-label={t('annotate.toolbar.label')}>
      <div className="mode-switch" role="group" aria-label={t('annotate.toolbar.mode')}>
        {(['annotate', 'correct'] as const).map((value) => (
          <button key={value} type="button" aria-pressed={mode === value} onClick={() => onMode(value)}>
            {t(`annotate.toolbar.modes.${value}`)}
          </button>
        ))}
      </div>
      {mode === 'annotate' && (
        <>
          <div className="label-buttons legend" role="group" aria-label={t('annotate.toolbar.labels')}>
            {labels.map((label) => (
              <button
                key={label.name}
                type="button"
                className="label-button"
                style={{ '--ann-color': label.color } as React.CSSProperties}
                onMouseDown={keepSelection}
                onClick={() => applyLabel(label.name)}
                title={label.shortcut ? t('annotate.toolbar.shortcut', { key: label.shortcut }) : undefined}
              >
                <span className="swatch" aria-hidden="true" />
                {labelName(t, label.name)}
                {label.shortcut && <kbd>{label.shortcut}</kbd>}
              </button>
            ))}
          </div>
          <span className="legend-status">
            <span className="legend-sample ann-accepted">{t('annotate.status.accepted')}</span>
            <span className="legend-sample ann-suggested">{t('annotate.status.suggested')}</span>
          </span>
          <button type="button" onClick={suggest} disabled={busy || !session}>
            {busy ? t('annotate.toolbar.suggesting') : t('annotate.toolbar.suggest')}
          </button>
          <button type="button" onMouseDown={keepSelection} onClick={() => session?.undo()} disabled={!canUndo}>
            {t('annotate.toolbar.undo')}
          </button>
          <button type="button" onMouseDown={keepSelection} onClick={() => session?.redo()} disabled={!canRedo}>
            {t('annotate.toolbar.redo')}
          </button>
        </>
      )}
      <span className="hint" aria-live="polite">
        {notice ?? (mode === 'annotate' ? t('annotate.toolbar.keys') : t('annotate.toolbar.correctHint'))}
      </span>
      <ErrorMessage error={error} />
    </div>
  );
});
