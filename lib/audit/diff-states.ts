// What changed between two recorded states (an audit entry's before/after, two revisions of an
// annotation): one line per changed leaf, named by its path, for a text-only side-by-side view.

export interface StateChange {
  /** `attributes.actor_type`; empty for a state that is not an object. */
  path: string;
  /** undefined: the field did not exist on that side. */
  before: unknown;
  after: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function collect(before: unknown, after: unknown, prefix: string, into: StateChange[]): void {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) collect(before[key], after[key], prefix === '' ? key : `${prefix}.${key}`, into);
    return;
  }
  if (!sameValue(before, after)) into.push({ path: prefix, before, after });
}

/**
 * The changed fields from `before` to `after`, sorted by path; nested objects are compared field by
 * field, arrays and scalars as whole values. A creation (before null/undefined) lists every field.
 */
export function diffStates(before: unknown, after: unknown): StateChange[] {
  const changes: StateChange[] = [];
  const empty = (value: unknown) => (value === null || value === undefined ? {} : value);
  const a = empty(before);
  const b = empty(after);
  if (isPlainObject(a) && isPlainObject(b)) collect(a, b, '', changes);
  else if (!sameValue(before, after)) changes.push({ path: '', before, after });
  return changes;
}

/** A value as one line of text for the side-by-side view (`—` for a missing field). */
export function formatStateValue(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}
