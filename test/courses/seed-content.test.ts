import { CSR_COURSE, SeedQuestion } from '../../src/seed/csr-course-content';

const modules = CSR_COURSE.modules;
const questions: Array<{ where: string; q: SeedQuestion }> = modules.flatMap((m) =>
  m.questions.map((q, i) => ({ where: `${m.code} question ${i + 1}`, q })),
);
const lessons = modules.flatMap((m) => m.lessons.map((l) => ({ where: `${m.code} ${l.title}`, l })));

/** Length in characters (code points), so each Chinese character counts once. */
const length = (text: string): number => [...text].length;

const STAGES = ['自愿申请', '自查自评', '检查审核', '第三方评价', '社会公示', '通报命名'];

describe('seeded CSR course content', () => {
  test('is the CSR-2026 course with its Chinese title', () => {
    expect(CSR_COURSE.code).toBe('CSR-2026');
    expect(CSR_COURSE.title).toBe('企业社会责任指导员培训');
  });

  test('describes the thousand-instructor training plan', () => {
    expect(CSR_COURSE.description).toContain('千名企业社会责任指导员培训计划');
  });

  test('has at least six modules whose first six codes are M1 to M6 in order', () => {
    expect(modules.length).toBeGreaterThanOrEqual(6);
    expect(modules.slice(0, 6).map((m) => m.code)).toEqual(['M1', 'M2', 'M3', 'M4', 'M5', 'M6']);
  });

  test('puts the six topics in the order the programme lists them', () => {
    expect(modules.slice(0, 6).map((m) => m.title)).toEqual([
      '服务企业发展',
      '劳动关系和谐',
      '环境和谐',
      '社会和谐',
      '企业文化',
      '创建与评价程序',
    ]);
  });

  test('gives every module at least two lessons', () => {
    const short = modules.filter((m) => m.lessons.length < 2).map((m) => m.code);
    expect(short).toEqual([]);
  });

  test('gives every module at least ten questions', () => {
    const short = modules.filter((m) => m.questions.length < 10).map((m) => m.code);
    expect(short).toEqual([]);
  });

  test('gives every module at least two questions of each type', () => {
    const short: string[] = [];
    for (const m of modules) {
      for (const type of ['single', 'multiple', 'truefalse'] as const) {
        const count = m.questions.filter((q) => q.type === type).length;
        if (count < 2) short.push(`${m.code} ${type}: ${count}`);
      }
    }
    expect(short).toEqual([]);
  });

  test('keeps every answer index inside the options', () => {
    const bad = questions
      .filter(({ q }) => q.answer.some((a) => !Number.isInteger(a) || a < 0 || a >= q.options.length))
      .map(({ where }) => where);
    expect(bad).toEqual([]);
  });

  test('gives single-choice and true-false questions exactly one answer', () => {
    const bad = questions
      .filter(({ q }) => q.type !== 'multiple' && q.answer.length !== 1)
      .map(({ where }) => where);
    expect(bad).toEqual([]);
  });

  test('gives multiple-choice questions at least two answers but fewer than all options', () => {
    const bad = questions
      .filter(({ q }) => q.type === 'multiple')
      .filter(({ q }) => new Set(q.answer).size < 2 || new Set(q.answer).size >= q.options.length)
      .map(({ where }) => where);
    expect(bad).toEqual([]);
  });

  test('never lists the same answer index twice', () => {
    const bad = questions.filter(({ q }) => new Set(q.answer).size !== q.answer.length).map(({ where }) => where);
    expect(bad).toEqual([]);
  });

  test('gives true-false questions exactly the options 正确 and 错误', () => {
    const bad = questions
      .filter(({ q }) => q.type === 'truefalse')
      .filter(({ q }) => JSON.stringify(q.options) !== JSON.stringify(['正确', '错误']))
      .map(({ where }) => where);
    expect(bad).toEqual([]);
  });

  test('gives single-choice questions four options and multiple-choice questions four or five', () => {
    const bad = questions
      .filter(({ q }) =>
        q.type === 'single' ? q.options.length !== 4 : q.type === 'multiple' ? ![4, 5].includes(q.options.length) : false,
      )
      .map(({ where }) => where);
    expect(bad).toEqual([]);
  });

  test('keeps the options within a question distinct', () => {
    const bad = questions.filter(({ q }) => new Set(q.options).size !== q.options.length).map(({ where }) => where);
    expect(bad).toEqual([]);
  });

  test('never repeats a question stem anywhere in the course', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const { where, q } of questions) {
      const first = seen.get(q.stem);
      if (first) repeats.push(`${where} repeats ${first}`);
      else seen.set(q.stem, where);
    }
    expect(repeats).toEqual([]);
  });

  test('gives every question a non-empty stem and explanation', () => {
    const bad = questions
      .filter(({ q }) => q.stem.trim() === '' || q.explanation.trim() === '')
      .map(({ where }) => where);
    expect(bad).toEqual([]);
  });

  test('keeps every lesson body between 300 and 900 characters', () => {
    const bad = lessons
      .filter(({ l }) => length(l.body) < 300 || length(l.body) > 900)
      .map(({ where, l }) => `${where}: ${length(l.body)}`);
    expect(bad).toEqual([]);
  });

  test('gives every lesson body a markdown heading or list', () => {
    const bad = lessons.filter(({ l }) => !/^(#{1,6} |[-*] |\d+\. )/m.test(l.body)).map(({ where }) => where);
    expect(bad).toEqual([]);
  });

  test('estimates every lesson at five to fifteen minutes', () => {
    const bad = lessons.filter(({ l }) => l.minutes < 5 || l.minutes > 15).map(({ where }) => where);
    expect(bad).toEqual([]);
  });

  test('names all six evaluation stages in order in one lesson of the stage module', () => {
    const stageModule = modules.find((m) => m.code === 'M6');
    const inOrder = (body: string): boolean => {
      let from = 0;
      for (const stage of STAGES) {
        const at = body.indexOf(stage, from);
        if (at < 0) return false;
        from = at + stage.length;
      }
      return true;
    };
    expect(stageModule?.lessons.some((l) => inOrder(l.body))).toBe(true);
  });
});
