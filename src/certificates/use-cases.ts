import { Types } from 'mongoose';
import type { Actor, Audit } from '../audit/use-cases';
import type { Scope } from '../scope';
import type { Certificate } from './model';
import { NotFound } from '../errors';
import { maskName } from '../privacy';
import { escapeRegex } from '../validation';
import { createPosterCache } from './poster';
import { certificateView, getCertificateInScope, issueCertificate, revokeCertificate, verifyCertificate, type CertificateDeps } from './service';

/** Certificates: issued once per (learner, course), verified by anyone, revoked by an admin. */
export function createCertificates(deps: CertificateDeps & { audit: Audit }) {
  const { Certificate } = deps;
  const poster = createPosterCache();
  const posterOf = (c: Certificate, learnerName: string, verifyBase: string) =>
    poster({ learnerName, courseTitle: c.courseTitle, number: c.number, issuedAt: c.issuedAt.toISOString(), revoked: Boolean(c.revokedAt), verifyUrl: `${verifyBase.replace(/\/+$/, '')}/verify/${c.code}` });
  return {
    /** The learner's own poster, with their full name, to save and share. */
    async posterForLearner(learnerId: Types.ObjectId, id: string, verifyBase: string): Promise<Buffer> {
      const found = /^[0-9a-f]{24}$/.test(id) ? ((await Certificate.findById(id).lean()) as Certificate | null) : null;
      if (!found || String(found.learnerId) !== String(learnerId)) throw new NotFound('未找到该证书');
      return posterOf(found, found.learnerName, verifyBase);
    },
    /** Anyone holding the code sees the poster, with the name masked as on the verify page. */
    async publicPoster(code: string, verifyBase: string): Promise<Buffer> {
      const found = (await Certificate.findOne({ code: code.toUpperCase() }).lean()) as Certificate | null;
      if (!found) throw new NotFound('未找到该证书，请核对验证码');
      return posterOf(found, maskName(found.learnerName), verifyBase);
    },
    issue: (input: Parameters<typeof issueCertificate>[1]) => issueCertificate(deps, input),
    find: async (learnerId: Types.ObjectId, courseId: Types.ObjectId) => (await Certificate.findOne({ learnerId, courseId }).lean()) as Certificate | null,
    async ofLearner(learnerId: Types.ObjectId) {
      return ((await Certificate.find({ learnerId }).sort({ issuedAt: 1 }).lean()) as Certificate[]).map(certificateView);
    },
    /** Which of these (learner, course) pairs hold a certificate, as "learner:course" keys. */
    async held(pairs: { learnerId: Types.ObjectId; courseId: Types.ObjectId }[]): Promise<Set<string>> {
      if (!pairs.length) return new Set();
      const rows = await Certificate.find({ learnerId: { $in: [...new Set(pairs.map((p) => String(p.learnerId)))] } }, { learnerId: 1, courseId: 1 }).lean();
      return new Set(rows.map((r) => `${String(r.learnerId)}:${String(r.courseId)}`));
    },
    verify: (code: string) => verifyCertificate(Certificate, code),
    /** Every certificate of a course, revoked ones too (one equality on the course), for the training funnel (reports). */
    ofCourse: async (courseId: Types.ObjectId) => Certificate.find({ courseId }, { learnerId: 1, issuedAt: 1, revokedAt: 1 }).lean(),
    async revoke(actor: Actor, scope: Scope, id: string, reason: string) {
      const before = await getCertificateInScope(Certificate, scope, id);
      const after = await revokeCertificate(Certificate, before, reason, deps.clock.now());
      await deps.audit.record(actor, { officeId: before.officeId, action: 'certificate.revoke', entity: 'certificate', entityId: String(before._id), before: certificateView(before), after: certificateView(after) });
      return certificateView(after);
    },
    view: certificateView,
    /** Staff: the certificates of my subtree, newest first, by number, code or name (the console's 证书 page). */
    async search(scope: Scope, query: { q?: string; officeId?: string; status?: 'valid' | 'revoked'; page: number; pageSize: number }) {
      if (query.officeId && !scope.has(query.officeId)) throw new NotFound('Office not found');
      const text = query.q ? { $regex: escapeRegex(query.q), $options: 'i' } : undefined;
      const filter = {
        officeId: query.officeId ? new Types.ObjectId(query.officeId) : { $in: scope.officeIds },
        ...(query.status === 'revoked' ? { revokedAt: { $ne: null } } : query.status === 'valid' ? { revokedAt: null } : {}),
        ...(text ? { $or: [{ number: text }, { code: text }, { learnerName: text }, { courseTitle: text }] } : {}),
      };
      const [rows, total] = await Promise.all([
        Certificate.find(filter)
          .sort({ issuedAt: -1, _id: -1 })
          .skip((query.page - 1) * query.pageSize)
          .limit(query.pageSize)
          .lean() as Promise<Certificate[]>,
        Certificate.countDocuments(filter),
      ]);
      const items = rows.map((c) => ({ ...certificateView(c), officeId: String(c.officeId), revokedAt: c.revokedAt ? c.revokedAt.toISOString() : null, revokedReason: c.revokedReason ?? null }));
      return { total, page: query.page, pageSize: query.pageSize, items };
    },
  };
}

export type Certificates = ReturnType<typeof createCertificates>;
