import { fitSubscribeField, WechatNoSubscription, isTransient, isWechatError, type SubscribeMessage } from '../../wechat';
import type { Credits } from '../credits';
import type { Channel, Recipient, ReminderMessage, SendResult } from './types';

/**
 * The reminder template's fields: 事项 (thing1), 阶段 (thing2), 截止时间 (time3), 温馨提示 (thing4).
 * Each value is fitted to its type's limit when rendered (never refused at the API).
 */
export function reminderTemplateData(message: ReminderMessage): Record<string, string> {
  const raw = { thing1: message.title, thing2: message.stageName, time3: message.deadlineText, thing4: message.note };
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, fitSubscribeField(k, v)]));
}

/**
 * Mini-program subscribe message: only while the user holds a credit for the template. A send
 * spends one; 43101 zeroes the ledger (WeChat knows best) and the next channel is tried.
 */
export function createMpSubscribeChannel(deps: { templateId: string; credits: Credits; send: (message: SubscribeMessage) => Promise<void> }): Channel {
  const { templateId, credits } = deps;
  return {
    name: 'mp_subscribe',
    // The credit is looked at once, by the spend: no credit is "cannot reach", and the next channel goes.
    canReach: (r: Recipient) => Boolean(templateId && r.mpOpenid),
    async send(r: Recipient, message: ReminderMessage): Promise<SendResult> {
      const openid = r.mpOpenid!;
      const spend = await credits.spend(openid, templateId);
      if (!spend) return { outcome: 'unreachable' };
      try {
        await deps.send({ touser: openid, templateId, page: message.page, data: reminderTemplateData(message) });
        return { outcome: 'sent' };
      } catch (err) {
        if (err instanceof WechatNoSubscription) {
          await credits.reset(openid, templateId);
          return { outcome: 'failed', errcode: err.errcode, reason: 'no_subscription' };
        }
        // WeChat sent nothing: the grant is live again, whether we retry now or fall back.
        await credits.refund(spend);
        if (isTransient(err) || !isWechatError(err)) throw err;
        return { outcome: 'failed', errcode: (err as { errcode?: number }).errcode, reason: err.code };
      }
    },
  };
}
