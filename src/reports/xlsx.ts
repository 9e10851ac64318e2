import ExcelJS from 'exceljs';
import type { Reports } from './use-cases';

type Cell = string | number | boolean | null;
export interface Sheet {
  name: string;
  headers: string[];
  rows: Cell[][];
}

/** A workbook of sheets, each with a bold, frozen header (Chinese, as offices read them). */
export async function workbook(sheets: Sheet[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(s.headers).font = { bold: true };
    for (const row of s.rows) sheet.addRow(row);
    s.headers.forEach((h, i) => {
      const longest = Math.max(h.length * 2, ...s.rows.slice(0, 200).map((r) => String(r[i] ?? '').length));
      sheet.getColumn(i + 1).width = Math.min(50, Math.max(10, longest + 2));
    });
  }
  // exceljs types its result as its own Buffer interface; at run time it is a Node Buffer.
  return Buffer.from(await book.xlsx.writeBuffer());
}

const yes = (b: boolean) => (b ? '是' : '否');
const kindName = (k: 'office' | 'child') => (k === 'office' ? '本级（含下级）' : '下级（含下级）');
const REACH: Record<string, string> = { mp: '小程序', bot: '机器人', none: '无法触达' };

type Result<K extends keyof Reports> = Awaited<ReturnType<Reports[K]>>;

export const participationSheets = (r: Result<'participation'>): Sheet[] => [
  {
    name: '参与率',
    headers: ['单位代码', '单位名称', '范围', '建会企业数', '参与企业数', '参与率', '目标', '是否达标'],
    rows: r.rows.map((x) => [x.code, x.name, kindName(x.kind), x.unionised, x.participating, x.ratio, x.target, yes(x.meetsTarget)]),
  },
];

export const levelSheets = (r: Result<'levels'>): Sheet[] => [
  {
    name: '等级占比',
    headers: ['单位代码', '单位名称', '范围', '参与企业数', '乡镇级', '区县级', '市级', '合计', '占比', '目标', '是否达标'],
    rows: r.rows.map((x) => [x.code, x.name, kindName(x.kind), x.participating, x.town, x.district, x.city, x.levelled, x.share, x.target, yes(x.meetsTarget)]),
  },
];

export function funnelSheets(r: Result<'funnel'>): Sheet[] {
  const stepHeaders = r.steps.map((s) => s.name);
  const conv = r.steps.slice(1).map((s) => `${s.name}转化率`);
  const values = (x: { counts: Record<string, number>; conversion: Record<string, number | null> }) => [...r.steps.map((s) => x.counts[s.key]), ...r.steps.slice(1).map((s) => x.conversion[s.key])];
  return [
    { name: '按单位', headers: ['单位代码', '单位名称', '范围', ...stepHeaders, ...conv], rows: r.byOffice.map((x) => [x.code, x.name, kindName(x.kind), ...values(x)]) },
    { name: '按批次', headers: ['培训批次', ...stepHeaders, ...conv], rows: r.byCohort.map((x) => [x.cohort || '（未分批次）', ...values(x)]) },
    {
      name: '停留最久',
      headers: ['停留环节', '姓名', '手机号', '所属单位', '培训批次', '自何时', '天数'],
      rows: r.stuck.flatMap((s) => s.instructors.map((i) => [s.stepName, i.maskedName, i.phone, i.officeName, i.cohort, i.since, i.days])),
    },
  ];
}

export function stageSheets(r: Result<'stages'>): Sheet[] {
  return [
    { name: '各阶段', headers: ['单位代码', '单位名称', '范围', '阶段', '已完成', '进行中', '已逾期'], rows: r.rows.map((x) => [x.code, x.name, kindName(x.kind), x.stageName, x.done, x.open, x.late]) },
    {
      name: '逾期企业',
      headers: ['企业名称', '所属单位', '逾期阶段', '截止时间', '逾期天数', '触达方式', '联系人', '联系人手机', '小程序', '机器人'],
      rows: r.late.items.flatMap((l) =>
        (l.contacts.length ? l.contacts : [null]).map((c) => [l.enterpriseName, l.officeName, l.stageName, l.deadline, l.daysLate, REACH[l.reach], c?.name ?? '', c?.phone ?? '', c ? yes(c.miniProgram) : '', c ? yes(c.bot) : '']),
      ),
    },
  ];
}

export function deliverySheets(r: Result<'deliveries'>): Sheet[] {
  return [
    { name: '提醒', headers: ['渠道', '结果', '数量'], rows: r.reminders.byChannel.map((x) => [x.channel, x.outcome, x.count]) },
    { name: '推送', headers: ['渠道', '结果', '数量'], rows: r.broadcasts.byChannel.map((x) => [x.channel, x.outcome, x.count]) },
    { name: '阅读', headers: ['单位代码', '单位名称', '范围', '推送数', '已送达', '阅读数', '阅读率'], rows: r.reads.map((x) => [x.code, x.name, kindName(x.kind), x.deliveries, x.sent, x.reads, x.readRate]) },
  ];
}

export function questionSheets(r: Result<'questions'>): Sheet[] {
  const f = (x: { value: number | null; low: number | null; high: number | null }) => [x.value, x.low, x.high];
  return [
    {
      name: '测验',
      headers: ['测验', '首次作答数', '题位数', '平均得分', '得分标准差', '内部一致性系数(%)', '下限', '上限', '误差比(%)', '标准误', '样本不足'],
      rows: r.quizzes.map((z) => [z.title, z.attempts, z.quiz.positions, z.quiz.meanTotal, z.quiz.sdTotal, ...f(z.quiz.alpha), z.quiz.errorRatio.value, z.quiz.standardError.value, yes(z.quiz.fewAttempts)]),
    },
    {
      name: '题目',
      headers: ['测验', '题干', '作答数', '难度系数(%)', '下限', '上限', '标准差(%)', '区分度(%)', '下限', '上限', '区分效率(%)', '下限', '上限', '需复核', '样本不足'],
      rows: r.quizzes.flatMap((z) => z.questions.map((q) => [z.title, q.stem, q.attempts, ...f(q.facility), q.sd.value, ...f(q.discrimination), ...f(q.efficiency), yes(q.flagged), yes(q.fewAttempts)])),
    },
  ];
}
