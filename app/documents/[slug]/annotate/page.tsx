// The annotate page: the signed-in annotator's layer over one document.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadAnnotationWorkspace } from '@/lib/annotation-store/load-annotation-workspace';
import { getDatabase } from '@/lib/db/connection';
import { getDocumentTitleBySlug } from '@/lib/db/queries/documents';
import { requestTranslator } from '../../../_server/i18n';
import { currentUser, requirePageUser } from '../../../_server/session';
import { AnnotationWorkbench } from './annotation-workbench';
import type { AnnotationWorkspaceData } from './workspace-data';

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const t = await requestTranslator();
  const title = (await currentUser()) ? getDocumentTitleBySlug(getDatabase(), (await params).slug) : undefined;
  return { title: title ? `${t('annotate.pageTitle', { title })} · ${t('app.name')}` : t('app.name') };
}

export default async function AnnotatePage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePageUser('annotation.write');
  const { slug } = await params;
  const workspace: AnnotationWorkspaceData | undefined = loadAnnotationWorkspace(getDatabase(), slug, user.id);
  if (!workspace) notFound();
  return <AnnotationWorkbench workspace={workspace} userId={user.id} />;
}
