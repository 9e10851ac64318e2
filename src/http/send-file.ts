import type { ParameterizedContext } from 'koa';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A download; RFC 5987 keeps the Chinese file name intact in every browser. */
export function sendFile(ctx: ParameterizedContext, data: Buffer, filename: string, type: string): void {
  ctx.type = type;
  ctx.set('Content-Disposition', `attachment; filename="${filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
  ctx.body = data;
}
