import { ApiError, api, ensureSession } from '../../../miniprogram/services/api';
import { installFakeWx, type FakeWx } from '../support/fake-wx';
import { settle } from '../support/harness';
import { courseHalfway, learnerSession, newUserSession, signedInAs } from '../fixtures';

let wx: FakeWx;
beforeEach(() => {
  wx = installFakeWx();
});

async function outcome<T>(promise: Promise<T>): Promise<T | ApiError> {
  const caught = promise.catch((err: ApiError) => err);
  await settle(60);
  return caught;
}

describe('the API client', () => {
  test('the first call signs in with wx.login, keeps the token in storage and sends it', async () => {
    wx.answer('POST /api/mp/login', { data: learnerSession }).answer('GET /api/mp/courses', { data: { items: [courseHalfway] } });
    const answer = await outcome(api.courses());
    expect(answer).toEqual({ items: [courseHalfway] });
    expect(wx.calls.map((c) => c.key)).toEqual(['POST /api/mp/login', 'GET /api/mp/courses']);
    expect(wx.calls[0].body).toEqual({ code: 'wx-code' });
    expect(wx.storage.get('hx.token')).toBe('token-learner');
    expect(wx.calls[1].auth).toBe('Bearer token-learner');
  });

  test('a 401 signs in again once and retries with the new token', async () => {
    signedInAs(wx, newUserSession);
    wx.storage.set('hx.token', 'expired');
    let n = 0;
    wx.answer('GET /api/mp/me', () => (n++ === 0 ? { status: 401, data: { error: { code: 'unauthorized', message: 'Token expired' } } } : { data: { bindings: [] } }));
    expect(await outcome(api.me())).toEqual({ bindings: [] });
    expect(wx.calls.map((c) => `${c.key} ${c.auth ?? ''}`)).toEqual(['GET /api/mp/me Bearer expired', 'POST /api/mp/login ', 'GET /api/mp/me Bearer token-new']);
    expect(wx.toasts).toEqual([]);
  });

  test('a second 401 is not retried again: the error shows once', async () => {
    signedInAs(wx, newUserSession);
    wx.answer('GET /api/mp/me', { status: 401, data: { error: { code: 'unauthorized', message: 'Invalid token' } } });
    const err = await outcome(api.me());
    expect(err).toBeInstanceOf(ApiError);
    expect(wx.calls.filter((c) => c.key === 'GET /api/mp/me')).toHaveLength(2);
    expect(wx.toasts).toEqual(['请求失败，请稍后再试']);
  });

  test('a Chinese message from the server is what the toast says', async () => {
    signedInAs(wx, learnerSession);
    wx.answer('POST /api/mp/quizzes/q/attempts', { status: 409, data: { error: { code: 'quiz_not_open', message: '请先学完“模块1”的全部课时，再参加《模块1测验》。' } } });
    const err = (await outcome(api.startQuiz('q'))) as ApiError;
    expect(err.status).toBe(409);
    expect(err.code).toBe('quiz_not_open');
    expect(wx.toasts).toEqual(['请先学完“模块1”的全部课时，再参加《模块1测验》。']);
  });

  test('no network and a server error each get a plain Chinese toast, never a developer’s message', async () => {
    signedInAs(wx, learnerSession);
    wx.answer('GET /api/mp/courses', { status: 0 });
    await outcome(api.courses());
    wx.answer('GET /api/mp/courses', { status: 503, data: { error: { code: 'unavailable', message: 'MongoDB is unavailable' } } });
    await outcome(api.courses());
    expect(wx.toasts).toEqual(['网络不可用，请检查网络后重试', '服务暂时不可用，请稍后再试']);
  });

  test('a caller that shows the error itself gets no toast', async () => {
    signedInAs(wx, learnerSession);
    wx.answer('POST /api/mp/bind', { status: 400, data: { error: { code: 'bind_code_invalid', message: '绑定码不正确，请核对后重新发送。' } } });
    const err = (await outcome(api.bind('WRONG'))) as ApiError;
    expect(err.message).toBe('绑定码不正确，请核对后重新发送。');
    expect(wx.toasts).toEqual([]);
  });

  test('two pages opening at once share one sign-in', async () => {
    wx.answer('POST /api/mp/login', { data: learnerSession });
    const both = Promise.all([ensureSession(), ensureSession()]);
    await settle(60);
    expect(await both).toEqual([learnerSession, learnerSession]);
    expect(wx.calls.filter((c) => c.key === 'POST /api/mp/login')).toHaveLength(1);
  });

  test('public routes go without a token', async () => {
    wx.answer('GET /api/public/certificates/ABC', { data: { number: 'CSR-1' } });
    await outcome(api.verify('ABC'));
    expect(wx.calls).toEqual([expect.objectContaining({ key: 'GET /api/public/certificates/ABC', auth: undefined })]);
  });
});

test('a status the page handles itself (a 404 shown as a kind state) gets no toast; others still do', async () => {
  wx = signedInAs(installFakeWx(), learnerSession);
  wx.answer('GET /api/mp/news/gone', { status: 404, data: { error: { code: 'not_found', message: '该动态不存在' } } });
  await outcome(api.newsItem('gone', { handles: [404] }));
  expect(wx.toasts).toEqual([]);
  wx.answer('GET /api/mp/news/gone', { status: 503, data: { error: { code: 'unavailable', message: 'down' } } });
  await outcome(api.newsItem('gone', { handles: [404] }));
  expect(wx.toasts).toEqual(['服务暂时不可用，请稍后再试']);
});
