/** The six stages of one evaluation round, in order (the programme's own words). */
export const STAGES = [
  { key: 'apply', name: '自愿申请', actor: 'contact' },
  { key: 'self_check', name: '自查自评', actor: 'contact' },
  { key: 'review', name: '检查审核', actor: 'staff' },
  { key: 'evaluation', name: '第三方评价', actor: 'staff' },
  { key: 'notice', name: '社会公示', actor: 'staff' },
  { key: 'naming', name: '通报命名', actor: 'staff' },
] as const;

export type StageKey = (typeof STAGES)[number]['key'];
export const STAGE_KEYS = STAGES.map((s) => s.key) as [StageKey, ...StageKey[]];
export const STAGE_NAMES: Record<StageKey, string> = Object.fromEntries(STAGES.map((s) => [s.key, s.name])) as Record<StageKey, string>;
/** Who marks a stage done: the enterprise's contact (self-assessment) or staff (the rest; applying is the application itself). */
export const STAFF_STAGES: readonly StageKey[] = ['review', 'evaluation', 'notice', 'naming'];

/** What a contact should do while a stage is the current one. */
export const NEXT_STEP: Record<StageKey, string> = {
  apply: '提交自愿申请',
  self_check: '完成自查自评并提交材料，完成后在小程序点“已提交”或在聊天中发送“已提交”',
  review: '等待和创办检查审核，请保持联系畅通',
  evaluation: '配合第三方评价机构开展评价',
  notice: '评价结果社会公示中，如有异议请联系所在和创办',
  naming: '等待通报命名',
};

/**
 * When reminders go, before each deadline: whole days before it (at the deadline's time of day),
 * and "on the day" at a time of day. Default 7, 3 and 1 days before, and 09:00 on the day (SPEC).
 */
export interface ReminderOffsets {
  daysBefore: number[];
  onTheDayAt: string | null;
}
export const DEFAULT_OFFSETS: ReminderOffsets = { daysBefore: [7, 3, 1], onTheDayAt: '09:00' };
