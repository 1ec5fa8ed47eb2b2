import { describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/connection';
import { openTestDatabase } from '../helpers/test-db';

function insertDocument(db: Db): number {
  return Number(
    db
      .prepare(
        `INSERT INTO documents (slug, title, source_path, raw_sha256, raw_size, raw_text, text, provenance, imported_at)
         VALUES ('d', 'D', 'd.txt', 'sha', 3, 'abc', 'abc', '[]', 'now')`,
      )
      .run().lastInsertRowid,
  );
}

function insertUser(db: Db): number {
  return Number(
    db.prepare("INSERT INTO users (username, display_name, password_hash, role, created_at) VALUES ('ani', 'Ani', 'h', 'annotator', 'now')").run()
      .lastInsertRowid,
  );
}

describe('migration 002: annotation tables', () => {
  it('creates STRICT tables', () => {
    const db = openTestDatabase();
    for (const table of ['labels', 'entities', 'entity_aliases', 'annotations', 'annotation_events', 'source_corrections']) {
      const row = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as { sql: string } | undefined;
      expect(row?.sql, table).toMatch(/STRICT$/);
    }
  });

  it('seeds the three labels with their shortcuts and attribute definitions', () => {
    const db = openTestDatabase();
    const labels = db.prepare('SELECT name, shortcut, json_array_length(attributes) AS n FROM labels ORDER BY ord').all();
    expect(labels).toEqual([
      { name: 'claim', shortcut: '1', n: 3 },
      { name: 'actor', shortcut: '2', n: 2 },
      { name: 'statistic', shortcut: '3', n: 9 },
    ]);
  });

  it('refuses annotations that break the offset and anchor rules', () => {
    const db = openTestDatabase();
    const documentId = insertDocument(db);
    const userId = insertUser(db);
    const insert = (id: string, start: number | null, end: number | null, anchor: string, label = 'claim') =>
      db
        .prepare(
          `INSERT INTO annotations (id, document_id, layer_user_id, label, start_offset, end_offset, quote, status, anchor_state,
                                    origin, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, 'ab', 'accepted', ?, 'manual', 'now', 'now')`,
        )
        .run(id, documentId, userId, label, start, end, anchor);
    expect(() => insert('ok', 0, 2, 'anchored')).not.toThrow();
    expect(() => insert('orphan', null, null, 'orphaned')).not.toThrow();
    expect(() => insert('empty', 2, 2, 'anchored')).toThrow(/CHECK/);
    expect(() => insert('half', 0, null, 'anchored')).toThrow(/CHECK/);
    expect(() => insert('orphan-with-offsets', 0, 2, 'orphaned')).toThrow(/CHECK/);
    expect(() => insert('no-label', 0, 2, 'anchored', 'emotion')).toThrow(/FOREIGN KEY/);
  });
});

describe('migration 003: the actor registry', () => {
  it('seeds entities with aliases, each name used once', () => {
    const db = openTestDatabase();
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM entities')).toBeGreaterThan(30);
    expect(count('SELECT count(*) AS n FROM entity_aliases')).toBeGreaterThan(30);
    expect(count('SELECT count(*) AS n FROM entity_aliases a JOIN entities e ON e.canonical_name = a.alias')).toBe(0);
  });
});
