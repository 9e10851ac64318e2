import { Types } from 'mongoose';
import { registerModels, type Models } from '../../src/models';
import { issueCertificate, yearIn, type CertificateDeps } from '../../src/certificates/service';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
let models: Models;
let deps: CertificateDeps;
beforeAll(async () => {
  ctx = await createTestContext(__filename);
  models = registerModels(ctx.mongo);
  deps = { clock: ctx.clock, redis: ctx.redis, prefix: ctx.config.CACHE_PREFIX, timeZone: ctx.config.TIME_ZONE, Certificate: models.Certificate };
});
afterAll(() => ctx.close());

const input = () => ({ learnerId: new Types.ObjectId(), learnerName: '测试', officeId: new Types.ObjectId(), courseId: new Types.ObjectId(), courseTitle: '课程' });

describe('certificates', () => {
  test('ten concurrent completions of one course issue one certificate', async () => {
    const one = input();
    const certs = await Promise.all(Array.from({ length: 10 }, () => issueCertificate(deps, one)));
    expect(new Set(certs.map((c) => c.number)).size).toBe(1);
    expect(await models.Certificate.countDocuments({ learnerId: one.learnerId })).toBe(1);
  });

  test('numbers stay unique after Redis loses the counter', async () => {
    const first = await issueCertificate(deps, input());
    await ctx.redis.del(`${ctx.config.CACHE_PREFIX}:cert-seq:${yearIn(ctx.clock.now(), ctx.config.TIME_ZONE)}`);
    const second = await issueCertificate(deps, input());
    expect(second.number).not.toBe(first.number);
    expect(Number(second.number.slice(-6))).toBeGreaterThan(Number(first.number.slice(-6)));
  });

  test("a certificate issued just after midnight on 1 January in Shanghai carries the new year, though the server's clock still says 31 December", async () => {
    ctx.clock.set(new Date('2026-12-31T17:30:00Z'));
    const cert = await issueCertificate(deps, input());
    expect(cert.number).toMatch(/^CSR-2027-\d{6}$/);
  });

  test('verification codes are 10 unambiguous characters', async () => {
    const cert = await issueCertificate(deps, input());
    expect(cert.code).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
  });
});
