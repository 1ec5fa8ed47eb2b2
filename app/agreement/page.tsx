// Inter-annotator agreement over the whole corpus (figures pooled over all documents), with a
// line per document linking to its own figures.
import type { Metadata } from 'next';
import Link from 'next/link';
import { computeCorpusAgreement } from '@/lib/agreement-store/compute-corpus-agreement';
import { getDatabase } from '@/lib/db/connection';
import { translator } from '@/lib/i18n';
import { requestLanguage } from '../_server/i18n';
import { requirePageUser } from '../_server/session';
import { AgreementView } from './agreement-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLanguage());
  return { title: `${t('agreement.corpusTitle')} · ${t('app.name')}` };
}

export default async function CorpusAgreementPage() {
  await requirePageUser('agreement.view');
  const language = await requestLanguage();
  const t = translator(language);
  const { annotators, report, documents } = computeCorpusAgreement(getDatabase());
  const names = new Map(annotators.map((annotator) => [annotator.id, annotator.displayName]));
  const figure = new Intl.NumberFormat(language, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const count = new Intl.NumberFormat(language);
  return (
    <section className="agreement-page">
      <h1>{t('agreement.corpusTitle')}</h1>
      <p className="hint">{t('agreement.corpusIntro')}</p>
      <AgreementView report={report} annotators={annotators} t={t} language={language} />
      <h2>{t('agreement.documents.title')}</h2>
      <table className="agreement-table" data-table="documents">
        <thead>
          <tr>
            <th>{t('agreement.documents.document')}</th>
            <th>{t('agreement.documents.annotators')}</th>
            <th className="num">{t('agreement.documents.tokens')}</th>
            <th className="num">{t('agreement.documents.alpha')}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((line) => (
            <tr key={line.slug} data-document={line.slug}>
              <td>
                <Link href={`/documents/${encodeURIComponent(line.slug)}/agreement`}>{line.title}</Link>
              </td>
              <td>{line.annotators.length === 0 ? t('agreement.documents.none') : line.annotators.map((id) => names.get(id) ?? String(id)).join(', ')}</td>
              <td className="num">{count.format(line.tokens)}</td>
              <td
                className="num"
                data-figure="alpha"
                data-value={line.alpha.value ?? ''}
                title={line.alpha.reason ? t(`agreement.reason.${line.alpha.reason}`) : undefined}
              >
                {line.alpha.value === null ? t('agreement.notAvailable') : figure.format(line.alpha.value)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
