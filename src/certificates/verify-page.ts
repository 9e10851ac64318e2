/**
 * The public verify page a phone opens from a certificate's link or QR code: plain HTML, no script,
 * readable on a small screen, in Chinese. Everything shown is escaped.
 */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const beijingDate = (iso: string) => {
  const d = new Date(Date.parse(iso) + 8 * 3600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

export interface VerifiedView {
  number: string;
  learnerName: string;
  courseTitle: string;
  issuedAt: string;
  status: 'valid' | 'revoked';
  revokedAt: string | null;
}

function page(body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>证书查询 · 和谐企业创建</title>
<style>body{margin:0;background:#f5f5f5;font-family:"PingFang SC","Noto Sans CJK SC",sans-serif;color:#222}
header{background:#c8161d;color:#fff;text-align:center;padding:14px;font-size:17px}
main{max-width:480px;margin:16px auto;padding:0 12px}.card{background:#fff;border-radius:8px;padding:20px}
.status{font-size:22px;font-weight:bold;text-align:center;margin-bottom:16px}.valid{color:#1a7f45}.revoked{color:#c8161d}
dl{display:grid;grid-template-columns:5em 1fr;gap:10px 8px;margin:0}dt{color:#888}dd{margin:0}
footer{color:#888;font-size:12px;text-align:center;margin-top:16px}</style></head>
<body><header>和谐企业创建 · 培训证书查询</header><main>${body}<footer>本页面由和谐企业创建培训平台提供证书真伪查询</footer></main></body></html>`;
}

export function verifyPage(v: VerifiedView): string {
  const status =
    v.status === 'valid'
      ? '<div class="status valid">✓ 证书有效</div>'
      : `<div class="status revoked">✕ 证书已撤销</div><p class="revoked">该证书已于${escape(beijingDate(v.revokedAt ?? v.issuedAt))}撤销，不再有效。</p>`;
  return page(`<div class="card">${status}<dl>
<dt>持证人</dt><dd>${escape(v.learnerName)}</dd>
<dt>培训课程</dt><dd>${escape(v.courseTitle)}</dd>
<dt>证书编号</dt><dd>${escape(v.number)}</dd>
<dt>发证日期</dt><dd>${escape(beijingDate(v.issuedAt))}</dd></dl></div>`);
}

export function notFoundPage(): string {
  return page('<div class="card"><div class="status revoked">未找到该证书</div><p>请核对链接或验证码是否完整。</p></div>');
}
