// The curate page's calls to the server; each answers the workspace as it now stands.
import type { AnnotationAttributes, AnnotationStatus } from '@/lib/annotations/types';
import type { CurationWorkspace } from '@/lib/curation-store/load-curation-workspace';
import { sendJson, type ApiResult } from '../../../_components/post-json';

export type CurationAction =
  | { action: 'accept'; annotationId: string; revision: number; edit?: { label: string; start: number; end: number; quote: string; attributes: AnnotationAttributes } }
  | { action: 'reject'; annotationId: string; revision: number }
  | { action: 'acceptAgreed' }
  | {
      action: 'updateGold';
      id: string;
      revision: number;
      attributes?: AnnotationAttributes;
      status?: AnnotationStatus;
      span?: { start: number; end: number; quote: string };
      deleted?: boolean;
    };

export function sendCurationAction(slug: string, body: CurationAction): Promise<ApiResult<{ workspace: CurationWorkspace; accepted?: number }>> {
  return sendJson('POST', `/api/documents/${encodeURIComponent(slug)}/curation`, body);
}
