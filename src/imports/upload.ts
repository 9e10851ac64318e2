import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { FileMissing, FileTooLarge, MalformedUpload } from './errors';

export interface UploadedFile {
  /** The name the browser gave, without any directory part. */
  filename: string;
  /** As declared by the client; not trusted for detecting the format. */
  mimeType: string;
  data: Buffer;
}

export interface ReadUploadOptions {
  /** The multipart form field that carries the file. */
  field: string;
  /** Files above this many bytes are refused with a 413 without being buffered. */
  maxBytes: number;
}

// Enough for a form with a few text fields beside the file; more parts is not a form we serve.
const LIMITS = { files: 5, fields: 20, fieldSize: 64 * 1024, parts: 30 };

/**
 * Reads the one file in `field` of a multipart/form-data request into memory.
 * Other files are discarded, later files in the same field are ignored.
 */
export function readUpload(ctx: { req: IncomingMessage }, options: ReadUploadOptions): Promise<UploadedFile> {
  const { req } = ctx;
  const { field, maxBytes } = options;
  if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) {
    return Promise.reject(new FileMissing(field, 'The request is not multipart/form-data'));
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      // Browsers send a Chinese file name as raw UTF-8 in Content-Disposition; busboy's latin1 default garbles it.
      defParamCharset: 'utf8',
      // busboy reports 'limit' on reaching fileSize, so a file of exactly maxBytes needs one byte of room.
      limits: { ...LIMITS, fileSize: maxBytes + 1 },
    });
  } catch (err) {
    // busboy throws here for a multipart type without a boundary.
    return Promise.reject(new FileMissing(field, `The multipart request is unusable (${(err as Error).message})`));
  }

  return new Promise<UploadedFile>((resolve, reject) => {
    let settled = false;
    let taken = false;
    let file: UploadedFile | undefined;

    const fail = (err: Error): void => {
      if (settled) return;
      settled = true;
      // Stop parsing, but keep the socket flowing: the client is still sending, and a request body
      // nobody reads would stall the answer (and a keep-alive connection) until it times out.
      req.unpipe(parser);
      req.resume();
      reject(err);
    };

    parser.on('file', (name, stream, info) => {
      // A body cut off inside a file part errors that part's stream as well as the parser.
      stream.on('error', (err: Error) => fail(new MalformedUpload(err.message)));
      // An <input type="file"> left empty still sends a part, with an empty file name.
      const filename = info.filename?.trim().slice(0, 255);
      if (name !== field || taken || !filename) {
        stream.resume();
        return;
      }
      taken = true;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        if (!settled) chunks.push(chunk);
      });
      stream.on('limit', () => fail(new FileTooLarge(maxBytes)));
      stream.on('end', () => {
        if (settled || stream.truncated) return;
        file = { filename, mimeType: info.mimeType, data: Buffer.concat(chunks) };
      });
    });
    parser.on('error', (err: Error) => fail(new MalformedUpload(err.message)));
    parser.on('close', () => {
      if (settled) return;
      if (!file) {
        fail(new FileMissing(field));
        return;
      }
      settled = true;
      resolve(file);
    });
    // A client that disconnects mid-upload never ends the body, so busboy would wait forever.
    req.on('close', () => {
      if (!req.complete) fail(new MalformedUpload('the connection closed before the upload finished'));
    });
    req.pipe(parser);
  });
}
