import { describe, expect, it } from 'vitest';
import { countAnnotationsByLabel } from '../../../lib/research/dashboard/count-annotations-by-label';
import { countUnitsByStatus } from '../../../lib/research/dashboard/count-units-by-status';
import {
  buildProgressOverTime,
  classifyAnnotationEvent,
  classifyTranslationEvent,
  cumulativeSeries,
  type EventDayCount,
} from '../../../lib/research/dashboard/progress-over-time';
import { BUDI, TEXT_001, TEXT_003, exportDocument } from '../view-fixtures';

const translated = { text: 'x', status: 'translated' as const, translator: 'tari', updatedAt: '2026-01-05' };
const approved = { ...translated, status: 'approved' as const };

const docs = [
  exportDocument({
    slug: 'a',
    title: 'A',
    text: TEXT_001,
    translations: [translated, null],
    annotations: [
      { label: 'actor', quote: 'UNICEF' },
      { label: 'actor', quote: 'Indonesia', status: 'suggested' },
      { label: 'statistic', quote: '30%', status: 'rejected' },
      { label: 'statistic', quote: '30%', layer: BUDI },
    ],
  }),
  exportDocument({ slug: 'b', title: 'B', text: TEXT_003, translations: [approved, approved], annotations: [{ label: 'claim', quote: 'Diperkirakan' }, { label: 'note', quote: '22%' }] }),
];

describe('countAnnotationsByLabel', () => {
  it('counts every layer by label and status, the label set first with zeros, other labels after', () => {
    expect(countAnnotationsByLabel(docs, ['claim', 'actor', 'statistic', 'event'])).toEqual([
      { label: 'claim', total: 1, suggested: 0, accepted: 1, rejected: 0 },
      { label: 'actor', total: 2, suggested: 1, accepted: 1, rejected: 0 },
      { label: 'statistic', total: 2, suggested: 0, accepted: 1, rejected: 1 },
      { label: 'event', total: 0, suggested: 0, accepted: 0, rejected: 0 },
      { label: 'note', total: 1, suggested: 0, accepted: 1, rejected: 0 },
    ]);
  });
});

describe('countUnitsByStatus', () => {
  it('counts a unit without English as new', () => {
    expect(countUnitsByStatus(docs)).toEqual({ new: 1, draft: 0, translated: 1, reviewed: 0, approved: 2, total: 4 });
  });
});

function event(day: string, userId: number, action: string, beforeStatus: string | null, afterStatus: string | null, count = 1): EventDayCount {
  return { day, userId, name: userId === 1 ? 'Ani' : 'Budi', action, beforeStatus, afterStatus, count };
}

describe('classifyAnnotationEvent', () => {
  it('counts creates as made and decided suggestions as reviewed; machine writes count for nobody', () => {
    expect(classifyAnnotationEvent(event('d', 1, 'create', null, 'accepted'))).toBe('made');
    expect(classifyAnnotationEvent(event('d', 1, 'update', 'suggested', 'accepted'))).toBe('reviewed');
    expect(classifyAnnotationEvent(event('d', 1, 'update', 'suggested', 'rejected'))).toBe('reviewed');
    expect(classifyAnnotationEvent(event('d', 1, 'update', 'accepted', 'accepted'))).toBeNull();
    expect(classifyAnnotationEvent(event('d', 1, 'suggest', null, 'suggested'))).toBeNull();
    expect(classifyAnnotationEvent(event('d', 1, 'reanchor', 'accepted', 'accepted'))).toBeNull();
  });
});

describe('classifyTranslationEvent', () => {
  it('counts reaching translated once and each move to reviewed or approved', () => {
    expect(classifyTranslationEvent(event('d', 1, 'edit', null, 'translated'))).toBe('made');
    expect(classifyTranslationEvent(event('d', 1, 'edit', 'draft', 'translated'))).toBe('made');
    expect(classifyTranslationEvent(event('d', 1, 'edit', 'translated', 'translated'))).toBeNull();
    expect(classifyTranslationEvent(event('d', 1, 'send_back', 'approved', 'translated'))).toBeNull();
    expect(classifyTranslationEvent(event('d', 1, 'edit', null, 'draft'))).toBeNull();
    expect(classifyTranslationEvent(event('d', 2, 'status', 'translated', 'reviewed'))).toBe('reviewed');
    expect(classifyTranslationEvent(event('d', 2, 'status', 'reviewed', 'approved'))).toBe('reviewed');
  });
});

describe('buildProgressOverTime', () => {
  // Ani: 3 made on the 5th, 2 made + 1 reviewed on the 7th; Budi: 4 reviewed on the 6th.
  const events = [
    event('2026-01-05', 1, 'create', null, 'accepted', 3),
    event('2026-01-05', 1, 'update', 'accepted', 'accepted', 9),
    event('2026-01-06', 2, 'update', 'suggested', 'accepted', 3),
    event('2026-01-06', 2, 'update', 'suggested', 'rejected', 1),
    event('2026-01-07', 1, 'create', null, 'accepted', 2),
    event('2026-01-07', 1, 'update', 'suggested', 'accepted', 1),
    event('2026-01-08', 2, 'suggest', null, 'suggested', 40),
  ];
  const progress = buildProgressOverTime(events, classifyAnnotationEvent);

  it('sums per person and day with running totals', () => {
    expect(progress.rows).toEqual([
      { day: '2026-01-05', userId: 1, name: 'Ani', made: 3, reviewed: 0, cumulative: 3 },
      { day: '2026-01-06', userId: 2, name: 'Budi', made: 0, reviewed: 4, cumulative: 4 },
      { day: '2026-01-07', userId: 1, name: 'Ani', made: 2, reviewed: 1, cumulative: 6 },
    ]);
    expect(progress.days).toEqual(['2026-01-05', '2026-01-06', '2026-01-07']);
    expect(progress.people).toEqual([
      { userId: 1, name: 'Ani', made: 5, reviewed: 1 },
      { userId: 2, name: 'Budi', made: 0, reviewed: 4 },
    ]);
  });

  it('carries each running total over days without work in the chart series', () => {
    expect(cumulativeSeries(progress)).toEqual([
      { day: '2026-01-05', u1: 3, u2: 0 },
      { day: '2026-01-06', u1: 3, u2: 4 },
      { day: '2026-01-07', u1: 6, u2: 4 },
    ]);
  });
});
