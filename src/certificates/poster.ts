import { existsSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import QRCode from 'qrcode';

/**
 * The certificate as a shareable image: drawn as SVG, rasterised by resvg (its binary ships in
 * its npm package), with the QR code of the public verify page. Chinese text needs a CJK font on
 * the machine: Debian's fonts-noto-cjk, which the project's set-up installs
 * (scripts/ensure-chromium.sh); without it the text would come out as empty boxes, so the service
 * says so in its log at the first poster.
 */
export const POSTER_WIDTH = 750;
export const POSTER_HEIGHT = 1100;

const FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
];

export interface PosterInput {
  learnerName: string;
  courseTitle: string;
  number: string;
  issuedAt: string;
  revoked: boolean;
  verifyUrl: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function beijingDate(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** Splits a long course title over lines of at most `perLine` characters. */
function lines(text: string, perLine: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += perLine) out.push(chars.slice(i, i + perLine).join(''));
  return out.slice(0, 3);
}

export function availableFonts(): string[] {
  return FONT_FILES.filter((f) => existsSync(f));
}

export async function posterSvg(p: PosterInput): Promise<string> {
  // The QR code's own SVG, nested: crisp at any scale, and decodable in the PNG.
  const qr = await QRCode.toString(p.verifyUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const qrInner = qr.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const qrViewBox = /viewBox="([^"]+)"/.exec(qr)?.[1] ?? '0 0 33 33';
  const course = lines(p.courseTitle, 16)
    .map((l, i) => `<text x="375" y="${560 + i * 46}" class="course">${escape(l)}</text>`)
    .join('');
  const stamp = p.revoked
    ? `<g transform="rotate(-18 375 520)"><rect x="190" y="460" width="370" height="110" rx="12" fill="none" stroke="#c8161d" stroke-width="8"/><text x="375" y="538" class="stamp">已撤销</text></g>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${POSTER_WIDTH}" height="${POSTER_HEIGHT}" viewBox="0 0 ${POSTER_WIDTH} ${POSTER_HEIGHT}">
<style>
text{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;text-anchor:middle;fill:#3b2a1a}
.programme{font-size:30px;fill:#c8161d;letter-spacing:6px}
.title{font-size:64px;font-weight:bold;fill:#9a1b1f;letter-spacing:12px}
.name{font-size:52px;font-weight:bold;letter-spacing:8px}
.lead{font-size:28px;fill:#6b5a48}
.course{font-size:36px;font-weight:bold}
.meta{font-size:24px;fill:#6b5a48;font-family:"Noto Sans CJK SC",sans-serif}
.stamp{font-size:72px;font-weight:bold;fill:#c8161d;letter-spacing:16px}
</style>
<rect width="100%" height="100%" fill="#fbf6ec"/>
<rect x="24" y="24" width="702" height="1052" fill="none" stroke="#c9a063" stroke-width="6"/>
<rect x="40" y="40" width="670" height="1020" fill="none" stroke="#c9a063" stroke-width="2"/>
<text x="375" y="140" class="programme">和谐企业创建 · 企业社会责任</text>
<text x="375" y="240" class="title">培训证书</text>
<line x1="215" y1="280" x2="535" y2="280" stroke="#c9a063" stroke-width="2"/>
<text x="375" y="390" class="name">${escape(p.learnerName)}</text>
<text x="375" y="470" class="lead">完成了企业社会责任指导员培训课程</text>
${course}
<text x="375" y="${560 + lines(p.courseTitle, 16).length * 46 + 30}" class="lead">经考核合格，特发此证。</text>
${stamp}
<svg x="275" y="760" width="200" height="200" viewBox="${qrViewBox}" shape-rendering="crispEdges">${qrInner}</svg>
<text x="375" y="990" class="meta">证书编号 ${escape(p.number)} · 发证日期 ${escape(beijingDate(p.issuedAt))}</text>
<text x="375" y="1030" class="meta">微信扫码查验证书真伪</text>
</svg>`;
}

/** Rendered off the event loop (resvg's own thread): a poster takes about 0.4 s of CPU here. */
export async function renderPoster(p: PosterInput): Promise<Buffer> {
  const fontFiles = availableFonts();
  const image = await renderAsync(await posterSvg(p), {
    font: { fontFiles, loadSystemFonts: fontFiles.length === 0, defaultFontFamily: 'Noto Sans CJK SC' },
    fitTo: { mode: 'original' },
  });
  return Buffer.from(image.asPng());
}

/**
 * Posters by what they show: a certificate's poster changes only when it is revoked, and sharing
 * makes the same one asked for again and again. A small in-memory cache keeps that to one render.
 */
export function createPosterCache(size = 64) {
  const cache = new Map<string, Promise<Buffer>>();
  return (p: PosterInput): Promise<Buffer> => {
    const key = JSON.stringify(p);
    let hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    hit = renderPoster(p);
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return hit;
  };
}
