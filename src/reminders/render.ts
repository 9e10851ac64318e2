import { NEXT_STEP, STAFF_STAGES, STAGE_NAMES, type StageKey } from '../campaigns/kinds';
import { formatLocal } from '../zoned-time';
import type { ReminderMessage } from './channels/types';
import { timeLeftNote } from './offsets';

/** What one reminder in a digest is about. */
export interface DigestItem {
  kind: 'deadline' | 'escalation' | 'nudge';
  campaignName?: string;
  enterpriseName?: string;
  stage?: StageKey;
  deadline?: Date;
  /** For nudges and office alerts: the sentence itself. */
  text?: string;
}

const bySoonest = (a: DigestItem, b: DigestItem) => (a.deadline?.getTime() ?? 0) - (b.deadline?.getTime() ?? 0);

/**
 * One message for everything due to one person in one scan: a digest of three deadlines is one
 * message with three lines. The template fields carry the soonest deadline.
 */
export function renderDigest(key: string, items: DigestItem[], now: Date, timeZone: string): ReminderMessage {
  const sorted = [...items].sort(bySoonest);
  const first = sorted[0];
  const lines: string[] = [];
  const deadlines = sorted.filter((i) => i.kind !== 'nudge' && i.stage && i.deadline);
  if (deadlines.length) {
    const overdue = deadlines.filter((i) => i.kind === 'escalation');
    const ahead = deadlines.filter((i) => i.kind !== 'escalation');
    lines.push(ahead.length ? '【和谐企业创建·截止提醒】' : '【和谐企业创建·逾期提醒】');
    if (first.enterpriseName) lines.push(`${first.enterpriseName}：`);
    for (const i of deadlines) {
      lines.push(`· ${i.campaignName ? `${i.campaignName} ` : ''}“${STAGE_NAMES[i.stage!]}”截止 ${formatLocal(i.deadline!, timeZone)}（${timeLeftNote(i.deadline!, now)}）`);
    }
    if (overdue.length) lines.push('已过截止时间的阶段仍未完成，请尽快办理或联系所在和创办。');
    if (ahead.length) {
      const next = ahead[0].stage!;
      lines.push(STAFF_STAGES.includes(next) ? '请配合和创办做好相关工作。' : `请及时${NEXT_STEP[next].split('，')[0]}。`);
    }
    lines.push('发送“我的申报”查看进度。');
  }
  for (const i of sorted.filter((x) => x.kind === 'nudge' || !x.stage)) lines.push(i.text ?? '');
  const stageName = first.stage ? STAGE_NAMES[first.stage] : '学习提醒';
  return {
    key,
    text: lines.filter(Boolean).join('\n'),
    title: first.kind === 'nudge' ? '社会责任指导员培训' : (first.campaignName ?? '和谐企业创建'),
    stageName: deadlines.length > 1 ? `${stageName}等${deadlines.length}项` : stageName,
    deadline: first.deadline ?? now,
    deadlineText: formatLocal(first.deadline ?? now, timeZone),
    note: first.deadline ? timeLeftNote(first.deadline, now) : (first.text ?? ''),
    page: first.kind === 'nudge' ? 'pages/courses/index' : 'pages/application/index',
  };
}
