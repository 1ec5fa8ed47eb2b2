// The translate page: the English version of one document, unit by unit, with span alignment.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasPermission } from '@/lib/auth/roles';
import { getDatabase } from '@/lib/db/connection';
import { getDocumentTitleBySlug } from '@/lib/db/queries/documents';
import { loadTranslationWorkspace } from '@/lib/translation-store/load-translation-workspace';
import { requestTranslator } from '../../../_server/i18n';
import { currentUser, requirePageUser } from '../../../_server/session';
import { TranslationWorkbench } from './translation-workbench';
import type { TranslationWorkspaceData } from './workspace-data';

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const t = await requestTranslator();
  const title = (await currentUser()) ? getDocumentTitleBySlug(getDatabase(), (await params).slug) : undefined;
  return { title: title ? `${t('translate.pageTitle', { title })} · ${t('app.name')}` : t('app.name') };
}

export default async function TranslatePage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePageUser('document.read');
  const { slug } = await params;
  const workspace: TranslationWorkspaceData | undefined = loadTranslationWorkspace(getDatabase(), slug);
  if (!workspace) notFound();
  return (
    <TranslationWorkbench
      workspace={workspace}
      userId={user.id}
      role={user.role}
      canWrite={hasPermission(user.role, 'translation.write')}
      canReview={hasPermission(user.role, 'translation.review')}
    />
  );
}
