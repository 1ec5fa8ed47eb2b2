// The annotate page's calls to the server: the write queue's transport, the layer reload,
// suggestions, reviews and source corrections. Results are values, never thrown errors.
import type { Annotation, Entity } from '@/lib/annotations/types';
import type { QueueStorage, SendResult, SyncOp, UpdateChanges } from '@/lib/editor/sync-queue';
import { getPreloadedJson, sendJson, type ApiResult } from '../../../_components/post-json';
import { packedLayerUrl, type AnnotationWorkspace, type PackedLayerAnswer } from './workspace-data';

/** Answers that mean "not now" rather than "never": the write waits and is sent again. */
function isTemporary(status: number): boolean {
  return status === 0 || status === 401 || status === 403 || status === 429 || status >= 500;
}

/** Whether `current` already holds what `changes` asked for (a retried write whose answer was lost). */
function alreadyApplied(current: Annotation, changes: UpdateChanges): boolean {
  return (
    (changes.attributes === undefined || JSON.stringify(changes.attributes) === JSON.stringify(current.attributes)) &&
    (changes.status === undefined || changes.status === current.status) &&
    (changes.deleted === undefined || changes.deleted === (current.deletedAt !== null)) &&
    (changes.start === undefined || (changes.start === current.start && changes.end === current.end))
  );
}

/** Sends one queued write and says what became of it. */
export async function sendSyncOp(slug: string, op: SyncOp): Promise<SendResult> {
  const result =
    op.kind === 'create'
      ? await sendJson<{ annotation: Annotation; documentRevision?: number }>('POST', `/api/documents/${encodeURIComponent(slug)}/annotations`, op.body)
      : await sendJson<{ annotation: Annotation; documentRevision?: number }>('PATCH', `/api/annotations/${encodeURIComponent(op.annotationId)}`, {
          revision: op.baseRevision,
          ...op.changes,
        });
  if (result.ok) return { type: 'ok', annotation: result.data.annotation, documentRevision: result.data.documentRevision };
  if (isTemporary(result.status)) {
    return { type: 'network', ...(result.status !== 0 && { reason: { code: result.error.code, message: result.error.message } }) };
  }
  const current = (result.body as { current?: Annotation } | null)?.current;
  if (result.status === 409 && current && op.kind === 'update') {
    return alreadyApplied(current, op.changes) ? { type: 'ok', annotation: current } : { type: 'conflict', current };
  }
  return { type: 'rejected', code: result.error.code, message: result.error.message };
}

/** The own layer packed, as the page loads it (the URL the page preloads). */
export function fetchPackedLayer(slug: string): Promise<ApiResult<PackedLayerAnswer>> {
  return getPreloadedJson<PackedLayerAnswer>(packedLayerUrl(slug));
}

export async function fetchLayer(slug: string): Promise<{ documentRevision: number; annotations: Annotation[] } | null> {
  const result = await sendJson<{ documentRevision: number; annotations: Annotation[] }>('GET', `/api/documents/${encodeURIComponent(slug)}/annotations`);
  return result.ok ? result.data : null;
}

export function requestSuggestions(slug: string): Promise<ApiResult<{ created: Annotation[] }>> {
  return sendJson('POST', `/api/documents/${encodeURIComponent(slug)}/suggestions`, {});
}

export function submitCorrection(
  slug: string,
  body: { baseRevision: number; start: number; end: number; before: string; after: string },
): Promise<ApiResult<{ documentRevision: number; workspace: AnnotationWorkspace }>> {
  return sendJson('POST', `/api/documents/${encodeURIComponent(slug)}/corrections`, body);
}

export function searchEntities(query: string): Promise<ApiResult<{ entities: Entity[] }>> {
  return sendJson('GET', `/api/entities?q=${encodeURIComponent(query)}`);
}

export function createEntity(body: { canonicalName: string; englishName?: string; type: string; aliases?: string[] }): Promise<ApiResult<{ entity: Entity }>> {
  return sendJson('POST', '/api/entities', body);
}

const TAB_KEY = 'selaras:tab';
/** A queue whose tab has not written for this long belongs to a closed tab and is taken over. */
const ABANDONED_MS = 30_000;

interface StoredQueue {
  ops: SyncOp[];
  at: number;
}

function readQueue(key: string): StoredQueue | null {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(key) ?? 'null') as StoredQueue | null;
    return parsed && Array.isArray(parsed.ops) && typeof parsed.at === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The queue's storage: localStorage, one key per document, annotator and tab, so it survives a
 * reload (the tab id lives in sessionStorage) and two open tabs never overwrite each other's
 * queue. Queues left by closed tabs are taken over by the next page that opens the document.
 */
export function localQueueStorage(slug: string, userId: number): QueueStorage & { heartbeat: () => void } {
  let tab = window.sessionStorage.getItem(TAB_KEY);
  if (!tab) {
    tab = crypto.randomUUID();
    window.sessionStorage.setItem(TAB_KEY, tab);
  }
  const prefix = `selaras:queue:${slug}:${userId}:`;
  const key = prefix + tab;
  let ops: SyncOp[] = [];
  const save = (next: SyncOp[]) => {
    ops = next;
    if (next.length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify({ ops: next, at: Date.now() } satisfies StoredQueue));
  };
  return {
    load: () => {
      const own = readQueue(key)?.ops ?? [];
      const adopted: SyncOp[] = [];
      for (const other of Object.keys(window.localStorage)) {
        if (!other.startsWith(prefix) || other === key) continue;
        const queue = readQueue(other);
        if (queue && Date.now() - queue.at < ABANDONED_MS) continue;
        adopted.push(...(queue?.ops ?? []));
        window.localStorage.removeItem(other);
      }
      ops = [...adopted, ...own];
      if (adopted.length > 0) save(ops);
      return ops;
    },
    save,
    heartbeat: () => {
      if (ops.length > 0) save(ops);
    },
  };
}
