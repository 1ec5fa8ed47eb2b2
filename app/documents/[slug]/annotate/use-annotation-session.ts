'use client';
// Creates the annotation session and the editor for the annotate page, keeps them for the page's
// lifetime, and re-renders on every change of the session: at once, except after a label key, whose
// new span the editor draws itself first (the panel and list follow once the browser is idle).
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { parseStatistic } from '@/lib/annotations/statistics';
import type { AnnotationAttributes, Entity } from '@/lib/annotations/types';
import { AnnotationEditor, type AnnotationEditorCallbacks } from '@/lib/editor/annotation-editor';
import { AnnotationSession, type SessionSnapshot } from '@/lib/editor/annotation-session';
import { browserIdle, DeferredStore, latestWhenIdle } from '@/lib/editor/deferred-store';
import { unpackLayer, type PackedLayer } from '@/lib/editor/packed-layer';
import type { ApiError } from '../../../_components/post-json';
import { fetchLayer, fetchPackedLayer, localQueueStorage, sendSyncOp } from './annotation-api';
import type { AnnotationWorkspaceData } from './workspace-data';

/** Attributes a new span starts with: the parsed statistic, or the registry entry it names. */
export function prefillAttributes(label: string, quote: string, entities: Entity[]): AnnotationAttributes {
  if (label === 'statistic') {
    const parsed = parseStatistic(quote);
    if (!parsed) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as AnnotationAttributes;
  }
  if (label === 'actor') {
    const wanted = quote.trim().toLowerCase();
    const entity = entities.find((e) => [e.canonicalName, ...e.aliases].some((name) => name.toLowerCase() === wanted));
    return entity ? { entity: entity.id, actor_type: entity.type } : {};
  }
  return {};
}

const EMPTY: SessionSnapshot = {
  annotations: [],
  status: { state: 'saved' },
  lastError: null,
  selectedId: null,
  stack: [],
  canUndo: false,
  canRedo: false,
  textChanged: false,
};

export function useAnnotationSession(
  workspace: AnnotationWorkspaceData,
  userId: number,
  page: {
    /** The registry as the page knows it now (it grows when the user creates an entity). */
    entities: () => Entity[];
    /** Whether label shortcuts apply (not in correction mode). */
    canLabel: () => boolean;
    onTextSelection: AnnotationEditorCallbacks['onTextSelection'];
  },
) {
  const { t } = useTranslation();
  const mountRef = useRef<HTMLDivElement>(null);
  const [session, setSession] = useState<AnnotationSession | null>(null);
  const [editor, setEditor] = useState<AnnotationEditor | null>(null);
  const [snapshots, setSnapshots] = useState<DeferredStore<SessionSnapshot> | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);

  // The layer comes beside the page (preloaded while the HTML arrives); the session and the editor
  // are made once it is here, so the editor's DOM is built once, with every span drawn.
  useEffect(() => {
    let disposed = false;
    let dispose: (() => void) | null = null;
    void fetchPackedLayer(workspace.document.slug).then((answer) => {
      if (disposed) return;
      if (!answer.ok) return setLoadError(answer.error);
      // The text changed between the page and the layer (a correction in between): offsets would
      // point into another text, so the page is read again.
      if (answer.data.documentRevision !== workspace.document.revision) return window.location.reload();
      dispose = start(answer.data.layer);
    });
    return () => {
      disposed = true;
      dispose?.();
    };
    // The session lives as long as the page; later workspace changes go through session.reset.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function start(layer: PackedLayer): (() => void) | null {
    const mount = mountRef.current;
    if (!mount) return null;
    const { document: doc, labels } = workspace;
    const storage = localQueueStorage(doc.slug, userId);
    const created = new AnnotationSession(unpackLayer(layer, doc.text), {
      documentId: doc.id,
      documentRevision: doc.revision,
      layerUserId: userId,
      text: doc.text,
      labels,
      storage,
      send: (op) => sendSyncOp(doc.slug, op),
      reload: () => fetchLayer(doc.slug),
      prefill: (label, quote) => prefillAttributes(label, quote, page.entities()),
      newId: () => crypto.randomUUID(),
      now: () => new Date().toISOString(),
      // Each write is stored at once and sent when the browser is next idle (after the keypress
      // that made it is painted).
      sendLater: (run) => void browserIdle.request(run),
    });
    const store = new DeferredStore(created);
    // While annotating the text selection only matters to the correction form: it may wait.
    const selection = latestWhenIdle(page.onTextSelection);
    const shortcuts = new Map(labels.flatMap((label) => (label.shortcut ? [[label.shortcut, label.name] as const] : [])));
    const source = { text: doc.text, flags: doc.flags, blocks: workspace.blocks, sentences: workspace.sentences, footnoteRefs: workspace.footnoteRefs };
    // The editor starts with the layer drawn, so its DOM is built once (see AnnotationEditor).
    const view = new AnnotationEditor(mount, source, {
      shortcuts,
      dropCapTitle: (hint) => (hint ? t('annotate.dropCapHint', { hint }) : t('annotate.dropCap')),
      callbacks: {
        // A new span is drawn at once; the panel and the list follow when the browser is idle.
        // Selecting (click, j/k) and undo show in the panel in the same frame, as they always did.
        onApplyLabel: (label, range) => {
          if (page.canLabel()) store.defer(() => created.create(label, range));
        },
        onDeleteSelected: () => {
          const id = created.getSnapshot().selectedId;
          if (id) created.remove(id);
        },
        onMove: (direction) => created.move(direction),
        onUndo: () => created.undo(),
        onRedo: () => created.redo(),
        onSelect: (id, stack) => created.select(id, stack),
        onTextSelection: (range) => (page.canLabel() ? selection.later(range) : selection.now(range)),
      },
    }, created.decorated());
    created.attach(view, true);
    const retry = () => created.retryNow();
    window.addEventListener('online', retry);
    // Tells other tabs this tab's queue is alive (they take over only abandoned ones).
    const heartbeat = setInterval(storage.heartbeat, 10_000);
    setSession(created);
    setEditor(view);
    setSnapshots(store);
    return () => {
      window.removeEventListener('online', retry);
      clearInterval(heartbeat);
      selection.dispose();
      store.dispose();
      created.dispose();
      view.destroy();
    };
  }

  const snapshot = useSyncExternalStore(
    snapshots?.subscribe ?? (() => () => undefined),
    snapshots?.getSnapshot ?? (() => EMPTY),
    () => EMPTY,
  );
  return { mountRef, session, editor, snapshot, loadError };
}
