import { Types } from 'mongoose';
import { BindCodeUsed, IdentityAlreadyBound } from '../../src/binding/errors';
import { generateCode } from '../../src/binding/service';
import type { BindingArea } from '../../src/binding/use-cases';
import { CODE_ALPHABET } from '../../src/codes';
import { createInstructor, reissueCode } from '../../src/people/service';
import { createTestContext, type TestContext } from '../support/context';
import { peopleDepsFor } from '../support/people';

let ctx: TestContext;
let binding: BindingArea;
let people: Parameters<typeof createInstructor>[0];
const actor = { id: new Types.ObjectId(), name: 'test' };
const officeId = String(new Types.ObjectId());

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  binding = ctx.areas.binding;
  people = peopleDepsFor(ctx);
});
afterAll(() => ctx.close());

describe('binding codes', () => {
  test('codes use only unambiguous characters', () => {
    for (let i = 0; i < 200; i++) expect(generateCode()).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
    expect(CODE_ALPHABET).not.toMatch(/[01ILO]/);
  });

  test('20 identities sending one code at the same moment: exactly one is bound', async () => {
    const { bindCode } = await createInstructor(people, actor, { name: '并发', phone: '13900002001', employer: '', officeId, cohort: '' });
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => binding.bindWithCode(bindCode, { kind: 'mp', id: `openid-race-${i}` })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused.every((r) => r.reason instanceof BindCodeUsed)).toBe(true);
    expect(await ctx.models.Binding.countDocuments({ identityId: /^openid-race-/ })).toBe(1);
  });

  test('one WeChat identity cannot bind two instructors, and the second code stays usable', async () => {
    const a = await createInstructor(people, actor, { name: '甲', phone: '13900002002', employer: '', officeId, cohort: '' });
    const b = await createInstructor(people, actor, { name: '乙', phone: '13900002003', employer: '', officeId, cohort: '' });
    await binding.bindWithCode(a.bindCode, { kind: 'bot', id: 'contact-1' });
    await expect(binding.bindWithCode(b.bindCode, { kind: 'bot', id: 'contact-1' })).rejects.toBeInstanceOf(IdentityAlreadyBound);
    await expect(binding.bindWithCode(b.bindCode, { kind: 'bot', id: 'contact-2' })).resolves.toMatchObject({ maskedName: '*' });
  });

  test('a reissued code replaces the old one, which stops working', async () => {
    const person = await createInstructor(people, actor, { name: '丙丁', phone: '13900002004', employer: '', officeId, cohort: '' });
    const fresh = await reissueCode(people, actor, 'instructor', person);
    await expect(binding.bindWithCode(person.bindCode, { kind: 'mp', id: 'openid-old' })).rejects.toMatchObject({ code: 'bind_code_invalid' });
    await expect(binding.bindWithCode(fresh, { kind: 'mp', id: 'openid-new' })).resolves.toMatchObject({ maskedName: '丙*' });
  });

  test('a bot contact whose id changed after a re-login is found again by its weixin id', async () => {
    const person = await createInstructor(people, actor, { name: '戊己', phone: '13900002005', employer: '', officeId, cohort: '' });
    await binding.bindWithCode(person.bindCode, { kind: 'bot', id: 'old-contact-id', weixin: 'wxid_wuji' });
    const found = await binding.find({ kind: 'bot', id: 'new-contact-id', weixin: 'wxid_wuji' }, 'instructor');
    expect(String(found?.personId)).toBe(String(person._id));
    expect((await binding.find({ kind: 'bot', id: 'new-contact-id' }, 'instructor'))?.identityId).toBe('new-contact-id');
  });
});
