import { describe, expect, it } from 'vitest';
import { DeferredStore, latestWhenIdle, type IdleScheduler } from '../../lib/editor/deferred-store';

/** Idle callbacks that run when the test says the browser is idle. */
class FakeIdle implements IdleScheduler {
  private next = 1;
  readonly waiting = new Map<number, () => void>();
  request(run: () => void): number {
    this.waiting.set(this.next, run);
    return this.next++;
  }
  cancel(handle: number): void {
    this.waiting.delete(handle);
  }
  runIdle(): void {
    const runs = [...this.waiting.values()];
    this.waiting.clear();
    runs.forEach((run) => run());
  }
}

class Counter {
  value = { count: 0 };
  private readonly listeners = new Set<() => void>();
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = () => this.value;
  increment(): void {
    this.value = { count: this.value.count + 1 };
    this.listeners.forEach((listener) => listener());
  }
}

describe('DeferredStore', () => {
  it('publishes a change at once, and a deferred one (however many) once the browser is idle', () => {
    const source = new Counter();
    const idle = new FakeIdle();
    const store = new DeferredStore(source, idle);
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().count));

    source.increment();
    expect(seen).toEqual([1]);

    store.defer(() => {
      source.increment();
      source.increment();
    });
    expect(store.getSnapshot().count).toBe(1);
    expect(idle.waiting.size).toBe(1);
    idle.runIdle();
    expect(seen).toEqual([1, 3]);
  });

  it('publishes a waiting change with the next immediate one, and nothing after dispose', () => {
    const source = new Counter();
    const idle = new FakeIdle();
    const store = new DeferredStore(source, idle);
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().count));
    expect(store.defer(() => (source.increment(), 'result'))).toBe('result');
    source.increment();
    expect(seen).toEqual([2]);
    expect(idle.waiting.size).toBe(0);

    store.defer(() => source.increment());
    store.dispose();
    idle.runIdle();
    source.increment();
    expect(seen).toEqual([2]);
  });
});

describe('latestWhenIdle', () => {
  it('delivers the last of a burst when idle, and an immediate value in place of a waiting one', () => {
    const idle = new FakeIdle();
    const delivered: Array<string | null> = [];
    const selection = latestWhenIdle<string | null>((value) => delivered.push(value), idle);
    selection.later('a');
    selection.later('b');
    expect(delivered).toEqual([]);
    idle.runIdle();
    expect(delivered).toEqual(['b']);

    selection.later('c');
    selection.now(null);
    idle.runIdle();
    expect(delivered).toEqual(['b', null]);
  });
});
