import type { FakeWx } from '../support/fake-wx';
import * as f from '../fixtures';

/**
 * One picture per page for `npm run mp:preview`: the page, its query, and the server's answers
 * (the same fixtures the page tests use). `name` is the PNG's file name.
 */
export interface PreviewCase {
  name: string;
  page: string;
  query?: Record<string, string>;
  serve(wx: FakeWx): void;
}

export const previewCases: PreviewCase[] = [
  {
    name: 'home-learner',
    page: 'home',
    serve: (wx) => f.signedInAs(wx, f.learnerSession).answer('GET /api/mp/courses', { data: { items: [f.courseHalfway] } }).answer('GET /api/mp/news', { data: f.news }),
  },
  {
    name: 'home-contact',
    page: 'home',
    serve: (wx) => f.signedInAs(wx, f.contactSession).answer('GET /api/mp/applications/mine', { data: f.myApplications }).answer('GET /api/mp/news', { data: f.news }),
  },
  { name: 'bind', page: 'bind', serve: (wx) => void f.signedInAs(wx, f.newUserSession) },
  { name: 'courses', page: 'courses', serve: (wx) => void f.signedInAs(wx, f.learnerSession).answer('GET /api/mp/courses', { data: { items: [f.courseHalfway] } }) },
  { name: 'course', page: 'course', query: { id: 'course-1' }, serve: (wx) => void f.signedInAs(wx, f.learnerSession).answer('GET /api/mp/courses/course-1', { data: f.courseHalfway }) },
  { name: 'lesson', page: 'lesson', query: { id: 'lesson-2-2' }, serve: (wx) => void f.signedInAs(wx, f.learnerSession).answer('GET /api/mp/lessons/lesson-2-2', { data: f.lesson }) },
  {
    name: 'lesson-reading',
    page: 'lesson',
    query: { id: 'lesson-2-2' },
    // Two and a half minutes of the nine the lesson-time gate asks for.
    serve: (wx) => void f.signedInAs(wx, f.learnerSession).answer('GET /api/mp/lessons/lesson-2-2', { data: { ...f.lesson, reading: { ...f.lesson.reading, presentSeconds: 150, requiredSeconds: 540, canComplete: false } } }),
  },
  {
    name: 'quiz',
    page: 'quiz',
    query: { quizId: 'quiz-2' },
    serve: (wx) => void f.signedInAs(wx, f.learnerSession).answer('POST /api/mp/quizzes/quiz-2/attempts', { data: f.openAttempt }),
  },
  { name: 'result', page: 'result', query: { attemptId: 'attempt-1' }, serve: (wx) => void f.signedInAs(wx, f.learnerSession).answer('GET /api/mp/attempts/attempt-1', { data: f.gradedAttempt }) },
  { name: 'certificates', page: 'certificates', serve: (wx) => void f.signedInAs(wx, f.learnerSession).answer('GET /api/mp/certificates', { data: { items: [f.certificate] } }) },
  {
    name: 'certificate',
    page: 'certificate',
    query: { id: 'cert-1' },
    serve: (wx) => void f.signedInAs(wx, f.learnerSession).answer('GET /api/mp/certificates', { data: { items: [f.certificate] } }).answer('GET /api/mp/settings', { data: f.settings }),
  },
  { name: 'verify', page: 'verify', query: { code: 'K7PM2QXD9A' }, serve: (wx) => void wx.answer('GET /api/public/certificates/K7PM2QXD9A', { data: f.verified }) },
  {
    name: 'application',
    page: 'application',
    serve: (wx) => void f.signedInAs(wx, f.contactSession).answer('GET /api/mp/applications/mine', { data: f.myApplications }).answer('GET /api/mp/settings', { data: f.settings }),
  },
  { name: 'news', page: 'news', serve: (wx) => void f.signedInAs(wx, f.learnerSession).answer('GET /api/mp/news', { data: f.news }) },
  { name: 'news-detail', page: 'news-detail', query: { id: 'news-1' }, serve: (wx) => void f.signedInAs(wx, f.learnerSession).answer('GET /api/mp/news/news-1', { data: f.newsDetail }) },
  {
    name: 'me',
    page: 'me',
    serve: (wx) => void f.signedInAs(wx, f.learnerSession).answer('GET /api/mp/settings', { data: f.settings }).answer('GET /api/mp/me', { data: { bindings: f.learnerSession.bindings } }),
  },
  { name: 'courses-error', page: 'courses', serve: (wx) => void f.signedInAs(wx, f.learnerSession).answer('GET /api/mp/courses', { status: 0 }) },
  { name: 'practice', page: 'practice', query: { courseId: 'course-1', moduleId: 'mod-2' }, serve: (wx) => void f.signedInAs(wx, f.learnerSession).answer('POST /api/mp/practice/questions', { data: f.practicePrompt }) },
  { name: 'wrong-book', page: 'wrong-book', serve: (wx) => void f.signedInAs(wx, f.learnerSession).answer('GET /api/mp/wrong-book', { data: f.wrongBook }) },
];
