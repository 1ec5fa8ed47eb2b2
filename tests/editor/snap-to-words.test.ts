import { describe, expect, it } from 'vitest';
import { snapToWords } from '../../lib/editor/snap-to-words';

const text = 'Menurut ECPAT, sekitar 40.000-70.000 anak (43,5%) menjadi korban di Agape International Mission (AIM).';

function snapped(from: string, to: string): string | null {
  const start = text.indexOf(from);
  const end = text.indexOf(to) + to.length;
  const range = snapToWords(text, start, end);
  return range ? text.slice(range.start, range.end) : null;
}

describe('snapToWords', () => {
  it('grows a selection that starts or ends inside a word to the whole words', () => {
    expect(snapped('CPA', 'CPA')).toBe('ECPAT');
    expect(snapped('kitar 40', 'kitar 40')).toBe('sekitar 40.000-70.000');
  });

  it('drops spaces and punctuation at the edges', () => {
    expect(snapped(' ECPAT, ', ' ECPAT, ')).toBe('ECPAT');
  });

  it('keeps a percent sign and the decimal comma of a number', () => {
    expect(snapped('43', '43')).toBe('43,5%');
  });

  it('keeps parentheses that open and close inside the span', () => {
    expect(snapped('Agape', '(AIM).')).toBe('Agape International Mission (AIM)');
    expect(snapped('(43', '5%)')).toBe('43,5%');
  });

  it('gives null for a selection without a word', () => {
    expect(snapToWords(text, text.indexOf(', '), text.indexOf(', ') + 2)).toBeNull();
  });
});
