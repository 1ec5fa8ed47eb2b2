import { describe, expect, it } from 'vitest';
import { checkGlossary, type GlossaryEntry } from '../../../lib/translation/qa/check-glossary';
import { seedSentence } from '../seed-sentences';

// Registry English names and termbase entries as the lead's pages would pass them.
const GLOSSARY: GlossaryEntry[] = [
  { source: 'Perserikatan Bangsa-Bangsa', target: 'the United Nations' },
  { source: 'Pemerintah Kamboja', target: 'the Cambodian government' },
  { source: 'Kamboja', target: 'Cambodia' },
  { source: 'Bank Dunia', target: 'the World Bank' },
  { source: 'perdagangan manusia', target: 'human trafficking' },
  { source: 'perdagangan manusia', target: 'trafficking in persons' },
  { source: 'korban', target: 'victim' },
];

describe('checkGlossary', () => {
  it('accepts a seed sentence whose terms are all rendered', () => {
    const source = seedSentence('002', 'antara 1.040 hingga 4.095');
    const target =
      'With this GNI, Cambodia is classified as a lower-middle-income country, which the World Bank defines as a country with a GNI per capita between 1,040 and 4,095 US dollars.';
    expect(checkGlossary(source, target, GLOSSARY)).toEqual([]);
  });

  it('warns about a term whose English is missing, pointing at the source', () => {
    const source = seedSentence('001', '$7 miliar per tahun');
    const target = 'The UN states that the trafficking of women and children generates $7 billion a year.';
    const issues = checkGlossary(source, target, GLOSSARY);
    expect(issues).toEqual([
      {
        check: 'glossary',
        severity: 'warning',
        messageKey: 'qa.glossaryTermMissing',
        params: { source: 'Perserikatan Bangsa-Bangsa', target: 'the United Nations' },
        sourceStart: 0,
        sourceEnd: 'Perserikatan Bangsa-Bangsa'.length,
      },
    ]);
  });

  it('matches case-insensitively on whole words, with a plural or possessive ending', () => {
    const source = 'sekitar 43,5% korban perdagangan manusia';
    expect(checkGlossary(source, 'About 43.5% of Human Trafficking victims', GLOSSARY)).toEqual([]);
    expect(checkGlossary(source, "43.5% of the victim's families in trafficking in persons cases", GLOSSARY)).toEqual([]);
    expect(checkGlossary(source, 'about 43.5% of victimized people in human trafficking', GLOSSARY).map((issue) => issue.params['source'])).toEqual([
      'korban',
    ]);
  });

  it('accepts any of the alternatives for one term', () => {
    const issues = checkGlossary('perdagangan manusia', 'trafficking in persons', GLOSSARY);
    expect(issues).toEqual([]);
    const missing = checkGlossary('perdagangan manusia', 'people smuggling', GLOSSARY);
    expect(missing[0]?.params['target']).toBe('human trafficking / trafficking in persons');
  });

  it('lets the English term drop its article', () => {
    expect(checkGlossary('Pemerintah Kamboja menolak', 'Cambodian government officials refused', GLOSSARY)).toEqual([]);
  });

  it('leaves a term found inside a longer term to the longer one', () => {
    // `Kamboja` → `Cambodia` would fail on `Cambodian`; the longer term decides.
    expect(checkGlossary('Pemerintah Kamboja menolak', 'The Cambodian government refused', GLOSSARY)).toEqual([]);
    const issues = checkGlossary('Pemerintah Kamboja dan rakyat Kamboja', 'The Cambodian government and its people', GLOSSARY);
    expect(issues.map((issue) => [issue.params['source'], issue.sourceStart])).toEqual([['Kamboja', 'Pemerintah Kamboja dan rakyat Kamboja'.lastIndexOf('Kamboja')]]);
  });

  it('does not find a term inside another word', () => {
    expect(checkGlossary('Kambojanya', 'x', GLOSSARY)).toEqual([]);
  });

  it('treats a hyphen and a space alike', () => {
    expect(checkGlossary('Perserikatan Bangsa Bangsa', 'the United Nations', GLOSSARY)).toEqual([]);
  });

  it('ignores empty entries', () => {
    expect(checkGlossary('korban', 'victims', [{ source: ' ', target: 'x' }, { source: 'korban', target: '' }])).toEqual([]);
  });
});
