// Log in (or, on a fresh install, go set up the first account).
import { redirect } from 'next/navigation';
import { isSetupOpen } from '@/lib/auth/accounts';
import { getDatabase } from '@/lib/db/connection';
import { requestTranslator } from '../_server/i18n';
import { currentUser } from '../_server/session';
import { LoginForm } from './login-form';

export default async function LoginPage() {
  if (isSetupOpen(getDatabase())) redirect('/setup');
  if (await currentUser()) redirect('/documents');
  const t = await requestTranslator();
  return (
    <section className="narrow">
      <h1>{t('login.title')}</h1>
      <LoginForm />
    </section>
  );
}
