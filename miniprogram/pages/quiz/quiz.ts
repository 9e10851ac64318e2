import { ApiError, api, currentSession, type Attempt } from '../../services/api';
import { formatCountdown } from '../../utils/format';

type State = 'loading' | 'ready' | 'empty' | 'error';
type Question = Attempt['questions'][number];

interface OptionView {
  letter: string;
  text: string;
  chosen: boolean;
}

interface QuestionView {
  id: string;
  type: Question['type'];
  typeName: string;
  hint: string;
  stem: string;
  options: OptionView[];
  answered: boolean;
  /** A multiple-choice question ticked down to nothing: the server still holds the last saved choice. */
  keepsSaved: boolean;
}

interface QuizData {
  state: State;
  emptyText: string;
  /** Why the page is empty: the quiz refused to open (go back), or the user is not a bound learner. */
  blocked: '' | 'closed' | 'unbound';
  questions: QuestionView[];
  index: number;
  current: QuestionView | null;
  progressText: string;
  dots: { number: number; answered: boolean; current: boolean }[];
  answeredCount: number;
  countdown: string;
  /** Under a minute left: the countdown turns red. */
  urgent: boolean;
  timeUp: boolean;
  submitting: boolean;
}

interface QuizCustom {
  quizId: string;
  attemptId: string;
  /** When the time runs out, on this phone's clock, from the server's remainingSeconds. */
  endsAt: number;
  timer: number;
  hidden: boolean;
  gone: boolean;
  /** A submission is under way (by hand or at zero): there must be only one. */
  finishing: boolean;
  /** The server refused an answer (submitted, or past the deadline): no more saves. */
  closed: boolean;
  wentToBind: boolean;
  /** Only the newest fetch may paint the page (a resync can overtake a slow first load). */
  fetchSeq: number;
  /** question id → letters the server holds / letters on screen. */
  saved: Record<string, string>;
  wanted: Record<string, string>;
  /** Saves run one after another, so the server ends with the last tap, and submit waits for them. */
  saveChain: Promise<void>;
  load(): Promise<void>;
  resync(): Promise<void>;
  applyAttempt(attempt: Attempt, first: boolean): void;
  paint(index: number, extra?: Partial<QuizData>, base?: QuestionView[]): void;
  /** Tells the server a question the learner moved to is on screen (the first one shown is the paper's serving). */
  markShown(index: number): void;
  startTimer(): void;
  stopTimer(): void;
  tick(): void;
  queueSave(questionId: string): void;
  sendSave(questionId: string): Promise<void>;
  flushSaves(): Promise<void>;
  finish(): Promise<void>;
  toResult(attemptId: string): void;
  onChoose(e: WechatMiniprogram.BaseEvent<WechatMiniprogram.IAnyObject, { letter: string }>): void;
  onJump(e: WechatMiniprogram.BaseEvent<WechatMiniprogram.IAnyObject, { index: number }>): void;
  onPrev(): void;
  onNext(): void;
  onSubmit(): void;
  onBack(): void;
  onBind(): void;
}

const LETTERS = 'ABCDEFGH';
const TYPE_NAMES: Record<Question['type'], string> = { single: '单选', multiple: '多选', truefalse: '判断' };
const HINTS: Record<Question['type'], string> = { single: '请选择一个答案', multiple: '可选择多项，再次点击取消', truefalse: '请判断正误' };

Page<QuizData, QuizCustom>({
  data: {
    state: 'loading',
    emptyText: '',
    blocked: '',
    questions: [],
    index: 0,
    current: null,
    progressText: '',
    dots: [],
    answeredCount: 0,
    countdown: '',
    urgent: false,
    timeUp: false,
    submitting: false,
  },

  quizId: '',
  attemptId: '',
  endsAt: 0,
  timer: 0,
  hidden: false,
  gone: false,
  finishing: false,
  closed: false,
  wentToBind: false,
  fetchSeq: 0,
  saved: {},
  wanted: {},
  saveChain: Promise.resolve(),

  onLoad(query: Record<string, string | undefined>) {
    this.quizId = query.quizId ?? '';
    this.attemptId = query.attemptId ?? '';
    this.saved = {};
    this.wanted = {};
    this.saveChain = Promise.resolve();
  },

  onShow() {
    this.hidden = false;
    if (this.data.state !== 'ready') {
      // First show, or back from binding: (re)start.
      if (this.data.state === 'loading' || this.wentToBind) void this.load();
      this.wentToBind = false;
      return;
    }
    // Back from elsewhere (another app, the chat, a locked screen): count on from what we knew,
    // then ask the server how long is really left and what is saved.
    this.startTimer();
    void this.resync();
  },

  onHide() {
    this.hidden = true;
    this.stopTimer();
  },

  onUnload() {
    this.gone = true;
    this.stopTimer();
  },

  async load() {
    if (currentSession()?.bound === false) {
      this.setData({ state: 'empty', blocked: 'unbound', emptyText: '绑定学员身份后才能参加测验' });
      return;
    }
    this.setData({ state: 'loading', blocked: '' });
    const seq = ++this.fetchSeq;
    try {
      const attempt = this.attemptId ? await api.attempt(this.attemptId, { handles: [404] }) : await api.startQuiz(this.quizId, { handles: [404, 409] });
      if (seq === this.fetchSeq) this.applyAttempt(attempt, true);
    } catch (err) {
      if (seq !== this.fetchSeq) return;
      const status = err instanceof ApiError ? err.status : 0;
      if (status === 409) {
        // Not this quiz's turn yet, or no attempts left: the server says which, in words for people.
        this.setData({ state: 'empty', blocked: 'closed', emptyText: (err as ApiError).message });
      } else if (status === 404) {
        this.setData({ state: 'empty', blocked: 'unbound', emptyText: '没有找到这次测验，或您还没有绑定学员身份' });
      } else {
        this.setData({ state: 'error' });
      }
    }
  },

  async resync() {
    if (!this.attemptId || this.finishing) return;
    const seq = ++this.fetchSeq;
    try {
      const attempt = await api.attempt(this.attemptId);
      if (seq === this.fetchSeq) this.applyAttempt(attempt, false);
    } catch {
      // Toasted; the countdown goes on from the last time the server told us.
    }
  },

  applyAttempt(attempt, first) {
    if (this.finishing || this.gone) return;
    if (attempt.status === 'graded') {
      // Submitted already: here, in the chat, or by the deadline job.
      this.stopTimer();
      this.finishing = true;
      this.toResult(attempt.id);
      return;
    }
    this.attemptId = attempt.id;
    this.endsAt = Date.now() + attempt.remainingSeconds * 1000;
    const saved: Record<string, string> = {};
    const wanted: Record<string, string> = {};
    for (const q of attempt.questions) {
      saved[q.id] = [...q.chosen].sort().join('');
      // A tap not yet saved outlives a resync; everything else is as the server (or the chat) has it.
      const pending = !first && q.id in this.wanted && this.wanted[q.id] !== this.saved[q.id];
      wanted[q.id] = pending ? this.wanted[q.id] : saved[q.id];
    }
    this.saved = saved;
    this.wanted = wanted;
    const questions: QuestionView[] = attempt.questions.map((q) => ({
      id: q.id,
      type: q.type,
      typeName: TYPE_NAMES[q.type] ?? '单选',
      hint: HINTS[q.type] ?? '',
      stem: q.stem,
      options: q.options.map((text, j) => ({ letter: LETTERS[j], text, chosen: false })),
      answered: false,
      keepsSaved: false,
    }));
    const firstOpen = attempt.questions.findIndex((q) => !wanted[q.id]);
    const index = first ? Math.max(0, firstOpen) : Math.min(this.data.index, questions.length - 1);
    this.paint(index, { state: questions.length ? 'ready' : 'empty', emptyText: '这次测验没有题目，请联系所在和创办', blocked: questions.length ? '' : 'closed' }, questions);
    if (questions.length) {
      this.startTimer();
      // Unsaved taps from before a resync go to the server now.
      for (const q of attempt.questions) if (wanted[q.id] !== saved[q.id]) this.queueSave(q.id);
    }
  },

  /** Paints choices, the current question and the answer sheet from `wanted`. */
  paint(index, extra = {}, base) {
    const questions = (base ?? this.data.questions).map((q) => {
      const letters = this.wanted[q.id] ?? '';
      return {
        ...q,
        answered: letters.length > 0,
        keepsSaved: q.type === 'multiple' && !letters && Boolean(this.saved[q.id]),
        options: q.options.map((o) => ({ ...o, chosen: letters.includes(o.letter) })),
      };
    });
    this.setData({
      ...extra,
      questions,
      index,
      current: questions[index] ?? null,
      progressText: `第 ${index + 1}/${questions.length} 题`,
      dots: questions.map((q, i) => ({ number: i + 1, answered: q.answered, current: i === index })),
      answeredCount: questions.filter((q) => q.answered).length,
    });
  },

  startTimer() {
    this.stopTimer();
    if (this.hidden || this.gone || this.finishing) return;
    this.timer = setInterval(() => this.tick(), 1000) as unknown as number;
    this.tick();
  },

  stopTimer() {
    if (this.timer) clearInterval(this.timer);
    this.timer = 0;
  },

  tick() {
    // The phone's clock only measures the time since the server last answered; it never sets the end.
    const left = Math.max(0, this.endsAt - Date.now());
    const seconds = Math.ceil(left / 1000);
    const countdown = formatCountdown(seconds);
    if (countdown !== this.data.countdown || (seconds < 60) !== this.data.urgent) this.setData({ countdown, urgent: seconds < 60 });
    if (left <= 0) {
      this.setData({ timeUp: true });
      void this.finish();
    }
  },

  onChoose(e) {
    const q = this.data.current;
    if (!q || this.data.timeUp || this.finishing) return;
    const letter = e.currentTarget.dataset.letter;
    const before = this.wanted[q.id] ?? '';
    let letters: string;
    if (q.type === 'multiple') letters = (before.includes(letter) ? before.replace(letter, '') : before + letter).split('').sort().join('');
    else letters = letter;
    if (letters === before) return;
    this.wanted[q.id] = letters;
    this.paint(this.data.index);
    // The server takes no empty answer; a multiple-choice question ticked bare keeps its last saved one.
    if (letters) this.queueSave(q.id);
  },

  queueSave(questionId) {
    this.saveChain = this.saveChain.then(() => this.sendSave(questionId));
  },

  async sendSave(questionId) {
    // Read at send time: taps made while an earlier save was on its way collapse into this one.
    const choice = this.wanted[questionId];
    if (this.closed || !choice || choice === this.saved[questionId]) return;
    try {
      await api.saveAnswer(this.attemptId, questionId, choice);
      this.saved[questionId] = choice;
    } catch (err) {
      // 409: time is up or it was submitted (perhaps in the chat). Submitting grades it (or returns
      // the grade), and the result page shows it. Other failures were toasted; the choice stays on
      // screen and is sent again before submitting.
      if (err instanceof ApiError && err.status === 409) {
        this.closed = true;
        void this.finish();
      }
    }
  },

  async flushSaves() {
    await this.saveChain;
    for (const id of Object.keys(this.wanted)) if (this.wanted[id] && this.wanted[id] !== this.saved[id]) this.queueSave(id);
    await this.saveChain;
  },

  async finish() {
    if (this.finishing) return;
    this.finishing = true;
    this.stopTimer();
    this.setData({ submitting: true });
    try {
      await this.flushSaves();
      const graded = await api.submit(this.attemptId);
      this.toResult(graded.id);
    } catch {
      // Toasted. The 交卷 button tries again (at zero without asking); the server's deadline job
      // grades the attempt in any case.
      this.finishing = false;
      this.setData({ submitting: false });
      // A submission by hand that failed: the paper is still open and its time still runs.
      if (!this.data.timeUp) this.startTimer();
    }
  },

  toResult(attemptId) {
    // A page already closed must not replace the one the user went back to.
    if (this.gone) return;
    wx.redirectTo({ url: `/pages/result/result?attemptId=${encodeURIComponent(attemptId)}` });
  },

  markShown(index) {
    const q = this.data.questions[index];
    // Nothing to show for it either way: a failure only leaves the server to measure from the paper's start.
    if (q && this.attemptId && !this.finishing) api.questionShown(this.attemptId, q.id).catch(() => undefined);
  },

  onJump(e) {
    const index = Number(e.currentTarget.dataset.index);
    this.paint(index);
    this.markShown(index);
  },

  onPrev() {
    if (this.data.index > 0) {
      const index = this.data.index - 1;
      this.paint(index);
      this.markShown(index);
    }
  },

  onNext() {
    if (this.data.index < this.data.questions.length - 1) {
      const index = this.data.index + 1;
      this.paint(index);
      this.markShown(index);
    }
  },

  onSubmit() {
    if (this.finishing) return;
    if (this.data.timeUp) {
      void this.finish();
      return;
    }
    const left = this.data.questions.length - this.data.answeredCount;
    wx.showModal({
      title: '交卷',
      content: left > 0 ? `还有 ${left} 题未作答，确定交卷吗？` : '交卷后不能再修改答案，确定交卷吗？',
      confirmText: '交卷',
      confirmColor: '#c8161d',
      success: (r) => {
        if (r.confirm) void this.finish();
      },
    });
  },

  onBack() {
    // Opened from a message with nothing beneath it: the courses tab is the way back.
    wx.navigateBack({ delta: 1, fail: () => wx.switchTab({ url: '/pages/courses/courses' }) });
  },

  onBind() {
    this.wentToBind = true;
    wx.navigateTo({ url: '/pages/bind/bind' });
  },
});
