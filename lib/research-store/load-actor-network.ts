// The actor network of the corpus (or one document): accepted actor spans and claims read through
// the export's loader, joined by the registry.
import type { Db } from '../db/connection';
import { listEntities } from '../db/queries/entities';
import { listExportDocumentHeads, type ExportDocumentHead } from '../db/queries/exports';
import { loadExportDocuments } from '../export-store/load-export-documents';
import { indexActorRegistry } from '../research/network/actor-node-key';
import { buildActorNetwork, type ActorNetwork, type CooccurrenceScope } from '../research/network/build-actor-network';

export interface ActorNetworkView {
  network: ActorNetwork;
  documents: ExportDocumentHead[];
}

export function loadActorNetwork(db: Db, options: { scope: CooccurrenceScope; document?: string }): ActorNetworkView {
  const docs = loadExportDocuments(db, {
    ...(options.document !== undefined && { documents: [options.document] }),
    labels: ['actor', 'claim'],
    annotationStatuses: ['accepted'],
  });
  return {
    network: buildActorNetwork(docs, options.scope, indexActorRegistry(listEntities(db))),
    documents: listExportDocumentHeads(db),
  };
}
