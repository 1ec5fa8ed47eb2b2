// The audit page's filters: a plain GET form, so a filtered view is a URL that can be shared.
import type { AuditQuery } from '@/lib/audit/parse-audit-query';
import type { UserRow } from '@/lib/db/queries/users';
import type { translator } from '@/lib/i18n';

interface FilterProps {
  t: ReturnType<typeof translator>;
  query: AuditQuery;
  users: UserRow[];
  vocabulary: { actions: string[]; entities: string[] };
}

export function AuditFilterForm({ t, query, users, vocabulary }: FilterProps) {
  return (
    <form method="get" action="/admin/audit" className="audit-filters">
      <label>
        {t('admin.audit.filters.user')}
        <select name="user" defaultValue={query.userId ?? ''}>
          <option value="">{t('admin.audit.filters.any')}</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.username}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('admin.audit.filters.action')}
        <select name="action" defaultValue={query.action ?? ''}>
          <option value="">{t('admin.audit.filters.any')}</option>
          {vocabulary.actions.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('admin.audit.filters.entity')}
        <select name="entity" defaultValue={query.entity ?? ''}>
          <option value="">{t('admin.audit.filters.any')}</option>
          {vocabulary.entities.map((entity) => (
            <option key={entity} value={entity}>
              {entity}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('admin.audit.filters.entityId')}
        <input name="entityId" defaultValue={query.entityId ?? ''} maxLength={200} />
      </label>
      <label>
        {t('admin.audit.filters.from')}
        <input type="date" name="from" defaultValue={query.fromDate ?? ''} />
      </label>
      <label>
        {t('admin.audit.filters.to')}
        <input type="date" name="to" defaultValue={query.toDate ?? ''} />
      </label>
      <button type="submit">{t('admin.audit.filters.apply')}</button>
    </form>
  );
}
