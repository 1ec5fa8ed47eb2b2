// The audit entry of an export: who took which documents out, in which format, with which filters.
import { actorOf, type Writer } from '../annotation-store/record-annotation-write';
import type { Db } from '../db/connection';
import { insertAuditEntry } from '../db/queries/audit';
import type { ExportRequest } from './parse-export-request';
import { exportLayerChoice } from './write-export';

export interface ExportRecord {
  request: ExportRequest;
  /** Where it went: `download`, or the file the CLI wrote. */
  destination: string;
  exportedAt: string;
}

/** Records an export in the audit log (a download is recorded when its response starts). */
export function recordExport(db: Db, record: ExportRecord, by: Writer): void {
  db.transaction(() => {
    insertAuditEntry(db, {
      userId: by.userId,
      actor: actorOf(by),
      action: 'export.create',
      entity: 'export',
      entityId: record.request.format,
      after: {
        format: record.request.format,
        filters: record.request.filters,
        layerChoice: exportLayerChoice(record.request) ?? null,
        destination: record.destination,
        exportedAt: record.exportedAt,
      },
    });
  })();
}
