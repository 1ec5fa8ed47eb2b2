// Writes a parsed query as an FTS5 MATCH expression. Every word goes in double quotes (a quote in
// a word would be doubled, though folded words hold none), so user input is never FTS5 syntax.
import type { SearchQuery, SearchTerm } from './parse-search-query';

function quoted(term: SearchTerm): string {
  const phrase = `"${term.words.join(' ').replace(/"/g, '""')}"`;
  return term.prefix ? `${phrase} *` : phrase;
}

function anyOf(terms: SearchTerm[]): string {
  return terms.length === 1 ? quoted(terms[0] as SearchTerm) : `(${terms.map(quoted).join(' OR ')})`;
}

/**
 * The MATCH expression of a query, optionally limited to one column of the index
 * (`{attributes} : (...)`). Column names come from our code, never from the query.
 */
export function toFtsMatchExpression(query: SearchQuery, column?: string): string {
  const positive = query.groups.map(anyOf).join(' AND ');
  const expression = query.excluded.length === 0 ? positive : `(${positive}) NOT ${anyOf(query.excluded)}`;
  return column ? `{${column}} : (${expression})` : expression;
}
