import request from 'supertest';
import { Writable } from 'node:stream';
import { buildApp } from '../../src/app';
import { createLogger } from '../../src/logger';
import { createRedis } from '../../src/redis';
import { createQueues } from '../../jobs/queues';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext(__filename);
});
afterAll(() => ctx.close());

describe('HTTP basics', () => {
  test('GET /healthz answers ok', async () => {
    const res = await request(ctx.app().app.callback()).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  test('a request id from the caller is echoed back', async () => {
    const res = await request(ctx.app().app.callback()).get('/healthz').set('X-Request-Id', 'abc-123');
    expect(res.headers['x-request-id']).toBe('abc-123');
  });

  test('a request without an id gets a generated one', async () => {
    const res = await request(ctx.app().app.callback()).get('/healthz');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('an unknown route is a 404 in the error shape', async () => {
    const res = await request(ctx.app().app.callback()).get('/no/such/thing');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  test('a body over the limit is a 413 in the error shape', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(ctx.config.BODY_LIMIT_BYTES + 10) });
    const res = await request(ctx.app().app.callback()).post('/healthz').set('Content-Type', 'application/json').send(big);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  test('GET /readyz is 200 when MongoDB and Redis answer', async () => {
    const res = await request(ctx.app().app.callback()).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body.checks.mongodb.ok).toBe(true);
    expect(res.body.checks.redis.ok).toBe(true);
  });

  test('an unexpected error is a generic 500, logged with the request id', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ LOG_LEVEL: 'error' }, sink);
    const { app } = buildApp({ ...ctx, logger });
    app.use(async () => {
      throw new Error('database password is hunter2');
    });
    const res = await request(app.callback()).get('/explode').set('X-Request-Id', 'req-500');
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('internal');
    expect(JSON.stringify(res.body)).not.toContain('hunter2');
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'unhandled error');
    expect(logged.reqId).toBe('req-500');
  });
});

describe('readiness when Redis is down', () => {
  test('GET /readyz answers 503 naming redis within 2 s', async () => {
    const deadRedis = createRedis('redis://127.0.0.1:1', 'request');
    const queues = createQueues(deadRedis, 'dead');
    const { app } = buildApp({ ...ctx, redis: deadRedis, queues });
    try {
      const started = Date.now();
      const res = await request(app.callback()).get('/readyz');
      expect(Date.now() - started).toBeLessThan(2000);
      expect(res.status).toBe(503);
      expect(res.body.checks.redis.ok).toBe(false);
      expect(res.body.checks.mongodb.ok).toBe(true);
      // Nothing else hangs either: /metrics still answers while queue counts cannot be read.
      const metrics = await request(app.callback()).get('/metrics');
      expect(metrics.status).toBe(200);
    } finally {
      await queues.close().catch(() => undefined);
      deadRedis.disconnect();
    }
  });
});
