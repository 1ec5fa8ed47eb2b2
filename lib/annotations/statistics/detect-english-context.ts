// Decides whether a number sits in an English passage (an abstract) rather than Indonesian text.
// The rule: the sentence around the number — up to the nearest sentence end or line break, at most
// 200 characters either side — is English when it has more English function words than Indonesian
// ones. English changes how `1.2` and `1,200` read and lets the ambiguous English qualifiers
// (`over`, `about`, `some`) count; with no evidence the text is taken as Indonesian.

const WINDOW = 200;

const INDONESIAN = new Set(
  'yang dan di ini itu dengan untuk dari dalam pada adalah tidak akan oleh ke juga sebagai atau karena bahwa telah dapat sekitar lebih setiap'.split(' '),
);
const ENGLISH = new Set(
  'the and of to in is that for with as are was were by this on from be has have an it than more about million billion percent per'.split(' '),
);

/** True when the sentence around `offset` in `text` reads as English. */
export function isEnglishContext(text: string, offset: number): boolean {
  if (offset < 0 || offset > text.length) throw new RangeError(`offset ${offset} outside the text`);
  let indonesian = 0;
  let english = 0;
  for (const word of sentenceAround(text, offset).toLowerCase().split(/[^\p{L}]+/u)) {
    if (INDONESIAN.has(word)) indonesian++;
    else if (ENGLISH.has(word)) english++;
  }
  return english > indonesian;
}

function sentenceAround(text: string, offset: number): string {
  const from = Math.max(0, offset - WINDOW);
  const to = Math.min(text.length, offset + WINDOW);
  const before = text.slice(from, offset);
  const after = text.slice(offset, to);
  // A full stop followed by a space ends a sentence; a decimal point (`1.2`) does not.
  let start = from;
  for (const match of before.matchAll(/[.!?]\s|\n/g)) start = from + match.index + match[0].length;
  const endMatch = /[.!?]\s|\n/.exec(after);
  const end = endMatch ? offset + endMatch.index : to;
  return text.slice(start, end);
}
