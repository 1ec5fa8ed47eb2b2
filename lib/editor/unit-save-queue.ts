// The browser's queue of English texts not yet confirmed by the server. Unlike annotation writes,
// only the latest text of a unit matters, so a unit has at most one pending save: typing again
// replaces it. Saved after every change (survives a reload), retried when the network fails,
// stopped at a revision conflict until the user chooses a side.

export interface PendingSave {
  sentenceId: number;
  /** The revision the text was typed over (0: the unit had no translation yet). */
  baseRevision: number;
  text: string;
  status?: 'draft' | 'translated';
}

export type UnitSaveResult<U> =
  | { type: 'ok'; unit: U; revision: number }
  | { type: 'conflict'; current: U; revision: number }
  | { type: 'rejected'; code: string; message: string }
  | { type: 'network'; reason?: { code: string; message: string } };

export interface UnitSaveStorage {
  load(): PendingSave[];
  save(pending: PendingSave[]): void;
}

export type UnitSaveStatus<U> =
  | { state: 'saved' }
  | { state: 'saving'; pending: number }
  | { state: 'offline'; pending: number; reason?: { code: string; message: string } }
  | { state: 'conflict'; pending: number; save: PendingSave; current: U };

export interface UnitSaveListener<U> {
  onStatus(status: UnitSaveStatus<U>): void;
  /** The server stored `save`; `settled` is false when a newer text for the unit already waits. */
  onSaved(save: PendingSave, unit: U, settled: boolean): void;
  onRejected(save: PendingSave, code: string, message: string): void;
}

const MAX_RETRY_MS = 15_000;

export class UnitSaveQueue<U> {
  private pending: PendingSave[];
  private sending = false;
  private again = false;
  private offline = false;
  private waitReason: { code: string; message: string } | undefined;
  private conflict: { save: PendingSave; current: U; revision: number } | null = null;
  private retryDelay = 1_000;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly storage: UnitSaveStorage,
    private readonly send: (save: PendingSave) => Promise<UnitSaveResult<U>>,
    private readonly listener: UnitSaveListener<U>,
  ) {
    this.pending = storage.load();
  }

  /** Texts waiting for the server, oldest first (shown over the loaded units). */
  waiting(): readonly PendingSave[] {
    return this.pending;
  }

  status(): UnitSaveStatus<U> {
    const count = this.pending.length;
    if (this.conflict) return { state: 'conflict', pending: count, save: this.conflict.save, current: this.conflict.current };
    if (count === 0) return { state: 'saved' };
    return this.offline ? { state: 'offline', pending: count, ...(this.waitReason && { reason: this.waitReason }) } : { state: 'saving', pending: count };
  }

  /** Queues the latest text of a unit, replacing one that waits (its base revision is kept). */
  enqueue(save: PendingSave): void {
    const waiting = this.pending.find((p) => p.sentenceId === save.sentenceId);
    const inFlight = this.sending && this.pending[0]?.sentenceId === save.sentenceId;
    if (waiting && !inFlight) Object.assign(waiting, { text: save.text, status: save.status ?? waiting.status });
    else this.pending.push(save);
    this.storage.save(this.pending);
    void this.flush();
  }

  async flush(): Promise<void> {
    if (this.conflict) return;
    if (this.sending) {
      this.again = true;
      return;
    }
    this.again = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.sending = true;
    try {
      for (let save = this.pending[0]; save && !this.conflict; save = this.pending[0]) {
        this.listener.onStatus(this.status());
        const result = await this.send(save);
        if (result.type === 'network') {
          this.offline = true;
          this.waitReason = result.reason;
          this.retryTimer = setTimeout(() => void this.flush(), this.retryDelay);
          this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
          break;
        }
        this.offline = false;
        this.waitReason = undefined;
        this.retryDelay = 1_000;
        if (result.type === 'conflict') {
          this.conflict = { save, current: result.current, revision: result.revision };
          break;
        }
        this.pending.shift();
        const next = this.pending.find((p) => p.sentenceId === save.sentenceId);
        // A newer text typed while this one was in flight builds on what the server just stored.
        if (next && result.type === 'ok') next.baseRevision = result.revision;
        this.storage.save(this.pending);
        if (result.type === 'ok') this.listener.onSaved(save, result.unit, !next);
        else this.listener.onRejected(save, result.code, result.message);
      }
    } finally {
      this.sending = false;
      this.listener.onStatus(this.status());
    }
    if (this.again && this.pending.length > 0) await this.flush();
  }

  /** 'mine' sends the waiting text over the server's revision; 'theirs' drops it. */
  resolveConflict(choice: 'mine' | 'theirs'): U | null {
    const conflict = this.conflict;
    if (!conflict) return null;
    this.conflict = null;
    if (choice === 'mine') conflict.save.baseRevision = conflict.revision;
    else this.pending = this.pending.filter((p) => p !== conflict.save);
    this.storage.save(this.pending);
    void this.flush();
    return conflict.current;
  }

  dispose(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
