import { OnceGuard, onceModel } from '../../src/db/once';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext(__filename, { register: onceModel });
});
afterAll(() => ctx.close());

describe('only-once guard (unique insert)', () => {
  test('50 concurrent claims of one key leave exactly one winner and one document', async () => {
    const guard = new OnceGuard(onceModel(ctx.mongo));
    const results = await Promise.all(Array.from({ length: 50 }, () => guard.claim('bind:CODE123')));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await onceModel(ctx.mongo).countDocuments({ _id: 'bind:CODE123' })).toBe(1);
  });

  test('a released key can be claimed again', async () => {
    const guard = new OnceGuard(onceModel(ctx.mongo));
    expect(await guard.claim('send:1')).toBe(true);
    await guard.release('send:1');
    expect(await guard.claim('send:1')).toBe(true);
    expect(await guard.claim('send:1')).toBe(false);
  });
});
