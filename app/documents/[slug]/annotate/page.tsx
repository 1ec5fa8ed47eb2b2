// The annotate page: the signed-in annotator's layer over one document.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadAnnotationSource } from '@/lib/annotation-store/load-annotation-workspace';
import { hasPermission } from '@/lib/auth/roles';
import { listRevealableLayers } from '@/lib/curation-store/layer-visibility';
import { getDatabase } from '@/lib/db/connection';
import { getDocumentTitleBySlug, getNewerVersionSlug } from '@/lib/db/queries/documents';
import { preload } from 'react-dom';
import { requestTranslator } from '../../../_server/i18n';
import { currentUser, requirePageUser } from '../../../_server/session';
import { AnnotationWorkbench } from './annotation-workbench';
import { packedLayerUrl } from './workspace-data';

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const t = await requestTranslator();
  const title = (await currentUser()) ? getDocumentTitleBySlug(getDatabase(), (await params).slug) : undefined;
  return { title: title ? `${t('annotate.pageTitle', { title })} · ${t('app.name')}` : t('app.name') };
}

export default async function AnnotatePage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePageUser('annotation.write');
  const { slug } = await params;
  const workspace = loadAnnotationSource(getDatabase(), slug);
  if (!workspace) notFound();
  const newer = getNewerVersionSlug(getDatabase(), workspace.document.id);
  if (newer) {
    // Writes to an old version are refused (they would never reach the new one): point there.
    const t = await requestTranslator();
    return (
      <section>
        <h1>{workspace.document.title}</h1>
        <p role="alert">{t('errors.document.superseded', { slug: newer })}</p>
        <Link href={`/documents/${newer}/annotate`}>{t('annotate.openNewer')}</Link>
      </section>
    );
  }
  const layers = listRevealableLayers(getDatabase(), workspace.document.id, user);
  // The layer is fetched beside the HTML, starting now rather than after the page's script ran.
  preload(packedLayerUrl(slug), { as: 'fetch', crossOrigin: 'anonymous' });
  return <AnnotationWorkbench workspace={workspace} userId={user.id} layers={layers} canCurate={hasPermission(user.role, 'curation.write')} />;
}
