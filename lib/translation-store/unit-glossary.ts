// The glossary entries that apply to one unit: the registry's English names of the actors annotated
// or mentioned in it, then the termbase terms its source contains. Suggestions show them; the QA
// check asks that the target uses them.
import { createActorMentionFinder } from '../annotations/find-actor-mentions';
import type { Annotation, Entity } from '../annotations/types';
import type { GlossaryTerm } from '../db/queries/glossary';

export interface GlossarySuggestion {
  source: string;
  target: string;
  note: string | null;
  origin: 'registry' | 'termbase';
}

/** An annotation with the part of it that lies inside the unit (document offsets). */
export interface AnnotationInUnit {
  annotation: Pick<Annotation, 'id' | 'label' | 'attributes'>;
  start: number;
  end: number;
}

/** What the glossary of any unit of a document is built from; build once, use for every unit. */
export interface GlossarySources {
  entities: readonly Entity[];
  terms: readonly GlossaryTerm[];
}

/** A function giving the glossary of a unit: `text` is the document text, `source` the unit's slice of it. */
export function createUnitGlossary(sources: GlossarySources): (text: string, source: string, inUnit: readonly AnnotationInUnit[]) => GlossarySuggestion[] {
  const byId = new Map(sources.entities.map((e) => [e.id, e]));
  const findMentions = createActorMentionFinder([...sources.entities]);
  return (text, source, inUnit) => {
    const entries: GlossarySuggestion[] = [];
    const seen = new Set<string>();
    const offer = (entry: GlossarySuggestion): void => {
      const key = `${entry.source.toLowerCase()}\u0000${entry.target.toLowerCase()}`;
      if (seen.has(key)) return;
      seen.add(key);
      entries.push(entry);
    };
    const annotated = inUnit.flatMap(({ annotation, start, end }) => {
      const entity = annotation.attributes.entity;
      return annotation.label === 'actor' && typeof entity === 'number' ? [{ id: entity, words: text.slice(start, end) }] : [];
    });
    const mentioned = findMentions(source).map((m) => ({ id: m.entityId, words: m.quote }));
    for (const { id, words } of [...annotated, ...mentioned]) {
      const englishName = byId.get(id)?.englishName;
      if (englishName) offer({ source: words, target: englishName, note: null, origin: 'registry' });
    }
    for (const term of findTermsInText(source, sources.terms)) {
      offer({ source: term.sourceTerm, target: term.targetTerm, note: term.note, origin: 'termbase' });
    }
    return entries;
  };
}

/** The annotations overlapping [start, end), each with the part of it inside that range. */
export function clipAnnotationsToUnit(annotations: readonly Annotation[], start: number, end: number): AnnotationInUnit[] {
  return annotations.flatMap((annotation) =>
    annotation.start !== null && annotation.end !== null && annotation.start < end && annotation.end > start
      ? [{ annotation, start: Math.max(annotation.start, start), end: Math.min(annotation.end, end) }]
      : [],
  );
}

// Termbase terms in a source: whole words, any letter case, each term once, in order of occurrence.

interface Term {
  sourceTerm: string;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Where `needle` (lower case) first occurs in `haystack` (lower case) as whole words, or -1. */
function indexOfWord(haystack: string, needle: string): number {
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + needle.length])) return at;
  }
  return -1;
}

/**
 * The terms whose Indonesian side occurs in `text` as whole words (case-insensitive, runs of
 * whitespace in a term match any whitespace), ordered by first occurrence.
 */
export function findTermsInText<T extends Term>(text: string, terms: readonly T[]): T[] {
  const haystack = text.toLowerCase().replace(/\s+/g, ' ');
  const found: Array<{ term: T; at: number }> = [];
  for (const term of terms) {
    const needle = term.sourceTerm.trim().toLowerCase().replace(/\s+/g, ' ');
    if (needle === '') continue;
    const at = indexOfWord(haystack, needle);
    if (at !== -1) found.push({ term, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.term);
}
