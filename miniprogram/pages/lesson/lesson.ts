import { ApiError, api, refreshSession, type CourseProgress, type Session, sessionForPage, isBoundAs } from '../../services/api';

type State = 'loading' | 'ready' | 'empty' | 'error';

/** Where to go once the lesson is marked read, from the course's `next`. */
interface NextStep {
  kind: 'lesson' | 'quiz' | 'back';
  id: string;
  label: string;
}

interface LessonData {
  state: State;
  emptyText: string;
  needsBind: boolean;
  title: string;
  minutesText: string;
  videoUrl: string;
  bodyHtml: string;
  completing: boolean;
  completed: boolean;
  next: NextStep | null;
}

const isInstructor = (s: Session) => isBoundAs(s, 'instructor');

function nextStep(next: CourseProgress['next']): NextStep {
  if (next.kind === 'lesson') return { kind: 'lesson', id: next.id, label: `下一课：${next.title}` };
  if (next.kind === 'quiz') return { kind: 'quiz', id: next.id, label: `${next.final ? '参加考试' : '参加测验'}：${next.title}` };
  return { kind: 'back', id: '', label: '返回课程' };
}

Page<LessonData, { lessonId: string; load(): Promise<void>; onComplete(): Promise<void>; onNext(): void; onBind(): void }>({
  data: {
    state: 'loading',
    emptyText: '未找到该课时',
    needsBind: false,
    title: '',
    minutesText: '',
    videoUrl: '',
    bodyHtml: '',
    completing: false,
    completed: false,
    next: null,
  },
  lessonId: '',

  onLoad(query: Record<string, string | undefined>) {
    this.lessonId = query.id ?? '';
    void this.load();
  },

  async load() {
    if (!this.lessonId) {
      this.setData({ state: 'empty' });
      return;
    }
    this.setData({ state: 'loading' });
    const session = await sessionForPage();
    if (!session) {
      this.setData({ state: 'error' });
      return;
    }
    if (!isInstructor(session)) {
      this.setData({ state: 'ready', needsBind: true });
      return;
    }
    try {
      const lesson = await api.lesson(this.lessonId, { handles: [404] });
      wx.setNavigationBarTitle({ title: lesson.title });
      this.setData({
        state: 'ready',
        needsBind: false,
        title: lesson.title,
        minutesText: `约 ${lesson.minutes} 分钟`,
        videoUrl: lesson.videoUrl ?? '',
        bodyHtml: lesson.bodyHtml,
      });
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        // Not found, or no longer bound: the renewed session tells which.
        const renewed = await refreshSession().catch(() => null);
        if (renewed && !isInstructor(renewed)) this.setData({ state: 'ready', needsBind: true });
        else this.setData({ state: 'empty', emptyText: err.message });
        return;
      }
      this.setData({ state: 'error' });
    }
  },

  async onComplete() {
    if (this.data.completing) return;
    this.setData({ completing: true });
    try {
      const progress = await api.completeLesson(this.lessonId);
      this.setData({ completed: true, next: nextStep(progress.next) });
    } catch {
      // The api has shown why; the button stays so the user can try again.
    } finally {
      this.setData({ completing: false });
    }
  },

  onNext() {
    const next = this.data.next;
    if (!next) return;
    // redirectTo: the course page stays one step back, not a trail of lessons.
    if (next.kind === 'lesson') wx.redirectTo({ url: `/pages/lesson/lesson?id=${encodeURIComponent(next.id)}` });
    else if (next.kind === 'quiz') wx.redirectTo({ url: `/pages/quiz/quiz?quizId=${encodeURIComponent(next.id)}` });
    else wx.navigateBack({ delta: 1 });
  },

  onBind() {
    wx.navigateTo({ url: '/pages/bind/bind' });
  },
});
