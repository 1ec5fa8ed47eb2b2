import { describe, expect, it } from 'vitest';
import { checkAlignments } from '../../../lib/translation/qa/check-alignments';

const TARGET = 'An estimated 1.2 million children are trafficked every year.';
const ALIGNMENT = { annotationId: 'a1', start: 13, end: 33, quote: '1.2 million children' };

describe('checkAlignments', () => {
  it('accepts alignments whose quote is the text at their offsets', () => {
    expect(TARGET.slice(ALIGNMENT.start, ALIGNMENT.end)).toBe(ALIGNMENT.quote);
    expect(checkAlignments(TARGET, [ALIGNMENT])).toEqual([]);
  });

  it('reports an alignment whose text changed, at its offsets', () => {
    const edited = 'An estimated 1.2 million kids are trafficked every year.';
    expect(checkAlignments(edited, [ALIGNMENT])).toEqual([
      {
        check: 'alignments',
        severity: 'error',
        messageKey: 'qa.alignmentChanged',
        params: { quote: '1.2 million children', annotationId: 'a1' },
        start: 13,
        end: 33,
      },
    ]);
  });

  it('reports an alignment outside the text without offsets', () => {
    const [issue] = checkAlignments('Shorter.', [ALIGNMENT]);
    expect(issue?.messageKey).toBe('qa.alignmentChanged');
    expect(issue?.start).toBeUndefined();
  });
});
