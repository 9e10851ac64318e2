import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The nearest package.json above this file: src/ when run from source, dist/src/ when built. */
function packageJson(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error('package.json not found');
  }
}

/** The service's version, from package.json (one place to change it), read once. */
export const VERSION: string = (JSON.parse(readFileSync(packageJson(), 'utf8')) as { version: string }).version;
