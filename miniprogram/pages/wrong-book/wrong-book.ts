import { ApiError, api, isBoundAs, sessionForPage, type WrongBookItem } from '../../services/api';
import { chosenLetters, feedbackView, marked, optionRows, toggle, TYPE_NAMES, type FeedbackView, type OptionRow } from '../../utils/question';

type State = 'loading' | 'ready' | 'empty' | 'error';

interface Current {
  questionId: string;
  typeName: string;
  multiple: boolean;
  where: string;
  stem: string;
  options: OptionRow[];
}

interface Row {
  questionId: string;
  stem: string;
  where: string;
  statusText: string;
  due: boolean;
  /** Only when the source's review policy lets it be shown. */
  answerText: string;
  explanation: string;
}

interface BookData {
  state: State;
  needsBind: boolean;
  /** 今日错题 N: due today and not yet reviewed on this visit. */
  dueLeft: number;
  total: number;
  current: Current | null;
  canSubmit: boolean;
  submitting: boolean;
  feedback: FeedbackView | null;
  rows: Row[];
}

interface BookCustom {
  due: WrongBookItem[];
  load(): Promise<void>;
  show(): void;
  onChoose(e: WechatMiniprogram.TouchEvent): void;
  onSubmit(): Promise<void>;
  onNext(): void;
  onBind(): void;
}

const SOURCE: Record<WrongBookItem['source'], string> = { practice: '练习', quiz: '测验', exam: '考试', review: '复习' };

function row(i: WrongBookItem): Row {
  const streak = i.streak ? `，已连续答对 ${i.streak} 次` : '';
  return {
    questionId: i.questionId,
    stem: i.stem,
    where: `${i.where} · ${SOURCE[i.source]}`,
    statusText: i.due ? `今日复习 · 答错 ${i.wrongs} 次${streak}` : `${i.dueDay.slice(5).replace('-', '月')}日复习 · 答错 ${i.wrongs} 次${streak}`,
    due: i.due,
    answerText: i.right ? `正确答案：${i.right.join('')}` : '答案在复习答对后显示',
    explanation: i.explanation ?? '',
  };
}

/**
 * The wrong-answer book (opened from the home page's 今日错题): the questions due today, one at a
 * time, then every question in the book with when it comes back. A question from a quiz that shows
 * only scores keeps its answer hidden until it is answered right here.
 */
Page<BookData, BookCustom>({
  data: { state: 'loading', needsBind: false, dueLeft: 0, total: 0, current: null, canSubmit: false, submitting: false, feedback: null, rows: [] },
  due: [],

  onShow() {
    void this.load();
  },

  async onPullDownRefresh() {
    await this.load();
    wx.stopPullDownRefresh();
  },

  async load() {
    if (this.data.state !== 'ready') this.setData({ state: 'loading' });
    const session = await sessionForPage();
    if (!session) {
      this.setData({ state: 'error' });
      return;
    }
    if (!isBoundAs(session, 'instructor')) {
      this.setData({ state: 'ready', needsBind: true });
      return;
    }
    try {
      const book = await api.wrongBook({ handles: [404] });
      this.due = book.items.filter((i) => i.due);
      this.setData({ state: book.total ? 'ready' : 'empty', needsBind: false, total: book.total, dueLeft: this.due.length, rows: book.items.map(row) });
      this.show();
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) this.setData({ state: 'ready', needsBind: true });
      else this.setData({ state: 'error' });
    }
  },

  show() {
    const next = this.due[0];
    this.setData({
      current: next ? { questionId: next.questionId, typeName: TYPE_NAMES[next.type], multiple: next.type === 'multiple', where: next.where, stem: next.stem, options: optionRows(next.options) } : null,
      canSubmit: false,
      feedback: null,
    });
  },

  onChoose(e) {
    const current = this.data.current;
    if (!current || this.data.feedback || this.data.submitting) return;
    const options = toggle(current.options, String(e.currentTarget.dataset.letter), current.multiple);
    this.setData({ current: { ...current, options }, canSubmit: options.some((o) => o.selected) });
  },

  async onSubmit() {
    const current = this.data.current;
    const choice = current ? chosenLetters(current.options) : '';
    if (!current || !choice || this.data.submitting) return;
    this.setData({ submitting: true });
    try {
      const f = await api.answerWrongBook(current.questionId, choice);
      this.due = this.due.slice(1);
      this.setData({ submitting: false, feedback: feedbackView(f), current: { ...current, options: marked(current.options, f) }, dueLeft: f.dueLeft });
    } catch {
      this.setData({ submitting: false });
    }
  },

  onNext() {
    if (this.due.length) this.show();
    // Today's are done: read the book again for where each question now stands.
    else void this.load();
  },

  onBind() {
    wx.navigateTo({ url: '/pages/bind/bind' });
  },
});
