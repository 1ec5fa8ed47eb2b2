// One application error type: a typed code that maps to an HTTP status and to a translated
// message key (`errors.<code>`), so route handlers, the CLI and the UI report failures alike.

const STATUS_BY_CODE = {
  'request.invalid': 400,
  'request.crossOrigin': 403,
  'auth.unauthenticated': 401,
  'auth.forbidden': 403,
  'auth.invalidCredentials': 401,
  'auth.rateLimited': 429,
  'auth.setupClosed': 409,
  'auth.setupNotLocal': 403,
  'user.exists': 409,
  'user.invalidUsername': 400,
  'user.weakPassword': 400,
  'user.notFound': 404,
  'user.noAdmin': 404,
  'document.notFound': 404,
  'document.superseded': 409,
  'annotation.notFound': 404,
  'annotation.staleRevision': 409,
  'annotation.idConflict': 409,
  'annotation.deleted': 409,
  'annotation.invalidOffsets': 400,
  'annotation.outOfRange': 400,
  'annotation.emptySpan': 400,
  'annotation.quoteMismatch': 400,
  'annotation.unknownLabel': 400,
  'annotation.unknownAttribute': 400,
  'annotation.invalidOption': 400,
  'annotation.notANumber': 400,
  'annotation.invalidText': 400,
  'annotation.unknownEntity': 400,
  'annotation.revisionNotFound': 404,
  'entity.notFound': 404,
  'entity.nameTaken': 409,
  'correction.staleRevision': 409,
  'correction.beforeMismatch': 400,
  'correction.outOfRange': 400,
  'correction.crossesBlocks': 400,
  'correction.emptyResult': 400,
  'correction.noChange': 400,
  'correction.invalidText': 400,
  'correction.dropsTranslation': 409,
  'import.empty': 400,
  'import.nulByte': 400,
  'import.invalidUtf8': 400,
  'import.tooLarge': 413,
  'import.unreadable': 400,
  'import.outsideRoot': 400,
  'import.noFiles': 400,
  'import.noUpload': 400,
  'unit.notFound': 404,
  'unit.noNextUnit': 400,
  'unit.splitOutOfRange': 400,
  'unit.splitTargetOutOfRange': 400,
  'translation.staleRevision': 409,
  'translation.statusNotAllowed': 403,
  'translation.commentRequired': 400,
  'translation.emptyText': 400,
  'translation.eventNotFound': 404,
  'alignment.notFound': 404,
  'alignment.noTranslation': 400,
  'alignment.annotationNotInUnit': 400,
  'alignment.outOfRange': 400,
  'alignment.quoteMismatch': 400,
  'glossary.notFound': 404,
  'glossary.termExists': 409,
  'tm.unreadable': 400,
  'tm.unsupportedFormat': 400,
  'tm.invalidJson': 400,
  'tm.invalidLine': 400,
  'tm.invalidEntry': 400,
  'tm.empty': 400,
  'export.unknownFormat': 400,
  'export.invalidFilter': 400,
  'export.unknownDocument': 400,
  'export.unwritable': 400,
  'alignedJson.invalidJson': 400,
  'alignedJson.wrongFormat': 400,
  'alignedJson.invalidRecord': 400,
  'alignedJson.outOfRange': 400,
  'alignedJson.quoteMismatch': 400,
  'alignedJson.inconsistent': 400,
  'alignedJson.unknownLabel': 400,
  'alignedJson.notEmpty': 409,
  'alignedJson.unreadable': 400,
  'xliff.notXml': 400,
  'xliff.doctypeRefused': 400,
  'xliff.tooLarge': 413,
  'xliff.notXliff': 400,
  'xliff.unsupportedVersion': 400,
  'xliff.foreignUnit': 400,
  'xliff.invalidContent': 400,
  'xliff.otherDocument': 400,
  'xliff.noUpload': 400,
  'xliff.unreadable': 400,
  'backup.unreadable': 400,
  'backup.unwritable': 400,
  'backup.notSelarasDatabase': 400,
  'backup.corrupt': 400,
  'backup.newerSchema': 400,
  'backup.databaseInUse': 409,
  'assignment.notFound': 404,
  'assignment.exists': 409,
  'assignment.roleCannotDoTask': 400,
  'layer.notVisible': 403,
  'curation.spanNotFound': 404,
  'curation.staleRevision': 409,
  'curation.orphaned': 400,
  'search.emptyQuery': 400,
  'search.unbalancedQuote': 400,
  'search.onlyExclusions': 400,
  'search.prefixTooShort': 400,
  'search.misplacedOr': 400,
  'search.tooLong': 400,
  'search.invalidFilter': 400,
  'concordance.noTermOrLabel': 400,
  'internal': 500,
} as const;

export type AppErrorCode = keyof typeof STATUS_BY_CODE;

/** Values interpolated into the translated message (`{{line}}`, `{{limit}}`, ...). */
export type AppErrorParams = Record<string, string | number>;

export interface AppErrorOptions {
  message?: string;
  /** The current state of what a stale write aimed at, sent back with a 409 so the client can merge. */
  current?: unknown;
}

/** An expected failure: shown to the user, never a crash. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly params: AppErrorParams;
  readonly current: unknown;

  constructor(code: AppErrorCode, params: AppErrorParams = {}, options: string | AppErrorOptions = {}) {
    const { message, current } = typeof options === 'string' ? { message: options, current: undefined } : options;
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.current = current;
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }

  /** The i18n key of the message that explains this error to a user. */
  get messageKey(): string {
    return `errors.${this.code}`;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export const APP_ERROR_CODES = Object.keys(STATUS_BY_CODE) as AppErrorCode[];
