// Test helper: real sentences of the repaired seeds, each with an English translation written for
// these tests (the expected good translation), so the QA checks run on the corpus' own statistics.

import { seed } from '../corpus/seed-documents';

/** The sentence of seed `prefix` that contains `phrase`, exactly as the importer splits it. */
export function seedSentence(prefix: string, phrase: string): string {
  const { doc } = seed(prefix);
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (text.includes(phrase)) return text;
  }
  throw new Error(`no sentence of seed ${prefix} contains ${JSON.stringify(phrase)}`);
}

/** [seed prefix, a phrase of the sentence, a faithful English translation of the whole sentence] */
export const TRANSLATED_SEED_SENTENCES: ReadonlyArray<readonly [string, string, string]> = [
  [
    '001',
    '$7 miliar per tahun',
    'The United Nations states that the trafficking of women and children (human trafficking) generates $7 billion a year, and that about two million people are trafficked every year.',
  ],
  ['001', '40.000 hingga 70.000', 'There are currently 40,000 to 70,000 women and children in Indonesia alone.'],
  [
    '001',
    'sekitar 43,5% korban',
    "Meanwhile, the Women's Institute in West Java reports that about 43.5% of trafficking victims are still 14 years old.",
  ],
  [
    '002',
    '16,8 korban per 1000',
    'Table 1 shows Cambodia ranked first in the Southeast Asian region, with an estimated prevalence of modern slavery of 16.8 victims per 1,000 population.',
  ],
  [
    '002',
    'peringkat 144 dari 180',
    'It is no surprise that, according to the World Press Freedom Index, Cambodia ranked 144th of 180 countries in 2020 (RSF, 2020).',
  ],
  [
    '003',
    '1,2 juta anak',
    'An estimated 1.2 million children are trafficked every year. 22% of trafficking victims are trafficked for commercial sexual exploitation.',
  ],
  [
    '002',
    'antara 1.040 hingga 4.095',
    'With this GNI, Cambodia is classified as a lower-middle-income country, which the World Bank defines as a country with a GNI per capita between 1,040 and 4,095 US dollars.',
  ],
  [
    '004',
    '195 korban',
    'Data from the International Organization for Migration (IOM) show that Laos ranks second in the Southeast Asian region, with a total of 195 victims of human trafficking in 2011.',
  ],
  [
    '003',
    'ratusan ribu orang',
    'YPP gives priority to the safety of its members, who are children and adolescents, because the water festival is attended by hundreds of thousands of people in Phnom Penh.',
  ],
  [
    '002',
    'Tier 2 Watch List',
    'As Figure 1 shows, Cambodia has been in Tier 2 since 2016, but then dropped to the Tier 2 Watch List in 2019.',
  ],
  [
    '002',
    '17,7 persen',
    "According to the World Bank's latest national poverty headcount ratio, about 17.7 percent of Cambodians still live below the poverty line (World Bank, 2021b).",
  ],
  ['003', 'satu jam setengah', 'And they were sent to various areas for an hour and a half.'],
];
