// The export page: choose a format, filters and documents, preview the first records, download.
import { getDatabase } from '@/lib/db/connection';
import { listDocumentSummaries } from '@/lib/db/queries/documents';
import { listStoredLabels } from '@/lib/db/queries/labels';
import { corpusHasGoldLayer } from '@/lib/db/queries/curation';
import { listLayerUsernames } from '@/lib/db/queries/exports';
import { translator } from '@/lib/i18n';
import { requestLanguage } from '../_server/i18n';
import { requirePageUser } from '../_server/session';
import { ExportForm } from './export-form';

export default async function ExportPage() {
  await requirePageUser('document.read');
  const t = translator(await requestLanguage());
  const db = getDatabase();
  return (
    <section className="export">
      <h1>{t('export.title')}</h1>
      <p className="hint">{t('export.explain')}</p>
      <ExportForm
        documents={listDocumentSummaries(db).map((d) => ({ slug: d.slug, title: d.title }))}
        labels={listStoredLabels(db).map((l) => l.name)}
        layers={listLayerUsernames(db)}
        hasGold={corpusHasGoldLayer(db)}
      />
    </section>
  );
}
