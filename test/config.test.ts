import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, configSchema, loadConfig } from '../src/config';

const base = { MONGODB_URI: 'mongodb://127.0.0.1:27017/' };

describe('config', () => {
  test('fills in documented defaults when only the MongoDB URI is given', () => {
    const config = loadConfig(base);
    expect(config.PORT).toBe(3000);
    expect(config.MONGODB_POOL_SIZE).toBe(10);
    expect(config.BOT_SEND_INTERVAL_MS).toBe(3000);
    expect(config.WECHAT_API_BASE).toBe('https://api.weixin.qq.com');
  });

  test('names every bad or missing key', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'http://nope', MONGODB_POOL_SIZE: '0' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const keys = (error as ConfigError).problems.map((p) => p.key).sort();
    expect(keys).toEqual(['MONGODB_POOL_SIZE', 'MONGODB_URI', 'PORT', 'REDIS_URL']);
  });

  test('treats an empty value as unset', () => {
    expect(loadConfig({ ...base, PORT: '' }).PORT).toBe(3000);
  });

  test('the service exits non-zero at start and names the bad key', () => {
    const root = path.resolve(__dirname, '..');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, MONGODB_URI: 'mongodb://127.0.0.1:1/', PORT: 'not-a-port' },
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).not.toContain('MONGODB_URI');
  });
});

describe('.env.example', () => {
  test('documents every setting the service reads', () => {
    const documented = new Set([...readFileSync(path.join(__dirname, '..', '.env.example'), 'utf8').matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    const keys = Object.keys(configSchema.shape);
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((k) => !documented.has(k))).toEqual([]);
  });
});
