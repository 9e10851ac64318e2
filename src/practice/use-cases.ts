import { Types } from 'mongoose';
import type { Clock } from '../clock';
import type { Courses } from '../courses/use-cases';
import { insertNew, isDuplicateKey } from '../db/mongo';
import { Conflict, NotFound } from '../errors';
import type { Learner } from '../learning/learner';
import type { Learning } from '../learning/use-cases';
import type { People } from '../people/use-cases';
import type { Offices } from '../offices/use-cases';
import type { StudyNudge } from '../reminders/nudges';
import type { Scope } from '../scope';
import { InvalidChoice } from '../quizzes/engine-errors';
import type { AttemptGrade, Question, QuestionType, Quiz } from '../quizzes/model';
import { isCorrect, LETTERS, parseChoice } from '../quizzes/paper';
import type { Quizzes } from '../quizzes/use-cases';
import { localDay } from '../zoned-time';
import type { BookSource, PromptKind } from './kinds';
import type { BookEvent, PracticeModels, PracticePrompt } from './model';
import { bookOf, isDue, ordered, type BookEntry } from './schedule';

export interface PracticeDeps {
  clock: Clock;
  timeZone: string;
  models: PracticeModels;
  quizzes: Pick<Quizzes, 'quizById' | 'quizzesOfCourse' | 'forPractice'>;
  courses: Pick<Courses, 'byId' | 'outline'>;
  learning: Pick<Learning, 'openCourse'>;
  people: Pick<People, 'instructorById'>;
  offices: Pick<Offices, 'withAncestors'>;
}

/** A question as the learner sees it outside a quiz: options in their own order, lettered A, B, C…; never the answer. */
export interface AskedQuestion {
  id: string;
  type: QuestionType;
  stem: string;
  options: string[];
}

export interface Prompted {
  promptId: string;
  kind: PromptKind;
  courseId: string;
  moduleId: string | null;
  /** The module's title, or 结业考试 for a question from the final exam. */
  where: string;
  question: AskedQuestion;
}

/** What an answer outside a quiz gets back at once. */
export interface Feedback {
  kind: PromptKind;
  correct: boolean;
  chosen: string[];
  /** Null when the quiz it came from shows only scores and it has not been answered right in review. */
  right: string[] | null;
  explanation: string | null;
  /** The same prompt or review was answered before (another channel, a retry): this is that answer's result. */
  alreadyAnswered: boolean;
  /** Review: it has left the book (two right answers in a row). */
  mastered: boolean;
  /** Book questions due today after this answer. */
  dueLeft: number;
}

export interface BookItemView {
  questionId: string;
  type: QuestionType;
  stem: string;
  options: string[];
  source: BookSource;
  courseId: string;
  moduleId: string | null;
  where: string;
  wrongs: number;
  streak: number;
  due: boolean;
  dueDay: string;
  enteredDay: string;
  revealed: boolean;
  /** Only when revealed. */
  right: string[] | null;
  explanation: string | null;
  lastChoice: string[] | null;
}

const CHAT_PROMPT_MS = 24 * 3600_000;
const FINAL_EXAM = '结业考试';
const natural = (q: Pick<Question, 'options'>) => q.options.map((_, i) => i);
const letters = (choice: readonly number[]) => [...choice].sort((a, b) => a - b).map((i) => LETTERS[i]);
const asked = (q: Question): AskedQuestion => ({ id: String(q._id), type: q.type as QuestionType, stem: q.stem, options: [...q.options] });

/**
 * Practice (untimed, unlimited, never graded) and the wrong-answer book (错题本): every wrong answer
 * from practice, module quizzes and the final exam (once graded), asked again 1, 3 and 7 days later
 * until answered right twice in a row. Everything is an insert-only event (model.ts); nothing
 * here writes to attempts, grades, lesson reads or certificates, so practice never counts.
 */
export function createPractice(deps: PracticeDeps) {
  const { models, quizzes, courses, clock, timeZone } = deps;
  const { PracticePrompt, WrongBookEvent } = models;

  const eventsOf = async (learnerId: Types.ObjectId) => (await WrongBookEvent.find({ learnerId }).lean()) as BookEvent[];
  async function questionsOf(ids: readonly Types.ObjectId[]): Promise<Map<string, Question>> {
    return new Map((await quizzes.forPractice.questionsByIds(ids)).map((q) => [String(q._id), q]));
  }
  async function bookNow(learnerId: Types.ObjectId, now = clock.now()) {
    const events = await eventsOf(learnerId);
    return { events, book: bookOf(String(learnerId), events, timeZone), today: localDay(now, timeZone) };
  }
  const dueCount = (book: Map<string, BookEntry<BookEvent>>, today: string) => [...book.values()].filter((i) => isDue(i, today)).length;

  /** Module titles of a course by id; a null module is the final exam. */
  async function placesOf(courseId: Types.ObjectId): Promise<(moduleId: Types.ObjectId | null | undefined) => string> {
    const { modules } = await courses.outline(courseId);
    const titles = new Map(modules.map((m) => [String(m._id), m.title]));
    return (moduleId) => (moduleId ? (titles.get(String(moduleId)) ?? '') : FINAL_EXAM);
  }

  /** The module's quiz, which names the banks its practice questions come from. */
  async function moduleQuiz(courseId: Types.ObjectId, moduleId: string): Promise<Quiz | null> {
    return (await quizzes.quizzesOfCourse(courseId)).find((q) => String(q.moduleId) === moduleId) ?? null;
  }

  function parse(q: Question, choice: string | readonly (string | number)[]): number[] {
    const parsed = parseChoice(choice, { questionId: q._id, type: q.type as QuestionType, optionOrder: natural(q) }, q.type as QuestionType);
    if (parsed) return parsed;
    const range = LETTERS.slice(0, q.options.length);
    throw new InvalidChoice(q.type === 'multiple' ? `请回复选项字母，可多选，例如 AC（可选 ${range}）` : `请回复一个选项字母（可选 ${range.split('').join('、')}）`);
  }

  async function newPrompt(doc: Omit<PracticePrompt, '_id' | 'askedAt'> & { _id?: string }): Promise<PracticePrompt> {
    // An ObjectId's hex: later ones sort after earlier ones, so prompts asked within one clock tick keep their order.
    const prompt = { ...doc, _id: doc._id ?? new Types.ObjectId().toHexString(), askedAt: clock.now() } as PracticePrompt;
    const [inserted] = await insertNew(PracticePrompt, [prompt]);
    if (inserted) return prompt;
    // The same deterministic prompt (the day's nudge) was written before: that one stands.
    return (await PracticePrompt.findById(prompt._id).lean()) as PracticePrompt;
  }

  async function prompted(prompt: PracticePrompt, question: Question): Promise<Prompted> {
    const where = (await placesOf(prompt.courseId))(prompt.moduleId);
    return { promptId: prompt._id, kind: prompt.kind as PromptKind, courseId: String(prompt.courseId), moduleId: prompt.moduleId ? String(prompt.moduleId) : null, where, question: asked(question) };
  }

  /** A review answer, recorded under the entry's slot: of two answers to one review, one counts. */
  async function recordReview(learner: Learner, entry: BookEntry<BookEvent>, question: Question, choice: number[], today: string): Promise<Feedback> {
    const correct = isCorrect(choice, question.answer);
    const show = entry.revealed || correct;
    let alreadyAnswered = false;
    try {
      await WrongBookEvent.create({
        _id: entry.slot,
        learnerId: learner.id,
        officeId: learner.officeId,
        questionId: question._id,
        courseId: entry.entry.courseId,
        moduleId: entry.entry.moduleId ?? null,
        quizId: null,
        source: 'review',
        outcome: correct ? 'right' : 'wrong',
        reveal: show,
        choice,
        at: clock.now(),
      });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      alreadyAnswered = true;
    }
    const after = await bookNow(learner.id);
    if (alreadyAnswered) {
      const first = after.events.find((e) => e._id === entry.slot)!;
      const wasRight = first.outcome === 'right';
      const shown = entry.revealed || wasRight;
      return {
        kind: 'review',
        correct: wasRight,
        chosen: letters(first.choice),
        right: shown ? letters(question.answer) : null,
        explanation: shown ? question.explanation : null,
        alreadyAnswered,
        mastered: !after.book.has(String(question._id)),
        dueLeft: dueCount(after.book, today),
      };
    }
    return {
      kind: 'review',
      correct,
      chosen: letters(choice),
      right: show ? letters(question.answer) : null,
      explanation: show ? question.explanation : null,
      alreadyAnswered,
      mastered: !after.book.has(String(question._id)),
      dueLeft: dueCount(after.book, today),
    };
  }

  /** The first question due in the learner's book, as a prompt; null when none is due. */
  async function askReview(learner: Pick<Learner, 'id'>, via: 'mp' | 'chat' | 'nudge', now = clock.now(), id?: string): Promise<{ prompted: Prompted; due: number } | null> {
    const { book, today } = await bookNow(learner.id, now);
    const due = ordered(book).filter((i) => isDue(i, today));
    const questions = await questionsOf(due.map((i) => i.entry.questionId as Types.ObjectId));
    const entry = due.find((i) => questions.has(i.questionId));
    if (!entry) return null;
    const prompt = await newPrompt({
      _id: id,
      learnerId: learner.id,
      questionId: new Types.ObjectId(entry.questionId),
      kind: 'review',
      courseId: entry.entry.courseId,
      moduleId: entry.entry.moduleId ?? null,
      slot: entry.slot,
      via,
    });
    const question = questions.get(String(prompt.questionId)) ?? (await questionsOf([prompt.questionId])).get(String(prompt.questionId));
    if (!question) return null;
    return { prompted: await prompted(prompt, question), due: due.length };
  }

  return {
    // --- practice ---
    /** A course's modules with how many practice questions each has, and how the learner has done at them. */
    async modules(learner: Learner, courseId: string) {
      const course = await deps.learning.openCourse(learner, courseId);
      const [{ modules }, all, events] = await Promise.all([courses.outline(course._id), quizzes.quizzesOfCourse(course._id), eventsOf(learner.id)]);
      const practice = events.filter((e) => e.source === 'practice');
      const rows = await Promise.all(
        modules.map(async (m) => {
          const quiz = all.find((q) => String(q.moduleId) === String(m._id));
          const pool = quiz ? await quizzes.forPractice.practiceQuestions(quiz) : [];
          const mine = practice.filter((e) => String(e.moduleId) === String(m._id));
          return { id: String(m._id), code: m.code ?? '', title: m.title, practiceCount: pool.length, answered: mine.length, right: mine.filter((e) => e.outcome === 'right').length };
        }),
      );
      return { courseId: String(course._id), title: course.title, modules: rows };
    },

    /**
     * The next practice question of a module: practice questions only (never an exam question),
     * those not yet answered right first, never the one just asked when there is another.
     */
    async ask(learner: Learner, where: { courseId: string; moduleId: string }, via: 'mp' | 'chat'): Promise<Prompted | null> {
      const course = await deps.learning.openCourse(learner, where.courseId);
      const { modules } = await courses.outline(course._id);
      if (!modules.some((m) => String(m._id) === where.moduleId)) throw new NotFound('模块不存在');
      const quiz = await moduleQuiz(course._id, where.moduleId);
      const pool = quiz ? await quizzes.forPractice.practiceQuestions(quiz) : [];
      if (!pool.length) return null;
      const [events, prompts] = await Promise.all([eventsOf(learner.id), PracticePrompt.find({ learnerId: learner.id }, { questionId: 1, askedAt: 1 }).lean()]);
      const last = prompts.reduce<(typeof prompts)[number] | null>((a, b) => (!a || b.askedAt.getTime() >= a.askedAt.getTime() ? b : a), null);
      const known = new Set(events.filter((e) => e.source === 'practice' && e.outcome === 'right').map((e) => String(e.questionId)));
      const fresh = pool.filter((q) => !known.has(String(q._id)));
      const candidates = (fresh.length ? fresh : pool).filter((q) => pool.length === 1 || String(q._id) !== String(last?.questionId));
      const pick = (candidates.length ? candidates : pool)[Math.floor(Math.random() * (candidates.length || pool.length))];
      const prompt = await newPrompt({ learnerId: learner.id, questionId: pick._id, kind: 'practice', courseId: course._id, moduleId: new Types.ObjectId(where.moduleId), via });
      return prompted(prompt, pick);
    },

    /**
     * Answers a prompt (a practice question, or a book question asked in chat or by the nudge). A
     * practice answer is checked and explained at once and recorded once per prompt; it touches no
     * attempt or grade.
     */
    async answerPrompt(learner: Learner, promptId: string, choice: string | readonly (string | number)[]): Promise<Feedback> {
      const prompt = (await PracticePrompt.findById(promptId).lean()) as PracticePrompt | null;
      if (!prompt || String(prompt.learnerId) !== String(learner.id)) throw new NotFound('题目不存在');
      const question = (await questionsOf([prompt.questionId])).get(String(prompt.questionId));
      if (!question) throw new NotFound('这道题已被删除');
      const parsed = parse(question, choice);
      const today = localDay(clock.now(), timeZone);
      if (prompt.kind === 'review') {
        const { book } = await bookNow(learner.id);
        const entry = book.get(String(question._id));
        if (!entry || entry.slot !== prompt.slot) {
          // Answered meanwhile (the review page, an earlier reply): say so rather than count it twice.
          const answered = prompt.slot ? ((await WrongBookEvent.findById(prompt.slot).lean()) as BookEvent | null) : null;
          const shown = Boolean(answered && (answered.reveal || answered.outcome === 'right'));
          return {
            kind: 'review',
            correct: answered?.outcome === 'right',
            chosen: answered ? letters(answered.choice) : [],
            right: shown ? letters(question.answer) : null,
            explanation: shown ? question.explanation : null,
            alreadyAnswered: true,
            mastered: !entry,
            dueLeft: dueCount(book, today),
          };
        }
        return recordReview(learner, entry, question, parsed, today);
      }
      const key = `p:${prompt._id}`;
      const correct = isCorrect(parsed, question.answer);
      let recorded: Pick<BookEvent, 'choice' | 'outcome'> = { choice: parsed, outcome: correct ? 'right' : 'wrong' };
      let alreadyAnswered = false;
      try {
        await WrongBookEvent.create({
          _id: key,
          learnerId: learner.id,
          officeId: learner.officeId,
          questionId: question._id,
          courseId: prompt.courseId,
          moduleId: prompt.moduleId ?? null,
          quizId: null,
          source: 'practice',
          outcome: recorded.outcome,
          reveal: true,
          choice: parsed,
          at: clock.now(),
        });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        alreadyAnswered = true;
        recorded = (await WrongBookEvent.findById(key).lean()) as BookEvent;
      }
      const { book } = await bookNow(learner.id);
      return {
        kind: 'practice',
        correct: recorded.outcome === 'right',
        chosen: letters(recorded.choice),
        right: letters(question.answer),
        explanation: question.explanation,
        alreadyAnswered,
        mastered: false,
        dueLeft: dueCount(book, today),
      };
    },

    /** The question the chat is waiting for an answer to: the newest prompt of the last day, if unanswered. */
    async pendingPrompt(learner: Pick<Learner, 'id'>): Promise<PracticePrompt | null> {
      const prompts = (await PracticePrompt.find({ learnerId: learner.id }).lean()) as PracticePrompt[];
      const latest = prompts.reduce<PracticePrompt | null>((a, b) => (!a || b.askedAt.getTime() > a.askedAt.getTime() || (b.askedAt.getTime() === a.askedAt.getTime() && b._id > a._id) ? b : a), null);
      if (!latest || clock.now().getTime() - latest.askedAt.getTime() > CHAT_PROMPT_MS) return null;
      const key = latest.kind === 'review' ? latest.slot : `p:${latest._id}`;
      if (key && (await WrongBookEvent.exists({ _id: key }))) return null;
      return latest;
    },

    // --- the wrong-answer book ---
    askReview: (learner: Pick<Learner, 'id'>, via: 'mp' | 'chat') => askReview(learner, via),

    /** Counts for the home page and chat: due today, in the book, and the learner's answers. */
    async summary(learner: Pick<Learner, 'id'>) {
      const { events, book, today } = await bookNow(learner.id);
      return {
        due: dueCount(book, today),
        total: book.size,
        wrongAnswers: events.filter((e) => e.outcome === 'wrong').length,
        rightAnswers: events.filter((e) => e.outcome === 'right').length,
      };
    },

    /** The book, due questions first; answers and explanations only where the source's review policy allows. */
    async book(learner: Learner): Promise<{ today: string; due: number; total: number; items: BookItemView[] }> {
      const { book, today } = await bookNow(learner.id);
      const entries = ordered(book);
      const questions = await questionsOf(entries.map((e) => e.entry.questionId as Types.ObjectId));
      const places = new Map<string, (m: Types.ObjectId | null | undefined) => string>();
      for (const courseId of new Set(entries.map((e) => String(e.entry.courseId)))) places.set(courseId, await placesOf(new Types.ObjectId(courseId)));
      const items: BookItemView[] = [];
      for (const e of entries) {
        const q = questions.get(e.questionId);
        if (!q) continue;
        items.push({
          questionId: e.questionId,
          type: q.type as QuestionType,
          stem: q.stem,
          options: [...q.options],
          source: e.lastWrong.source as BookSource,
          courseId: String(e.entry.courseId),
          moduleId: e.entry.moduleId ? String(e.entry.moduleId) : null,
          where: places.get(String(e.entry.courseId))!(e.entry.moduleId),
          wrongs: e.wrongs,
          streak: e.streak,
          due: isDue(e, today),
          dueDay: e.dueDay,
          enteredDay: e.enteredDay,
          revealed: e.revealed,
          right: e.revealed ? letters(q.answer) : null,
          explanation: e.revealed ? q.explanation : null,
          lastChoice: e.revealed ? letters(e.lastWrong.choice) : null,
        });
      }
      return { today, due: items.filter((i) => i.due).length, total: items.length, items };
    },

    /** Answers a due book question from the review page; 409 when it is not due yet. */
    async answerReview(learner: Learner, questionId: string, choice: string | readonly (string | number)[]): Promise<Feedback> {
      const { book, today } = await bookNow(learner.id);
      const entry = Types.ObjectId.isValid(questionId) ? book.get(questionId) : undefined;
      if (!entry) throw new NotFound('这道题不在您的错题本中');
      if (!isDue(entry, today)) throw new Conflict(`这道题还没到复习时间（${entry.dueDay}）`);
      const question = (await questionsOf([entry.entry.questionId as Types.ObjectId])).get(questionId);
      if (!question) throw new NotFound('这道题已被删除');
      return recordReview(learner, entry, question, parse(question, choice), today);
    },

    /**
     * Wired into the quizzes' onGraded: a graded attempt's wrong answers go into the book (answered
     * questions only), keyed by (attempt, question) so a repeated call adds nothing. The review
     * policy travels with them: a quiz that shows only the score keeps its answers hidden. Costs
     * the submit one read (the learner's office, for the offices' figures) when something was wrong.
     */
    async afterGrade(grade: AttemptGrade, read?: { quiz: Quiz; questions: Map<string, Question> }): Promise<number> {
      if (!grade.answers?.length) return 0;
      // Grading has just read the quiz and the paper's questions: no second read on the submit path.
      const [quiz, questions] = read ? [read.quiz, read.questions] : await Promise.all([quizzes.quizById(grade.quizId), questionsOf(grade.answers.map((a) => a.questionId))]);
      const wrong = grade.answers.filter((a) => {
        const q = questions.get(String(a.questionId));
        return q && !isCorrect(a.choice, q.answer);
      });
      if (!wrong.length) return 0;
      const instructor = await deps.people.instructorById(grade.learnerId);
      if (!instructor) return 0;
      const docs = wrong.map((a) => ({
        _id: `g:${String(grade._id)}:${String(a.questionId)}`,
        learnerId: grade.learnerId,
        officeId: instructor.officeId,
        questionId: a.questionId,
        courseId: grade.courseId,
        moduleId: quiz.moduleId ?? null,
        quizId: quiz._id,
        source: quiz.moduleId ? 'quiz' : 'exam',
        outcome: 'wrong',
        reveal: quiz.review === 'full',
        choice: [...a.choice],
        at: grade.gradedAt,
      }));
      return (await insertNew(WrongBookEvent, docs)).length;
    },

    /**
     * The day's study nudge with the book in it: a course deadline stays first; otherwise, when
     * questions are due, the nudge asks one of them (the chat answers it with a letter). Still one
     * nudge a day: the reminders' key is (instructor, day), and the prompt's id is too.
     */
    async nudge(instructorId: Types.ObjectId, now: Date, base: StudyNudge): Promise<StudyNudge> {
      if (base && base.reason !== 'inactive') return base;
      const instructor = await deps.people.instructorById(instructorId);
      if (!instructor) return base;
      const day = localDay(now, timeZone);
      const review = await askReview({ id: instructorId }, 'nudge', now, `n:${String(instructorId)}:${day}`);
      if (!review) return base;
      return { reason: 'wrong_book', officeId: instructor.officeId, text: nudgeText(review.prompted, review.due) };
    },

    /**
     * The most-missed questions of a course, per module (null: the final exam), counted from the
     * wrong answers of learners in the staff member's subtree only.
     */
    async mostMissed(scope: Scope, courseId: string, limit: number) {
      const course = Types.ObjectId.isValid(courseId) ? await courses.byId(courseId) : null;
      // Staff see a course's questions when it is theirs or open to learners they look after:
      // opened to an office in their subtree or above it (a city course reaches a district's learners).
      const above = new Set((await deps.offices.withAncestors(scope.rootId)).map(String));
      const reachable = course && (scope.has(course.officeId) || (course.openToOfficeIds ?? []).some((id) => scope.has(id) || above.has(String(id))));
      if (!course || !reachable) throw new NotFound('Course not found');
      const rows = await WrongBookEvent.aggregate<{ _id: { q: Types.ObjectId; m: Types.ObjectId | null; o: Types.ObjectId; l: Types.ObjectId }; n: number }>([
        { $match: { courseId: course._id, outcome: 'wrong' } },
        { $group: { _id: { q: '$questionId', m: '$moduleId', o: '$officeId', l: '$learnerId' }, n: { $sum: 1 } } },
      ]);
      const tally = new Map<string, { questionId: Types.ObjectId; moduleId: string | null; wrongs: number; learners: Set<string> }>();
      for (const r of rows) {
        if (!scope.has(r._id.o)) continue;
        const key = `${String(r._id.m ?? '')}:${String(r._id.q)}`;
        const t = tally.get(key) ?? { questionId: r._id.q, moduleId: r._id.m ? String(r._id.m) : null, wrongs: 0, learners: new Set<string>() };
        t.wrongs += r.n;
        t.learners.add(String(r._id.l));
        tally.set(key, t);
      }
      const { modules } = await courses.outline(course._id);
      const groups = [...modules.map((m) => ({ moduleId: String(m._id) as string | null, title: m.title })), { moduleId: null, title: FINAL_EXAM }];
      const top = groups.map((g) => ({
        ...g,
        rows: [...tally.values()]
          .filter((t) => t.moduleId === g.moduleId)
          .sort((a, b) => b.wrongs - a.wrongs || b.learners.size - a.learners.size)
          .slice(0, limit),
      }));
      const questions = await questionsOf(top.flatMap((g) => g.rows.map((r) => r.questionId)));
      return {
        courseId: String(course._id),
        title: course.title,
        modules: top.map((g) => ({
          moduleId: g.moduleId,
          title: g.title,
          questions: g.rows.map((r) => {
            const q = questions.get(String(r.questionId));
            return { questionId: String(r.questionId), stem: q?.stem ?? '（已删除的题目）', type: (q?.type ?? 'single') as QuestionType, wrongs: r.wrongs, learners: r.learners.size };
          }),
        })),
      };
    },
  };
}

/** A question as one chat message: where it is from, the stem, options lettered, how to answer. */
export function promptText(p: Prompted): string {
  const q = p.question;
  const label = { single: '单选题', multiple: '多选题', truefalse: '判断题' }[q.type];
  const hint = q.type === 'multiple' ? '多选题回复如 AC，选出全部正确选项' : `回复 ${LETTERS.slice(0, q.options.length).split('').join(' 或 ')}`;
  const head = p.kind === 'practice' ? `【练习】${p.where}｜${label}` : `【错题复习】${p.where}｜${label}`;
  return [head, q.stem, ...q.options.map((o, i) => `${LETTERS[i]}. ${o}`), `（${hint}）`].join('\n');
}

function nudgeText(p: Prompted, due: number): string {
  return [`【学习提醒】今天有 ${due} 道错题到期复习，先来一道：`, promptText(p), '发送“错题”再来一道，发送“退订”不再接收学习提醒。'].join('\n');
}

/** An answer's feedback as chat text. */
export function feedbackText(f: Feedback): string {
  const lines: string[] = [];
  if (f.alreadyAnswered) lines.push('这道题您已经答过了，以第一次的作答为准。');
  const mine = f.chosen.length ? `（您的答案 ${f.chosen.join('')}）` : '';
  if (f.correct) lines.push(`✔ 答对了！${mine}`);
  else if (f.right) lines.push(`✘ 答错了${mine}，正确答案：${f.right.join('')}`);
  else lines.push(`✘ 答错了${mine}。这道题来自只公布分数的考试，答案暂不显示，到期复习时再试一次。`);
  if (f.explanation) lines.push(`解析：${f.explanation}`);
  if (f.kind === 'review') {
    if (f.mastered) lines.push('🎉 连续答对两次，这道题已移出错题本。');
    lines.push(f.dueLeft > 0 ? `今天还有 ${f.dueLeft} 道错题待复习，发送“错题”继续。` : '今天的错题已复习完。');
  }
  return lines.join('\n');
}

export type Practice = ReturnType<typeof createPractice>;

/** The waiting question a chat answer goes to (the bot holds it between messages). */
export type { PracticePrompt } from './model';
