// Downloads the statistics table as CSV: the same query parameters as the page, so the same rows
// in the same order (or the same disagreement groups).
import { loadStatisticsTable } from '@/lib/research-store/load-statistics-table';
import { writeStatisticsCsv } from '@/lib/research/statistics/statistics-csv';
import { parseStatisticsQuery } from '@/lib/research/statistics/statistics-query';
import { handleRead } from '../../../_server/handle-route';

export function GET(request: Request) {
  return handleRead(request, { permission: 'document.read' }, ({ db }) => {
    const query = parseStatisticsQuery(new URL(request.url).searchParams);
    const table = loadStatisticsTable(db, query);
    const csv = writeStatisticsCsv(table.groups ? { groups: table.groups } : { rows: table.rows });
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="selaras-statistics-${new Date().toISOString().slice(0, 10)}.csv"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
