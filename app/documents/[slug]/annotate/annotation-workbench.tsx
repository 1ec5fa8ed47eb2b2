'use client';
// The annotate page: toolbar and legend above the editor, the annotation list on one side and the
// selected annotation (or the correction form) on the other. It composes panels; they hold the UI.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationStatus, Entity } from '@/lib/annotations/types';
import type { RevealableLayer } from '@/lib/curation-store/layer-visibility';
import type { TextRange } from '@/lib/editor/annotation-editor';
import { ErrorMessage } from '../../../_components/error-message';
import { AnnotationList } from './annotation-list';
import { AnnotationPanel } from './annotation-panel';
import { AnnotationToolbar } from './annotation-toolbar';
import { ConflictDialog } from './conflict-dialog';
import { CorrectionPanel } from './correction-panel';
import { GuidelinesPanel } from './guidelines-panel';
import { LayerSelector } from './layer-selector';
import { SessionStatusBar } from './session-status-bar';
import { useAnnotationSession } from './use-annotation-session';
import { useRevealRangeFromUrl } from './use-reveal-range-from-url';
import type { AnnotationWorkspaceData } from './workspace-data';

export type WorkbenchMode = 'annotate' | 'correct';

export function AnnotationWorkbench({ workspace, userId, layers = [], canCurate = false }: {
  workspace: AnnotationWorkspaceData;
  userId: number;
  /** Other layers this user may reveal read-only (reviewers: finished annotators and gold). */
  layers?: RevealableLayer[];
  canCurate?: boolean;
}) {
  const { t } = useTranslation();
  const [document, setDocument] = useState(workspace.document);
  const [entities, setEntities] = useState<Entity[]>(workspace.entities);
  const [mode, setMode] = useState<WorkbenchMode>('annotate');
  const [textSelection, setTextSelection] = useState<TextRange | null>(null);
  const entitiesRef = useRef(entities);
  entitiesRef.current = entities;
  const modeRef = useRef(mode);
  modeRef.current = mode;
  const { mountRef, session, editor, snapshot, loadError } = useAnnotationSession(workspace, userId, {
    entities: () => entitiesRef.current,
    // Shortcuts label text only while annotating; in correction mode the selection is for the form.
    canLabel: () => modeRef.current === 'annotate',
    onTextSelection: setTextSelection,
  });
  useRevealRangeFromUrl(editor);
  // Stable, so the (memoized) list renders again only when its annotations or selection change.
  const revealFromList = useCallback(
    (id: string) => {
      session?.reveal(id);
      editor?.focus();
    },
    [session, editor],
  );
  const reviewFromList = useCallback(
    (ids: string[], status: AnnotationStatus) => {
      session?.update(ids, { status });
      // Back to the text, so Ctrl+Z undoes the bulk step and j/k go on.
      editor?.focus();
    },
    [session, editor],
  );
  const selected = snapshot.selectedId ? snapshot.annotations.find((a) => a.id === snapshot.selectedId) : undefined;
  const addEntity = (entity: Entity) => setEntities((list) => [...list.filter((e) => e.id !== entity.id), entity]);

  return (
    <div className="workbench">
      <header className="workbench-head">
        <h1>{document.title}</h1>
        <AnnotationToolbar
          labels={workspace.labels}
          mode={mode}
          onMode={setMode}
          session={session}
          editor={editor}
          slug={document.slug}
          canUndo={snapshot.canUndo}
          canRedo={snapshot.canRedo}
        />
        <LayerSelector slug={document.slug} revision={document.revision} layers={layers} editor={editor} canCurate={canCurate} />
      </header>
      <div className="workbench-columns">
        <AnnotationList
          annotations={snapshot.annotations}
          labels={workspace.labels}
          selectedId={snapshot.selectedId}
          onReveal={revealFromList}
          onReview={reviewFromList}
        />
        <div className="workbench-editor">
          <div ref={mountRef} className={`editor-mount mode-${mode}`} aria-label={t('annotate.editorLabel')} />
          {!session && !loadError && <p className="hint">{t('annotate.loading')}</p>}
          <ErrorMessage error={loadError} />
        </div>
        <aside className="workbench-side" aria-label={t('annotate.sideLabel')}>
          {mode === 'correct' ? (
            <CorrectionPanel
              document={document}
              selection={textSelection}
              pending={snapshot.status.state !== 'saved'}
              onCorrected={(next) => {
                setDocument(next.document);
                editor?.load(
                  { text: next.document.text, flags: next.document.flags, blocks: next.blocks, sentences: next.sentences, footnoteRefs: next.footnoteRefs },
                  [],
                );
                session?.reset(next.annotations, next.document.text, next.document.revision);
              }}
            />
          ) : selected ? (
            <AnnotationPanel
              annotation={selected}
              labels={workspace.labels}
              entities={entities}
              stack={snapshot.stack}
              annotations={snapshot.annotations}
              onEntityCreated={addEntity}
              onSelect={(id) => session?.reveal(id)}
              onChange={(changes) => session?.update([selected.id], changes)}
              onDelete={() => session?.remove(selected.id)}
              onRestored={(restored) => session?.storeServerState(restored)}
              onPlace={() => {
                const range = editor?.snappedSelection();
                if (range) session?.place(selected.id, range);
                return range !== null && range !== undefined;
              }}
            />
          ) : (
            <p className="hint">{t('annotate.nothingSelected')}</p>
          )}
          <GuidelinesPanel labels={workspace.labels} />
        </aside>
      </div>
      {snapshot.textChanged && (
        <p className="text-changed" role="alert">
          {t('annotate.textChanged')}{' '}
          <button type="button" onClick={() => window.location.reload()}>
            {t('annotate.reload')}
          </button>
        </p>
      )}
      <SessionStatusBar session={session} />
      {snapshot.status.state === 'conflict' && (
        <ConflictDialog
          status={snapshot.status}
          mine={snapshot.annotations.find((a) => a.id === (snapshot.status.state === 'conflict' ? snapshot.status.op.annotationId : ''))}
          labels={workspace.labels}
          entities={entities}
          onResolve={(choice) => session?.resolveConflict(choice)}
        />
      )}
    </div>
  );
}
