// Admin upload page: corpus files, and aligned JSON exports to restore or merge.
import { requestTranslator } from '../../_server/i18n';
import { requirePageUser } from '../../_server/session';
import { AlignedJsonImportForm } from './aligned-json-import-form';
import { ImportForm } from './import-form';

export default async function ImportPage() {
  await requirePageUser('document.import');
  const t = await requestTranslator();
  return (
    <section className="narrow">
      <h1>{t('admin.import.title')}</h1>
      <p>{t('admin.import.intro')}</p>
      <ImportForm />
      <AlignedJsonImportForm />
    </section>
  );
}
