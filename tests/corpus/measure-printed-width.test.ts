import { describe, expect, it } from 'vitest';
import { printedWidth } from '../../lib/corpus/measure-printed-width';

describe('printedWidth', () => {
  it('measures text in ems of a Times-like serif', () => {
    expect(printedWidth('')).toBe(0);
    expect(printedWidth('mm')).toBeCloseTo(1.556);
    expect(printedWidth('Dari')).toBeCloseTo(0.722 + 0.444 + 0.333 + 0.278);
  });

  it('counts a line of narrow letters narrower than a line of wide ones', () => {
    expect(printedWidth('illicit little')).toBeLessThan(printedWidth('MWMWMWMWMWMWMW'));
  });

  it('counts characters outside the BMP once', () => {
    expect(printedWidth('\u{1F600}')).toBeCloseTo(0.5);
  });
});
