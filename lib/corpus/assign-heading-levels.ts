// Gives headings their depth (1 chapter/section, 2 section/sub-section, 3 sub-sub-section) from
// their numbering when they have one, and from the headings around them when they do not.

import type { DraftBlock } from './build-blocks';

const ALWAYS_TOP = /^(?:abstract|abstrak|abstraksi|daftar pustaka|references|bibliography)\b/i;
const TOP_NUMBERING = /^(?:BAB\s|[IVX]{1,4}\.\s|\d{1,2}\.\s)/i;

/**
 * Sets `level` on every heading draft, in document order. Numbered headings use their depth;
 * known section titles sit at level 1, or at 2 under a numbered chapter scheme (`Kerangka Teori`
 * inside `I. PENDAHULUAN`); unnumbered titles sit one below the last structural heading, and
 * lettered ones (`a. Kemiskinan`) one below the last heading that was not lettered.
 */
export function assignHeadingLevels(drafts: DraftBlock[]): void {
  let structuralLevel = 1;
  let lastUnletteredLevel = 1;
  let numberedTop = false;
  for (const draft of drafts) {
    const info = draft.heading;
    if (draft.kind !== 'heading' || !info) continue;
    let level: number;
    if (info.lettered) {
      level = Math.min(3, lastUnletteredLevel + 1);
    } else if (info.structural || (info.depth !== undefined && info.depth > 1)) {
      if (info.depth !== undefined) level = info.depth;
      else if (ALWAYS_TOP.test(info.text) || TOP_NUMBERING.test(info.text)) level = 1;
      else level = numberedTop ? 2 : 1;
      if (level === 1 && TOP_NUMBERING.test(info.text)) numberedTop = true;
      structuralLevel = level;
    } else {
      level = Math.min(3, structuralLevel + 1);
    }
    level = Math.max(1, Math.min(3, level));
    if (!info.lettered) lastUnletteredLevel = level;
    draft.level = level;
  }
}
