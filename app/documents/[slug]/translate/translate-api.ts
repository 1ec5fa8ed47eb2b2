// The translate page's calls to the server; results are values, never thrown errors.
import type { PendingSave, UnitSaveResult } from '@/lib/editor/unit-save-queue';
import { sendJson, type ApiResult } from '../../../_components/post-json';
import type { TranslationUnit, TranslationWorkspaceData, UnitHistoryEvent, UnitStatus, UnitSuggestions } from './workspace-data';

const unitUrl = (sentenceId: number, tail: string) => `/api/units/${sentenceId}/${tail}`;

/** Sends one queued text; no answer or a 5xx is retried later like being offline. */
export async function sendUnitSave(save: PendingSave): Promise<UnitSaveResult<TranslationUnit>> {
  const result = await sendJson<{ unit: TranslationUnit }>('PUT', unitUrl(save.sentenceId, 'translation'), {
    revision: save.baseRevision,
    text: save.text,
    ...(save.status && { status: save.status }),
  });
  if (result.ok) return { type: 'ok', unit: result.data.unit, revision: result.data.unit.translation?.revision ?? 0 };
  // Not now rather than never: no answer, signed out, rate limited, a server fault. The text waits.
  if (result.status === 0 || result.status === 401 || result.status === 429 || result.status >= 500) {
    return { type: 'network', ...(result.status !== 0 && { reason: { code: result.error.code, message: result.error.message } }) };
  }
  const current = (result.body as { current?: TranslationUnit } | null)?.current;
  if (result.status === 409 && current) {
    const revision = current.translation?.revision ?? 0;
    // A retried save whose first answer was lost: the server already holds this text.
    if (current.translation?.text === save.text && (!save.status || current.translation.status === save.status)) return { type: 'ok', unit: current, revision };
    return { type: 'conflict', current, revision };
  }
  return { type: 'rejected', code: result.error.code, message: result.error.message };
}

export function changeUnitStatus(sentenceId: number, body: { revision: number; status: UnitStatus; comment?: string }): Promise<ApiResult<{ unit: TranslationUnit }>> {
  return sendJson('POST', unitUrl(sentenceId, 'status'), body);
}

export function alignAnnotation(sentenceId: number, body: { annotationId: string; start: number; end: number; quote: string }): Promise<ApiResult<{ unit: TranslationUnit }>> {
  return sendJson('POST', unitUrl(sentenceId, 'alignments'), body);
}

export function removeAlignment(id: string): Promise<ApiResult<{ unit: TranslationUnit }>> {
  return sendJson('DELETE', `/api/alignments/${encodeURIComponent(id)}`);
}

export function fetchSuggestions(sentenceId: number): Promise<ApiResult<UnitSuggestions>> {
  return sendJson('GET', unitUrl(sentenceId, 'suggestions'));
}

export function fetchHistory(sentenceId: number): Promise<ApiResult<{ events: UnitHistoryEvent[] }>> {
  return sendJson('GET', unitUrl(sentenceId, 'history'));
}

export function restoreVersion(sentenceId: number, body: { revision: number; eventId: number }): Promise<ApiResult<{ unit: TranslationUnit }>> {
  return sendJson('POST', unitUrl(sentenceId, 'restore'), body);
}

export function mergeWithNext(sentenceId: number): Promise<ApiResult<{ workspace: TranslationWorkspaceData }>> {
  return sendJson('POST', unitUrl(sentenceId, 'merge'), {});
}

export function splitUnit(sentenceId: number, body: { sourceOffset: number; targetOffset?: number }): Promise<ApiResult<{ workspace: TranslationWorkspaceData }>> {
  return sendJson('POST', unitUrl(sentenceId, 'split'), body);
}

/** Pending English texts per document and tab, like the annotation queue (survives a reload). */
export function localUnitStorage(slug: string, userId: number) {
  const key = `selaras:units:${slug}:${userId}`;
  return {
    load: (): PendingSave[] => {
      try {
        const parsed: unknown = JSON.parse(window.localStorage.getItem(key) ?? '[]');
        return Array.isArray(parsed) ? (parsed as PendingSave[]) : [];
      } catch {
        return [];
      }
    },
    save: (pending: PendingSave[]) => {
      if (pending.length === 0) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, JSON.stringify(pending));
    },
  };
}
