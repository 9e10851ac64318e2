import { Types } from 'mongoose';
import { createTestContext, type TestContext } from '../support/context';
import { campaignWorld, type CampaignWorld } from '../support/campaign';
import { createInstructor } from '../../src/people/service';
import { peopleDepsFor } from '../support/people';

let ctx: TestContext;
let w: CampaignWorld;

beforeAll(async () => {
  ctx = await createTestContext(__filename, { env: { SENSITIVE_WORDS: '内部资料' } });
  w = await campaignWorld(ctx);
});
afterAll(() => ctx.close());

const news = (officeIds: unknown[], extra: object = {}) => ({
  title: '海曙区和谐企业创建推进会召开',
  summary: '区和创办部署年度创建评价工作',
  body: '各单位：\n\n本年度和谐企业创建评价工作已启动，请按时完成自查自评。',
  audience: { officeIds: officeIds.map(String), kinds: ['contacts'] },
  ...extra,
});
const as = (u: string) => w.as(u);
async function submitted(by = 'haishu-editor', body = news([w.offices.haishu._id])) {
  const b = (await as(by).post('/api/admin/broadcasts', body).expect(201)).body;
  await as(by).post(`/api/admin/broadcasts/${b.id}/submit`).expect(200);
  return b.id as string;
}

describe('writing and approving a broadcast', () => {
  test('an editor writes a draft for their district and submits it', async () => {
    const b = (await as('haishu-editor').post('/api/admin/broadcasts', news([w.offices.haishu._id])).expect(201)).body;
    expect(b).toMatchObject({ state: 'draft', flaggedWords: [], public: true, officeId: String(w.offices.haishu._id) });
    const s = await as('haishu-editor').post(`/api/admin/broadcasts/${b.id}/submit`).expect(200);
    expect(s.body.state).toBe('submitted');
  });

  test('a district editor cannot target another district', async () => {
    const res = await as('haishu-editor').post('/api/admin/broadcasts', news([w.offices.yinzhou._id])).expect(403);
    expect(res.body.error.code).toBe('audience_out_of_scope');
  });

  test('a viewer cannot write one', async () => {
    await as('yinzhou-viewer').post('/api/admin/broadcasts', news([w.offices.yinzhou._id])).expect(403);
  });

  test('the author cannot approve their own broadcast', async () => {
    const id = await submitted('haishu-admin');
    const res = await as('haishu-admin').post(`/api/admin/broadcasts/${id}/approve`).expect(403);
    expect(res.body.error.message).toContain('自己');
  });

  test('an admin of a parent office approves it; an admin of another district does not see it', async () => {
    const id = await submitted();
    await as('yinzhou-admin').post(`/api/admin/broadcasts/${id}/approve`).expect(404);
    const ok = await as('city-admin').post(`/api/admin/broadcasts/${id}/approve`).expect(200);
    expect(ok.body.state).toBe('approved');
    expect(ok.body.history.map((h: { to: string }) => h.to)).toEqual(['submitted', 'approved']);
  });

  test('an illegal transition gets 409', async () => {
    const draft = (await as('haishu-editor').post('/api/admin/broadcasts', news([w.offices.haishu._id])).expect(201)).body;
    const res = await as('haishu-admin').post(`/api/admin/broadcasts/${draft.id}/approve`).expect(409);
    expect(res.body.error.code).toBe('illegal_transition');
  });

  test('two admins approving at once, five times each, make one approval', async () => {
    const id = await submitted();
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => as(i % 2 ? 'city-admin' : 'haishu-admin').post(`/api/admin/broadcasts/${id}/approve`)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(9);
    expect(await ctx.models.BroadcastTransition.countDocuments({ broadcastId: new Types.ObjectId(id), to: 'approved' })).toBe(1);
  });

  test('an approval racing a rejection: exactly one of them happens', async () => {
    const id = await submitted();
    const [a, r] = await Promise.all([as('city-admin').post(`/api/admin/broadcasts/${id}/approve`), as('haishu-admin').post(`/api/admin/broadcasts/${id}/reject`, { reason: '措辞需调整' })]);
    expect([a.status, r.status].sort()).toEqual([200, 409]);
  });

  test('sensitive words are named on save and block approval until removed', async () => {
    const body = news([w.offices.haishu._id], { body: '严禁参与赌博，本文为内部资料。' });
    const b = (await as('haishu-editor').post('/api/admin/broadcasts', body).expect(201)).body;
    expect(b.flaggedWords.sort()).toEqual(['内部资料', '赌博'].sort());
    await as('haishu-editor').post(`/api/admin/broadcasts/${b.id}/submit`).expect(200);
    const res = await as('city-admin').post(`/api/admin/broadcasts/${b.id}/approve`).expect(409);
    expect(res.body.error.code).toBe('sensitive_words');
    expect(res.body.error.details.words.sort()).toEqual(['内部资料', '赌博'].sort());
  });

  test('a rejected broadcast, rewritten, is a draft again and can be submitted and approved', async () => {
    const id = await submitted();
    const rejected = await as('city-admin').post(`/api/admin/broadcasts/${id}/reject`, { reason: '请补充时间地点' }).expect(200);
    expect(rejected.body).toMatchObject({ state: 'rejected', reason: '请补充时间地点' });
    const rewritten = await as('haishu-editor').put(`/api/admin/broadcasts/${id}`, news([w.offices.haishu._id], { summary: '12月9日下午在区政府召开' })).expect(200);
    expect(rewritten.body.state).toBe('draft');
    await as('haishu-editor').post(`/api/admin/broadcasts/${id}/submit`).expect(200);
    expect((await as('city-admin').post(`/api/admin/broadcasts/${id}/approve`).expect(200)).body.state).toBe('approved');
  });

  test('every move is audited', async () => {
    const id = await submitted();
    await as('city-admin').post(`/api/admin/broadcasts/${id}/approve`).expect(200);
    const actions = (await ctx.models.Audit.find({ entityId: id }).lean()).map((a) => a.action).sort();
    expect(actions).toEqual(['broadcast.approved', 'broadcast.create', 'broadcast.submitted']);
  });

  test('a sent or cancelled broadcast cannot be cancelled again', async () => {
    const id = await submitted();
    await as('haishu-editor').post(`/api/admin/broadcasts/${id}/cancel`).expect(200);
    const res = await as('haishu-editor').post(`/api/admin/broadcasts/${id}/cancel`).expect(409);
    expect(res.body.error.code).toBe('illegal_transition');
  });
});

describe('the audience before sending', () => {
  test('counts match the filters, per kind and by channel, with masked names', async () => {
    const town = w.offices.nanmen._id;
    const make = async (industry: string, level: string, hasUnion: boolean, bind: ('mp' | 'bot')[]) => {
      const e = await w.enterprise(town, [{ name: '欧阳建华', bind }]);
      await ctx.models.Enterprise.updateOne({ _id: e.enterprise._id }, { $set: { industry, level, hasUnion } });
    };
    await make('纺织业', 'district', true, ['mp']);
    await make('纺织业', 'district', true, ['bot']);
    await make('纺织业', 'none', true, ['mp']);
    await make('建筑业', 'district', true, ['mp']);
    await make('纺织业', 'district', false, []);
    for (const cohort of ['2026年第一期', '2026年第二期']) await createInstructor(peopleDepsFor(ctx), w.actor, { name: '司马学员', phone: String(13500000000 + Math.floor(Math.random() * 1e6)), employer: '', officeId: String(town), cohort });
    const b = (
      await as('haishu-editor')
        .post('/api/admin/broadcasts', news([w.offices.haishu._id], { audience: { officeIds: [String(w.offices.haishu._id)], kinds: ['contacts', 'instructors'], industry: '纺织业', level: 'district', cohort: '2026年第一期' } }))
        .expect(201)
    ).body;
    const preview = (await as('haishu-editor').post(`/api/admin/broadcasts/${b.id}/preview-audience`).expect(200)).body;
    expect(preview.contacts).toMatchObject({ total: 3, miniProgram: 1, chat: 1, unreachable: 1 });
    expect(preview.contacts.sample.every((p: { maskedName: string }) => p.maskedName.includes('*'))).toBe(true);
    // Ours of the first cohort, and the demo seed's sample instructor of 海曙 (also 2026年第一期); not the second cohort's.
    expect(preview.instructors).toMatchObject({ total: 2, unreachable: 2 });
    expect(preview.offices).toBeGreaterThan(1);
  });
});
