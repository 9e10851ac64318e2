import { NotFound } from '../../src/errors';
import type { StaffRole } from '../../src/staff/kinds';
import type { Command, CommandContext } from './types';

/** A broadcast's 编号 in chat: the last six characters of its id, easy to type. */
export const shortCode = (id: string) => id.slice(-6).toUpperCase();

const privateOnly = (ctx: Pick<CommandContext, 'room'>, command: string) => (ctx.room ? `审批操作请私聊我发送“${command}”。` : undefined);

/** The staff member behind this chat (bound with a code from POST /api/admin/staff/:id/bind-code). */
async function staffOf(ctx: CommandContext) {
  const bound = await ctx.areas.binding.require({ kind: 'bot', id: ctx.talker.id, displayName: ctx.talker.name }, 'staff');
  const session = await ctx.areas.staff.sessionOf(bound.personId);
  return { ...session, actor: { ...session.actor, role: session.staff.role as StaffRole } };
}

async function pendingFor(ctx: CommandContext) {
  const me = await staffOf(ctx);
  const waiting = await ctx.areas.broadcasts.list(me.scope, { state: 'submitted' });
  return { me, waiting };
}

async function findPending(ctx: CommandContext, code: string) {
  const { me, waiting } = await pendingFor(ctx);
  const matches = waiting.filter((b) => shortCode(b.id) === code.trim().toUpperCase());
  if (matches.length !== 1) throw new NotFound(`没有找到编号为 ${code} 的待审广播。发送“待审”查看。`);
  return { me, broadcast: await ctx.areas.broadcasts.get(me.scope, matches[0].id) };
}

/** 待审: broadcasts of my subtree awaiting approval. */
export const pendingCommand: Command = {
  name: '待审',
  aliases: ['pending'],
  usage: '待审',
  summary: '工作人员查看待审批的广播',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '待审');
    if (refusal) return refusal;
    const { waiting } = await pendingFor(ctx);
    if (!waiting.length) return '目前没有待审批的广播。';
    return [`待审批的广播（${waiting.length} 条）：`, ...waiting.map((b) => `编号 ${shortCode(b.id)}｜《${b.title}》｜${b.authorName}\n${b.summary}`), '发送“审批 编号”批准，或“驳回 编号 理由”驳回。'];
  },
};

/** 审批 编号: approve one, under the same rules as the API (an admin, not the author, no sensitive words). */
export const approveCommand: Command = {
  name: '审批',
  aliases: ['approve'],
  usage: '审批 编号',
  summary: '管理员批准一条广播',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '审批');
    if (refusal) return refusal;
    if (!ctx.args) return '请发送“审批 编号”，编号见“待审”。';
    const { me, broadcast } = await findPending(ctx, ctx.args.split(/\s+/)[0]);
    const view = await ctx.areas.broadcasts.approve(me.actor, me.scope, broadcast);
    return `已批准《${view.title}》，状态：${view.state === 'scheduled' ? '待发送（定时或静默时段后发送）' : '发送中'}。`;
  },
};

/** 驳回 编号 理由: reject one with a reason. */
export const rejectCommand: Command = {
  name: '驳回',
  aliases: ['reject'],
  usage: '驳回 编号 理由',
  summary: '管理员驳回一条广播并说明理由',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '驳回');
    if (refusal) return refusal;
    const [code, ...rest] = ctx.args.split(/\s+/);
    const reason = rest.join(' ').trim();
    if (!code || !reason) return '请发送“驳回 编号 理由”，例如：驳回 A1B2C3 请补充活动时间。';
    const { me, broadcast } = await findPending(ctx, code);
    const view = await ctx.areas.broadcasts.reject(me.actor, me.scope, broadcast, reason.slice(0, 200));
    return `已驳回《${view.title}》，理由：${view.reason}`;
  },
};
