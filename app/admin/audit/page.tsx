// Admin: the audit log, filtered by user, action, entity and date range, a page at a time, each
// entry with its changed fields before and after (text only).
import Link from 'next/link';
import { auditPageHref, auditTimeRange, AUDIT_PAGE_SIZE, parseAuditQuery } from '@/lib/audit/parse-audit-query';
import { getDatabase } from '@/lib/db/connection';
import { countAuditEntries, listAuditEntries, listAuditVocabulary } from '@/lib/db/queries/audit';
import { listUsers } from '@/lib/db/queries/users';
import { translator } from '@/lib/i18n';
import { requestLanguage } from '../../_server/i18n';
import { requirePageUser } from '../../_server/session';
import { AuditChanges } from './audit-changes';
import { AuditFilterForm } from './audit-filter-form';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePageUser('audit.read');
  const language = await requestLanguage();
  const t = translator(language);
  const query = parseAuditQuery(await searchParams);
  const db = getDatabase();
  const filters = { userId: query.userId, action: query.action, entity: query.entity, entityId: query.entityId, ...auditTimeRange(query) };
  const total = countAuditEntries(db, filters);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const entries = listAuditEntries(db, filters, { limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE });
  const time = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <section className="audit-log">
      <h1>{t('admin.audit.title')}</h1>
      <AuditFilterForm t={t} query={query} users={listUsers(db)} vocabulary={listAuditVocabulary(db)} />
      <p className="hint" aria-live="polite">
        {t('admin.audit.count', { total, page, pages })}
      </p>
      {entries.length === 0 ? (
        <p>{t('admin.audit.empty')}</p>
      ) : (
        <table className="audit-table">
          <thead>
            <tr>
              <th>{t('admin.audit.columns.at')}</th>
              <th>{t('admin.audit.columns.who')}</th>
              <th>{t('admin.audit.columns.action')}</th>
              <th>{t('admin.audit.columns.entity')}</th>
              <th>{t('admin.audit.columns.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} data-audit-entry={entry.id}>
                <td>
                  <time dateTime={entry.at}>{time.format(new Date(entry.at))}</time>
                </td>
                <td>{entry.username ?? entry.actor}</td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>
                  {entry.entity}
                  {entry.entityId !== null && <> #{entry.entityId}</>}
                </td>
                <td>
                  <AuditChanges t={t} before={entry.before} after={entry.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label={t('admin.audit.pages')}>
        {page > 1 && <Link href={auditPageHref(query, page - 1)}>{t('admin.audit.previous')}</Link>}
        {page < pages && <Link href={auditPageHref(query, page + 1)}>{t('admin.audit.next')}</Link>}
      </nav>
    </section>
  );
}
