'use client';
// The annotate page's save status, read straight from the session: it shows "saving" in the frame
// of the keypress that queued a write, even while the rest of the page waits for the browser to be
// idle before it follows (see use-annotation-session).
import { useSyncExternalStore } from 'react';
import type { AnnotationSession, SessionSnapshot } from '@/lib/editor/annotation-session';
import { SyncStatusBar } from '../../../_components/sync-status-bar';

const SAVED: SessionSnapshot['status'] = { state: 'saved' };
const noSubscription = () => () => undefined;

export function SessionStatusBar({ session }: { session: AnnotationSession | null }) {
  const status = useSyncExternalStore(session?.subscribe ?? noSubscription, () => session?.getSnapshot().status ?? SAVED, () => SAVED);
  const error = useSyncExternalStore(session?.subscribe ?? noSubscription, () => session?.getSnapshot().lastError ?? null, () => null);
  return <SyncStatusBar status={status} error={error} onRetry={() => session?.retryNow()} onDismiss={() => session?.dismissError()} />;
}
