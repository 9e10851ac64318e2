import { api, type Answer, type BodyOf, type QueryOf } from './client';

/** Courses, modules, lessons (src/courses/routes.ts); banks, questions, quizzes (src/quizzes/routes.ts). */
export type CoursePage = Answer<'/api/admin/courses', 'get'>;
export type Course = CoursePage['items'][number];
export type CourseQuery = QueryOf<'/api/admin/courses'>;
export type CourseDetail = Answer<'/api/admin/courses/{id}', 'get'>;
export type CourseModule = CourseDetail['modules'][number];
export type Quiz = CourseDetail['quizzes'][number];
export type NewCourse = BodyOf<'/api/admin/courses', 'post'>;
export type CourseChange = BodyOf<'/api/admin/courses/{id}', 'patch'>;
export type NewModule = BodyOf<'/api/admin/courses/{id}/modules', 'post'>;
export type Lesson = Answer<'/api/admin/courses/{id}/modules/{moduleId}/lessons/{lessonId}', 'get'>;
export type NewLesson = BodyOf<'/api/admin/courses/{id}/modules/{moduleId}/lessons', 'post'>;
export type BankPage = Answer<'/api/admin/banks', 'get'>;
export type Bank = BankPage['items'][number];
export type BankDetail = Answer<'/api/admin/banks/{id}', 'get'>;
export type Question = BankDetail['questions'][number];
export type NewQuestion = BodyOf<'/api/admin/banks/{id}/questions', 'post'>;
export type BankImportReport = Answer<'/api/admin/banks/{id}/import', 'post'>;
export type NewQuiz = BodyOf<'/api/admin/quizzes', 'post'>;
export type QuizChange = BodyOf<'/api/admin/quizzes/{id}', 'patch'>;

export const listCourses = (query: CourseQuery, signal?: AbortSignal) => api.get('/api/admin/courses', { query, signal });
export const getCourse = (id: string, signal?: AbortSignal) => api.get('/api/admin/courses/{id}', { params: { id }, signal });
export const createCourse = (body: NewCourse) => api.post('/api/admin/courses', { body });
export const updateCourse = (id: string, body: CourseChange) => api.patch('/api/admin/courses/{id}', { params: { id }, body });
export const deleteCourse = (id: string) => api.delete('/api/admin/courses/{id}', { params: { id } });

export const createModule = (id: string, body: NewModule) => api.post('/api/admin/courses/{id}/modules', { params: { id }, body });
export const updateModule = (id: string, moduleId: string, body: BodyOf<'/api/admin/courses/{id}/modules/{moduleId}', 'patch'>) =>
  api.patch('/api/admin/courses/{id}/modules/{moduleId}', { params: { id, moduleId }, body });
export const deleteModule = (id: string, moduleId: string) => api.delete('/api/admin/courses/{id}/modules/{moduleId}', { params: { id, moduleId } });
export const reorderModules = (id: string, ids: string[]) => api.post('/api/admin/courses/{id}/modules/reorder', { params: { id }, body: { ids } });

export const getLesson = (id: string, moduleId: string, lessonId: string, signal?: AbortSignal) =>
  api.get('/api/admin/courses/{id}/modules/{moduleId}/lessons/{lessonId}', { params: { id, moduleId, lessonId }, signal });
export const createLesson = (id: string, moduleId: string, body: NewLesson) => api.post('/api/admin/courses/{id}/modules/{moduleId}/lessons', { params: { id, moduleId }, body });
export const updateLesson = (id: string, moduleId: string, lessonId: string, body: BodyOf<'/api/admin/courses/{id}/modules/{moduleId}/lessons/{lessonId}', 'patch'>) =>
  api.patch('/api/admin/courses/{id}/modules/{moduleId}/lessons/{lessonId}', { params: { id, moduleId, lessonId }, body });
export const deleteLesson = (id: string, moduleId: string, lessonId: string) => api.delete('/api/admin/courses/{id}/modules/{moduleId}/lessons/{lessonId}', { params: { id, moduleId, lessonId } });

export const listBanks = (query: QueryOf<'/api/admin/banks'>, signal?: AbortSignal) => api.get('/api/admin/banks', { query, signal });
export const getBank = (id: string, signal?: AbortSignal) => api.get('/api/admin/banks/{id}', { params: { id }, signal });
export const createBank = (body: BodyOf<'/api/admin/banks', 'post'>) => api.post('/api/admin/banks', { body });
export const updateBank = (id: string, body: BodyOf<'/api/admin/banks/{id}', 'patch'>) => api.patch('/api/admin/banks/{id}', { params: { id }, body });
export const deleteBank = (id: string) => api.delete('/api/admin/banks/{id}', { params: { id } });
export const createQuestion = (id: string, body: NewQuestion) => api.post('/api/admin/banks/{id}/questions', { params: { id }, body });
export const updateQuestion = (id: string, questionId: string, body: BodyOf<'/api/admin/banks/{id}/questions/{questionId}', 'patch'>) =>
  api.patch('/api/admin/banks/{id}/questions/{questionId}', { params: { id, questionId }, body });
export const deleteQuestion = (id: string, questionId: string) => api.delete('/api/admin/banks/{id}/questions/{questionId}', { params: { id, questionId } });

/** A question file (XLSX, CSV or a JSON array) as multipart `file`; the answer is the per-row report. */
export function importQuestions(bankId: string, file: File): Promise<BankImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post('/api/admin/banks/{id}/import', { params: { id: bankId }, form }) as Promise<BankImportReport>;
}
export const downloadBankTemplate = (format: 'xlsx' | 'csv') => api.download('/api/admin/banks/import-template', { query: { format }, fallbackName: `题库导入模板.${format}` });

export const createQuiz = (body: NewQuiz) => api.post('/api/admin/quizzes', { body });
export const updateQuiz = (id: string, body: QuizChange) => api.patch('/api/admin/quizzes/{id}', { params: { id }, body });
export const deleteQuiz = (id: string) => api.delete('/api/admin/quizzes/{id}', { params: { id } });

export const QUESTION_TYPE_NAMES: Record<Question['type'], string> = { single: '单选', multiple: '多选', truefalse: '判断' };
export const QUESTION_USE_NAMES: Record<Question['use'], string> = { exam: '考试', practice: '练习' };
export const GRADING_NAMES: Record<Quiz['grading'], string> = { highest: '取最高分', last: '取最后一次', average: '取平均分' };
export const REVIEW_NAMES: Record<Quiz['review'], string> = { score: '只显示分数', full: '显示答案与解析' };
export const optionLetter = (i: number) => String.fromCharCode(65 + i);
