// A document's translation workspace: its units with English text, status and alignments, the
// annotations inside them, the label set and the actor registry.
import { NextResponse } from 'next/server';
import { AppError } from '@/lib/errors';
import { loadTranslationWorkspace } from '@/lib/translation-store/load-translation-workspace';
import { handleRead } from '../../../../_server/handle-route';

type Params = { params: Promise<{ slug: string }> };

export function GET(request: Request, { params }: Params) {
  return handleRead(request, { permission: 'document.read' }, async ({ db }) => {
    const { slug } = await params;
    const workspace = loadTranslationWorkspace(db, slug);
    if (!workspace) throw new AppError('document.notFound', { slug });
    return NextResponse.json(workspace);
  });
}
