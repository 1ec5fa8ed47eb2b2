// The statistics table's row filters: kind, what is counted, actor and year.
import { foldText } from './fold-text';
import type { StatisticActor, StatisticRow } from './statistic-row';
import type { StatisticRowFilters } from './statistics-query';

/** An actor's name as the table shows it; the author has none (`author`). */
function actorName(actor: StatisticActor): string {
  return actor.name ?? 'author';
}

/** The rows every given filter takes (each filter optional; text filters match a part, folded). */
export function filterStatisticRows(rows: readonly StatisticRow[], filters: StatisticRowFilters): StatisticRow[] {
  const what = filters.what === undefined ? undefined : foldText(filters.what);
  const actor = filters.actor === undefined ? undefined : foldText(filters.actor);
  return rows.filter(
    (row) =>
      (filters.kind === undefined || row.kind === filters.kind) &&
      (filters.year === undefined || row.year === filters.year) &&
      (what === undefined || (row.what !== null && foldText(row.what).includes(what))) &&
      (actor === undefined || row.actors.some((a) => foldText(actorName(a)).includes(actor))),
  );
}
