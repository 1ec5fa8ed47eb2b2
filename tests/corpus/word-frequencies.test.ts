import { describe, expect, it } from 'vitest';
import { buildWordFrequencies } from '../../lib/corpus';

describe('buildWordFrequencies', () => {
  it('counts lower-cased word forms, hyphenated forms as their own', () => {
    const counts = buildWordFrequencies(['Dalam negara-negara lain, dalam kasus ini.', 'DALAM']);
    expect(counts.count('dalam')).toBe(3);
    expect(counts.count('Dalam')).toBe(3);
    expect(counts.count('negara-negara')).toBe(1);
    expect(counts.count('negara')).toBe(0);
  });

  it('does not count the halves of a word broken at a line end', () => {
    const counts = buildWordFrequencies(['dan memper-\n\nhatikan urgensi']);
    expect(counts.count('memper')).toBe(0);
    expect(counts.count('hatikan')).toBe(0);
    expect(counts.count('urgensi')).toBe(1);
  });
});
