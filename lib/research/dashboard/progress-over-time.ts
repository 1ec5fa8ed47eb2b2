// Each person's work by day, from the history events: for annotators the annotations they made
// and the suggestions they accepted or rejected; for translators the units they brought to
// `translated` and the units they reviewed or approved. Machine writes (suggestions, mapping
// through corrections, re-anchoring) are not anyone's progress.

/** One group of history events: a person's events of one kind on one day (UTC). */
export interface EventDayCount {
  day: string;
  userId: number;
  name: string;
  action: string;
  /** The status before (null when the record was new) and after the event. */
  beforeStatus: string | null;
  afterStatus: string | null;
  count: number;
}

export type ProgressMeasure = 'made' | 'reviewed';

export interface PersonDay {
  day: string;
  userId: number;
  name: string;
  made: number;
  reviewed: number;
  /** made + reviewed on this day and every earlier one. */
  cumulative: number;
}

export interface ProgressOverTime {
  /** Every day with work, ascending. */
  days: string[];
  people: Array<{ userId: number; name: string; made: number; reviewed: number }>;
  /** One row per person and day they worked, by day then name. */
  rows: PersonDay[];
}

/** Which measure an annotation event adds to, if any. */
export function classifyAnnotationEvent(event: Pick<EventDayCount, 'action' | 'beforeStatus' | 'afterStatus'>): ProgressMeasure | null {
  if (event.action === 'create') return 'made';
  const decided = event.afterStatus === 'accepted' || event.afterStatus === 'rejected';
  if ((event.action === 'update' || event.action === 'review') && event.beforeStatus === 'suggested' && decided) return 'reviewed';
  return null;
}

const DONE = new Set(['translated', 'reviewed', 'approved']);

/** Which measure a translation event adds to, if any. */
export function classifyTranslationEvent(event: Pick<EventDayCount, 'action' | 'beforeStatus' | 'afterStatus'>): ProgressMeasure | null {
  const before = event.beforeStatus ?? 'new';
  if (event.afterStatus === before) return null;
  if (event.afterStatus === 'translated' && !DONE.has(before)) return 'made';
  if (event.afterStatus === 'reviewed' || event.afterStatus === 'approved') return 'reviewed';
  return null;
}

/** Sums the classified events per person and day, with each person's running total. */
export function buildProgressOverTime(
  events: readonly EventDayCount[],
  classify: (event: EventDayCount) => ProgressMeasure | null,
): ProgressOverTime {
  const byPersonDay = new Map<string, PersonDay>();
  for (const event of events) {
    const measure = classify(event);
    if (measure === null) continue;
    const key = `${event.day}|${event.userId}`;
    const entry = byPersonDay.get(key) ?? { day: event.day, userId: event.userId, name: event.name, made: 0, reviewed: 0, cumulative: 0 };
    entry[measure] += event.count;
    byPersonDay.set(key, entry);
  }
  const rows = [...byPersonDay.values()].sort((a, b) => a.day.localeCompare(b.day) || a.name.localeCompare(b.name) || a.userId - b.userId);
  const people = new Map<number, { userId: number; name: string; made: number; reviewed: number }>();
  for (const row of rows) {
    const person = people.get(row.userId) ?? { userId: row.userId, name: row.name, made: 0, reviewed: 0 };
    person.made += row.made;
    person.reviewed += row.reviewed;
    row.cumulative = person.made + person.reviewed;
    people.set(row.userId, person);
  }
  return {
    days: [...new Set(rows.map((row) => row.day))],
    people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name) || a.userId - b.userId),
    rows,
  };
}

/** Chart points: per day, each person's running total (carried over days they did not work). */
export function cumulativeSeries(progress: ProgressOverTime): Array<Record<string, number | string>> {
  const running = new Map<number, number>();
  return progress.days.map((day) => {
    for (const row of progress.rows) if (row.day === day) running.set(row.userId, row.cumulative);
    const point: Record<string, number | string> = { day };
    for (const person of progress.people) point[`u${person.userId}`] = running.get(person.userId) ?? 0;
    return point;
  });
}
