import type { PeopleDeps } from '../../src/people/service';
import type { TestContext } from './context';

/**
 * The people service's dependencies over a test context, for tests that add roster entries under
 * offices they never create (the use cases check the office; these tests are about other things).
 */
export function peopleDepsFor(ctx: TestContext): PeopleDeps {
  const m = ctx.models;
  return {
    clock: ctx.clock,
    Instructor: m.Instructor,
    Enterprise: m.Enterprise,
    Contact: m.Contact,
    audit: ctx.areas.audit,
    binding: ctx.areas.binding,
    offices: ctx.areas.offices,
    onInstructorsChanged: (ids) => ctx.areas.learning.forgetInstructors(ids),
  };
}
