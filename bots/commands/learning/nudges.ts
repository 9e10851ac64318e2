import { privateOnly } from './shared';
import type { Command } from '../types';

/** 退订 and 订阅 differ only in the switch and the words. */
function nudgeSwitch(spec: { name: string; alias: string; on: boolean; summary: string; done: string }): Command {
  return {
    name: spec.name,
    aliases: [spec.alias],
    usage: spec.name,
    summary: spec.summary,
    async handle(ctx) {
      const refusal = privateOnly(ctx, spec.name);
      if (refusal) return refusal;
      const learner = await ctx.areas.learning.learnerForChat(ctx.talker);
      await ctx.areas.reminders.nudges.setSubscribed(learner.id, spec.on);
      return spec.done;
    },
  };
}

/** 退订: no more study nudges. */
export const unsubscribeCommand = nudgeSwitch({ name: '退订', alias: 'unsubscribe', on: false, summary: '不再接收学习提醒（发送“订阅”可恢复）', done: '已退订学习提醒，您不会再收到学习催促消息。发送“订阅”可随时恢复。' });

/** 订阅: study nudges again. */
export const subscribeCommand = nudgeSwitch({ name: '订阅', alias: 'subscribe', on: true, summary: '恢复接收学习提醒', done: '已恢复学习提醒，每天最多一条。发送“退订”可停止。' });
