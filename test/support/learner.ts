import request from 'supertest';
import { Types } from 'mongoose';
import { signToken } from '../../src/auth/tokens';
import { createInstructor } from '../../src/people/service';
import type { TestContext } from './context';
import { rightLetters } from './course';
import { peopleDepsFor } from './people';

let phone = 13700000000;

/**
 * A new instructor under `officeId`, bound to a mini-program user, with an API client carrying
 * that user's token (WeChat sign-in has its own tests; here the token is signed directly).
 */
export async function boundLearner(ctx: TestContext, officeId: Types.ObjectId, name = '测试学员') {
  const instructor = await createInstructor(peopleDepsFor(ctx), { id: new Types.ObjectId(), name: 'test' }, { name, phone: String(phone++), employer: '', officeId: String(officeId), cohort: '' });
  const openid = `openid-${String(instructor._id)}`;
  await ctx.areas.binding.bindWithCode(instructor.bindCode, { kind: 'mp', id: openid });
  const auth = { Authorization: `Bearer ${signToken({ sub: openid, kind: 'mp' }, ctx.config.AUTH_SECRET, 3600, ctx.clock.now())}` };
  const http = () => request(ctx.app().app.callback());
  const api = {
    get: (url: string) => http().get(url).set(auth),
    post: (url: string, body?: object) => http().post(url).set(auth).send(body),
    put: (url: string, body?: object) => http().put(url).set(auth).send(body),
  };
  return { instructor, openid, api };
}

/** Starts, answers right and submits a quiz through the API; returns the submit answer. */
export async function passQuiz(ctx: TestContext, api: Awaited<ReturnType<typeof boundLearner>>['api'], quizId: string) {
  const attempt = (await api.post(`/api/mp/quizzes/${quizId}/attempts`)).body;
  const right = await rightLetters(ctx.models, attempt.id);
  for (const q of attempt.questions) await api.put(`/api/mp/attempts/${attempt.id}/answers/${q.id}`, { choice: right.get(q.id) });
  return api.post(`/api/mp/attempts/${attempt.id}/submit`);
}
