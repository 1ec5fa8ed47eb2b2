// The roles of Selaras and what each may do; every route asks `hasPermission` through one helper.

export const ROLES = ['admin', 'annotator', 'translator', 'reviewer', 'researcher'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'document.read': ['admin', 'annotator', 'translator', 'reviewer', 'researcher'],
  'document.import': ['admin'],
  'user.manage': ['admin'],
  /** Annotate in one's own layer, run suggestions, correct the source text. */
  'annotation.write': ['admin', 'annotator', 'reviewer'],
  /** Add actors and aliases to the registry. */
  'entity.manage': ['admin', 'annotator', 'reviewer'],
  /** Write English translations, align spans, merge and split units. */
  'translation.write': ['admin', 'translator', 'reviewer'],
  /** Review, approve and send back translations. */
  'translation.review': ['admin', 'reviewer'],
  /** Add and remove termbase entries. */
  'glossary.manage': ['admin', 'translator', 'reviewer'],
  /** Assign documents to annotators and translators. */
  'assignment.manage': ['admin'],
  /** Hold assignments: mark one's own finished or reopen it (the roles a task can go to). */
  'assignment.work': ['admin', 'annotator', 'translator', 'reviewer'],
  /** Curate the gold layer: accept, edit or reject annotators' spans. */
  'curation.write': ['admin', 'reviewer'],
  /** See other annotators' layers of a document once they have finished it. */
  'layers.reveal': ['admin', 'reviewer'],
  /** End one's own sessions (log out everywhere). */
  'account.sessions': ['admin', 'annotator', 'translator', 'reviewer', 'researcher'],
  /** Read the audit log. */
  'audit.read': ['admin'],
  /**
   * See inter-annotator agreement. Not annotators: seeing how a colleague's layer compares with
   * one's own would undo the blind annotation that layers protect.
   */
  'agreement.view': ['admin', 'reviewer', 'researcher'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
