// A document's inter-annotator agreement as JSON: annotators, and per label and overall kappa per
// pair, alpha, and span precision/recall/F1 (exact and overlap).
import { NextResponse } from 'next/server';
import { computeDocumentAgreement } from '@/lib/agreement-store/compute-document-agreement';
import { handleRead } from '../../../../_server/handle-route';

type Params = { params: Promise<{ slug: string }> };

export function GET(request: Request, { params }: Params) {
  return handleRead(request, { permission: 'agreement.view' }, async ({ db }) => {
    const { slug } = await params;
    return NextResponse.json(computeDocumentAgreement(db, slug));
  });
}
