import request from 'supertest';
import { toOpenApiPath } from '../../src/http/openapi';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext(__filename);
});
afterAll(() => ctx.close());

describe('/metrics', () => {
  test('reports request durations by route and status, and jobs per queue', async () => {
    const http = request(ctx.app().app.callback());
    await http.get('/healthz');
    const res = await http.get('/metrics');
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} \d+/);
    expect(res.text).toContain('queue_jobs{queue="bot-outbox",state="waiting"}');
    expect(res.text).toContain('queue_jobs{queue="bot-outbox",state="failed"}');
  });
});

describe('/openapi.json', () => {
  test('describes every route the app serves', async () => {
    const { app, routers } = ctx.app();
    const res = await request(app.callback()).get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    const served = routers.flatMap((r) =>
      r.router.stack.flatMap((layer) => layer.methods.filter((m) => m !== 'HEAD').map((m) => `${m.toLowerCase()} ${toOpenApiPath(String(layer.path))}`)),
    );
    expect(served.length).toBeGreaterThan(0);
    const documented = Object.entries(res.body.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m} ${p}`),
    );
    expect(documented.sort()).toEqual([...new Set(served)].sort());
  });
});
