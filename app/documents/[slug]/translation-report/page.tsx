// A document's translation report: units by status, spans aligned, work per translator, and every
// QA finding of the translated units, each linked to its unit on the translate page.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDatabase } from '@/lib/db/connection';
import { getTranslatableDocumentBySlug } from '@/lib/db/queries/translations';
import { translator } from '@/lib/i18n';
import { checkDocumentTranslations } from '@/lib/translation-store/check-document-translations';
import { getTranslationProgress, getTranslatorProgress } from '@/lib/translation-store/translation-progress';
import { UNIT_STATUSES } from '@/lib/translation/unit-status';
import { requestLanguage } from '../../../_server/i18n';
import { requirePageUser } from '../../../_server/session';

export default async function TranslationReportPage({ params }: { params: Promise<{ slug: string }> }) {
  await requirePageUser('document.read');
  const { slug } = await params;
  const db = getDatabase();
  // Title and id only: the raw text and provenance are not needed here.
  const doc = getTranslatableDocumentBySlug(db, slug);
  if (!doc) notFound();
  const t = translator(await requestLanguage());
  const [progress] = getTranslationProgress(db, doc.id);
  const translators = getTranslatorProgress(db, doc.id);
  const { units } = checkDocumentTranslations(db, slug);
  return (
    <section className="translation-report">
      <p>
        <Link href={`/documents/${slug}/translate`}>{t('report.backToTranslate')}</Link>
      </p>
      <h1>{t('report.title', { title: doc.title })}</h1>
      <h2>{t('report.progress')}</h2>
      <table className="report-progress">
        <tbody>
          {UNIT_STATUSES.map((status) => (
            <tr key={status}>
              <th>{t(`translate.status.${status}`)}</th>
              <td className="num">{progress?.units[status] ?? 0}</td>
            </tr>
          ))}
          <tr>
            <th>{t('report.aligned')}</th>
            <td className="num">
              {progress?.annotations.aligned ?? 0} / {progress?.annotations.total ?? 0}
            </td>
          </tr>
        </tbody>
      </table>
      <h2>{t('report.translators')}</h2>
      {translators.length === 0 ? (
        <p className="hint">{t('report.noTranslators')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('report.translator')}</th>
              <th className="num">{t('translate.status.translated')}</th>
              <th className="num">{t('translate.status.reviewed')}</th>
              <th className="num">{t('translate.status.approved')}</th>
            </tr>
          </thead>
          <tbody>
            {translators.map((row) => (
              <tr key={row.userId}>
                <td>{row.name}</td>
                <td className="num">{row.translated}</td>
                <td className="num">{row.reviewed}</td>
                <td className="num">{row.approved}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('report.qa')}</h2>
      {units.length === 0 ? (
        <p className="hint">{t('report.noIssues')}</p>
      ) : (
        <ul className="qa-report">
          {units.map((unit) => (
            <li key={unit.sentenceId} data-report-unit={unit.sentenceId}>
              <Link href={`/documents/${slug}/translate#unit-${unit.sentenceId}`}>{t('translate.panel.unit', { n: unit.ord + 1 })}</Link>
              <ul>
                {unit.issues.map((issue, i) => (
                  <li key={i} className={`qa-${issue.severity}`} data-qa-check={issue.check}>
                    {t(issue.messageKey, issue.params)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
