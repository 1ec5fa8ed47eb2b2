// The reader: a document's reconstructed blocks, with the raw lines behind each one.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hasPermission } from '@/lib/auth/roles';
import { getDatabase } from '@/lib/db/connection';
import type { Metadata } from 'next';
import {
  countSentencesByDocumentId,
  getBlocksByDocumentId,
  getDocumentBySlug,
  getDocumentTitleBySlug,
  getFootnoteRefsByDocumentId,
} from '@/lib/db/queries/documents';
import { buildReaderView } from '@/lib/reader/build-reader-view';
import { requestTranslator } from '../../_server/i18n';
import { currentUser, requirePageUser } from '../../_server/session';
import { DocumentReader } from './document-reader';

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const t = await requestTranslator();
  // Titles are corpus content: only signed-in users see them, even in the tab.
  const title = (await currentUser()) ? getDocumentTitleBySlug(getDatabase(), (await params).slug) : undefined;
  return { title: title ? `${title} · ${t('app.name')}` : t('app.name') };
}

export default async function DocumentPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePageUser('document.read');
  const { slug } = await params;
  const db = getDatabase();
  const doc = getDocumentBySlug(db, slug);
  if (!doc) notFound();
  const t = await requestTranslator();
  const blocks = getBlocksByDocumentId(db, doc.id);
  const sentenceCount = countSentencesByDocumentId(db, doc.id);
  const view = buildReaderView(doc.text, doc.rawText, blocks, doc.flags, getFootnoteRefsByDocumentId(db, doc.id));
  return (
    <article className="reader">
      <p>
        <Link href="/documents">{t('reader.backToList')}</Link>
        {hasPermission(user.role, 'annotation.write') && (
          <>
            {' · '}
            <Link href={`/documents/${doc.slug}/annotate`}>{t('documents.annotate')}</Link>
          </>
        )}
        {' · '}
        <Link href={`/documents/${doc.slug}/translate`}>{t('documents.translate')}</Link>
        {hasPermission(user.role, 'curation.write') && (
          <>
            {' · '}
            <Link href={`/documents/${doc.slug}/curate`}>{t('documents.curate')}</Link>
          </>
        )}
        {hasPermission(user.role, 'agreement.view') && (
          <>
            {' · '}
            <Link href={`/documents/${doc.slug}/agreement`}>{t('documents.agreement')}</Link>
          </>
        )}
      </p>
      <p className="meta">
        {t('reader.meta', { source: doc.sourcePath, version: doc.version, blocks: blocks.length, sentences: sentenceCount })}
      </p>
      <DocumentReader blocks={view} dropCapCount={doc.flags.filter((f) => f.kind === 'suspected_drop_cap').length} />
    </article>
  );
}
