// Admin: the accounts and their roles.
import { getDatabase } from '@/lib/db/connection';
import { listUsers } from '@/lib/db/queries/users';
import { translator } from '@/lib/i18n';
import { requestLanguage } from '../../_server/i18n';
import { requirePageUser } from '../../_server/session';
import { UserForm } from './user-form';

export default async function UsersPage() {
  await requirePageUser('user.manage');
  const language = await requestLanguage();
  const t = translator(language);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  return (
    <section>
      <h1>{t('admin.users.title')}</h1>
      <table>
        <thead>
          <tr>
            <th>{t('admin.users.columns.username')}</th>
            <th>{t('admin.users.columns.displayName')}</th>
            <th>{t('admin.users.columns.role')}</th>
            <th>{t('admin.users.columns.createdAt')}</th>
          </tr>
        </thead>
        <tbody>
          {listUsers(getDatabase()).map((user) => (
            <tr key={user.id}>
              <td>{user.username}</td>
              <td>{user.displayName}</td>
              <td>{t(`roles.${user.role}`)}</td>
              <td>{date.format(new Date(user.createdAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('admin.users.create')}</h2>
      <div className="narrow">
        <UserForm />
      </div>
    </section>
  );
}
