// The curate page: a reviewer compares the finished annotators' layers of one document and builds
// its gold layer from them.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadCurationWorkspace } from '@/lib/curation-store/load-curation-workspace';
import { getDatabase } from '@/lib/db/connection';
import { getDocumentTitleBySlug } from '@/lib/db/queries/documents';
import { requestTranslator } from '../../../_server/i18n';
import { currentUser, requirePageUser } from '../../../_server/session';
import { CurationBoard } from './curation-board';

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const t = await requestTranslator();
  const title = (await currentUser()) ? getDocumentTitleBySlug(getDatabase(), (await params).slug) : undefined;
  return { title: title ? `${t('curate.pageTitle', { title })} · ${t('app.name')}` : t('app.name') };
}

export default async function CuratePage({ params }: { params: Promise<{ slug: string }> }) {
  await requirePageUser('curation.write');
  const { slug } = await params;
  const db = getDatabase();
  if (!getDocumentTitleBySlug(db, slug)) notFound();
  return <CurationBoard initial={loadCurationWorkspace(db, slug)} />;
}
