import { z } from 'zod';
import { ApiRouter, parseBody, parseParams, parseQuery } from '../http/api-router';
import type { StaffState } from '../http/guards';
import { idParams, objectId, page, pagination, searchText } from '../http/schemas';
import type { RouteDeps } from '../deps';
import { ADMIN_ONLY, CAN_READ } from '../staff/kinds';
import type { AppState } from '../http/types';
import { certificateOut } from '../learning/schemas';
import { NotFound } from '../errors';
import { notFoundPage, verifyPage } from './verify-page';

const codeParams = z.object({ code: z.string().regex(/^[A-Za-z0-9]{10}$/, 'a 10-character verification code') });
const verifyOut = z.object({ number: z.string(), learnerName: z.string(), courseTitle: z.string(), issuedAt: z.string(), status: z.enum(['valid', 'revoked']), revokedAt: z.string().nullable() });
const revokeBody = z.object({ reason: z.string().trim().min(1).max(200) }).strict();

export function publicCertificateRoutes({ areas: { certificates }, guards, config }: RouteDeps): ApiRouter<AppState> {
  const router = new ApiRouter('/api/public/certificates', guards);
  router.get(
    '/:code/poster.png',
    { summary: 'A certificate’s poster by its verification code (name masked), for sharing', tags: ['certificates'], auth: 'none', params: codeParams, responses: { 200: { description: 'The poster', contentType: 'image/png' }, 404: { description: 'No such certificate' } } },
    async function publicPoster(ctx) {
      ctx.type = 'image/png';
      ctx.set('Cache-Control', 'public, max-age=300');
      ctx.body = await certificates.publicPoster(parseParams(ctx, codeParams).code, config.PUBLIC_BASE_URL ?? `${ctx.protocol}://${ctx.host}`);
    },
  );
  router.get(
    '/:code',
    { summary: 'Verify a certificate by its code (no login; name partly masked)', tags: ['certificates'], auth: 'none', params: codeParams, responses: { 200: { description: 'The certificate and whether it is valid', schema: verifyOut }, 404: { description: 'No such certificate' } } },
    async function verify(ctx) {
      ctx.body = await certificates.verify(parseParams(ctx, codeParams).code);
    },
  );
  return router;
}

/** The page a certificate's link and QR code open on a phone: `${PUBLIC_BASE_URL}/verify/<code>`. */
export function verifyPageRoutes({ areas: { certificates }, guards }: RouteDeps): ApiRouter<AppState> {
  const router = new ApiRouter('/verify', guards);
  router.get(
    '/:code',
    { summary: 'Verify a certificate by its code, as a web page (status and masked name)', tags: ['certificates'], auth: 'none', responses: { 200: { description: 'The page', contentType: 'text/html' }, 404: { description: 'No such certificate (an HTML page)', contentType: 'text/html' } } },
    async function verifyHtml(ctx) {
      const code = String(ctx.params.code ?? '');
      ctx.type = 'text/html; charset=utf-8';
      ctx.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
      try {
        if (!codeParams.safeParse({ code }).success) throw new NotFound('bad code');
        ctx.body = verifyPage(await certificates.verify(code));
      } catch (err) {
        // A person opened a link: they get a page, not the JSON error of the API.
        if (!(err instanceof NotFound)) throw err;
        ctx.status = 404;
        ctx.body = notFoundPage();
      }
    },
  );
  return router;
}

const searchQuery = z
  .object({ q: searchText.optional().describe('Part of the number, code, learner name or course title'), officeId: objectId.optional(), status: z.enum(['valid', 'revoked']).optional(), ...pagination })
  .strict();
const certificateRow = certificateOut.extend({ officeId: z.string(), revokedAt: z.string().nullable(), revokedReason: z.string().nullable() });

export function certificateAdminRoutes({ areas: { certificates }, guards }: RouteDeps): ApiRouter<StaffState> {
  const router = new ApiRouter<StaffState>('/api/admin/certificates', guards);
  router.get(
    '/',
    { summary: 'Search the certificates of my subtree (newest first)', tags: ['certificates'], auth: { staff: CAN_READ }, query: searchQuery, responses: { 200: { description: 'A page', schema: page(certificateRow) }, 404: { description: 'officeId is not in my subtree' } } },
    async function searchCertificates(ctx) {
      ctx.body = await certificates.search(ctx.state.scope, parseQuery(ctx, searchQuery));
    },
  );
  router.post(
    '/:id/revoke',
    { summary: 'Revoke a certificate in my subtree (admin); it then verifies as revoked', tags: ['certificates'], auth: { staff: ADMIN_ONLY }, params: idParams, body: revokeBody, responses: { 200: { description: 'Revoked', schema: certificateOut }, 404: { description: 'Not in your scope' } } },
    async function revoke(ctx) {
      ctx.body = await certificates.revoke(ctx.state.actor, ctx.state.scope, parseParams(ctx, idParams).id, parseBody(ctx, revokeBody).reason);
    },
  );
  return router;
}
