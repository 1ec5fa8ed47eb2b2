// A document's QA report: the issues of each translated unit that has any.
import { NextResponse } from 'next/server';
import { checkDocumentTranslations } from '@/lib/translation-store/check-document-translations';
import { handleRead } from '../../../../_server/handle-route';

type Params = { params: Promise<{ slug: string }> };

export function GET(request: Request, { params }: Params) {
  return handleRead(request, { permission: 'document.read' }, async ({ db }) => {
    const { slug } = await params;
    return NextResponse.json(checkDocumentTranslations(db, slug));
  });
}
