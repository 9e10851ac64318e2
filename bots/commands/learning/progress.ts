import type { Command } from '../types';
import { packBlocks, privateOnly, score, verifyPath } from './shared';

type Standing = { title: string; passed: boolean; result: number | null; attemptsUsed: number; attemptsLeft: number };

function standingLine(label: string, q: Standing | null): string {
  if (!q) return `${label}：无`;
  const state = q.passed ? '✅ 已通过' : q.attemptsUsed === 0 ? '未参加' : q.attemptsLeft > 0 ? '未通过' : '未通过，机会已用完';
  const result = q.result === null ? '' : `，成绩 ${score(q.result)} 分`;
  return `${label}《${q.title}》：${state}${result}（已用 ${q.attemptsUsed} 次，剩 ${q.attemptsLeft} 次）`;
}

/** 进度: per course, every module's lessons and quiz, the final exam and the certificate. */
export const progressCommand: Command = {
  name: '进度',
  aliases: ['progress'],
  usage: '进度',
  summary: '查看每门课程的课时、测验、结业考试和证书情况',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '进度');
    if (refusal) return refusal;
    const { learning } = ctx.areas;
    const all = await learning.allProgress(await learning.learnerForChat(ctx.talker));
    if (!all.length) return '目前还没有向您开放的课程，请留意和创办的通知。';
    const blocks = all.map(({ progress: p }) => {
      const lines = [`《${p.title}》${p.complete ? '✅ 已完成' : '⏳ 学习中'}｜课时 ${p.lessonsRead}/${p.lessonsTotal}`];
      for (const m of p.modules) {
        const read = m.lessons.filter((l) => l.read).length;
        lines.push(`· ${m.title}：课时 ${read}/${m.lessons.length}`);
        if (m.quiz) lines.push(`  ${standingLine('测验', m.quiz)}`);
      }
      lines.push(standingLine('· 结业考试', p.finalExam));
      const c = p.certificate;
      lines.push(
        c
          ? `· 证书：${c.number}（${c.status === 'valid' ? '有效' : '已撤销'}），验证：${verifyPath(c.code)}`
          : p.complete
            ? '· 证书：您已完成全部内容，证书正在发放，请稍后发送“证书”查看'
            : '· 证书：完成全部课时、测验和结业考试后发放',
      );
      return lines.join('\n');
    });
    return packBlocks(blocks);
  },
};
