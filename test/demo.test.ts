import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import mongoose from 'mongoose';
import { freePort } from './support/free-port';

const root = path.resolve(__dirname, '..');

async function waitForReady(url: string, within: number): Promise<number> {
  const deadline = Date.now() + within;
  while (Date.now() < deadline) {
    const status = await fetch(url).then((r) => r.status, () => 0);
    if (status === 200) return status;
    await new Promise((r) => setTimeout(r, 250));
  }
  return 0;
}

describe('npm run demo', () => {
  test('starts with seeded data, turns ready, and exits 0 within 10 s of SIGINT', async () => {
    const port = await freePort();
    const db = `t_demo_${process.pid}`;
    // The same entry point `npm run demo` runs after the services script.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/demo.ts'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), MONGODB_DB: db, QUEUE_PREFIX: db, LOG_LEVEL: 'warn', BOT_SEND_INTERVAL_MS: '100' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = once(child, 'exit');
    try {
      expect(await waitForReady(`http://127.0.0.1:${port}/readyz`, 60000)).toBe(200);
      expect(output).toContain(`http://127.0.0.1:${port}/`);
      expect(output).toContain('city-admin');
      const login = await fetch(`http://127.0.0.1:${port}/api/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'city-admin', password: 'demo-password-2026' }),
      });
      expect(login.status).toBe(200);

      const stopAsked = Date.now();
      child.kill('SIGINT');
      const [code] = await exited;
      expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
      expect(Date.now() - stopAsked).toBeLessThan(10000);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      const conn = await mongoose.createConnection(process.env.MONGODB_URI!, { dbName: db, maxPoolSize: 2 }).asPromise();
      await conn.dropDatabase();
      await conn.close();
    }
  }, 90000);
});
