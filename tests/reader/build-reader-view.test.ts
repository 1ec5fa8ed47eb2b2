import { describe, expect, it } from 'vitest';
import { buildReaderView } from '../../lib/reader/build-reader-view';

describe('buildReaderView', () => {
  const raw = ' Abstrak \n\nalam setiap tahunnya kasus \n\nchild trafficking.\n1\n';
  const text = 'Abstrak\n\nalam setiap tahunnya kasus child trafficking.';
  const blocks = [
    { id: 1, kind: 'heading' as const, level: 2, footnoteLabel: null, start: 0, end: 7, rawStart: 1, rawEnd: 8 },
    { id: 2, kind: 'paragraph' as const, level: null, footnoteLabel: null, start: 9, end: text.length, rawStart: 11, rawEnd: 57 },
  ];

  it('marks a suspected drop cap and a footnote reference inside the text', () => {
    const [, paragraph] = buildReaderView(
      text,
      raw,
      blocks,
      [{ kind: 'suspected_drop_cap', start: 9, end: 13, hint: 'Dalam' }],
      [{ label: '1', offset: text.length, footnoteBlockId: 7 }],
    );
    expect(paragraph?.pieces).toEqual([
      { type: 'dropCap', text: 'alam', hint: 'Dalam' },
      { type: 'text', text: ' setiap tahunnya kasus child trafficking.' },
      { type: 'footnoteRef', label: '1', target: 7 },
    ]);
  });

  it('gives each block the raw lines it came from', () => {
    const [heading, paragraph] = buildReaderView(text, raw, blocks, [], []);
    expect(heading).toMatchObject({ rawFromLine: 1, rawToLine: 1, rawLines: ' Abstrak ' });
    expect(paragraph).toMatchObject({ rawFromLine: 3, rawToLine: 5 });
    expect(paragraph?.rawLines).toBe('alam setiap tahunnya kasus \n\nchild trafficking.');
  });
});
