import { Types } from 'mongoose';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import request from 'supertest';
import { POSTER_HEIGHT, POSTER_WIDTH } from '../../src/certificates/poster';
import { createTestContext, type TestContext } from '../support/context';
import { boundLearner } from '../support/learner';

let ctx: TestContext;
const http = () => request(ctx.app().app.callback());

beforeAll(async () => {
  ctx = await createTestContext(__filename, { env: { PUBLIC_BASE_URL: 'https://hx.example.cn' } });
});
afterAll(() => ctx.close());

async function certificateOf(learnerId: Types.ObjectId, code: string, revoked = false) {
  return ctx.models.Certificate.create({
    learnerId,
    courseId: new Types.ObjectId(),
    officeId: new Types.ObjectId(),
    number: `CSR-2026-${code.slice(0, 6)}`,
    code,
    learnerName: '王晓燕',
    courseTitle: '企业社会责任指导员培训',
    issuedAt: new Date('2026-11-20T06:30:00Z'),
    revokedAt: revoked ? new Date('2026-12-01T02:00:00Z') : null,
  });
}

/** The PNG decoded, and what its QR code says. */
function readPoster(body: Buffer) {
  const png = PNG.sync.read(body);
  const qr = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  return { width: png.width, height: png.height, qr: qr?.data ?? null };
}

const asBuffer = (res: request.Response) => res.body as Buffer;
const binary = (req: request.Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

describe('certificate poster', () => {
  test('the learner’s poster decodes, has the poster’s size, and its QR code opens the verify page', async () => {
    const { instructor, api } = await boundLearner(ctx, new Types.ObjectId(), '王晓燕');
    const cert = await certificateOf(instructor._id, 'K7PM2QXD9A');
    const res = await binary(api.get(`/api/mp/certificates/${String(cert._id)}/poster.png`)).expect(200).expect('content-type', 'image/png');
    expect(readPoster(asBuffer(res))).toEqual({ width: POSTER_WIDTH, height: POSTER_HEIGHT, qr: 'https://hx.example.cn/verify/K7PM2QXD9A' });
  }, 60000);

  test('another learner cannot fetch it', async () => {
    const owner = await boundLearner(ctx, new Types.ObjectId(), '甲学员');
    const other = await boundLearner(ctx, new Types.ObjectId(), '乙学员');
    const cert = await certificateOf(owner.instructor._id, 'ABCDEFGH23');
    expect((await other.api.get(`/api/mp/certificates/${String(cert._id)}/poster.png`)).status).toBe(404);
  });

  test('anyone with the verification code gets the poster, its QR code pointing at the same verify page', async () => {
    await certificateOf(new Types.ObjectId(), 'PUBL1CCODE');
    const res = await binary(http().get('/api/public/certificates/PUBL1CCODE/poster.png')).expect(200);
    expect(readPoster(asBuffer(res)).qr).toBe('https://hx.example.cn/verify/PUBL1CCODE');
    expect((await http().get('/api/public/certificates/NOSUCHCODE/poster.png')).status).toBe(404);
  }, 60000);

  test('a revoked certificate’s verify page says so', async () => {
    await certificateOf(new Types.ObjectId(), 'REV0KEDXYZ', true);
    const page = await http().get('/verify/REV0KEDXYZ').expect(200);
    expect(page.text).toContain('证书已撤销');
    expect(page.text).toContain('王*燕');
  });
});

test('without PUBLIC_BASE_URL the QR code points at the host the poster was asked from', async () => {
  const bare = await createTestContext(`${__filename}-bare`, { env: { PUBLIC_BASE_URL: '' } });
  try {
    await bare.models.Certificate.create({ learnerId: new Types.ObjectId(), courseId: new Types.ObjectId(), officeId: new Types.ObjectId(), number: 'CSR-2026-777777', code: 'HOSTBASED1', learnerName: '李四', courseTitle: '课程', issuedAt: new Date() });
    const res = await binary(request(bare.app().app.callback()).get('/api/public/certificates/HOSTBASED1/poster.png').set('Host', 'hx.local:3000')).expect(200);
    expect(readPoster(asBuffer(res)).qr).toBe('http://hx.local:3000/verify/HOSTBASED1');
  } finally {
    await bare.close();
  }
}, 60000);
