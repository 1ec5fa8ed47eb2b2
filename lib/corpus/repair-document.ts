// Entry point of the corpus repair: raw PDF-extracted text in, normalized paragraphs with blocks,
// sentences, footnotes, flags and an exact provenance map out. Pure; never throws on any string.

import type { RepairedDocument, RepairedSentence, WordFrequencies } from './types';
import { readLines } from './read-lines';
import { detectPageFurniture } from './detect-page-furniture';
import { detectFootnotes } from './detect-footnotes';
import { buildBlocks } from './build-blocks';
import { assembleText } from './assemble-text';
import { splitSentences } from './split-sentences';
import { detectDropCaps } from './detect-drop-caps';
import { ProvenanceBuilder } from './provenance';

const MAX_TITLE_LENGTH = 200;

export interface RepairOptions {
  /** Word counts over the corpus being imported plus the texts already stored. */
  wordFrequencies: WordFrequencies;
}

// Headings that name a part of any paper, not this one: a title made of them alone would not tell
// two documents apart, so the opening words of the text follow them.
const GENERIC_HEADING = /^(?:abstra(?:ct|k)|bab\s+[ivxlc\d]+(?:\s+\S+)?|pendahuluan|introduction|[ivx\d]+\.\s*pendahuluan)$/i;
const TITLE_OPENING_WORDS = 10;

function titleOf(text: string, blocks: RepairedDocument['blocks']): string {
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const headingIndex = blocks.findIndex((block) => block.kind === 'heading');
  const heading = blocks[headingIndex];
  let title = heading ? clean(text.slice(heading.start, heading.end)) : clean(text.split('\n', 1)[0] ?? '');
  const opening = blocks.slice(headingIndex + 1).find((block) => block.kind === 'paragraph');
  if (heading && opening && GENERIC_HEADING.test(title)) {
    const words = clean(text.slice(opening.start, opening.end)).split(' ');
    const cut = words.slice(0, TITLE_OPENING_WORDS).join(' ');
    title = `${title} — ${cut}${words.length > TITLE_OPENING_WORDS ? '…' : ''}`;
  }
  return title.slice(0, MAX_TITLE_LENGTH).trim();
}

/**
 * Repairs one raw document: finds page furniture, footnotes and link lines, joins wrapped lines
 * into paragraphs (keeping reduplication hyphens, dropping word-break ones), recognises headings,
 * list items, captions and tables, and splits every block except page furniture into sentences.
 */
export function repairDocument(raw: string, options: RepairOptions): RepairedDocument {
  try {
    return repairLayout(raw, options);
  } catch {
    // The contract is "never throws on any string": should a heuristic ever fail on some input,
    // the importer still gets a sound (if unrepaired) document rather than no document.
    return unrepairedDocument(raw);
  }
}

/** One paragraph per non-blank line, copied verbatim: the fallback when the repair fails. */
function unrepairedDocument(raw: string): RepairedDocument {
  const builder = new ProvenanceBuilder(raw);
  const blocks: RepairedDocument['blocks'] = [];
  let previousEnd = 0;
  for (const line of readLines(raw)) {
    if (line.content === '') continue;
    if (blocks.length > 0) builder.synthetic('\n\n', previousEnd, line.contentStart);
    const start = builder.offset;
    builder.copy(line.contentStart, line.contentEnd);
    blocks.push({ kind: 'paragraph', start, end: builder.offset, rawStart: line.contentStart, rawEnd: line.contentEnd });
    previousEnd = line.contentEnd;
  }
  const { text, provenance } = builder.finish();
  return { title: titleOf(text, blocks), text, blocks, sentences: [], provenance, footnoteRefs: [], flags: [] };
}

function repairLayout(raw: string, options: RepairOptions): RepairedDocument {
  const lines = readLines(raw);
  const furniture = detectPageFurniture(lines);
  const footnotes = detectFootnotes(lines, furniture);
  const drafts = buildBlocks(lines, furniture, footnotes);
  const assembled = assembleText(raw, drafts, footnotes.markers, options.wordFrequencies);
  const { text } = assembled;
  // A block with neither letters nor digits (a lone `.` left at the end of 003) is layout debris:
  // kept for the reader, like running headers, but never a paragraph to translate.
  const blocks = assembled.blocks.map((block) =>
    block.kind === 'paragraph' && !/[\p{L}\p{N}]/u.test(text.slice(block.start, block.end))
      ? { ...block, kind: 'page_furniture' as const }
      : block,
  );

  const footnoteBlockByLabel = new Map<string, number>();
  blocks.forEach((block, index) => {
    if (block.kind === 'footnote' && block.footnoteLabel !== undefined && !footnoteBlockByLabel.has(block.footnoteLabel)) {
      footnoteBlockByLabel.set(block.footnoteLabel, index);
    }
  });
  const footnoteRefs = assembled.footnoteRefs.map((ref) => {
    const footnoteBlock = footnoteBlockByLabel.get(ref.label);
    return footnoteBlock === undefined ? ref : { ...ref, footnoteBlock };
  });

  const sentences: RepairedSentence[] = [];
  blocks.forEach((block, index) => {
    // Running headers and footers are kept for the reader but never translated.
    if (block.kind === 'page_furniture') return;
    for (const range of splitSentences(text, block.start, block.end)) {
      sentences.push({ block: index, start: range.start, end: range.end });
    }
  });

  return {
    title: titleOf(text, blocks),
    text,
    blocks,
    sentences,
    provenance: assembled.provenance,
    footnoteRefs,
    flags: detectDropCaps(text, blocks, options.wordFrequencies),
  };
}
