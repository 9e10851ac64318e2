import { privateOnly } from './shared';
import type { Command } from '../types';

/** 退订: no more study nudges. */
export const unsubscribeCommand: Command = {
  name: '退订',
  aliases: ['unsubscribe'],
  usage: '退订',
  summary: '不再接收学习提醒（发送“订阅”可恢复）',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '退订');
    if (refusal) return refusal;
    const learner = await ctx.areas.learning.learnerForChat(ctx.talker);
    await ctx.areas.reminders.nudges.setSubscribed(learner.id, false);
    return '已退订学习提醒，您不会再收到学习催促消息。发送“订阅”可随时恢复。';
  },
};

/** 订阅: study nudges again. */
export const subscribeCommand: Command = {
  name: '订阅',
  aliases: ['subscribe'],
  usage: '订阅',
  summary: '恢复接收学习提醒',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '订阅');
    if (refusal) return refusal;
    const learner = await ctx.areas.learning.learnerForChat(ctx.talker);
    await ctx.areas.reminders.nudges.setSubscribed(learner.id, true);
    return '已恢复学习提醒，每天最多一条。发送“退订”可停止。';
  },
};
