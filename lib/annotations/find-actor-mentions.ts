// Finds mentions of the actors in the registry: every canonical name, alias and English name at
// word boundaries, the longest match winning where names overlap (`ECPAT Indonesia` over `ECPAT`).
// Acronyms (`ILO`, `PBB`, `UNODC`) match only in their own case; other names in any case. Names
// inside a citation parenthesis (`(UNDP, 2020)`) are cited authors, not actors (GUIDELINES), and a
// parenthesis that only repeats the name just given (`International Organization for Migration (IOM)`)
// is not a second mention.

import type { ActorType, Entity } from './types';

export interface ActorMention {
  start: number;
  end: number;
  quote: string;
  entityId: number;
  actorType: ActorType;
}

interface ActorName {
  name: string;
  caseSensitive: boolean;
  entity: Entity;
}

// `Name, 2020`, `Name 2020`, `dkk., 2014`, `et al. 2019`, `2014: 273` inside one parenthesis.
const CITATION = /(?:,|\bdkk\.?|\bet al\.?|\p{Lu}[\p{L}.&]*)\s*(?:1[89]|20)\d\d[a-z]?\b|^\s*(?:1[89]|20)\d\d[a-z]?\s*[:;,)]?/u;
const MAX_PARENTHESIS = 200;

/** Every registry name in `text` as a mention, in text order, never overlapping. */
export function findActorMentions(text: string, entities: Entity[]): ActorMention[] {
  return createActorMentionFinder(entities)(text);
}

/** A finder over a fixed registry, for running over many blocks. */
export function createActorMentionFinder(entities: Entity[]): (text: string) => ActorMention[] {
  const names = collectNames(entities);
  return (text) => findWithNames(text, names);
}

function collectNames(entities: Entity[]): ActorName[] {
  const names: ActorName[] = [];
  const seen = new Set<string>();
  for (const entity of entities) {
    for (const raw of [entity.canonicalName, ...entity.aliases, entity.englishName ?? '']) {
      const name = raw.trim().replace(/\s+/g, ' ');
      if (name.length < 2) continue;
      const caseSensitive = isAcronymName(name);
      const key = `${entity.id}\u0000${caseSensitive ? name : name.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      names.push({ name, caseSensitive, entity });
    }
  }
  // Longest first: where two names overlap, the longer one has already claimed the words.
  return names.sort((a, b) => b.name.length - a.name.length);
}

/** `ILO`, `UNODC`, `INGOs`, `KemenPPPA`: one word with two or more capitals. */
function isAcronymName(name: string): boolean {
  return !/\s/.test(name) && (name.match(/\p{Lu}/gu) ?? []).length >= 2;
}

function findWithNames(text: string, names: ActorName[]): ActorMention[] {
  const lower = text.toLowerCase();
  const citations = findCitationParentheses(text);
  const taken: ActorMention[] = [];
  for (const { name, caseSensitive, entity } of names) {
    const haystack = caseSensitive ? text : lower;
    const needle = caseSensitive ? name : name.toLowerCase();
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (!isBoundary(text, at - 1, -1) || !isBoundary(text, end, 1)) continue;
      if (citations.some(([from, to]) => at >= from && end <= to)) continue;
      if (taken.some((mention) => at < mention.end && mention.start < end)) continue;
      taken.push({ start: at, end, quote: text.slice(at, end), entityId: entity.id, actorType: entity.type });
    }
  }
  taken.sort((a, b) => a.start - b.start);
  return taken.filter((mention, i) => !repeatsPrevious(text, mention, taken[i - 1]));
}

/** Whether position `index` (the character beside a match, in `direction`) ends a word. */
function isBoundary(text: string, index: number, direction: -1 | 1): boolean {
  const char = text[index];
  if (char === undefined) return true;
  if (/[\p{L}\p{N}]/u.test(char)) return false;
  // `UN.GIFT` is one name: a dot between letters joins them.
  return !(char === '.' && /\p{L}/u.test(text[index + direction] ?? ''));
}

/** Ranges [open, close] of parentheses that hold a citation. */
function findCitationParentheses(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(/\(([^()]{1,200})\)/g)) {
    const content = match[1] ?? '';
    if (content.length <= MAX_PARENTHESIS && CITATION.test(content)) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** `X (Y)` where Y names the same entity as X, right after it: one mention, not two. */
function repeatsPrevious(text: string, mention: ActorMention, previous: ActorMention | undefined): boolean {
  if (!previous || previous.entityId !== mention.entityId) return false;
  const between = text.slice(previous.end, mention.start);
  return /^\s*\(\s*$/.test(between) && /^\s*\)/.test(text.slice(mention.end));
}
