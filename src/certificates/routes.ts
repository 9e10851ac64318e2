import { z } from 'zod';
import { ApiRouter, parseBody, parseParams } from '../http/api-router';
import { idParams } from '../http/schemas';
import type { RouteDeps } from '../deps';
import { recordAudit } from '../audit/service';
import { adminOnly, requireStaff, type StaffState } from '../auth/staff-guard';
import type { AppState } from '../http/types';
import { certificateView, getCertificateInScope, revokeCertificate, verifyCertificate } from './service';

const codeParams = z.object({ code: z.string().regex(/^[A-Za-z0-9]{10}$/, 'a 10-character verification code') });
const verifyOut = z.object({ number: z.string(), learnerName: z.string(), courseTitle: z.string(), issuedAt: z.string(), status: z.enum(['valid', 'revoked']), revokedAt: z.string().nullable() });
const revokeBody = z.object({ reason: z.string().trim().min(1).max(200) }).strict();

export function publicCertificateRoutes(deps: RouteDeps): ApiRouter<AppState> {
  const router = new ApiRouter('/api/public/certificates');
  router.get(
    '/:code',
    { summary: 'Verify a certificate by its code (no login; name partly masked)', tags: ['certificates'], params: codeParams, responses: { 200: { description: 'The certificate and whether it is valid', schema: verifyOut }, 404: { description: 'No such certificate' } } },
    async function verify(ctx) {
      ctx.body = await verifyCertificate(deps.models.Certificate, parseParams(ctx, codeParams).code);
    },
  );
  return router;
}

export function certificateAdminRoutes(deps: RouteDeps): ApiRouter<StaffState> {
  const staff = requireStaff({ config: deps.config, clock: deps.clock, Staff: deps.models.Staff, Office: deps.models.Office });
  const router = new ApiRouter<StaffState>('/api/admin/certificates');
  router.post(
    '/:id/revoke',
    { summary: 'Revoke a certificate in my subtree (admin); it then verifies as revoked', tags: ['certificates'], auth: 'staff', params: idParams, body: revokeBody, responses: { 200: { description: 'Revoked', schema: z.record(z.string(), z.unknown()) }, 404: { description: 'Not in your scope' } } },
    staff,
    adminOnly,
    async function revoke(ctx) {
      const before = await getCertificateInScope(deps.models.Certificate, ctx.state.scope, parseParams(ctx, idParams).id);
      const after = await revokeCertificate(deps.models.Certificate, before, parseBody(ctx, revokeBody).reason, deps.clock.now());
      await recordAudit({ Audit: deps.models.Audit, clock: deps.clock }, ctx.state.actor, { officeId: before.officeId, action: 'certificate.revoke', entity: 'certificate', entityId: String(before._id), before: certificateView(before), after: certificateView(after) });
      ctx.body = certificateView(after);
    },
  );
  return router;
}
