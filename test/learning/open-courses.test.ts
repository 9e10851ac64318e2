import { Types } from 'mongoose';
import { registerModels, type Models } from '../../src/models';
import type { Learner } from '../../src/learning/learner';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
let models: Models;
beforeAll(async () => {
  ctx = await createTestContext(__filename);
  models = registerModels(ctx.mongo);
});
afterAll(() => ctx.close());

describe('which courses a learner sees', () => {
  test("a course opened to a cohort reaches that cohort only under the office that opened it", async () => {
    const city = await models.Office.create({ code: 'C', name: '市', level: 'city', ancestors: [] });
    const a = await models.Office.create({ code: 'C-A', name: '甲区', level: 'district', parentId: city._id, ancestors: [city._id] });
    const b = await models.Office.create({ code: 'C-B', name: '乙区', level: 'district', parentId: city._id, ancestors: [city._id] });
    const aTown = await models.Office.create({ code: 'C-A-T', name: '甲街道', level: 'town', parentId: a._id, ancestors: [city._id, a._id] });
    const course = await models.Course.create({ code: 'COHORT', title: '批次课程', officeId: a._id, openToCohorts: ['2026-1'], published: true });
    const learner = (officeId: Types.ObjectId, cohort: string): Learner => ({ id: new Types.ObjectId(), name: 'x', officeId, cohort });
    const seen = async (l: Learner) => (await ctx.areas.learning.openCourses(l)).map((c) => String(c._id));
    expect(await seen(learner(aTown._id, '2026-1'))).toContain(String(course._id));
    expect(await seen(learner(b._id, '2026-1'))).not.toContain(String(course._id));
    expect(await seen(learner(aTown._id, '2026-2'))).not.toContain(String(course._id));
  });

  test('an unpublished course is seen by nobody', async () => {
    const office = await models.Office.create({ code: 'D', name: '丙市', level: 'city', ancestors: [] });
    const course = await models.Course.create({ code: 'DRAFT', title: '草稿', officeId: office._id, openToOfficeIds: [office._id], published: false });
    const list = await ctx.areas.learning.openCourses({ id: new Types.ObjectId(), name: 'x', officeId: office._id, cohort: '' });
    expect(list.map((c) => String(c._id))).not.toContain(String(course._id));
  });
});
