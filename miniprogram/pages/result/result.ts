import { ApiError, api, currentSession, type Attempt } from '../../services/api';
import { formatDateTime } from '../../utils/format';

type State = 'loading' | 'ready' | 'empty' | 'error';
type ReviewItem = NonNullable<Attempt['review']>[number];

interface ReviewOption {
  letter: string;
  text: string;
  right: boolean;
  /** Chosen but not a right answer. */
  wrong: boolean;
  chosen: boolean;
}

interface ReviewView {
  id: string;
  number: number;
  typeName: string;
  stem: string;
  correct: boolean;
  options: ReviewOption[];
  chosenText: string;
  rightText: string;
  explanation: string;
}

interface ResultData {
  state: State;
  emptyText: string;
  scoreText: string;
  passed: boolean;
  correctText: string;
  meta: string;
  auto: boolean;
  hasReview: boolean;
  review: ReviewView[];
}

interface ResultCustom {
  attemptId: string;
  quizId: string;
  wentToBind: boolean;
  load(): Promise<void>;
  onBack(): void;
  onRetake(): void;
  onBind(): void;
}

const LETTERS = 'ABCDEFGH';
const TYPE_NAMES: Record<ReviewItem['type'], string> = { single: '单选', multiple: '多选', truefalse: '判断' };

/** 66.66 → "66.7", 80 → "80". */
const scoreText = (score: number) => String(Math.round(score * 10) / 10);

function reviewView(item: ReviewItem, i: number): ReviewView {
  return {
    id: item.id,
    number: i + 1,
    typeName: TYPE_NAMES[item.type] ?? '单选',
    stem: item.stem,
    correct: item.correct,
    options: item.options.map((text, j) => {
      const letter = LETTERS[j];
      const right = item.right.includes(letter);
      const chosen = item.chosen.includes(letter);
      return { letter, text, right, chosen, wrong: chosen && !right };
    }),
    chosenText: item.chosen.length ? item.chosen.join('') : '未作答',
    rightText: item.right.join(''),
    explanation: item.explanation,
  };
}

Page<ResultData, ResultCustom>({
  data: {
    state: 'loading',
    emptyText: '',
    scoreText: '',
    passed: false,
    correctText: '',
    meta: '',
    auto: false,
    hasReview: false,
    review: [],
  },

  attemptId: '',
  quizId: '',
  wentToBind: false,

  onLoad(query: Record<string, string | undefined>) {
    this.attemptId = query.attemptId ?? '';
    void this.load();
  },

  onShow() {
    // Back from binding: try again as the learner they now are.
    if (!this.wentToBind) return;
    this.wentToBind = false;
    void this.load();
  },

  async load() {
    if (currentSession()?.bound === false) {
      this.setData({ state: 'empty', emptyText: '绑定学员身份后才能查看测验结果' });
      return;
    }
    this.setData({ state: 'loading' });
    try {
      const attempt = await api.attempt(this.attemptId, { handles: [404] });
      this.quizId = attempt.quizId;
      if (attempt.status === 'open' || !attempt.result) {
        // Not submitted yet: the paper is where it goes on.
        wx.redirectTo({ url: `/pages/quiz/quiz?attemptId=${encodeURIComponent(attempt.id)}` });
        return;
      }
      const r = attempt.result;
      this.setData({
        state: 'ready',
        scoreText: scoreText(r.score),
        passed: r.passed,
        correctText: `答对 ${r.correct}/${r.total} 题`,
        meta: `第 ${attempt.number} 次作答 · ${formatDateTime(r.gradedAt)} 交卷`,
        auto: r.auto,
        // No review in the answer: the quiz's policy keeps the answers back.
        hasReview: Boolean(attempt.review),
        review: (attempt.review ?? []).map(reviewView),
      });
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) this.setData({ state: 'empty', emptyText: '没有找到这次作答，或您还没有绑定学员身份' });
      else this.setData({ state: 'error' });
    }
  },

  onBack() {
    // Opened from a message with nothing beneath it: the courses tab is the way back.
    wx.navigateBack({ delta: 1, fail: () => wx.switchTab({ url: '/pages/courses/courses' }) });
  },

  onRetake() {
    wx.redirectTo({ url: `/pages/quiz/quiz?quizId=${encodeURIComponent(this.quizId)}` });
  },

  onBind() {
    this.wentToBind = true;
    wx.navigateTo({ url: '/pages/bind/bind' });
  },
});
