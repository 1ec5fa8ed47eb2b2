// Tells Indonesian from English text by their commonest function words, so the reader can mark
// an English abstract with lang="en" (screen readers and hyphenation follow it).

const INDONESIAN = new Set(
  'yang dan di ini itu dengan untuk dari dalam pada adalah tidak akan oleh ke juga sebagai atau karena bahwa telah dapat'.split(' '),
);
const ENGLISH = new Set('the and of to in is that for with as are was by this on from be has have an it'.split(' '));

export type GuessedLanguage = 'id' | 'en';

/** 'en' when English function words clearly outnumber Indonesian ones, else 'id'. */
export function guessLanguage(text: string): GuessedLanguage {
  let indonesian = 0;
  let english = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (INDONESIAN.has(word)) indonesian++;
    else if (ENGLISH.has(word)) english++;
  }
  return english >= 3 && english > indonesian * 2 ? 'en' : 'id';
}
