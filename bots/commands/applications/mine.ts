import type { ApplicationView } from '../../../src/campaigns/applications';
import type { Command, CommandContext } from '../types';

/** An application is the enterprise's business: shown in private chat only. */
const privateOnly = (ctx: Pick<CommandContext, 'room'>, command: string) => (ctx.room ? `申报信息请私聊我发送“${command}”查看。` : undefined);

export function applicationLines(a: ApplicationView): string[] {
  const lines = [`《${a.campaignName}》${a.withdrawn ? '（已撤回）' : ''}`];
  for (const s of a.stages) {
    const mark = s.done ? '✅' : s.key === a.current ? '👉' : s.late ? '⚠️' : '▫️';
    lines.push(`${mark} ${s.name}：截止 ${s.deadlineText}${s.done ? '（已完成）' : s.late ? '（已逾期）' : ''}`);
  }
  lines.push(`下一步：${a.nextStep}`);
  return lines;
}

/** 我的申报: the enterprise's applications, stage by stage, with the deadlines that apply and what to do next. */
export const myApplicationsCommand: Command = {
  name: '我的申报',
  aliases: ['申报', 'application'],
  usage: '我的申报',
  summary: '企业联系人查看本企业的申报阶段、截止时间和下一步',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '我的申报');
    if (refusal) return refusal;
    const { campaigns } = ctx.areas;
    const mine = await campaigns.mine(await campaigns.contactForChat(ctx.talker));
    const blocks = mine.applications.map((a) => applicationLines(a).join('\n'));
    for (const c of mine.canApply) blocks.push(`《${c.name}》尚未申报，自愿申请截止 ${c.applyByText}，请在小程序“我的申报”中提交。`);
    if (!blocks.length) return `${mine.enterprise.name}目前没有进行中的创建评价活动。`;
    return [`${mine.enterprise.name}的申报情况：`, ...blocks];
  },
};

/** 已提交: the contact confirms the self-assessment is submitted. */
export const submittedCommand: Command = {
  name: '已提交',
  aliases: ['提交自评'],
  usage: '已提交',
  summary: '企业联系人确认已提交自查自评',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '已提交');
    if (refusal) return refusal;
    const { campaigns } = ctx.areas;
    const { recorded, view } = await campaigns.submitSelfCheck(await campaigns.contactForChat(ctx.talker));
    const head = recorded ? '已收到，您的“自查自评”已记录为提交。' : '您的“自查自评”此前已记录为提交。';
    return [head, applicationLines(view).join('\n')];
  },
};
