import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Middleware } from 'koa';

export const CONSOLE_PATH = '/console';

/** What a console response may load: itself only; antd writes its CSS at run time, hence inline styles. */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const NOT_BUILT = '管理控制台尚未构建：请运行 npm run console:build\nThe console is not built yet: run npm run console:build\n';

/** The repository root: the nearest folder above this file with a package.json (src/http/ in development, dist/src/http/ when built). */
function repoRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

export const DEFAULT_CONSOLE_DIST = path.join(repoRoot(__dirname), 'console', 'dist');

async function fileAt(file: string): Promise<{ size: number; mtime: Date } | null> {
  try {
    const s = await stat(file);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}

/**
 * The office console's built files (console/dist, `npm run console:build`) at /console/. Hashed
 * assets are cached for a year; index.html is never cached, so a new build shows on the next load.
 * Any other path under /console/ without a file extension is a page of the single-page app and gets
 * index.html; a missing file with an extension is a 404. Paths never leave the folder. Every answer
 * carries the console's security headers; with no build there, a 503 says how to make one.
 */
export function consoleStatic(options: { dist?: string } = {}): Middleware {
  const root = path.resolve(options.dist ?? DEFAULT_CONSOLE_DIST);
  const index = path.join(root, 'index.html');
  return async function consoleStaticMiddleware(ctx, next) {
    if (ctx.path !== CONSOLE_PATH && !ctx.path.startsWith(`${CONSOLE_PATH}/`)) return next();
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.status = 405;
      ctx.set('Allow', 'GET, HEAD');
      return;
    }
    ctx.set('Content-Security-Policy', CONSOLE_CSP);
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Referrer-Policy', 'same-origin');
    ctx.set('X-Frame-Options', 'DENY');
    if (ctx.path === CONSOLE_PATH) {
      ctx.status = 301;
      ctx.redirect(`${CONSOLE_PATH}/${ctx.querystring ? `?${ctx.querystring}` : ''}`);
      return;
    }

    let relative: string;
    try {
      relative = decodeURIComponent(ctx.path.slice(CONSOLE_PATH.length + 1));
    } catch {
      ctx.status = 400;
      return;
    }
    const file = path.resolve(root, relative);
    if (relative.includes('\0') || (file !== root && !file.startsWith(root + path.sep))) {
      ctx.status = 404;
      return;
    }

    const found = relative && !relative.endsWith('/') ? await fileAt(file) : null;
    if (found && file !== index) {
      const hashed = relative.startsWith('assets/');
      ctx.set('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      ctx.type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      ctx.length = found.size;
      ctx.lastModified = found.mtime;
      ctx.body = createReadStream(file);
      return;
    }
    // An asset or any file by name that is not there: a 404, never the app in its place.
    if (path.extname(relative) || relative.startsWith('assets/')) {
      ctx.status = 404;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = 'Not found\n';
      return;
    }
    const page = await fileAt(index);
    ctx.set('Cache-Control', 'no-cache');
    if (!page) {
      ctx.status = 503;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = NOT_BUILT;
      return;
    }
    ctx.type = TYPES['.html'];
    ctx.length = page.size;
    ctx.lastModified = page.mtime;
    ctx.body = createReadStream(index);
  };
}
