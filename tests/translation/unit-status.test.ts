import { describe, expect, it } from 'vitest';
import { ROLES } from '../../lib/auth/roles';
import { canChangeStatus, isUnitStatus, needsComment, nextStatusOnConfirm, UNIT_STATUSES, type UnitStatus } from '../../lib/translation/unit-status';

/** Every change `role` may make, as `from→to`. */
function allowed(role: (typeof ROLES)[number]): string[] {
  const moves: string[] = [];
  for (const from of UNIT_STATUSES) for (const to of UNIT_STATUSES) if (canChangeStatus(role, from, to)) moves.push(`${from}→${to}`);
  return moves;
}

describe('canChangeStatus', () => {
  it('lets a translator move unreviewed units between draft and translated', () => {
    expect(allowed('translator')).toEqual(['new→draft', 'new→translated', 'draft→translated', 'translated→draft']);
  });

  it('lets a reviewer accept translated work or send it back to draft', () => {
    expect(allowed('reviewer')).toEqual([
      'translated→draft',
      'translated→reviewed',
      'translated→approved',
      'reviewed→draft',
      'reviewed→approved',
      'approved→draft',
    ]);
  });

  it('lets an admin make any change', () => {
    expect(allowed('admin')).toHaveLength(UNIT_STATUSES.length * (UNIT_STATUSES.length - 1));
  });

  it('lets annotators and researchers change nothing', () => {
    expect(allowed('annotator')).toEqual([]);
    expect(allowed('researcher')).toEqual([]);
  });

  it('does not count keeping the status as a change', () => {
    for (const role of ROLES) for (const status of UNIT_STATUSES) expect(canChangeStatus(role, status, status)).toBe(false);
  });
});

describe('needsComment', () => {
  it('asks a reviewer or admin for a comment when sending finished work back', () => {
    expect(needsComment('reviewer', 'translated', 'draft')).toBe(true);
    expect(needsComment('reviewer', 'approved', 'draft')).toBe(true);
    expect(needsComment('admin', 'approved', 'reviewed')).toBe(true);
  });

  it('asks no comment for a translator reopening their own unit or for a move forward', () => {
    expect(needsComment('translator', 'translated', 'draft')).toBe(false);
    expect(needsComment('reviewer', 'translated', 'approved')).toBe(false);
    expect(needsComment('admin', 'draft', 'new')).toBe(false);
  });
});

describe('nextStatusOnConfirm', () => {
  it.each<[(typeof ROLES)[number], UnitStatus, UnitStatus | null]>([
    ['translator', 'new', 'translated'],
    ['translator', 'draft', 'translated'],
    ['translator', 'translated', null],
    ['translator', 'reviewed', null],
    ['reviewer', 'draft', null],
    ['reviewer', 'translated', 'reviewed'],
    ['reviewer', 'reviewed', 'approved'],
    ['reviewer', 'approved', null],
    ['admin', 'new', 'translated'],
    ['admin', 'translated', 'reviewed'],
    ['admin', 'reviewed', 'approved'],
    ['admin', 'approved', null],
    ['annotator', 'draft', null],
  ])('moves a %s confirming a %s unit to %s', (role, current, next) => {
    expect(nextStatusOnConfirm(role, current)).toBe(next);
  });

  it('only proposes changes the role may make', () => {
    for (const role of ROLES) {
      for (const status of UNIT_STATUSES) {
        const next = nextStatusOnConfirm(role, status);
        if (next !== null) expect(canChangeStatus(role, status, next)).toBe(true);
      }
    }
  });
});

describe('isUnitStatus', () => {
  it('accepts the five statuses only', () => {
    expect(UNIT_STATUSES.every(isUnitStatus)).toBe(true);
    expect(isUnitStatus('done')).toBe(false);
    expect(isUnitStatus(3)).toBe(false);
  });
});
