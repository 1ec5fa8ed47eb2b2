import { describe, expect, it } from 'vitest';
import { checkIdenticalToSource } from '../../../lib/translation/qa/check-identical-to-source';
import { seedSentence } from '../seed-sentences';

describe('checkIdenticalToSource', () => {
  it('warns about a seed sentence copied into the target, ignoring case and spacing', () => {
    const source = seedSentence('001', '40.000 hingga 70.000');
    const target = `${source.toUpperCase()}  `;
    expect(checkIdenticalToSource(source, target)).toEqual([
      { check: 'identical', severity: 'warning', messageKey: 'qa.identicalToSource', params: {}, start: 0, end: target.length },
    ]);
  });

  it('accepts a translation', () => {
    expect(checkIdenticalToSource('Polisi itu mengejarmu.', 'The police are after you.')).toEqual([]);
  });

  it('accepts a copy of a unit with fewer than two words to translate', () => {
    // Tatoeba `Wow!` / `Wow!`; names, acronyms, numbers and citations stay as they are.
    for (const unit of ['Wow!', 'Tom.', 'UNODC (2020)', 'Phnom Penh, 2019', '16,8', 'Tabel 1']) {
      expect(checkIdenticalToSource(unit, unit), unit).toEqual([]);
    }
  });

  it('accepts a copy of a source that is already English (an abstract)', () => {
    const abstract = 'This article examines the role of NGOs in combating human trafficking in Cambodia.';
    expect(checkIdenticalToSource(abstract, abstract)).toEqual([]);
  });
});
