// What the records of an imported aligned corpus refer to outside their document: accounts (an
// annotator's layer, who wrote a translation) and registry entries. Each is found here by name, or
// created — a placeholder account, a registry entry — and counted for the import's report.
import { randomUUID } from 'node:crypto';
import type { Entity } from '../annotations/types';
import type { Role } from '../auth/roles';
import type { Db } from '../db/connection';
import { insertEntityAlias, isEntityNameTaken } from '../db/queries/entities';
import {
  getEntityIdByName,
  getUserIdByUsername,
  insertPlaceholderAccount,
  insertRestoredEntity,
  isIdTaken,
  updateEntityDetails,
} from '../db/queries/restore';
import type { ExportPerson } from '../export/export-document';

export type AlignedJsonImportMode = 'restore' | 'merge';

/** Finds or creates the accounts and registry entries an import needs; one per import. */
export class ImportReferences {
  readonly accountsCreated: string[] = [];
  readonly entitiesCreated: string[] = [];
  readonly entitiesUpdated: string[] = [];
  private readonly accounts = new Map<string, number>();
  /** File entity id → local entity id (the file's ids are the exporting instance's). */
  private readonly entities = new Map<number, number>();

  constructor(
    private readonly db: Db,
    private readonly mode: AlignedJsonImportMode,
    private readonly importer: number | null,
    private readonly at: string,
  ) {}

  /**
   * The local account of `username`. An unknown one becomes a disabled placeholder with
   * `displayName`, so the layer (or the translator's name) survives. A reserved account such as
   * `@gold` is found like any other when this instance has it.
   */
  account(username: string, displayName: string, role: Role): number {
    const key = username.toLowerCase();
    const known = this.accounts.get(key) ?? getUserIdByUsername(this.db, username);
    if (known !== undefined) {
      this.accounts.set(key, known);
      return known;
    }
    const id = insertPlaceholderAccount(this.db, { username, displayName: displayName || username, role, createdBy: this.importer, at: this.at });
    this.accounts.set(key, id);
    this.accountsCreated.push(username);
    return id;
  }

  /** The local account of a person named in the file; null when no account wrote. */
  person(person: ExportPerson | null | undefined, role: Role): number | null {
    return person ? this.account(person.username, person.name, role) : null;
  }

  /**
   * The local id of a registry entry of the file: matched by canonical name (and, in a merge, by
   * alias), else created with its aliases (those no other entry holds). A restore brings a
   * matched entry's English name, type and missing aliases in line with the file; a merge leaves
   * it as it is.
   */
  entity(entity: Entity): number {
    const known = this.entities.get(entity.id);
    if (known !== undefined) return known;
    const matched = getEntityIdByName(this.db, entity.canonicalName, this.mode === 'merge');
    let id: number;
    if (matched !== undefined) {
      id = matched;
      if (this.mode === 'restore') {
        const changed = updateEntityDetails(this.db, id, entity.englishName, entity.type);
        const added = this.addFreeAliases(id, entity.aliases);
        if (changed || added > 0) this.entitiesUpdated.push(entity.canonicalName);
      }
    } else {
      id = insertRestoredEntity(this.db, {
        id: isIdTaken(this.db, 'entities', entity.id) ? null : entity.id,
        canonicalName: entity.canonicalName,
        englishName: entity.englishName,
        type: entity.type,
        createdBy: this.importer,
        createdAt: this.at,
      });
      this.addFreeAliases(id, entity.aliases);
      this.entitiesCreated.push(entity.canonicalName);
    }
    this.entities.set(entity.id, id);
    return id;
  }

  /** The local id of a file entity id already resolved (see entity()), if any. */
  resolvedEntity(fileId: number): number | undefined {
    return this.entities.get(fileId);
  }

  private addFreeAliases(entityId: number, aliases: readonly string[]): number {
    let added = 0;
    for (const alias of aliases) {
      if (isEntityNameTaken(this.db, alias)) continue;
      insertEntityAlias(this.db, entityId, alias);
      added++;
    }
    return added;
  }
}

/** A fresh annotation or alignment id, for one whose id this instance already uses. */
export function freshId(): string {
  return randomUUID();
}
