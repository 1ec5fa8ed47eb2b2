// The provenance map between normalized text and the raw file: building it compactly (runs, not
// characters) while the text is assembled, and reading it back with binary search.

import type { ProvenanceRun } from './types';

/**
 * Accumulates normalized text together with its provenance runs. Adjacent copy runs that are
 * contiguous in both texts merge, so a paragraph copied line by line stays a handful of runs.
 */
export class ProvenanceBuilder {
  private readonly parts: string[] = [];
  private readonly runs: ProvenanceRun[] = [];
  private length = 0;

  constructor(private readonly raw: string) {}

  /** Current length of the normalized text. */
  get offset(): number {
    return this.length;
  }

  /** Appends raw[rawStart, rawEnd) unchanged. */
  copy(rawStart: number, rawEnd: number): void {
    if (rawStart < 0 || rawEnd > this.raw.length || rawEnd < rawStart) {
      throw new RangeError(`copy range [${rawStart}, ${rawEnd}) outside raw text`);
    }
    if (rawEnd === rawStart) return;
    this.parts.push(this.raw.slice(rawStart, rawEnd));
    const start = this.length;
    this.length += rawEnd - rawStart;
    const last = this.runs[this.runs.length - 1];
    if (last && last.kind === 'copy' && last.end === start && last.rawEnd === rawStart) {
      last.end = this.length;
      last.rawEnd = rawEnd;
      return;
    }
    this.runs.push({ start, end: this.length, rawStart, rawEnd, kind: 'copy' });
  }

  /** Appends `text` that replaces raw[rawStart, rawEnd) (a join, a collapsed space, a separator). */
  synthetic(text: string, rawStart: number, rawEnd: number): void {
    if (text.length === 0) return;
    const lo = Math.max(0, Math.min(rawStart, rawEnd, this.raw.length));
    const hi = Math.min(this.raw.length, Math.max(rawStart, rawEnd, lo));
    this.parts.push(text);
    const start = this.length;
    this.length += text.length;
    this.runs.push({ start, end: this.length, rawStart: lo, rawEnd: hi, kind: 'synthetic' });
  }

  /** The last character appended so far, or '' when empty. */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last.charAt(last.length - 1) : '';
  }

  /** The finished text and its runs. */
  finish(): { text: string; provenance: ProvenanceRun[] } {
    return { text: this.parts.join(''), provenance: this.runs.map((run) => ({ ...run })) };
  }
}

function findRun(provenance: readonly ProvenanceRun[], offset: number): ProvenanceRun | undefined {
  let lo = 0;
  let hi = provenance.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = provenance[mid];
    if (!run) break;
    if (offset < run.start) hi = mid - 1;
    else if (offset >= run.end) lo = mid + 1;
    else return run;
  }
  return undefined;
}

/**
 * Raw offset of the normalized character at `normalizedOffset`. A character inside a synthetic run
 * maps to the start of the raw range it replaced; the end of the text maps to the end of the last run.
 */
export function rawOffsetOf(provenance: readonly ProvenanceRun[], normalizedOffset: number): number {
  const last = provenance[provenance.length - 1];
  if (last && normalizedOffset === last.end) return last.rawEnd;
  const run = findRun(provenance, normalizedOffset);
  if (!run) throw new RangeError(`offset ${normalizedOffset} is outside the normalized text`);
  return run.kind === 'copy' ? run.rawStart + (normalizedOffset - run.start) : run.rawStart;
}

/** Smallest raw range covering the normalized range [start, end). */
export function rawRangeOf(
  provenance: readonly ProvenanceRun[],
  start: number,
  end: number,
): { start: number; end: number } {
  if (end < start) throw new RangeError(`range end ${end} before start ${start}`);
  if (end === start) {
    const at = rawOffsetOf(provenance, start);
    return { start: at, end: at };
  }
  const first = findRun(provenance, start);
  const lastRun = findRun(provenance, end - 1);
  if (!first || !lastRun) throw new RangeError(`range [${start}, ${end}) is outside the normalized text`);
  const rawStart = first.kind === 'copy' ? first.rawStart + (start - first.start) : first.rawStart;
  const rawEnd = lastRun.kind === 'copy' ? lastRun.rawStart + (end - lastRun.start) : lastRun.rawEnd;
  return { start: Math.min(rawStart, rawEnd), end: Math.max(rawStart, rawEnd) };
}

/**
 * Checks the map's invariants against both texts and returns the first violation, or null.
 * Used by tests and available to the importer as a last guard before writing.
 */
export function findProvenanceViolation(
  raw: string,
  text: string,
  provenance: readonly ProvenanceRun[],
): string | null {
  let expected = 0;
  for (const run of provenance) {
    if (run.start !== expected) return `run at ${run.start} does not continue ${expected}`;
    if (run.end <= run.start) return `empty run at ${run.start}`;
    if (run.rawStart < 0 || run.rawEnd > raw.length || run.rawEnd < run.rawStart) {
      return `run at ${run.start} has raw range [${run.rawStart}, ${run.rawEnd}) outside raw`;
    }
    if (run.kind === 'copy') {
      if (run.rawEnd - run.rawStart !== run.end - run.start) return `copy run at ${run.start} changes length`;
      if (raw.slice(run.rawStart, run.rawEnd) !== text.slice(run.start, run.end)) {
        return `copy run at ${run.start} differs from raw at ${run.rawStart}`;
      }
    }
    expected = run.end;
  }
  if (expected !== text.length) return `runs cover ${expected} of ${text.length} characters`;
  return null;
}
