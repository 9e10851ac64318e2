import { ApiError, api, isBoundAs, sessionForPage, type PracticePrompt } from '../../services/api';
import { chosenLetters, feedbackView, marked, optionRows, toggle, TYPE_NAMES, type FeedbackView, type OptionRow } from '../../utils/question';

type State = 'loading' | 'ready' | 'empty' | 'error';

interface PracticeData {
  state: State;
  emptyText: string;
  needsBind: boolean;
  where: string;
  typeName: string;
  multiple: boolean;
  stem: string;
  options: OptionRow[];
  canSubmit: boolean;
  submitting: boolean;
  feedback: FeedbackView | null;
  /** This visit's count: practice is never graded, this is only for the learner. */
  statsText: string;
}

interface PracticeCustom {
  courseId: string;
  moduleId: string;
  prompt: PracticePrompt | null;
  done: number;
  right: number;
  load(): Promise<void>;
  onChoose(e: WechatMiniprogram.TouchEvent): void;
  onSubmit(): Promise<void>;
  onNext(): void;
  onBind(): void;
}

const stats = (done: number, right: number) => (done ? `本次已练 ${done} 题，答对 ${right} 题 · 不计成绩` : '不计成绩 · 不限次数 · 答后即看解析');

/**
 * Practice for one module (from the course page's 练习): one question at a time, untimed, checked
 * at once with the right answer and explanation. Wrong answers go into the wrong-answer book.
 */
Page<PracticeData, PracticeCustom>({
  data: { state: 'loading', emptyText: '本模块暂无练习题', needsBind: false, where: '', typeName: '', multiple: false, stem: '', options: [], canSubmit: false, submitting: false, feedback: null, statsText: stats(0, 0) },
  courseId: '',
  moduleId: '',
  prompt: null,
  done: 0,
  right: 0,

  onLoad(query: Record<string, string | undefined>) {
    this.courseId = query.courseId ?? '';
    this.moduleId = query.moduleId ?? '';
    if (query.title) wx.setNavigationBarTitle({ title: `练习 · ${decodeURIComponent(query.title)}` });
    void this.load();
  },

  async load() {
    if (!this.courseId || !this.moduleId) {
      this.setData({ state: 'empty', emptyText: '未找到该模块' });
      return;
    }
    this.setData({ state: 'loading' });
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
      const prompt = await api.practiceQuestion(this.courseId, this.moduleId, { handles: [404] });
      this.prompt = prompt ?? null;
      if (!prompt) {
        this.setData({ state: 'empty', emptyText: '本模块暂无练习题' });
        return;
      }
      const q = prompt.question;
      this.setData({
        state: 'ready',
        needsBind: false,
        where: prompt.where,
        typeName: TYPE_NAMES[q.type],
        multiple: q.type === 'multiple',
        stem: q.stem,
        options: optionRows(q.options),
        canSubmit: false,
        feedback: null,
      });
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) this.setData({ state: 'empty', emptyText: err.message });
      else this.setData({ state: 'error' });
    }
  },

  onChoose(e) {
    if (this.data.feedback || this.data.submitting) return;
    const options = toggle(this.data.options, String(e.currentTarget.dataset.letter), this.data.multiple);
    this.setData({ options, canSubmit: options.some((o) => o.selected) });
  },

  async onSubmit() {
    const prompt = this.prompt;
    const choice = chosenLetters(this.data.options);
    if (!prompt || !choice || this.data.submitting) return;
    this.setData({ submitting: true });
    try {
      const f = await api.answerPractice(prompt.promptId, choice);
      if (!f.alreadyAnswered) {
        this.done++;
        if (f.correct) this.right++;
      }
      this.setData({ submitting: false, feedback: feedbackView(f), options: marked(this.data.options, f), statsText: stats(this.done, this.right) });
    } catch {
      // The toast said why; the choice stays so the learner can send it again.
      this.setData({ submitting: false });
    }
  },

  onNext() {
    void this.load();
  },

  onBind() {
    wx.navigateTo({ url: '/pages/bind/bind' });
  },
});
