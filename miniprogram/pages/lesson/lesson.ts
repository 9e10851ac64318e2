import { ApiError, api, refreshSession, type CourseProgress, type Heartbeat, type Session, sessionForPage, isBoundAs } from '../../services/api';

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
  /** The lesson needs presence before it can be marked read (the server's lesson-time gate). */
  reading: boolean;
  canComplete: boolean;
  readingPercent: number;
  readingText: string;
}

/** What the page keeps besides its data: the reading's token and the heartbeat sent while it is on screen. */
interface LessonCustom {
  lessonId: string;
  token: string;
  beatSeconds: number;
  beatTimer: number;
  hidden: boolean;
  gone: boolean;
  load(): Promise<void>;
  applyReading(r: Pick<Heartbeat, 'presentSeconds' | 'requiredSeconds' | 'canComplete'>): void;
  startBeats(): void;
  stopBeats(): void;
  beat(): Promise<void>;
  onComplete(): Promise<void>;
  onNext(): void;
  onBind(): void;
}

const isInstructor = (s: Session) => isBoundAs(s, 'instructor');

/** 90 → "1 分 30 秒", 540 → "9 分钟". */
function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (!m) return `${s} 秒`;
  return s ? `${m} 分 ${s} 秒` : `${m} 分钟`;
}

function nextStep(next: CourseProgress['next']): NextStep {
  if (next.kind === 'lesson') return { kind: 'lesson', id: next.id, label: `下一课：${next.title}` };
  if (next.kind === 'quiz') return { kind: 'quiz', id: next.id, label: `${next.final ? '参加考试' : '参加测验'}：${next.title}` };
  return { kind: 'back', id: '', label: '返回课程' };
}

Page<LessonData, LessonCustom>({
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
    reading: false,
    canComplete: true,
    readingPercent: 0,
    readingText: '',
  },
  lessonId: '',
  token: '',
  beatSeconds: 15,
  beatTimer: 0,
  hidden: false,
  gone: false,

  onLoad(query: Record<string, string | undefined>) {
    this.lessonId = query.id ?? '';
    void this.load();
  },

  // Heartbeats go only while the page is on screen: presence is what the server counts.
  onShow() {
    this.hidden = false;
    this.startBeats();
  },

  onHide() {
    this.hidden = true;
    this.stopBeats();
  },

  onUnload() {
    this.gone = true;
    this.stopBeats();
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
      this.token = lesson.reading.token;
      this.beatSeconds = lesson.reading.heartbeatSeconds;
      this.applyReading(lesson.reading);
      this.startBeats();
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

  applyReading(r) {
    const reading = r.requiredSeconds > 0;
    this.setData({
      reading,
      canComplete: r.canComplete,
      readingPercent: reading ? Math.min(100, Math.floor((r.presentSeconds * 100) / r.requiredSeconds)) : 100,
      readingText: !reading ? '' : r.canComplete ? '阅读时间已满，可标记为已学' : `已阅读 ${duration(r.presentSeconds)}，需阅读 ${duration(r.requiredSeconds)}，读满后可标记为已学`,
    });
  },

  startBeats() {
    this.stopBeats();
    if (this.hidden || this.gone || !this.token || this.data.completed || this.data.canComplete) return;
    this.beatTimer = setInterval(() => void this.beat(), this.beatSeconds * 1000) as unknown as number;
  },

  stopBeats() {
    if (this.beatTimer) clearInterval(this.beatTimer);
    this.beatTimer = 0;
  },

  async beat() {
    try {
      const r = await api.lessonHeartbeat(this.lessonId, this.token);
      if (this.gone) return;
      this.applyReading(r);
      if (r.canComplete) this.stopBeats();
    } catch (err) {
      // The reading token expired (a page left open for hours): open the lesson afresh for a new one.
      // Anything else (the network) just misses this beat.
      if (err instanceof ApiError && err.status === 403) {
        this.stopBeats();
        void this.load();
      }
    }
  },

  async onComplete() {
    if (this.data.completing) return;
    this.setData({ completing: true });
    try {
      const progress = await api.completeLesson(this.lessonId);
      this.setData({ completed: true, next: nextStep(progress.next) });
      this.stopBeats();
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
