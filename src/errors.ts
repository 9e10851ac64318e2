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
