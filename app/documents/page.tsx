// The documents list: what has been imported, with its size and structure at a glance.
import Link from 'next/link';
import { getDatabase } from '@/lib/db/connection';
import { listDocumentSummaries } from '@/lib/db/queries/documents';
import { requestLanguage } from '../_server/i18n';
import { requirePageUser } from '../_server/session';
import { hasPermission } from '@/lib/auth/roles';
import { getTranslationProgress } from '@/lib/translation-store/translation-progress';
import { AlignedBar, UnitStatusBar } from './progress-bars';
import { translator } from '@/lib/i18n';

export default async function DocumentsPage() {
  const user = await requirePageUser('document.read');
  const canAnnotate = hasPermission(user.role, 'annotation.write');
  const language = await requestLanguage();
  const t = translator(language);
  const db = getDatabase();
  const documents = listDocumentSummaries(db);
  const progress = new Map(getTranslationProgress(db).map((p) => [p.documentId, p]));
  const number = new Intl.NumberFormat(language);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section>
      <h1>{t('documents.title')}</h1>
      {documents.length === 0 ? (
        <p>{t('documents.empty')}</p>
      ) : (
        <table className="documents">
          <thead>
            <tr>
              <th>{t('documents.columns.title')}</th>
              <th>{t('documents.columns.source')}</th>
              <th className="num">{t('documents.columns.size')}</th>
              <th className="num">{t('documents.columns.blocks')}</th>
              <th className="num">{t('documents.columns.sentences')}</th>
              <th>{t('documents.columns.importedAt')}</th>
              <th>{t('documents.columns.translation')}</th>
              <th>{t('documents.columns.aligned')}</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((doc) => (
              <tr key={doc.id}>
                <td>
                  <Link href={`/documents/${doc.slug}`}>{doc.title}</Link>
                  {canAnnotate && (
                    <>
                      {' · '}
                      <Link href={`/documents/${doc.slug}/annotate`} className="annotate-link">
                        {t('documents.annotate')}
                      </Link>
                    </>
                  )}
                  {' · '}
                  <Link href={`/documents/${doc.slug}/translate`}>{t('documents.translate')}</Link>
                </td>
                <td>
                  <code>{doc.sourcePath}</code>
                </td>
                <td className="num">{t('documents.sizeKb', { size: number.format(Math.round(doc.rawSize / 102.4) / 10) })}</td>
                <td className="num">{number.format(doc.blockCount)}</td>
                <td className="num">{number.format(doc.sentenceCount)}</td>
                <td>{date.format(new Date(doc.importedAt))}</td>
                <td>
                  <UnitStatusBar progress={progress.get(doc.id)} t={t} />
                </td>
                <td>
                  <AlignedBar progress={progress.get(doc.id)} t={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
