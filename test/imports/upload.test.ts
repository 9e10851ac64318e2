import Koa from 'koa';
import request from 'supertest';
import { errorHandler } from '../../src/http/errors';
import { observe } from '../../src/http/observe';
import { createMetrics } from '../../src/http/metrics';
import type { AppState } from '../../src/http/types';
import { readUpload } from '../../src/imports/upload';
import { createLogger } from '../../src/logger';

/** A one-route app that echoes what readUpload read; `seen` learns how much of the body had arrived when it returned. */
function uploadApp(maxBytes: number, seen: { bytesRead?: number } = {}): Koa<AppState> {
  const app = new Koa<AppState>();
  app.use(observe(createLogger({ LOG_LEVEL: 'silent' }), createMetrics(() => [], 'test')));
  app.use(errorHandler());
  app.use(async function echoUpload(ctx) {
    const file = await readUpload(ctx, { field: 'file', maxBytes }).finally(() => {
      seen.bytesRead = ctx.req.socket.bytesRead;
    });
    ctx.body = { filename: file.filename, mimeType: file.mimeType, size: file.data.length, text: file.data.toString('utf8') };
  });
  app.silent = true;
  return app;
}

const csv = Buffer.from('姓名,手机号\n张三,13800138000\n', 'utf8');

describe('readUpload', () => {
  test('reads the file in the named field with its name and type', async () => {
    const res = await request(uploadApp(1024).callback())
      .post('/')
      .field('note', 'ignored')
      .attach('file', csv, { filename: 'x.csv', contentType: 'text/csv' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ filename: 'x.csv', mimeType: 'text/csv', size: csv.length, text: csv.toString('utf8') });
  });

  test('a Chinese file name arrives intact', async () => {
    const res = await request(uploadApp(1024).callback()).post('/').attach('file', csv, '学员名单.csv');
    expect(res.body.filename).toBe('学员名单.csv');
  });

  test('a file of exactly the limit is accepted', async () => {
    const res = await request(uploadApp(csv.length).callback()).post('/').attach('file', csv, 'x.csv');
    expect(res.status).toBe(200);
    expect(res.body.size).toBe(csv.length);
  });

  test('a file only in another field is a 400 file_missing', async () => {
    const res = await request(uploadApp(1024).callback()).post('/').attach('other', csv, 'x.csv');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('file_missing');
  });

  test('a form without any file is a 400 file_missing', async () => {
    const res = await request(uploadApp(1024).callback()).post('/').field('file', 'just text');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('file_missing');
  });

  test('a JSON body instead of a form is a 400 file_missing', async () => {
    const res = await request(uploadApp(1024).callback()).post('/').send({ file: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('file_missing');
  });

  test('a file over the limit is a 413 in the error shape, and the connection still answers', async () => {
    const big = Buffer.alloc(512 * 1024, 'a');
    const res = await request(uploadApp(1024).callback()).post('/').attach('file', big, 'big.csv');
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ error: { code: 'payload_too_large', message: expect.stringMatching(/1 KB/), details: { maxBytes: 1024 } } });
  });

  test('a file over the limit is refused before the rest of the body is read', async () => {
    const seen: { bytesRead?: number } = {};
    const big = Buffer.alloc(8 * 1024 * 1024, 'a');
    const res = await request(uploadApp(1024, seen).callback()).post('/').attach('file', big, 'big.csv');
    expect(res.status).toBe(413);
    expect(seen.bytesRead).toBeLessThan(1024 * 1024);
  });

  test('a cut-off multipart body is a 400 malformed_upload', async () => {
    const body = '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="x.csv"\r\nContent-Type: text/csv\r\n\r\na,b\r\n';
    const res = await request(uploadApp(1024).callback()).post('/').set('Content-Type', 'multipart/form-data; boundary=XYZ').send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('malformed_upload');
  });
});
