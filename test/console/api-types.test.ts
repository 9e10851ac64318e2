import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(__dirname, '../..');

// openapi-typescript is ESM inside, which jest's module system cannot load on Node 20, so the check
// runs as the script itself, in a process of its own (its scratch database is its own too).
test('the console’s API types match what the server’s /openapi.json says now (else run npm run console:api-types)', async () => {
  const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/api-types.ts', 'console', '--check'], {
    cwd: root,
    env: { ...process.env, API_TYPES_DB: `t_console_types_${randomBytes(3).toString('hex')}`, CACHE_PREFIX: `tc_console_types_${randomBytes(3).toString('hex')}` },
  });
  expect(run.stdout).toContain('is up to date');
}, 60000);
