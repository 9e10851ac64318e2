import { ApiError, api, refreshSession, type CourseProgress, type Session, sessionForPage, isBoundAs } from '../../services/api';

type State = 'loading' | 'ready' | 'empty' | 'error';
type QuizStanding = NonNullable<CourseProgress['finalExam']>;

interface LessonRow {
  id: string;
  title: string;
  minutesText: string;
  read: boolean;
  isNext: boolean;
}

interface QuizRow {
  id: string;
  title: string;
  statusText: string;
  passed: boolean;
  /** Its turn has not come; still tappable, the quiz page shows the server's reason. */
  locked: boolean;
  isNext: boolean;
}

interface ModuleView {
  id: string;
  /** The module's own title, for the practice page's heading. */
  title: string;
  heading: string;
  lessons: LessonRow[];
  quiz: QuizRow | null;
}

interface Head {
  title: string;
  percent: number;
  progressText: string;
  complete: boolean;
  nextText: string;
  /** Label of the button that goes to `next`; empty when there is nowhere to go. */
  actionText: string;
}

interface CourseData {
  state: State;
  emptyText: string;
  needsBind: boolean;
  head: Head | null;
  modules: ModuleView[];
  finalExam: QuizRow | null;
  certificateId: string;
}

const GRADING: Record<QuizStanding['grading'], string> = { highest: '最高', last: '最近', average: '平均' };
const isInstructor = (s: Session) => isBoundAs(s, 'instructor');

function quizStatus(q: QuizStanding): string {
  const score = q.result === null ? '' : `${GRADING[q.grading]} ${q.result} 分`;
  if (q.passed) return `已通过 · ${score}`;
  const chances = q.attemptsLeft > 0 ? `剩余 ${q.attemptsLeft} 次机会` : '作答次数已用完';
  return score ? `${score} · ${chances}` : chances;
}

function quizRow(q: QuizStanding, locked: boolean, next: CourseProgress['next']): QuizRow {
  return {
    id: q.id,
    title: q.title,
    statusText: quizStatus(q),
    passed: q.passed,
    locked: locked && !q.passed,
    isNext: next.kind === 'quiz' && next.id === q.id,
  };
}

function view(c: CourseProgress): Pick<CourseData, 'head' | 'modules' | 'finalExam' | 'certificateId'> {
  const { next } = c;
  const percent = c.lessonsTotal > 0 ? Math.round((c.lessonsRead / c.lessonsTotal) * 100) : 0;
  const modules = c.modules.map((m, i) => ({
    id: m.id,
    title: m.title,
    heading: `${m.code || `模块${i + 1}`} · ${m.title}`,
    lessons: m.lessons.map((l) => ({ id: l.id, title: l.title, minutesText: `${l.minutes} 分钟`, read: l.read, isNext: next.kind === 'lesson' && next.id === l.id })),
    quiz: m.quiz && quizRow(m.quiz, !m.lessons.every((l) => l.read), next),
  }));
  const allQuizzesPassed = c.modules.every((m) => !m.quiz || m.quiz.passed);
  let nextText = '已完成全部学习';
  let actionText = '';
  if (next.kind === 'lesson') {
    nextText = `下一步：学习《${next.title}》`;
    actionText = '继续学习';
  } else if (next.kind === 'quiz') {
    nextText = `下一步：参加《${next.title}》`;
    actionText = next.final ? '参加考试' : '参加测验';
  } else if (!c.certificate) {
    // Complete, but the certificate is not out yet (issued by the server shortly after).
    nextText = '已完成全部学习，证书生成后可在“我的”中查看';
  }
  return {
    head: { title: c.title, percent, progressText: `已学 ${c.lessonsRead}/${c.lessonsTotal} 课时 · ${percent}%`, complete: c.complete, nextText, actionText },
    modules,
    finalExam: c.finalExam && quizRow(c.finalExam, !allQuizzesPassed, next),
    certificateId: c.certificate?.id ?? '',
  };
}

Page<
  CourseData,
  {
    courseId: string;
    /** The last answer, for where 继续 goes. */
    progress: CourseProgress | null;
    load(): Promise<void>;
    onContinue(): void;
    onLesson(e: WechatMiniprogram.TouchEvent): void;
    onQuiz(e: WechatMiniprogram.TouchEvent): void;
    onPractice(e: WechatMiniprogram.TouchEvent): void;
    onCertificate(): void;
    onBind(): void;
  }
>({
  data: { state: 'loading', emptyText: '未找到该课程', needsBind: false, head: null, modules: [], finalExam: null, certificateId: '' },
  courseId: '',
  progress: null,

  onLoad(query: Record<string, string | undefined>) {
    this.courseId = query.id ?? '';
  },

  onShow() {
    // Also on the way back from a lesson or a quiz, so the new progress shows.
    void this.load();
  },

  async load() {
    if (!this.courseId) {
      this.setData({ state: 'empty' });
      return;
    }
    if (this.data.state !== 'ready') this.setData({ state: 'loading' });
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
      this.progress = await api.course(this.courseId, { handles: [404] });
      this.setData({ state: 'ready', needsBind: false, ...view(this.progress) });
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        // Either the course is not open to this user, or they are no longer bound: ask the server which.
        const session = await refreshSession().catch(() => null);
        if (session && !isInstructor(session)) this.setData({ state: 'ready', needsBind: true });
        else this.setData({ state: 'empty', emptyText: err.message });
        return;
      }
      this.setData({ state: 'error' });
    }
  },

  onContinue() {
    const next = this.progress?.next;
    if (next?.kind === 'lesson') wx.navigateTo({ url: `/pages/lesson/lesson?id=${encodeURIComponent(next.id)}` });
    else if (next?.kind === 'quiz') wx.navigateTo({ url: `/pages/quiz/quiz?quizId=${encodeURIComponent(next.id)}` });
    else if (this.data.certificateId) this.onCertificate();
  },

  onLesson(e) {
    wx.navigateTo({ url: `/pages/lesson/lesson?id=${encodeURIComponent(String(e.currentTarget.dataset.id))}` });
  },

  onQuiz(e) {
    wx.navigateTo({ url: `/pages/quiz/quiz?quizId=${encodeURIComponent(String(e.currentTarget.dataset.id))}` });
  },

  onPractice(e) {
    const { id, title } = e.currentTarget.dataset as { id?: string; title?: string };
    wx.navigateTo({ url: `/pages/practice/practice?courseId=${encodeURIComponent(this.courseId)}&moduleId=${encodeURIComponent(String(id))}&title=${encodeURIComponent(title ?? '')}` });
  },

  onCertificate() {
    wx.navigateTo({ url: `/pages/certificate/certificate?id=${encodeURIComponent(this.data.certificateId)}` });
  },

  onBind() {
    wx.navigateTo({ url: '/pages/bind/bind' });
  },
});
