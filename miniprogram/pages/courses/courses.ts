import { ApiError, api, ensureSession, refreshSession, showError, type CourseProgress, type Session, isBoundAs } from '../../services/api';

type State = 'loading' | 'ready' | 'empty' | 'error';

interface CourseCard {
  courseId: string;
  title: string;
  /** 0–100, for the bar's width. */
  percent: number;
  progressText: string;
  done: boolean;
  nextText: string;
}

interface CoursesData {
  state: State;
  /** Signed in but not (or no longer) an instructor: the page offers binding instead of courses. */
  needsBind: boolean;
  cards: CourseCard[];
}

const isInstructor = (s: Session) => isBoundAs(s, 'instructor');

function nextText(next: CourseProgress['next']): string {
  if (next.kind === 'lesson') return `下一步：学习《${next.title}》`;
  if (next.kind === 'quiz') return `下一步：参加《${next.title}》`;
  return '已完成，可查看证书';
}

function toCard(c: CourseProgress): CourseCard {
  const percent = c.lessonsTotal > 0 ? Math.round((c.lessonsRead / c.lessonsTotal) * 100) : 0;
  return {
    courseId: c.courseId,
    title: c.title,
    percent,
    progressText: `已学 ${c.lessonsRead}/${c.lessonsTotal} 课时 · ${percent}%`,
    done: c.complete,
    nextText: nextText(c.next),
  };
}

Page<CoursesData, { load(): Promise<void>; onPullDownRefresh(): Promise<void>; onOpen(e: WechatMiniprogram.TouchEvent): void; onBind(): void }>({
  data: { state: 'loading', needsBind: false, cards: [] },

  onShow() {
    // A tab page stays alive: coming back after a lesson or quiz should show the new progress.
    void this.load();
  },

  async onPullDownRefresh() {
    await this.load();
    wx.stopPullDownRefresh();
  },

  async load() {
    // Keep what is on screen while refreshing; the spinner is only for a page with nothing to show yet.
    if (this.data.state !== 'ready') this.setData({ state: 'loading' });
    try {
      const session = await ensureSession();
      if (!isInstructor(session)) {
        this.setData({ state: 'ready', needsBind: true, cards: [] });
        return;
      }
      const { items } = await api.courses({ toast: false });
      this.setData({ state: items.length ? 'ready' : 'empty', needsBind: false, cards: items.map(toCard) });
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        // The server no longer knows this user as an instructor (the office unbound them): renew the
        // stored session so other pages agree, and offer binding again.
        await refreshSession().catch(() => undefined);
        this.setData({ state: 'ready', needsBind: true, cards: [] });
        return;
      }
      showError(err);
      this.setData({ state: 'error' });
    }
  },

  onOpen(e) {
    wx.navigateTo({ url: `/pages/course/course?id=${encodeURIComponent(String(e.currentTarget.dataset.id))}` });
  },

  onBind() {
    wx.navigateTo({ url: '/pages/bind/bind' });
  },
});
