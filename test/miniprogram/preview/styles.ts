import fs from 'node:fs';
import path from 'node:path';
import { MP_ROOT } from '../support/harness';

// Under jsdom, `less` resolves to its browser build (which starts itself); the node build is what we want.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const less = require('less/dist/less-node.cjs') as { render(input: string, options: { filename: string }): Promise<{ css: string }> };
// simulate's own prefixer: `.foo` → `.<tag>--foo`, as it rewrites class names in the rendered DOM.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wxss = require('miniprogram-simulate/src/wxss') as { compile(css: string, options: { prefix: string }): string };

/** 750rpx is the screen's width: at 375 px, 1rpx is 0.5px. */
export const rpxToPx = (css: string) => css.replace(/(-?\d*\.?\d+)rpx/g, (_m, n: string) => `${+(parseFloat(n) * 0.5).toFixed(3)}px`);

/** What WeChat's own components look like, roughly, for the tags simulate renders. */
const BASE_CSS = `
html,body{margin:0;background:#f5f5f5;font-family:"Noto Sans CJK SC","Noto Sans SC","PingFang SC",sans-serif;-webkit-font-smoothing:antialiased}
main,wx-view,wx-button,wx-form,wx-scroll-view,wx-swiper,wx-image,wx-rich-text,wx-video,wx-progress,wx-input{display:block}
wx-text,wx-label,wx-navigator{display:inline}
wx-button{position:relative;margin:0 auto;padding:0 14px;box-sizing:border-box;font-size:18px;text-align:center;line-height:2.556;border-radius:5px;background:#f8f8f8;color:#000}
wx-button[size=mini]{display:inline-block;font-size:13px;line-height:2.3;padding:0 1.34em}
wx-button[disabled]{opacity:.6}
wx-input{min-height:1.4em;line-height:1.4em;background:#fff}
wx-video{width:100%;height:200px;background:#000}
wx-image{width:320px;height:240px}
wx-progress{height:6px;background:#eee}
.preview-tabbar{position:sticky;bottom:0;display:flex;border-top:1px solid #ddd;background:#fff;font-size:12px;color:#666}
.preview-tabbar span{flex:1;text-align:center;padding:8px 0}
`;

/** CSS of the app, the page and the components it uses, scoped the way simulate renders them. */
export async function previewCss(page: string, components: string[]): Promise<string> {
  const parts: string[] = [];
  const sources: { prefix: string; file: string }[] = [
    { prefix: 'main', file: path.join(MP_ROOT, 'app.less') },
    { prefix: 'main', file: path.join(MP_ROOT, 'pages', page, `${page}.less`) },
    ...components.map((c) => ({ prefix: c, file: path.join(MP_ROOT, 'components', c, `${c}.less`) })),
  ];
  for (const { prefix, file } of sources) {
    if (!fs.existsSync(file)) continue;
    const css = (await less.render(fs.readFileSync(file, 'utf8'), { filename: file })).css.replace(/(^|[\s,}])page(?=[\s,{.:])/g, '$1main');
    parts.push(wxss.compile(css, { prefix }));
    // The app's styles reach components too (WeChat's addGlobalClass-free default does not, but ours are plain utilities).
    if (file.endsWith('app.less')) for (const c of components) parts.push(wxss.compile(css, { prefix: c }));
  }
  return `${BASE_CSS}\n${rpxToPx(parts.join('\n'))}`;
}
