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
  'document.notFound': 404,
  'import.empty': 400,
  'import.nulByte': 400,
  'import.invalidUtf8': 400,
  'import.tooLarge': 413,
  'import.unreadable': 400,
  'import.outsideRoot': 400,
  'import.noFiles': 400,
  'import.noUpload': 400,
  'internal': 500,
} as const;

export type AppErrorCode = keyof typeof STATUS_BY_CODE;

/** Values interpolated into the translated message (`{{line}}`, `{{limit}}`, ...). */
export type AppErrorParams = Record<string, string | number>;

/** An expected failure: shown to the user, never a crash. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly params: AppErrorParams;

  constructor(code: AppErrorCode, params: AppErrorParams = {}, message?: string) {
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
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
