/**
 * Typed errors. Domain code throws these; src/http/errors.ts maps them to HTTP and the bot maps
 * them to a polite chat reply. `expose` says whether the message is safe to show to a user.
 */
export class AppError extends Error {
  readonly status: number = 500;
  readonly code: string = 'internal';
  readonly expose: boolean = true;
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class Invalid extends AppError {
  override readonly status = 400;
  override readonly code: string = 'invalid';
}

export class Unauthorized extends AppError {
  override readonly status = 401;
  override readonly code: string = 'unauthorized';
}

export class Forbidden extends AppError {
  override readonly status = 403;
  override readonly code: string = 'forbidden';
}

export class NotFound extends AppError {
  override readonly status = 404;
  override readonly code: string = 'not_found';
}

export class Conflict extends AppError {
  override readonly status = 409;
  override readonly code: string = 'conflict';
}

export class PayloadTooLarge extends AppError {
  override readonly status = 413;
  override readonly code: string = 'payload_too_large';
}

export class TooManyRequests extends AppError {
  override readonly status = 429;
  override readonly code: string = 'too_many_requests';
}

export class Unavailable extends AppError {
  override readonly status = 503;
  override readonly code: string = 'unavailable';
}

/**
 * Errors the drivers throw when MongoDB, Redis (and so BullMQ) cannot be reached or did not
 * answer in time. They mean "try again later", not a bug: HTTP answers 503 and the chat says the
 * service is briefly unavailable. Recognised by name and code because the drivers do not share
 * a base class.
 */
const UNAVAILABLE_NAMES = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
  'MongoServerClosedError',
  'MaxRetriesPerRequestError',
  'TimeoutError',
]);
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTCONN']);
const UNAVAILABLE_MESSAGES = [/Connection is closed/i, /Stream isn't writeable/i, /enableOfflineQueue/i, /connection .* closed/i, /Reached the max retries per request limit/i];

export function isUnavailableError(err: unknown): boolean {
  if (err instanceof Unavailable) return true;
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  return (
    UNAVAILABLE_NAMES.has(err.name) ||
    UNAVAILABLE_NAMES.has(err.constructor.name) ||
    (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) ||
    UNAVAILABLE_MESSAGES.some((m) => m.test(err.message))
  );
}

/** The typed error for what went wrong: itself when typed, Unavailable for an unreachable service, else undefined (a bug). */
export function typedError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  if (isUnavailableError(err)) return new Unavailable('A service this needs is briefly unavailable. Please try again in a moment.', undefined);
  return undefined;
}
