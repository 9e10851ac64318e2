import { readFileSync } from 'node:fs';
import path from 'node:path';
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

describe('what the API says about itself', () => {
  const version = (JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;

  test('/openapi.json and /metrics carry the version in package.json', async () => {
    const http = request(ctx.app().app.callback());
    expect((await http.get('/openapi.json')).body.info.version).toBe(version);
    expect((await http.get('/metrics')).text).toContain(`app_info{version="${version}"} 1`);
  });

  test('every 2xx JSON answer has a schema with properties: no empty objects, no anything-goes records', async () => {
    const doc = (await request(ctx.app().app.callback()).get('/openapi.json')).body as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }> }>> };
    const vague: string[] = [];
    const hasProperties = (s: Record<string, unknown> | undefined): boolean => {
      if (!s) return false;
      if (s.type === 'array') return hasProperties(s.items as Record<string, unknown>);
      return typeof s.properties === 'object' && Object.keys(s.properties as object).length > 0;
    };
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const [status, answer] of Object.entries(op.responses)) {
          const json = answer.content?.['application/json'];
          if (!/^2/.test(status) || !json) continue;
          if (!hasProperties(json.schema)) vague.push(`${method} ${p} ${status}`);
        }
      }
    }
    expect(vague).toEqual([]);
  });

  test('the auth a route documents is the guard in front of it: without a token, every guarded route is 401', async () => {
    const { app, routers } = ctx.app();
    const http = request(app.callback());
    const guarded = routers.flatMap((r) => r.routes).filter((r) => r.auth !== 'none');
    expect(guarded.length).toBeGreaterThan(40);
    const open: string[] = [];
    for (const route of guarded) {
      const url = route.path.replace(/:[A-Za-z]+/g, '0123456789abcdef01234567');
      const res = await http[route.method](url);
      if (res.status !== 401) open.push(`${route.method} ${route.path} → ${res.status}`);
    }
    expect(open).toEqual([]);
  });

  test('a staff route documents the roles it lets in', async () => {
    const doc = (await request(ctx.app().app.callback()).get('/openapi.json')).body;
    expect(doc.paths['/api/admin/staff'].get['x-staff-roles']).toEqual(['admin']);
    expect(doc.paths['/api/admin/instructors'].get['x-staff-roles']).toEqual(['admin', 'editor', 'viewer']);
  });
});
