import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Koa from 'koa';
import request from 'supertest';
import { CONSOLE_CSP, consoleStatic, DEFAULT_CONSOLE_DIST } from '../../src/http/console-static';
import { ensureConsoleBuilt } from './browser';

const appOver = (dist?: string) => {
  const app = new Koa();
  app.use(consoleStatic(dist ? { dist } : {}));
  app.use((ctx) => {
    ctx.body = 'the rest of the app';
  });
  return request(app.callback());
};

beforeAll(() => ensureConsoleBuilt(), 120000);

describe('the console’s files at /console/', () => {
  test('/console redirects to /console/, which is index.html, never cached, with the security headers', async () => {
    const http = appOver();
    const bare = await http.get('/console');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/console/');
    const index = await http.get('/console/').expect(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.text).toContain('<div id="root">');
    expect(index.headers['content-security-policy']).toBe(CONSOLE_CSP);
    expect(CONSOLE_CSP).toContain("script-src 'self'");
    expect(CONSOLE_CSP).toContain("frame-ancestors 'none'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['referrer-policy']).toBe('same-origin');
    expect(index.headers['x-frame-options']).toBe('DENY');
  });

  test('a page of the app by its address gets index.html; a hashed asset is cached for a year; a missing asset is a 404', async () => {
    const http = appOver();
    const page = await http.get('/console/people/instructors').expect(200);
    expect(page.text).toContain('<div id="root">');
    const asset = readdirSync(path.join(DEFAULT_CONSOLE_DIST, 'assets')).find((f) => f.endsWith('.js'))!;
    const js = await http.get(`/console/assets/${asset}`).expect(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.headers['content-security-policy']).toBe(CONSOLE_CSP);
    await http.get('/console/assets/nothing-here.js').expect(404);
    await http.get('/console/favicon.ico').expect(404);
  });

  test('nothing outside console/dist is served, however the path is spelled', async () => {
    const http = appOver();
    for (const p of ['/console/../package.json', '/console/%2e%2e/package.json', '/console/..%2fpackage.json', '/console/assets/..%2f..%2f..%2fpackage.json', '/console/%2e%2e%2f%2e%2e%2fsrc%2fconfig.ts']) {
      const res = await http.get(p);
      expect(res.text).not.toContain('"name": "harmony-csr-service"');
      expect(res.text).not.toContain('loadConfig');
    }
  });

  test('other paths pass by; without a build, /console/ answers 503 saying to run npm run console:build', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'console-dist-'));
    try {
      const http = appOver(empty);
      expect((await http.get('/api/admin/me')).text).toBe('the rest of the app');
      expect((await http.get('/consoles')).text).toBe('the rest of the app');
      const missing = await http.get('/console/dashboard');
      expect(missing.status).toBe(503);
      expect(missing.text).toContain('npm run console:build');
      expect(missing.text).toMatch(/尚未构建/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
