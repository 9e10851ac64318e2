import type { Redis } from 'ioredis';
import type { Types } from 'mongoose';
import type { Clock } from '../clock';
import { isDuplicateKey } from '../db/mongo';
import { NotFound } from '../errors';
import { generateCode } from '../codes';
import { maskName } from '../privacy';
import type { Scope } from '../scope';
import type { Certificate, CertificateModel } from './model';

export interface CertificateDeps {
  clock: Clock;
  redis: Redis;
  /** CACHE_PREFIX: the number counter lives beside the other counters. */
  prefix: string;
  /** The programme's time zone: a certificate issued at 01:00 on 1 January in Shanghai is of the new year. */
  timeZone: string;
  Certificate: CertificateModel;
}

/** The calendar year at `at` in `timeZone`. */
export function yearIn(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(at));
}

export const VERIFY_CODE_LENGTH = 10;
const numberOf = (year: number, seq: number) => `CSR-${year}-${String(seq).padStart(6, '0')}`;

/**
 * The next certificate number. Redis INCR is exact under concurrency. A counter that starts again
 * at 1 may have been flushed, so it first moves past the highest number MongoDB holds (MongoDB is
 * the source of truth); a number still taken is refused by the unique index and resynced below.
 */
const counterKey = (deps: CertificateDeps, year: number) => `${deps.prefix}:cert-seq:${year}`;

async function highestNumber(deps: CertificateDeps, year: number): Promise<number> {
  const latest = await deps.Certificate.find({ number: { $regex: `^CSR-${year}-` } }, { number: 1 }).sort({ number: -1 }).limit(1).lean();
  return latest[0] ? Number(latest[0].number.slice(-6)) : 0;
}

async function nextNumber(deps: CertificateDeps, year: number): Promise<string> {
  const seq = await deps.redis.incr(counterKey(deps, year));
  if (seq > 1) return numberOf(year, seq);
  const highest = await highestNumber(deps, year);
  if (highest === 0) return numberOf(year, 1);
  await resyncCounter(deps, year, highest);
  return numberOf(year, await deps.redis.incr(counterKey(deps, year)));
}

async function resyncCounter(deps: CertificateDeps, year: number, highest?: number): Promise<void> {
  const top = highest ?? (await highestNumber(deps, year));
  if (Number(await deps.redis.get(counterKey(deps, year))) < top) await deps.redis.set(counterKey(deps, year), String(top));
}

/** Issues the learner's certificate for a course once, ever: (learner, course) is unique. */
export async function issueCertificate(
  deps: CertificateDeps,
  input: { learnerId: Types.ObjectId; learnerName: string; officeId: Types.ObjectId; courseId: Types.ObjectId; courseTitle: string },
): Promise<Certificate> {
  const existing = (await deps.Certificate.findOne({ learnerId: input.learnerId, courseId: input.courseId }).lean()) as Certificate | null;
  if (existing) return existing;
  const issuedAt = deps.clock.now();
  const year = yearIn(issuedAt, deps.timeZone);
  for (let tries = 0; tries < 5; tries++) {
    try {
      const created = await deps.Certificate.create({ ...input, number: await nextNumber(deps, year), code: generateCode(VERIFY_CODE_LENGTH), issuedAt });
      return created.toObject() as Certificate;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const mine = (await deps.Certificate.findOne({ learnerId: input.learnerId, courseId: input.courseId }).lean()) as Certificate | null;
      if (mine) return mine;
      await resyncCounter(deps, year);
    }
  }
  throw new Error('could not allocate a certificate number');
}

export function certificateView(c: Certificate) {
  return {
    id: String(c._id),
    number: c.number,
    code: c.code,
    learnerName: c.learnerName,
    courseTitle: c.courseTitle,
    issuedAt: c.issuedAt.toISOString(),
    status: c.revokedAt ? ('revoked' as const) : ('valid' as const),
  };
}

/** Public verification: no login, name partly masked. */
export async function verifyCertificate(Certificate: CertificateModel, code: string) {
  const found = (await Certificate.findOne({ code: code.toUpperCase() }).lean()) as Certificate | null;
  if (!found) throw new NotFound('未找到该证书，请核对验证码');
  return {
    number: found.number,
    learnerName: maskName(found.learnerName),
    courseTitle: found.courseTitle,
    issuedAt: found.issuedAt.toISOString(),
    status: found.revokedAt ? ('revoked' as const) : ('valid' as const),
    revokedAt: found.revokedAt ? found.revokedAt.toISOString() : null,
  };
}

export async function getCertificateInScope(Certificate: CertificateModel, scope: Scope, id: string): Promise<Certificate> {
  const found = /^[0-9a-f]{24}$/.test(id) ? ((await Certificate.findById(id).lean()) as Certificate | null) : null;
  if (!found || !scope.has(found.officeId)) throw new NotFound('Certificate not found');
  return found;
}

export async function revokeCertificate(Certificate: CertificateModel, cert: Certificate, reason: string, at: Date): Promise<Certificate> {
  await Certificate.updateOne({ _id: cert._id }, { $set: { revokedAt: at, revokedReason: reason } });
  return { ...cert, revokedAt: at, revokedReason: reason };
}
