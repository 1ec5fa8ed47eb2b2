// The fields one audit entry changed, before and after side by side, as plain text.
import { diffStates, formatStateValue } from '@/lib/audit/diff-states';
import type { translator } from '@/lib/i18n';

interface ChangesProps {
  t: ReturnType<typeof translator>;
  before: unknown;
  after: unknown;
}

export function AuditChanges({ t, before, after }: ChangesProps) {
  if (before === undefined && after === undefined) return null;
  const changes = diffStates(before, after);
  if (changes.length === 0) return <span className="hint">{t('admin.audit.noChange')}</span>;
  return (
    <table className="audit-changes">
      <thead>
        <tr>
          <th>{t('admin.audit.field')}</th>
          <th>{t('admin.audit.before')}</th>
          <th>{t('admin.audit.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.path}>
            <td>
              <code>{change.path || '—'}</code>
            </td>
            <td className="audit-before">{formatStateValue(change.before)}</td>
            <td className="audit-after">{formatStateValue(change.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
