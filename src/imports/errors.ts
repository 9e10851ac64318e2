import { Invalid, PayloadTooLarge } from '../errors';

/**
 * Errors of the roster import. Each has a code of its own so the admin page can say exactly what
 * to fix; they all map to 400 (or 413) through the ordinary error middleware.
 */

/** Not a multipart request, or no file in the expected field. */
export class FileMissing extends Invalid {
  override readonly code = 'file_missing';
  constructor(field: string, why = `No file was uploaded in the form field "${field}"`) {
    super(`${why}. Send the file as multipart/form-data in the field "${field}".`, { field });
  }
}

/** The multipart body itself is broken or was cut off. */
export class MalformedUpload extends Invalid {
  override readonly code = 'malformed_upload';
  constructor(reason: string) {
    super(`The upload could not be read: ${reason}`);
  }
}

/** Keeps the code 'payload_too_large' so clients handle it like any other oversized body. */
export class FileTooLarge extends PayloadTooLarge {
  constructor(maxBytes: number, what = 'The file') {
    super(`${what} is larger than the ${formatBytes(maxBytes)} allowed`, { maxBytes });
  }
}

export class UnsupportedFile extends Invalid {
  override readonly code = 'unsupported_file';
  constructor(reason: string) {
    super(`${reason} Only CSV or XLSX files are accepted.`);
  }
}

export class MalformedFile extends Invalid {
  override readonly code = 'malformed_file';
}

export class InvalidHeaders extends Invalid {
  override readonly code = 'invalid_headers';
}

export class TooManyRows extends Invalid {
  override readonly code = 'too_many_rows';
  constructor(maxRows: number) {
    super(`The file has more than ${maxRows} data rows; split it into smaller files`, { maxRows });
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
