// What an import reports for each file, shared by the CLI, the API and the upload page.

// A type alias, not an interface, so it can be passed as i18n interpolation values.
export type ImportedFileResult = {
  name: string;
  status: 'imported' | 'unchanged';
  slug: string;
  blocks: number;
  sentences: number;
};

/** The i18n key that reports one file's outcome. */
export function importResultMessageKey(result: ImportedFileResult): string {
  return result.status === 'imported' ? 'admin.import.imported' : 'admin.import.unchanged';
}
