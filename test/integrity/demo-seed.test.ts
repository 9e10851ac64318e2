import { seedDemo } from '../../src/seed/demo';
import { DEMO_FLAG_KEY, seedDemoIntegrity } from '../../src/seed/demo-integrity';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext(__filename);
});
afterAll(() => ctx.close());

describe('the demo’s integrity flag', () => {
  test('is seeded once however often the demo starts, and shows in 海曙’s report with its evidence, not in 鄞州’s', async () => {
    await seedDemo(ctx.models);
    expect(await seedDemoIntegrity(ctx.models)).toBe(true);
    expect(await seedDemoIntegrity(ctx.models)).toBe(true);
    expect(await ctx.models.IntegrityFlag.countDocuments({ key: DEMO_FLAG_KEY })).toBe(1);

    const office = async (code: string) => ctx.areas.offices.scopeOf((await ctx.models.Office.findOne({ code }).lean())!._id);
    const haishu = await ctx.areas.integrity.listFlags(await office('NB-HS'), { page: 1, pageSize: 20 });
    expect(haishu.total).toBe(1);
    const [flag] = haishu.items;
    expect(flag).toMatchObject({ kind: 'fast_answers', status: 'open', learner: { name: '王晓燕' } });
    expect(flag.quiz.title).toContain('测验');
    const evidence = flag.evidence as { answers: { stem: string; seconds: number }[] };
    expect(evidence.answers).toHaveLength(3);
    for (const a of evidence.answers) {
      expect(a.stem.length).toBeGreaterThan(0);
      expect(a.seconds).toBeLessThan(3);
    }
    expect((await ctx.areas.integrity.listFlags(await office('NB-YZ'), { page: 1, pageSize: 20 })).total).toBe(0);
  });
});
