import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Worker } from 'bullmq';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startReportWorker } from '../../jobs/reports';
import { DEMO_PASSWORD } from '../../src/seed/demo';
import { createTestContext, type TestContext } from '../support/context';
import { freePort } from '../support/free-port';

const root = path.resolve(__dirname, '../..');
export const SHOTS = path.join(root, '.preview/console');

/** Builds console/dist when it is missing or stale (about 20 s the first time). */
export function ensureConsoleBuilt(): void {
  execFileSync('bash', ['scripts/ensure-console.sh'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface ConsoleFixture {
  ctx: TestContext;
  base: string;
  browser: Browser;
  /** The console asks for the heavy reports as queue jobs, so a real report worker runs beside the app: stop it (a test then handles the queue's jobs itself), start it again. */
  stopReportWorker(): Promise<void>;
  startReportWorker(): Promise<void>;
  /** A fresh browser context (its own cookies) with a page at the console's sign-in, signed in as `username`. */
  signedIn(username: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The real app listening on a free port with the report worker (workers do not run in tests
 * otherwise: RUN_WORKERS=false), the built console, and Debian's Chromium driven by
 * playwright-core. `seed` fills the test's database before the browser opens anything.
 */
export async function consoleFixture(testFile: string, seed: (ctx: TestContext) => Promise<void>): Promise<ConsoleFixture> {
  ensureConsoleBuilt();
  mkdirSync(SHOTS, { recursive: true });
  const ctx = await createTestContext(testFile);
  await seed(ctx);
  const port = await freePort();
  const server: Server = ctx.app().app.listen(port, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  let worker: Worker | undefined = await startReportWorker(ctx);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    ctx,
    base,
    browser,
    async stopReportWorker() {
      await worker?.close();
      worker = undefined;
    },
    async startReportWorker() {
      worker ??= await startReportWorker(ctx);
    },
    async signedIn(username) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      const page = await context.newPage();
      await page.goto(`${base}/console/`);
      await page.waitForURL('**/console/login');
      await page.fill('#username', username);
      await page.fill('#password', DEMO_PASSWORD);
      await page.click('button[type=submit]');
      await page.waitForSelector('[data-testid=staff-name]');
      return page;
    },
    async close() {
      await browser.close();
      await worker?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ctx.close();
    },
  };
}

/** A full-page picture in .preview/console/ (git-ignored), to look at. */
export async function shot(page: Page, name: string): Promise<string> {
  const file = path.join(SHOTS, `${name}.png`);
  // Let charts finish their entry animation and fonts settle.
  await page.waitForTimeout(900);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
