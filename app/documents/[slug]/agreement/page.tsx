// A document's inter-annotator agreement: kappa and span scores per pair of annotators, alpha
// over all of them, per label and overall, as tables and a chart.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { computeDocumentAgreement } from '@/lib/agreement-store/compute-document-agreement';
import { getDatabase } from '@/lib/db/connection';
import { getAgreementDocumentBySlug } from '@/lib/db/queries/agreement';
import { translator } from '@/lib/i18n';
import { requestLanguage } from '../../../_server/i18n';
import { currentUser, requirePageUser } from '../../../_server/session';
import { AgreementView } from '../../../agreement/agreement-view';

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const t = translator(await requestLanguage());
  // Titles are corpus content: only signed-in users see them, even in the tab.
  const title = (await currentUser()) ? getAgreementDocumentBySlug(getDatabase(), (await params).slug)?.title : undefined;
  return { title: title ? `${t('agreement.documentTitle', { title })} · ${t('app.name')}` : t('app.name') };
}

export default async function DocumentAgreementPage({ params }: { params: Promise<{ slug: string }> }) {
  await requirePageUser('agreement.view');
  const { slug } = await params;
  const db = getDatabase();
  if (!getAgreementDocumentBySlug(db, slug)) notFound();
  const language = await requestLanguage();
  const t = translator(language);
  const { document, annotators, report } = computeDocumentAgreement(db, slug);
  return (
    <section className="agreement-page">
      <p>
        <Link href={`/documents/${encodeURIComponent(slug)}`}>{t('agreement.backToDocument')}</Link>
        {' · '}
        <Link href="/agreement">{t('agreement.corpusLink')}</Link>
      </p>
      <h1>{t('agreement.documentTitle', { title: document.title })}</h1>
      <AgreementView report={report} annotators={annotators} t={t} language={language} />
    </section>
  );
}
