// Measures re-anchoring on a large text: random word-aligned annotations, random edits, then one
// reanchorAnnotations call; prints how many were kept exactly, found fuzzily or orphaned, and the
// time. Not a test (timing is never asserted). Run: npx tsx tests/annotations/anchoring/measure-reanchoring.ts
// [annotations=5000] [edits=3000] [repeats=5] [seed=1]

import { Mapping, StepMap } from 'prosemirror-transform';
import { describeTextQuote } from '../../../lib/annotations/anchoring/describe-text-quote';
import type { Anchor } from '../../../lib/annotations/anchoring/map-annotations-through-correction';
import { reanchorAnnotations } from '../../../lib/annotations/anchoring/reanchor-annotations';
import { seedDocuments } from '../../corpus/seed-documents';

/** A small deterministic PRNG (mulberry32), so a run can be repeated. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const [annotationCount = 5000, editCount = 3000, repeats = 5, seed = 1] = process.argv.slice(2).map(Number);
const next = random(seed);
const pick = (n: number): number => Math.floor(next() * n);

const oldText = Array.from({ length: repeats }, () => seedDocuments().map((s) => s.doc.text).join('\n\n')).join('\n\n');
const words = [...oldText.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

const anchors: Anchor[] = [];
for (let i = 0; i < annotationCount; i++) {
  const first = pick(words.length - 40);
  const roll = next();
  const length = roll < 0.6 ? 1 + pick(3) : roll < 0.9 ? 4 + pick(7) : 11 + pick(20);
  const start = words[first]?.start ?? 0;
  const end = words[first + length - 1]?.end ?? start + 1;
  anchors.push({ id: String(i), start, end, ...describeTextQuote(oldText, start, end) });
}

// Random edits, tracked with a ProseMirror mapping: where each span truly is now, and whether an
// edit touched its quote or context.
let text = oldText;
const mapping = new Mapping();
const edits: Array<{ at: number; removed: number; added: number }> = [];
for (let i = 0; i < editCount; i++) {
  const at = pick(text.length - 30);
  const kind = pick(3);
  const removed = kind === 0 ? 0 : 1 + pick(kind === 1 ? 20 : 8);
  const donor = pick(text.length - 30);
  const added = kind === 1 ? '' : text.slice(donor, donor + 1 + pick(12));
  text = text.slice(0, at) + added + text.slice(at + removed);
  mapping.appendMap(new StepMap([at, removed, added.length]));
  edits.push({ at, removed, added: added.length });
}

let untouched = 0;
let untouchedKept = 0;
const truth = anchors.map((anchor) => {
  const start = anchor.start ?? 0;
  const end = anchor.end ?? 0;
  let from = start - anchor.prefix.length;
  let to = end + anchor.suffix.length;
  let touched = false;
  edits.forEach(({ at, removed }, i) => {
    if (at <= to && at + removed >= from) touched = true;
    const step = mapping.maps[i];
    if (step) {
      from = step.map(from, -1);
      to = step.map(to, 1);
    }
  });
  return { start: mapping.map(start, 1), end: mapping.map(end, -1), touched };
});

const began = performance.now();
const results = reanchorAnnotations(oldText, text, anchors);
const elapsed = performance.now() - began;

const counts = { anchored: 0, fuzzy: 0, orphaned: 0 };
// Touched annotations by outcome. "present": the edits left some of the span's characters
// (tracked with the mapping); "gone": they deleted all of them.
const touched = {
  anchoredExactly: 0,
  anchoredElsewhere: 0,
  fuzzyExactly: 0,
  fuzzyOverlapping: 0,
  fuzzyElsewhere: 0,
  presentOrphaned: 0,
  goneOrphaned: 0,
  gonePlaced: 0,
};
results.forEach((result, i) => {
  const expected = truth[i];
  if (!expected) return;
  counts[result.anchor]++;
  const exact = result.start === expected.start && result.end === expected.end;
  if (!expected.touched) {
    untouched++;
    if (result.anchor === 'anchored' && exact) untouchedKept++;
    return;
  }
  const present = expected.end > expected.start;
  if (result.start === null || result.end === null) {
    touched[present ? 'presentOrphaned' : 'goneOrphaned']++;
  } else if (!present) {
    touched.gonePlaced++;
  } else if (result.anchor === 'anchored') {
    touched[exact ? 'anchoredExactly' : 'anchoredElsewhere']++;
  } else if (exact) {
    touched.fuzzyExactly++;
  } else {
    touched[result.start < expected.end && expected.start < result.end ? 'fuzzyOverlapping' : 'fuzzyElsewhere']++;
  }
});

console.log(
  JSON.stringify({
    textLength: oldText.length,
    annotations: annotationCount,
    edits: editCount,
    untouched,
    untouchedKeptExactly: untouchedKept,
    ...counts,
    touched,
    milliseconds: Math.round(elapsed),
  }),
);
