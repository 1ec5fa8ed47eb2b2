// First-run setup: open only while no user exists.
import { redirect } from 'next/navigation';
import { isSetupOpen } from '@/lib/auth/accounts';
import { getDatabase } from '@/lib/db/connection';
import { requestTranslator } from '../_server/i18n';
import { SetupForm } from './setup-form';

export default async function SetupPage() {
  if (!isSetupOpen(getDatabase())) redirect('/login');
  const t = await requestTranslator();
  return (
    <section className="narrow">
      <h1>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <SetupForm />
    </section>
  );
}
