import { readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** `npm run mp:preview`, step 2: a PNG of each rendered page through Debian's Chromium, 375 px wide like a phone. */
const dir = path.resolve(__dirname, '../.preview/miniprogram');
/** Names given on the command line shoot only those pictures (`mp-shot.ts quiz result`). */
const only = process.argv.slice(2);

async function run(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2 });
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html') && (!only.length || only.includes(f.replace(/\.html$/, '')))).sort()) {
      await page.goto(`file://${path.join(dir, file)}`);
      const png = path.join(dir, file.replace(/\.html$/, '.png'));
      await page.screenshot({ path: png, fullPage: true });
      console.log(path.relative(process.cwd(), png));
    }
  } finally {
    await browser.close();
  }
}

run().catch((err) => {
  console.error(err);
  process.exit(1);
});
