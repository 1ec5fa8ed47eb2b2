// Document texts kept in memory per connection, keyed by the document's text token (migration
// 008), which changes with every change of the text and goes back with a rolled-back one. A write
// checks its span against the text (~700 KB for a 100 000-word document, ~5 ms to read); with the
// cache it reads the 16-byte token instead.
import type { Db } from './connection';
import { statement } from './statement';

/** Texts kept per connection (the most recently used): a team works on a few documents at a time. */
const MAX_TEXTS = 16;

interface CachedText {
  token: string;
  text: string;
}

const caches = new WeakMap<Db, Map<number, CachedText>>();

/**
 * The text of document `id` whose current token is `token` (as `hex(text_token)`); read from the
 * database when not kept or kept under another token. A null token (none yet) is never kept.
 */
export function documentText(db: Db, id: number, token: string | null): string {
  let texts = caches.get(db);
  if (!texts) {
    texts = new Map();
    caches.set(db, texts);
  }
  const kept = texts.get(id);
  if (token !== null && kept?.token === token) {
    // Most recently used last, so the first entry is the one to drop.
    texts.delete(id);
    texts.set(id, kept);
    return kept.text;
  }
  const { text } = statement(db, 'SELECT text FROM documents WHERE id = ?').get(id) as { text: string };
  texts.delete(id);
  if (token !== null) {
    texts.set(id, { token, text });
    if (texts.size > MAX_TEXTS) texts.delete(texts.keys().next().value as number);
  }
  return text;
}
