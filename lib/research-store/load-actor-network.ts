// The actor network of the corpus (or one document): accepted actor spans and claims, as an export
// of them would hold them (loadViewDocuments), joined by the registry.
import type { Db } from '../db/connection';
import { listEntities } from '../db/queries/entities';
import { listExportDocumentHeads, type ExportDocumentHead } from '../db/queries/exports';
import { indexActorRegistry } from '../research/network/actor-node-key';
import { buildActorNetwork, type ActorNetwork, type CooccurrenceScope } from '../research/network/build-actor-network';
import { loadViewDocuments } from './load-view-documents';

export interface ActorNetworkView {
  network: ActorNetwork;
  documents: ExportDocumentHead[];
}

export function loadActorNetwork(db: Db, options: { scope: CooccurrenceScope; document?: string }): ActorNetworkView {
  const docs = loadViewDocuments(db, {
    ...(options.document !== undefined && { document: options.document }),
    labels: ['actor', 'claim'],
    statuses: ['accepted'],
    // Passages are cut from the text; sentences are the passages of the sentence scope.
    text: true,
    units: options.scope === 'sentence',
  });
  return {
    network: buildActorNetwork(docs, options.scope, indexActorRegistry(listEntities(db))),
    documents: listExportDocumentHeads(db),
  };
}
