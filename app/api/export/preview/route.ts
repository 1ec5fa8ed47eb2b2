// The first few kilobytes of an export as plain text, for the export page's preview: the same
// parameters as the download; reading stops once the preview is full.
import { rawExportRequestFromUrl, readExportRequest } from '@/lib/export-store/parse-export-request';
import { exportChunks, previewExport } from '@/lib/export-store/write-export';
import { handleRead } from '../../../_server/handle-route';

const PREVIEW_CHARS = 4096;

export function GET(request: Request) {
  return handleRead(request, { permission: 'document.read' }, ({ db }) => {
    const url = new URL(request.url);
    const exportRequest = readExportRequest(db, rawExportRequestFromUrl(url));
    const { text, truncated } = previewExport(exportChunks(db, exportRequest, { baseUrl: url.origin }), PREVIEW_CHARS);
    return new Response(text, {
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Preview-Truncated': truncated ? '1' : '0',
      },
    });
  });
}
