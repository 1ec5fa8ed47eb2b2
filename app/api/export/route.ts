// Downloads an export: the format and filters come as query parameters (comma-separated lists);
// the file is streamed, read from the database one document at a time as the client reads.
import { EXPORT_FORMATS, exportFileName } from '@/lib/export-store/export-formats';
import { rawExportRequestFromUrl, readExportRequest } from '@/lib/export-store/parse-export-request';
import { recordExport } from '@/lib/export-store/record-export';
import { exportChunks, exportReadableStream } from '@/lib/export-store/write-export';
import { handleRead } from '../../_server/handle-route';

export function GET(request: Request) {
  return handleRead(request, { permission: 'document.read' }, ({ db, user }) => {
    const url = new URL(request.url);
    const exportRequest = readExportRequest(db, rawExportRequestFromUrl(url));
    const exportedAt = new Date().toISOString();
    recordExport(db, { request: exportRequest, destination: 'download', exportedAt }, { userId: user.id });
    const chunks = exportChunks(db, exportRequest, { baseUrl: url.origin, exportedAt });
    return new Response(exportReadableStream(chunks), {
      headers: {
        'Content-Type': EXPORT_FORMATS[exportRequest.format].mimeType,
        'Content-Disposition': `attachment; filename="${exportFileName(exportRequest.format, exportedAt)}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
