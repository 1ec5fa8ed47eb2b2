// The life of a translation unit — new → draft → translated → reviewed → approved — and who may
// move it where: translators write, reviewers accept or send back with a comment, admins do all.

import type { Role } from '../auth/roles';

/** The statuses in workflow order. */
export const UNIT_STATUSES = ['new', 'draft', 'translated', 'reviewed', 'approved'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

const TRANSLATOR_FROM: ReadonlySet<UnitStatus> = new Set(['new', 'draft', 'translated']);
const TRANSLATOR_TO: ReadonlySet<UnitStatus> = new Set(['draft', 'translated']);
/** What a reviewer may accept, and into what. */
const REVIEWER_ACCEPTS: ReadonlyMap<UnitStatus, ReadonlySet<UnitStatus>> = new Map([
  ['translated', new Set<UnitStatus>(['reviewed', 'approved'])],
  ['reviewed', new Set<UnitStatus>(['approved'])],
]);
const REVIEWER_SENDS_BACK_FROM: ReadonlySet<UnitStatus> = new Set(['translated', 'reviewed', 'approved']);

/** Narrows a value read from outside (a request body, a row) to a status. */
export function isUnitStatus(value: unknown): value is UnitStatus {
  return typeof value === 'string' && (UNIT_STATUSES as readonly string[]).includes(value);
}

/**
 * Whether `role` may change a unit's status from `from` to `to`. A translator moves units that no
 * reviewer has accepted between draft and translated; a reviewer accepts translated work
 * (translated → reviewed or approved, reviewed → approved) or sends it back to draft (then a
 * comment is required, see needsComment); an admin may make any change. Keeping the same status
 * is not a change (false): whether a role may edit the text is a separate permission.
 * Annotators and researchers change no status.
 */
export function canChangeStatus(role: Role, from: UnitStatus, to: UnitStatus): boolean {
  if (from === to) return false;
  switch (role) {
    case 'admin':
      return true;
    case 'translator':
      return TRANSLATOR_FROM.has(from) && TRANSLATOR_TO.has(to);
    case 'reviewer':
      return (REVIEWER_ACCEPTS.get(from)?.has(to) ?? false) || (to === 'draft' && REVIEWER_SENDS_BACK_FROM.has(from));
    default:
      return false;
  }
}

/**
 * A reviewer or admin moving finished work (translated or later) back a step or more: a send-back,
 * which needs a comment saying why. A translator un-confirming their own unit needs none.
 */
export function needsComment(role: Role, from: UnitStatus, to: UnitStatus): boolean {
  if (role === 'translator') return false;
  return UNIT_STATUSES.indexOf(from) >= UNIT_STATUSES.indexOf('translated') && UNIT_STATUSES.indexOf(to) < UNIT_STATUSES.indexOf(from);
}

/**
 * The status `Ctrl+Enter` (confirm) gives a unit at `current` for `role`, or null when confirming
 * changes nothing the role may change. A translator confirms a translation (→ translated); a
 * reviewer, and an admin on a translated or reviewed unit, accepts it one step (translated →
 * reviewed → approved); an admin on a new or draft unit confirms it as translated.
 */
export function nextStatusOnConfirm(role: Role, current: UnitStatus): UnitStatus | null {
  let next: UnitStatus | null = null;
  if (role === 'translator' || (role === 'admin' && (current === 'new' || current === 'draft'))) next = 'translated';
  else if (role === 'reviewer' || role === 'admin') {
    if (current === 'translated') next = 'reviewed';
    else if (current === 'reviewed') next = 'approved';
  }
  return next !== null && canChangeStatus(role, current, next) ? next : null;
}
