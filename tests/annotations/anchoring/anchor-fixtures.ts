// Shared fixtures for the anchoring tests: real lines from the seed corpus (001, the ECPAT article
// whose paragraph lost its drop cap) and helpers that build anchors the way the store does.

import { describeTextQuote } from '../../../lib/annotations/anchoring/describe-text-quote';
import type { Anchor, SourceCorrection } from '../../../lib/annotations/anchoring/map-annotations-through-correction';

/** Seed 001, the Indonesian abstract, as repaired: its drop cap is lost (`alam` for `Dalam`). */
export const DROP_CAP_PARAGRAPH =
  'alam setiap tahunnya kasus child trafficking semakin banyak di Indonesia. Seperti berbagai motif ' +
  'mereka terjun ke dunia prostitusi dan lainnya, dalam kasus tersebut pihak pemerintah indonesia ' +
  'tentunya bekerjasama dengan ECPAT sebagai organisasi yang mengurus eksploitasi seksual komersial di ' +
  'Indonesia. Pada penulisan artikel ini bertujuan untuk mengetahui kondisi child trafficking di ' +
  'Indonesia dengan cara bekerjasama pemerintahaan indonesia dengan ECPAT untuk menangani permasalahan ' +
  'child trafficking.';

/** The heading and paragraph as they stand in the normalized text of seed 001. */
export const DROP_CAP_TEXT = `Abstrak\n\n${DROP_CAP_PARAGRAPH}`;

/** An anchor on the `occurrence`-th (0-based) occurrence of `quote` in `text`. */
export function anchorOn(text: string, quote: string, id = quote, occurrence = 0): Anchor {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    start = text.indexOf(quote, start + 1);
    if (start < 0) throw new Error(`${JSON.stringify(quote)} occurs fewer than ${occurrence + 1} times`);
  }
  const end = start + quote.length;
  return { id, start, end, ...describeTextQuote(text, start, end) };
}

/** The text after `correction`. */
export function corrected(text: string, correction: SourceCorrection): string {
  return text.slice(0, correction.start) + correction.replacement + text.slice(correction.end);
}

/** A correction replacing the `occurrence`-th `before` in `text` with `replacement`, carrying `before`. */
export function correctionOf(text: string, before: string, replacement: string, occurrence = 0): Required<SourceCorrection> {
  const anchor = anchorOn(text, before, before, occurrence);
  const start = anchor.start ?? 0;
  return { start, end: start + before.length, before, replacement };
}
