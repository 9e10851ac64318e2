import request from 'supertest';
import { signToken } from '../../src/auth/tokens';
import { registerModels } from '../../src/models';
import { DEMO_PASSWORD, seedDemo } from '../../src/seed/demo';
import { createStaff } from '../../src/staff/service';
import type { TestContext } from './context';

/**
 * The demo tree: city NB with districts NB-HS (海曙, "district A") and NB-YZ (鄞州, "district B").
 * Tokens are signed directly (no bcrypt per test); sign-in itself has its own tests.
 */
export async function seedAdminWorld(ctx: TestContext) {
  const models = registerModels(ctx.mongo);
  await seedDemo(models, { course: false });
  const office = async (code: string) => (await models.Office.findOne({ code }).lean())!;
  const [city, haishu, yinzhou, nanmen] = await Promise.all([office('NB'), office('NB-HS'), office('NB-YZ'), office('NB-HS-NM')]);
  await createStaff(models.Staff, { username: 'haishu-viewer', name: '海曙区查看员', role: 'viewer', officeId: haishu._id, password: DEMO_PASSWORD });
  await createStaff(models.Staff, { username: 'yinzhou-admin', name: '鄞州区管理员', role: 'admin', officeId: yinzhou._id, password: DEMO_PASSWORD });
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  for (const s of await models.Staff.find().lean()) {
    ids[s.username] = String(s._id);
    tokens[s.username] = signToken({ sub: String(s._id), kind: 'staff' }, ctx.config.AUTH_SECRET, 900, ctx.clock.now());
  }
  const http = () => request(ctx.app().app.callback());
  const as = (username: string) => {
    // Signed at the test clock's current time, so a test that moves the clock still signs in.
    const auth = { Authorization: `Bearer ${ids[username] ? signToken({ sub: ids[username], kind: 'staff' }, ctx.config.AUTH_SECRET, 900, ctx.clock.now()) : tokens[username]}` };
    return {
      get: (url: string) => http().get(url).set(auth),
      post: (url: string, body?: object) => http().post(url).set(auth).send(body),
      patch: (url: string, body?: object) => http().patch(url).set(auth).send(body),
      put: (url: string, body?: object) => http().put(url).set(auth).send(body),
      delete: (url: string) => http().delete(url).set(auth),
      upload: (url: string, data: Buffer, filename: string) => http().post(url).set(auth).attach('file', data, filename),
    };
  };
  return { models, offices: { city, haishu, yinzhou, nanmen }, tokens, as, http };
}

/** A valid 统一社会信用代码 built from a 17-character body. */
export { creditCodeCheckChar } from '../../src/people/credit-code';
