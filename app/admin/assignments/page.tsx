// Admin: assign documents to annotators and translators, and see every assignment's state.
import type { Metadata } from 'next';
import { tasksForRole } from '@/lib/assignment-store/manage-assignments';
import type { Role } from '@/lib/auth/roles';
import { getDatabase } from '@/lib/db/connection';
import { listAssignableUsers, listAssignments } from '@/lib/db/queries/assignments';
import { listDocumentSummaries } from '@/lib/db/queries/documents';
import { translator } from '@/lib/i18n';
import { requestLanguage, requestTranslator } from '../../_server/i18n';
import { requirePageUser } from '../../_server/session';
import { AssignmentForm, RemoveAssignmentButton } from './assignment-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await requestTranslator();
  return { title: `${t('assignments.admin.title')} · ${t('app.name')}` };
}

export default async function AssignmentsAdminPage() {
  await requirePageUser('assignment.manage');
  const language = await requestLanguage();
  const t = translator(language);
  const db = getDatabase();
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const assignments = listAssignments(db);
  return (
    <section className="assignments-admin">
      <h1>{t('assignments.admin.title')}</h1>
      <h2>{t('assignments.admin.assign')}</h2>
      <AssignmentForm
        documents={listDocumentSummaries(db).map((d) => ({ slug: d.slug, title: d.title }))}
        users={listAssignableUsers(db).flatMap((u) => {
          const tasks = tasksForRole(u.role as Role);
          return tasks.length === 0 ? [] : [{ id: u.id, label: `${u.displayName} (${u.username}, ${t(`roles.${u.role}`)})`, tasks }];
        })}
      />
      <h2>{t('assignments.admin.list')}</h2>
      {assignments.length === 0 ? (
        <p className="hint">{t('assignments.admin.none')}</p>
      ) : (
        <table className="assignments-table">
          <thead>
            <tr>
              <th>{t('assignments.columns.document')}</th>
              <th>{t('assignments.columns.user')}</th>
              <th>{t('assignments.columns.task')}</th>
              <th>{t('assignments.columns.assignedAt')}</th>
              <th>{t('assignments.columns.state')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {assignments.map((a) => (
              <tr key={a.id} data-assignment={a.id}>
                <td>{a.title}</td>
                <td>{a.displayName}</td>
                <td>{t(`assignments.task.${a.task}`)}</td>
                <td>{date.format(new Date(a.assignedAt))}</td>
                <td>{a.finishedAt ? t('assignments.finishedAt', { at: date.format(new Date(a.finishedAt)) }) : t('assignments.open')}</td>
                <td>
                  <RemoveAssignmentButton id={a.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
