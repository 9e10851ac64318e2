import fs from 'node:fs';
import path from 'node:path';
import { installFakeWx } from '../support/fake-wx';
import { MP_ROOT, openPage, settle } from '../support/harness';
import { NOW } from '../fixtures';
import { previewCases } from './cases';
import { previewCss } from './styles';

/** `npm run mp:preview`, step 1: each page rendered from the fixtures into a standalone HTML file. */
const OUT = path.resolve(__dirname, '../../../.preview/miniprogram');
const app = JSON.parse(fs.readFileSync(path.join(MP_ROOT, 'app.json'), 'utf8')) as { pages: string[]; tabBar: { list: { pagePath: string; text: string }[] }; usingComponents: Record<string, string> };

/**
 * simulate leaves <rich-text> empty (WeChat draws its nodes natively); for the picture, put the
 * page's HTML (the one data field that holds markup) inside it.
 */
function fillRichText(root: HTMLElement, data: Record<string, unknown>): void {
  const html = Object.values(data).find((v): v is string => typeof v === 'string' && /^<(p|h\d|ul|ol|blockquote)[\s>]/.test(v));
  const nested = Object.values(data).flatMap((v) => (v && typeof v === 'object' ? Object.values(v as Record<string, unknown>) : [])).find((v): v is string => typeof v === 'string' && /^<(p|h\d|ul|ol)[\s>]/.test(v));
  for (const el of Array.from(root.querySelectorAll('wx-rich-text'))) el.innerHTML = html ?? nested ?? '';
}

beforeAll(() => fs.mkdirSync(OUT, { recursive: true }));

test.each(previewCases.map((c) => [c.name, c] as const))('%s renders to HTML', async (_name, c) => {
  jest.setSystemTime(NOW);
  const wx = installFakeWx();
  c.serve(wx);
  const page = openPage(c.page, c.query ?? {});
  await settle(60);
  jest.advanceTimersByTime(1000);
  await settle(60);
  fillRichText(page.dom as HTMLElement, page.instance.data as Record<string, unknown>);
  const json = JSON.parse(fs.readFileSync(path.join(MP_ROOT, 'pages', c.page, `${c.page}.json`), 'utf8')) as { navigationBarTitleText?: string; usingComponents?: Record<string, string> };
  const components = Object.keys({ ...app.usingComponents, ...json.usingComponents });
  const tab = app.tabBar.list.some((t) => t.pagePath === `pages/${c.page}/${c.page}`);
  const tabBar = tab ? `<div class="preview-tabbar">${app.tabBar.list.map((t) => `<span style="${t.pagePath.includes(c.page) ? 'color:#c8161d' : ''}">${t.text}</span>`).join('')}</div>` : '';
  const title = json.navigationBarTitleText ?? '和谐企业创建';
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=375,initial-scale=1"><title>${title}</title>
<style>${await previewCss(c.page, components)}</style></head>
<body><div style="background:#c8161d;color:#fff;text-align:center;font-size:16px;padding:12px 0">${title}</div>
<div style="min-height:560px">${(page.dom as HTMLElement).outerHTML}</div>${tabBar}</body></html>`;
  fs.writeFileSync(path.join(OUT, `${c.name}.html`), html);
  if (!c.name.endsWith('-error')) expect(wx.toasts).toEqual([]);
});
