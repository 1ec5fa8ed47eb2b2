import { describe, expect, it } from 'vitest';
import { labelTokens, tokenCategories, tokenizeUnits } from '../../lib/agreement/label-tokens';
import { tokenize } from '../../lib/export/conll';

const TEXT = 'Pemerintah Indonesia dan UNICEF melaporkan 1,2 juta anak.';
const WHOLE = [{ start: 0, end: TEXT.length }];
const LABELS = ['claim', 'actor', 'statistic'];

function forms(tokens: Array<{ start: number; end: number }>): string[] {
  return tokens.map((token) => TEXT.slice(token.start, token.end));
}

describe('tokenizeUnits', () => {
  it('cuts the text into the CoNLL export tokens', () => {
    expect(forms(tokenizeUnits(TEXT, WHOLE, []))).toEqual(['Pemerintah', 'Indonesia', 'dan', 'UNICEF', 'melaporkan', '1,2', 'juta', 'anak', '.']);
    expect(tokenizeUnits(TEXT, WHOLE, [])).toEqual(tokenize(TEXT, 0, TEXT.length));
  });

  it('cuts a token where any layer puts a span boundary inside it', () => {
    const layers = [{ annotator: 1, spans: [{ label: 'actor', start: 3, end: 10 }] }];
    expect(forms(tokenizeUnits(TEXT, [{ start: 0, end: 20 }], layers))).toEqual(['Pem', 'erintah', 'Indonesia']);
  });

  it('takes units in text order and leaves out text outside them', () => {
    expect(forms(tokenizeUnits(TEXT, [{ start: 25, end: 31 }, { start: 0, end: 10 }], []))).toEqual(['Pemerintah', 'UNICEF']);
  });
});

describe('labelTokens', () => {
  it('marks the tokens inside each span of each layer, per label', () => {
    const { tokens, marks } = labelTokens(
      TEXT,
      WHOLE,
      [
        { annotator: 7, spans: [{ label: 'actor', start: 0, end: 20 }, { label: 'claim', start: 0, end: 57 }] },
        { annotator: 9, spans: [{ label: 'actor', start: 11, end: 20 }, { label: 'note', start: 0, end: 3 }] },
      ],
      LABELS,
    );
    expect(tokens).toHaveLength(9);
    expect([...(marks[0]?.byLabel.get('actor') ?? [])]).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect([...(marks[0]?.byLabel.get('claim') ?? [])]).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect([...(marks[1]?.byLabel.get('actor') ?? [])]).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0]);
    // A label outside the compared set neither marks tokens nor cuts them.
    expect(marks[1]?.byLabel.has('note')).toBe(false);
    expect(marks.map((mark) => mark.annotator)).toEqual([7, 9]);
  });
});

describe('tokenCategories', () => {
  it('names each token by the labels covering it, in label order, or "" for none', () => {
    const byLabel = new Map([
      ['claim', Uint8Array.from([1, 1, 0])],
      ['actor', Uint8Array.from([1, 0, 0])],
      ['statistic', Uint8Array.from([0, 0, 0])],
    ]);
    expect(tokenCategories(byLabel, LABELS, 3)).toEqual(['claim+actor', 'claim', '']);
  });
});
