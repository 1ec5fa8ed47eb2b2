import { describe, expect, it } from 'vitest';
import { auditPageHref, auditTimeRange, parseAuditQuery } from '../../lib/audit/parse-audit-query';
import { countAuditEntries, insertAuditEntry, listAuditEntries, listAuditVocabulary } from '../../lib/db/queries/audit';
import { insertUser } from '../../lib/db/queries/users';
import { openTestDatabase } from '../helpers/test-db';

function seeded() {
  const db = openTestDatabase();
  const sari = insertUser(db, { username: 'sari', displayName: 'Sari', passwordHash: 'x', role: 'admin' }, null) ?? 0;
  insertAuditEntry(db, { userId: sari, action: 'glossary.create', entity: 'glossary_term', entityId: 1, after: { sourceTerm: 'a' } });
  insertAuditEntry(db, { userId: null, actor: 'cli:ops', action: 'export.create', entity: 'export', entityId: 'jsonl', after: { format: 'jsonl' } });
  return { db, sari };
}

describe('listAuditEntries', () => {
  it('filters by user, action and entity, newest first, with states parsed', () => {
    const { db, sari } = seeded();
    expect(countAuditEntries(db, {})).toBe(3); // the user's own creation is audited too
    const mine = listAuditEntries(db, { userId: sari, action: 'glossary.create' }, { limit: 10, offset: 0 });
    expect(mine).toEqual([expect.objectContaining({ username: 'sari', entity: 'glossary_term', entityId: '1', before: undefined, after: { sourceTerm: 'a' } })]);
    expect(listAuditEntries(db, { entity: 'export' }, { limit: 10, offset: 0 }).map((e) => e.actor)).toEqual(['cli:ops']);
    expect(listAuditEntries(db, {}, { limit: 1, offset: 0 })[0]?.action).toBe('export.create');
  });

  it('filters by a date range, the last day included', () => {
    const { db } = seeded();
    const today = new Date().toISOString().slice(0, 10);
    expect(countAuditEntries(db, auditTimeRange({ fromDate: today, toDate: today }))).toBe(3);
    expect(countAuditEntries(db, auditTimeRange({ toDate: '2000-01-01' }))).toBe(0);
  });

  it('offers the actions and entities the log holds', () => {
    expect(listAuditVocabulary(seeded().db).entities).toEqual(['export', 'glossary_term', 'user']);
  });
});

describe('parseAuditQuery', () => {
  it('keeps well-formed filters and drops the rest', () => {
    expect(parseAuditQuery({ user: '3', action: 'annotation.update', from: '2025-02-30x', page: '-2' })).toEqual({
      userId: 3,
      action: 'annotation.update',
      entity: undefined,
      entityId: undefined,
      fromDate: undefined,
      toDate: undefined,
      page: 1,
    });
  });

  it('builds the link of another page with the same filters', () => {
    expect(auditPageHref(parseAuditQuery({ user: '3', to: '2025-03-01' }), 2)).toBe('/admin/audit?user=3&to=2025-03-01&page=2');
  });
});
