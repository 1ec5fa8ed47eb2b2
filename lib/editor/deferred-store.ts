// Lets the editor paint a keypress before React re-renders the page around it. A keypress in the
// editor (label a span, j/k, undo) changes the drawing at once; the side panel, the list and the
// toolbar only need to follow within a frame or two. Rendering them in the keypress's own frame
// costs tens of milliseconds on a large document, so their update waits until the browser is idle.

/** When deferred work runs: the browser's idle time, bounded by a timeout. */
export interface IdleScheduler {
  request(run: () => void): number;
  cancel(handle: number): void;
}

/** Deferred work waits at most this long, even on a page that is never idle. */
const IDLE_TIMEOUT_MS = 100;

export const browserIdle: IdleScheduler =
  typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function'
    ? {
        request: (run) => window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS }),
        cancel: (handle) => window.cancelIdleCallback(handle),
      }
    : {
        request: (run) => setTimeout(run, 16) as unknown as number,
        cancel: (handle) => clearTimeout(handle),
      };

interface Store<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): T;
}

/**
 * A store's snapshots as React reads them (`useSyncExternalStore`). Changes made inside `defer()`
 * are published when the browser is next idle; any other change is published at once, together
 * with whatever was still waiting.
 */
export class DeferredStore<T> implements Store<T> {
  private published: T;
  private readonly listeners = new Set<() => void>();
  private deferring = 0;
  private pending: number | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly source: Store<T>,
    private readonly idle: IdleScheduler = browserIdle,
  ) {
    this.published = source.getSnapshot();
    this.unsubscribe = source.subscribe(() => (this.deferring > 0 ? this.schedule() : this.publish()));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): T => this.published;

  /** Runs `change`; what it changes reaches subscribers when the browser is next idle. */
  defer<R>(change: () => R): R {
    this.deferring++;
    try {
      return change();
    } finally {
      this.deferring--;
    }
  }

  dispose(): void {
    this.unsubscribe();
    if (this.pending !== null) this.idle.cancel(this.pending);
    this.pending = null;
  }

  private schedule(): void {
    if (this.pending === null) this.pending = this.idle.request(() => this.publish());
  }

  private publish(): void {
    if (this.pending !== null) this.idle.cancel(this.pending);
    this.pending = null;
    const next = this.source.getSnapshot();
    if (next === this.published) return;
    this.published = next;
    for (const listener of this.listeners) listener();
  }
}

/**
 * Delivers the latest of a stream of values: `later` when the browser is next idle (a burst
 * delivers only its last value), `now` at once (dropping whatever was waiting).
 */
export function latestWhenIdle<T>(deliver: (value: T) => void, idle: IdleScheduler = browserIdle) {
  let pending: number | null = null;
  let latest: T;
  return {
    later(value: T): void {
      latest = value;
      pending ??= idle.request(() => {
        pending = null;
        deliver(latest);
      });
    },
    now(value: T): void {
      if (pending !== null) idle.cancel(pending);
      pending = null;
      deliver(value);
    },
    dispose(): void {
      if (pending !== null) idle.cancel(pending);
      pending = null;
    },
  };
}
