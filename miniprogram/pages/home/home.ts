import { ApiError, api, ensureSession, type Application, type CourseProgress, type MyApplications, type NewsItem, type WrongBookSummary } from '../../services/api';
import { daysUntil, formatDate, formatMonthDay } from '../../utils/format';

type State = 'loading' | 'ready' | 'empty' | 'error';
/** A task section also knows the user may not (or no longer) be bound in that role. */
type TaskState = 'loading' | 'ready' | 'error' | 'unbound';

interface CourseTask {
  /** lesson | quiz: a next step to tap; done: every course finished; none: no course open yet. */
  kind: 'lesson' | 'quiz' | 'done' | 'none';
  line: string;
  /** Course title and how far along, e.g. 「企业社会责任指导员培训 · 已学 3/4 课」. */
  context: string;
  url: string;
}

interface DeadlineTask {
  campaignName: string;
  line: string;
  /** Three days or fewer left (or overdue): the line turns red. */
  urgent: boolean;
}

interface NewsRow {
  id: string;
  title: string;
  summary: string;
  date: string;
}

interface HomeData {
  /** Whether we know who the user is yet (sign-in may fail on a bad network). */
  sessionState: 'loading' | 'ready' | 'error';
  bound: boolean;
  isInstructor: boolean;
  isContact: boolean;
  /** Bound, but in no role with tasks here (e.g. office staff). */
  noRoleTasks: boolean;
  courseState: TaskState;
  courseError: string;
  courseTask: CourseTask | null;
  /** 今日错题 N: shown once the learner's wrong-answer book has anything in it. */
  wrongBook: Pick<WrongBookSummary, 'due' | 'total'> | null;
  deadlineState: TaskState;
  deadlineError: string;
  deadlineTask: DeadlineTask | null;
  newsState: State;
  news: NewsRow[];
}

interface HomeCustom {
  /** Answers from an older load (a quick second onShow) must not overwrite a newer one. */
  loadSeq: number;
  load(): Promise<void>;
  loadTasks(seq: number): Promise<void>;
  loadCourses(seq: number): Promise<void>;
  loadWrongBook(seq: number): Promise<void>;
  loadDeadlines(seq: number): Promise<void>;
  loadNews(seq?: number): Promise<void>;
  onRetryTasks(): void;
  onRetryCourses(): void;
  onRetryDeadlines(): void;
  onRetryNews(): void;
  onBind(): void;
  onCourseTask(): void;
  onWrongBook(): void;
  onCertificates(): void;
  onDeadline(): void;
  onNews(e: WechatMiniprogram.TouchEvent): void;
  onMoreNews(): void;
}

const NOT_FOUND = 404;

function courseTaskOf(items: CourseProgress[]): CourseTask {
  const open = items.find((c) => !c.complete);
  if (!open) {
    return items.length
      ? { kind: 'done', line: '课程已全部完成', context: '通过结业考试后即可查看证书', url: '/pages/certificates/certificates' }
      : { kind: 'none', line: '暂无开放的课程', context: '课程开放后会显示在这里', url: '' };
  }
  const context = `${open.title} · 已学 ${open.lessonsRead}/${open.lessonsTotal} 课`;
  const next = open.next;
  if (next.kind === 'lesson') return { kind: 'lesson', line: `继续学习：${next.title}`, context, url: `/pages/lesson/lesson?id=${encodeURIComponent(next.id)}` };
  if (next.kind === 'quiz') return { kind: 'quiz', line: `待参加测验：${next.title}`, context, url: `/pages/quiz/quiz?quizId=${encodeURIComponent(next.id)}` };
  // Not complete yet nothing left to do (e.g. waiting for a grade): the course page explains.
  return { kind: 'lesson', line: '查看课程进度', context, url: `/pages/course/course?id=${encodeURIComponent(open.courseId)}` };
}

function daysText(days: number): string {
  if (days > 0) return `还有${days}天`;
  return days === 0 ? '今天截止' : '已逾期';
}

function deadlineTaskOf(mine: MyApplications, now: number): DeadlineTask | null {
  const open = mine.applications
    .filter((a: Application) => !a.withdrawn && a.current)
    .map((a) => ({ app: a, stage: a.stages.find((s) => s.key === a.current && !s.done) }))
    .filter((x): x is { app: Application; stage: Application['stages'][number] } => !!x.stage)
    .sort((x, y) => Date.parse(x.stage.deadline) - Date.parse(y.stage.deadline));
  if (open.length) {
    const { app, stage } = open[0];
    const days = daysUntil(stage.deadline, now);
    return { campaignName: app.campaignName, line: `${stage.name} · ${formatMonthDay(stage.deadline)}截止 · ${daysText(days)}`, urgent: days <= 3 };
  }
  const campaign = mine.canApply[0];
  if (campaign) return { campaignName: campaign.name, line: `可自愿申请 · ${campaign.applyByText}前提交`, urgent: false };
  return null;
}

function errorText(err: unknown): string {
  return err instanceof ApiError ? err.message : '加载失败，请稍后重试';
}

Page<HomeData, HomeCustom>({
  data: {
    sessionState: 'loading',
    bound: false,
    isInstructor: false,
    isContact: false,
    noRoleTasks: false,
    courseState: 'loading',
    courseError: '',
    courseTask: null,
    wrongBook: null,
    deadlineState: 'loading',
    deadlineError: '',
    deadlineTask: null,
    newsState: 'loading',
    news: [],
  },

  loadSeq: 0,

  onShow() {
    // The tab is shown again after a lesson, a quiz or a binding: tasks may have moved on.
    void this.load();
  },

  async onPullDownRefresh() {
    await this.load();
    wx.stopPullDownRefresh();
  },

  async load() {
    const seq = ++this.loadSeq;
    await Promise.all([this.loadTasks(seq), this.loadNews(seq)]);
  },

  async loadTasks(seq) {
    // A refresh keeps what is shown until the new answer arrives; only a first load shows the spinner.
    if (this.data.sessionState !== 'ready') this.setData({ sessionState: 'loading' });
    let session;
    try {
      session = await ensureSession();
    } catch {
      if (seq === this.loadSeq) this.setData({ sessionState: 'error' });
      return;
    }
    if (seq !== this.loadSeq) return;
    const roles = session.bound ? session.bindings.map((b) => b.personType) : [];
    const isInstructor = roles.includes('instructor');
    const isContact = roles.includes('contact');
    this.setData({ sessionState: 'ready', bound: session.bound, isInstructor, isContact, noRoleTasks: session.bound && !isInstructor && !isContact });
    await Promise.all([isInstructor ? this.loadCourses(seq) : undefined, isInstructor ? this.loadWrongBook(seq) : undefined, isContact ? this.loadDeadlines(seq) : undefined]);
  },

  async loadCourses(seq) {
    if (this.data.courseState !== 'ready') this.setData({ courseState: 'loading' });
    try {
      const { items } = await api.courses({ toast: false });
      if (seq === this.loadSeq) this.setData({ courseState: 'ready', courseTask: courseTaskOf(items) });
    } catch (err) {
      if (seq !== this.loadSeq) return;
      // 404: the stored session is stale and the learner binding is gone.
      if (err instanceof ApiError && err.status === NOT_FOUND) this.setData({ courseState: 'unbound' });
      else this.setData({ courseState: 'error', courseError: errorText(err) });
    }
  },

  async loadWrongBook(seq) {
    try {
      const { due, total } = await api.wrongBookSummary({ toast: false });
      if (seq === this.loadSeq) this.setData({ wrongBook: total > 0 ? { due, total } : null });
    } catch {
      // The book is extra: the course card says what went wrong with the learner's data.
      if (seq === this.loadSeq) this.setData({ wrongBook: null });
    }
  },

  async loadDeadlines(seq) {
    if (this.data.deadlineState !== 'ready') this.setData({ deadlineState: 'loading' });
    try {
      const mine = await api.myApplications({ toast: false });
      if (seq === this.loadSeq) this.setData({ deadlineState: 'ready', deadlineTask: deadlineTaskOf(mine, Date.now()) });
    } catch (err) {
      if (seq !== this.loadSeq) return;
      if (err instanceof ApiError && err.status === NOT_FOUND) this.setData({ deadlineState: 'unbound' });
      else this.setData({ deadlineState: 'error', deadlineError: errorText(err) });
    }
  },

  async loadNews(seq) {
    if (this.data.newsState !== 'ready') this.setData({ newsState: 'loading' });
    try {
      const page = await api.news(1, 5);
      if (seq !== undefined && seq !== this.loadSeq) return;
      const news = page.items.map((n: NewsItem) => ({ id: n.id, title: n.title, summary: n.summary, date: formatDate(n.publishedAt) }));
      this.setData({ newsState: news.length ? 'ready' : 'empty', news });
    } catch {
      if (seq === undefined || seq === this.loadSeq) this.setData({ newsState: 'error' });
    }
  },

  onRetryTasks() {
    void this.loadTasks(this.loadSeq);
  },

  onRetryCourses() {
    void this.loadCourses(this.loadSeq);
  },

  onRetryDeadlines() {
    void this.loadDeadlines(this.loadSeq);
  },

  onRetryNews() {
    void this.loadNews();
  },

  onBind() {
    wx.navigateTo({ url: '/pages/bind/bind' });
  },

  onCourseTask() {
    const task = this.data.courseTask;
    if (task?.url) wx.navigateTo({ url: task.url });
  },

  onWrongBook() {
    wx.navigateTo({ url: '/pages/wrong-book/wrong-book' });
  },

  onCertificates() {
    wx.navigateTo({ url: '/pages/certificates/certificates' });
  },

  onDeadline() {
    wx.navigateTo({ url: '/pages/application/application' });
  },

  onNews(e) {
    const id = (e.currentTarget.dataset as { id?: string }).id;
    if (id) wx.navigateTo({ url: `/pages/news-detail/news-detail?id=${encodeURIComponent(id)}` });
  },

  onMoreNews() {
    wx.navigateTo({ url: '/pages/news/news' });
  },
});
