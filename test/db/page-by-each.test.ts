import { Types } from 'mongoose';
import { FAN_OUT_MAX, pageByEach } from '../../src/db/mongo';
import type { Instructor } from '../../src/people/model';
import { createTestContext, type TestContext } from '../support/context';
import { commandsDuring } from '../support/commands';

let ctx: TestContext;
const offices = Array.from({ length: 5 }, () => new Types.ObjectId());
beforeAll(async () => {
  ctx = await createTestContext(__filename, { monitorCommands: true });
  await ctx.models.Instructor.insertMany(Array.from({ length: 47 }, (_, i) => ({ name: `学员${i}`, phone: `137${String(i).padStart(8, '0')}`, officeId: offices[i % 5], cohort: i % 2 ? '一期' : '二期', bindCode: `P${i}` })));
});
afterAll(() => ctx.close());

const byIn = async (ids: Types.ObjectId[], filter: object, skip: number, limit: number) => {
  const all = { ...filter, officeId: { $in: ids } };
  return { items: (await ctx.models.Instructor.find(all).sort({ _id: 1 }).skip(skip).limit(limit).lean()).map((i) => String(i._id)), total: await ctx.models.Instructor.countDocuments(all) };
};

describe('a page across several offices, one equality query per office', () => {
  test.each([
    [0, 10],
    [10, 10],
    [40, 10],
    [0, 100],
  ])('skip %i limit %i gives the same page and total as one $in', async (skip, limit) => {
    const ids = offices.slice(0, 4);
    const got = await pageByEach<Instructor>(ctx.models.Instructor, 'officeId', ids, { cohort: '一期' }, { skip, limit });
    expect({ items: got.items.map((i) => String(i._id)), total: got.total }).toEqual(await byIn(ids, { cohort: '一期' }, skip, limit));
  });

  test('sends only equality filters on the office, never $in, up to FAN_OUT_MAX offices', async () => {
    const sent = await commandsDuring(ctx.mongo, () => pageByEach(ctx.models.Instructor, 'officeId', offices, {}, { skip: 0, limit: 20 }));
    expect(sent.all.length).toBe(offices.length * 2);
    for (const c of sent.all) expect(JSON.stringify(c)).not.toContain('$in');
    expect(FAN_OUT_MAX).toBeGreaterThanOrEqual(20);
  });
});
