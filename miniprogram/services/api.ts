import { config } from '../config';
import type { paths } from './api-types';

/**
 * The one way pages reach the server: the token is kept in storage, a 401 signs in again once and
 * retries, and every error a page does not handle itself shows through one toast (`showError`).
 * Types come from the server's /openapi.json (services/api-types.ts, `npm run mp:api-types`).
 */

type Method = 'GET' | 'POST' | 'PUT';
type Lower<M extends Method> = M extends 'GET' ? 'get' : M extends 'POST' ? 'post' : 'put';
type Ok<Op> = Op extends { responses: infer R }
  ? R extends { 200: { content: { 'application/json': infer T } } }
    ? T
    : R extends { 201: { content: { 'application/json': infer T } } }
      ? T
      : undefined
  : never;
/** What a route answers on success, from the OpenAPI document. */
export type Answer<P extends keyof paths, M extends Method> = Lower<M> extends keyof paths[P] ? Ok<paths[P][Lower<M>]> : never;

export type Session = Answer<'/api/mp/login', 'POST'>;
export type Settings = Answer<'/api/mp/settings', 'GET'>;
export type CourseProgress = Answer<'/api/mp/courses/{id}', 'GET'>;
export type Lesson = Answer<'/api/mp/lessons/{id}', 'GET'>;
export type Heartbeat = Answer<'/api/mp/lessons/{id}/heartbeat', 'POST'>;
export type Attempt = Answer<'/api/mp/attempts/{id}', 'GET'>;
export type QuizHistory = Answer<'/api/mp/quizzes/{id}/attempts', 'GET'>;
export type Certificate = Answer<'/api/mp/certificates', 'GET'>['items'][number];
export type PublicCertificate = Answer<'/api/public/certificates/{code}', 'GET'>;
export type MyApplications = Answer<'/api/mp/applications/mine', 'GET'>;
export type Application = MyApplications['applications'][number];
export type NewsPage = Answer<'/api/mp/news', 'GET'>;
export type NewsItem = NewsPage['items'][number];
export type NewsDetail = Answer<'/api/mp/news/{id}', 'GET'>;
export type SubscribeResult = 'accept' | 'reject' | 'ban' | 'filter';
export type PracticeModules = Answer<'/api/mp/practice/courses/{id}', 'GET'>;
export type PracticePrompt = Answer<'/api/mp/practice/questions', 'POST'>;
export type Feedback = Answer<'/api/mp/practice/prompts/{id}/answer', 'POST'>;
export type WrongBook = Answer<'/api/mp/wrong-book', 'GET'>;
export type WrongBookItem = WrongBook['items'][number];
export type WrongBookSummary = Answer<'/api/mp/wrong-book/summary', 'GET'>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'hx.token';
const SESSION_KEY = 'hx.session';

/** Messages for answers that carry none a person can read (a network failure, a server error). */
function fallbackMessage(status: number): string {
  if (status === 0) return '网络不可用，请检查网络后重试';
  if (status === 429) return '操作过于频繁，请稍后再试';
  if (status >= 500) return '服务暂时不可用，请稍后再试';
  return '请求失败，请稍后再试';
}

/** The one toast every page's errors go through. */
export function showError(err: unknown): void {
  const message = err instanceof ApiError ? err.message : '出错了，请稍后再试';
  wx.showToast({ title: message, icon: 'none', duration: 3000 });
}

interface Raw {
  status: number;
  data: unknown;
}

function send(method: Method, path: string, body: unknown, token: string | null): Promise<Raw> {
  return new Promise((resolve) => {
    wx.request({
      url: `${config.apiBase}${path}`,
      method,
      data: body === undefined ? undefined : (body as WechatMiniprogram.IAnyObject),
      header: { 'content-type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      timeout: 15000,
      success: (res) => resolve({ status: res.statusCode, data: res.data }),
      fail: () => resolve({ status: 0, data: null }),
    });
  });
}

function errorOf(raw: Raw): ApiError {
  const error = (raw.data as { error?: { code?: string; message?: string } } | null)?.error;
  // Only 4xx messages are written for people; a 5xx message may be a developer's.
  const readable = raw.status >= 400 && raw.status < 500 && typeof error?.message === 'string' && /[\u4e00-\u9fa5]/.test(error.message);
  return new ApiError(raw.status, error?.code ?? (raw.status === 0 ? 'network' : 'error'), readable ? error!.message! : fallbackMessage(raw.status));
}

function wxLoginCode(): Promise<string> {
  if (config.devLoginCode) return Promise.resolve(config.devLoginCode);
  return new Promise((resolve, reject) => {
    wx.login({ success: (r) => resolve(r.code), fail: () => reject(new ApiError(0, 'wx_login_failed', '微信登录失败，请稍后再试')) });
  });
}

let signingIn: Promise<Session> | null = null;

/** Signs in (once at a time): wx.login's code for our token and who this user is. */
export function signIn(): Promise<Session> {
  signingIn ??= (async () => {
    try {
      const raw = await send('POST', '/api/mp/login', { code: await wxLoginCode() }, null);
      if (raw.status !== 200) throw errorOf(raw);
      const session = raw.data as Session;
      wx.setStorageSync(TOKEN_KEY, session.token);
      wx.setStorageSync(SESSION_KEY, session);
      return session;
    } finally {
      signingIn = null;
    }
  })();
  return signingIn;
}

/** Who the user was at the last sign-in or binding (null before the first sign-in). */
export function currentSession(): Session | null {
  return (wx.getStorageSync(SESSION_KEY) as Session | '') || null;
}

/** The session, signing in first when there is none yet. */
export async function ensureSession(): Promise<Session> {
  return currentSession() ?? signIn();
}

/** Whether the user is bound as this kind of person (one WeChat user may be an instructor and a contact). */
export function isBoundAs(session: Session, personType: Session['bindings'][number]['personType']): boolean {
  return session.bindings.some((b) => b.personType === personType);
}

/** The session for a page's load; a failed sign-in is shown once and gives null (the page shows its error state). */
export async function sessionForPage(): Promise<Session | null> {
  try {
    return await ensureSession();
  } catch (err) {
    showError(err);
    return null;
  }
}

export interface CallOptions {
  /** false: the caller shows the error itself (e.g. a form field); default true. */
  toast?: boolean;
  /** false: a public route, sent without a token. */
  auth?: boolean;
  /** Statuses the caller shows in its own way (404: a kind "not found" or "please bind" state): no toast for those. */
  handles?: number[];
}

export async function call<T>(method: Method, path: string, body?: unknown, options: CallOptions = {}): Promise<T> {
  try {
    if (options.auth === false) {
      const raw = await send(method, path, body, null);
      if (raw.status >= 400 || raw.status === 0) throw errorOf(raw);
      return raw.data as T;
    }
    let token = (wx.getStorageSync(TOKEN_KEY) as string) || (await signIn()).token;
    let raw = await send(method, path, body, token);
    if (raw.status === 401) {
      // The token expired or the secret changed: sign in again once, then give up.
      token = (await signIn()).token;
      raw = await send(method, path, body, token);
    }
    if (raw.status >= 400 || raw.status === 0) throw errorOf(raw);
    return (raw.status === 204 ? undefined : raw.data) as T;
  } catch (err) {
    const handled = err instanceof ApiError && options.handles?.includes(err.status);
    if (options.toast !== false && !handled) showError(err);
    throw err;
  }
}

const enc = encodeURIComponent;

/** Every route the mini-program calls, typed from the server's OpenAPI document. */
export const api = {
  settings: (options?: CallOptions) => call<Settings>('GET', '/api/mp/settings', undefined, { ...options, auth: false }),
  bind: (code: string) => call<Answer<'/api/mp/bind', 'POST'>>('POST', '/api/mp/bind', { code }, { toast: false }),
  me: (options?: CallOptions) => call<Answer<'/api/mp/me', 'GET'>>('GET', '/api/mp/me', undefined, options),
  courses: (options?: CallOptions) => call<Answer<'/api/mp/courses', 'GET'>>('GET', '/api/mp/courses', undefined, options),
  course: (id: string, options?: CallOptions) => call<CourseProgress>('GET', `/api/mp/courses/${enc(id)}`, undefined, options),
  lesson: (id: string, options?: CallOptions) => call<Lesson>('GET', `/api/mp/lessons/${enc(id)}`, undefined, options),
  completeLesson: (id: string) => call<CourseProgress>('POST', `/api/mp/lessons/${enc(id)}/complete`),
  /** The lesson page is on screen (its reading token from `lesson`); the page shows its own state, so no toast. */
  lessonHeartbeat: (id: string, token: string) => call<Heartbeat>('POST', `/api/mp/lessons/${enc(id)}/heartbeat`, { token }, { toast: false }),
  /** A quiz question came on screen; nothing to show the learner either way. */
  questionShown: (attemptId: string, questionId: string) => call<undefined>('POST', `/api/mp/attempts/${enc(attemptId)}/questions/${enc(questionId)}/shown`, undefined, { toast: false }),
  startQuiz: (quizId: string, options?: CallOptions) => call<Attempt>('POST', `/api/mp/quizzes/${enc(quizId)}/attempts`, undefined, options),
  quizHistory: (quizId: string) => call<QuizHistory>('GET', `/api/mp/quizzes/${enc(quizId)}/attempts`),
  attempt: (id: string, options?: CallOptions) => call<Attempt>('GET', `/api/mp/attempts/${enc(id)}`, undefined, options),
  saveAnswer: (attemptId: string, questionId: string, choice: string, options?: CallOptions) =>
    call<undefined>('PUT', `/api/mp/attempts/${enc(attemptId)}/answers/${enc(questionId)}`, { choice }, options),
  submit: (attemptId: string) => call<Attempt>('POST', `/api/mp/attempts/${enc(attemptId)}/submit`),
  posterPath: (certificateId: string) => `/api/mp/certificates/${enc(certificateId)}/poster.png`,
  certificates: (options?: CallOptions) => call<Answer<'/api/mp/certificates', 'GET'>>('GET', '/api/mp/certificates', undefined, options),
  verify: (code: string) => call<PublicCertificate>('GET', `/api/public/certificates/${enc(code)}`, undefined, { auth: false, toast: false }),
  myApplications: (options?: CallOptions) => call<MyApplications>('GET', '/api/mp/applications/mine', undefined, options),
  apply: (campaignId: string) => call<Application>('POST', '/api/mp/applications', { campaignId }),
  submitSelfCheck: (applicationId: string) => call<Application>('POST', '/api/mp/applications/self-check', { applicationId }),
  news: (page = 1, pageSize = 10) => call<NewsPage>('GET', `/api/mp/news?page=${page}&pageSize=${pageSize}`),
  newsItem: (id: string, options?: CallOptions) => call<NewsDetail>('GET', `/api/mp/news/${enc(id)}`, undefined, options),
  practiceModules: (courseId: string, options?: CallOptions) => call<PracticeModules>('GET', `/api/mp/practice/courses/${enc(courseId)}`, undefined, options),
  /** The next practice question of a module; undefined (204) when it has none. */
  practiceQuestion: (courseId: string, moduleId: string, options?: CallOptions) => call<PracticePrompt | undefined>('POST', '/api/mp/practice/questions', { courseId, moduleId }, options),
  answerPractice: (promptId: string, choice: string) => call<Feedback>('POST', `/api/mp/practice/prompts/${enc(promptId)}/answer`, { choice }),
  wrongBook: (options?: CallOptions) => call<WrongBook>('GET', '/api/mp/wrong-book', undefined, options),
  wrongBookSummary: (options?: CallOptions) => call<WrongBookSummary>('GET', '/api/mp/wrong-book/summary', undefined, options),
  answerWrongBook: (questionId: string, choice: string, options?: CallOptions) => call<Feedback>('POST', `/api/mp/wrong-book/${enc(questionId)}/answer`, { choice }, options),
  subscribe: (results: Record<string, SubscribeResult>, ref: string) =>
    call<Answer<'/api/mp/subscriptions', 'POST'>>('POST', '/api/mp/subscriptions', { results, ref }),
};

function download(path: string, token: string): Promise<{ status: number; file: string }> {
  return new Promise((resolve) => {
    wx.downloadFile({
      url: `${config.apiBase}${path}`,
      header: { Authorization: `Bearer ${token}` },
      success: (res) => resolve({ status: res.statusCode, file: res.tempFilePath }),
      fail: () => resolve({ status: 0, file: '' }),
    });
  });
}

/** Downloads a signed-in file (a certificate poster) to a temporary path, signing in again once on a 401. */
export async function downloadSigned(path: string): Promise<string> {
  try {
    let token = (wx.getStorageSync(TOKEN_KEY) as string) || (await signIn()).token;
    let res = await download(path, token);
    if (res.status === 401) {
      token = (await signIn()).token;
      res = await download(path, token);
    }
    if (res.status !== 200) throw new ApiError(res.status, 'download_failed', res.status === 404 ? '未找到该证书' : fallbackMessage(res.status));
    return res.file;
  } catch (err) {
    showError(err);
    throw err;
  }
}

/** After a binding the stored session is stale: sign in again to learn who the user now is. */
export async function refreshSession(): Promise<Session> {
  return signIn();
}
