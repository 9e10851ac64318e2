import type { Redis } from 'ioredis';
import type { Clock } from '../../clock';
import type { Config } from '../../config';
import { isTransient, isWechatError, WechatUnavailable, type WechatFailure } from '../../wechat/errors';
import type { OaClient } from '../../wechat/oa';
import { formatLocal, localDay, localParts, zonedDate } from '../../zoned-time';
import type { OaFollowers } from './oa-followers';
import type { Channel, Recipient, ReminderMessage, SendResult } from './types';

export type OaTemplateChannelConfig = Pick<
  Config,
  'WECHAT_OA_APPID' | 'WECHAT_OA_SECRET' | 'WECHAT_OA_TEMPLATE_ID' | 'WECHAT_APPID' | 'CACHE_PREFIX' | 'TIME_ZONE'
>;

export interface OaTemplateChannelDeps {
  config: OaTemplateChannelConfig;
  oa: Pick<OaClient, 'sendTemplateMessage'>;
  followers: Pick<OaFollowers, 'openidForUnionid'>;
  /** Holds the daily send counter. */
  redis: Redis;
  clock: Clock;
  /** Template messages one Official Account may send in a local day. Default 100,000 (WeChat's default quota). */
  dailyCap?: number;
}

export const OA_DAILY_CAP = 100_000;

/** WeChat's limit for `thing` values in template messages, in characters. */
const THING_MAX = 20;

/** WeChat's answer when the account's daily template quota is used up. */
const DAILY_QUOTA_REACHED = 45009;

const DAY_MS = 24 * 3600 * 1000;

// KEYS[1] the day's counter; ARGV cap, ttl ms. 1: a slot is taken; 0: the cap is reached and the count is as it was.
const TAKE_SLOT_1 = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if n > tonumber(ARGV[1]) then redis.call('DECR', KEYS[1]) return 0 end
return 1`;

/**
 * `value` fitted to `max` characters, counted in code points as WeChat counts them: cut to max-1
 * and marked with '…'. Line breaks become spaces and an empty value a dash, since WeChat refuses
 * the whole message (47003) over one bad value.
 */
export function fitThing(value: string, max = THING_MAX): string {
  const chars = [...value.replace(/\s+/g, ' ').trim()];
  if (chars.length === 0) return '-';
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** The template's fields: thing1 title, thing2 stage, time3 deadline, thing4 note. */
export function templateData(message: ReminderMessage, timeZone: string): Record<string, string> {
  return {
    thing1: fitThing(message.title),
    thing2: fitThing(message.stageName),
    time3: message.deadlineText.trim() || formatLocal(message.deadline, timeZone),
    thing4: fitThing(message.note),
  };
}

function nextLocalMidnight(at: Date, timeZone: string): Date {
  const p = localParts(at, timeZone);
  const tomorrow = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  return zonedDate({ year: tomorrow.getUTCFullYear(), month: tomorrow.getUTCMonth() + 1, day: tomorrow.getUTCDate(), hour: 0, minute: 0 }, timeZone);
}

/** A permanent refusal as a result, with WeChat's errcode when it gave one. */
function refused(err: Error & WechatFailure): SendResult {
  return { outcome: 'failed', ...(err.errcode === undefined ? {} : { errcode: err.errcode }), reason: err.message };
}

/**
 * Official Account template messages (服务号模板消息). The recipient is found by unionid among the
 * account's followers; sends are counted per local day in Redis and stop at the daily quota.
 */
export function createOaTemplateChannel(deps: OaTemplateChannelDeps): Channel {
  const { config, oa, followers, redis, clock, dailyCap = OA_DAILY_CAP } = deps;
  const configured = Boolean(config.WECHAT_OA_APPID && config.WECHAT_OA_SECRET && config.WECHAT_OA_TEMPLATE_ID);

  async function counter<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (err) {
      throw new WechatUnavailable('Official Account daily counter (Redis)', 'did not answer', err);
    }
  }

  const dayKey = (now: Date) => `${config.CACHE_PREFIX}:oa:sent:${localDay(now, config.TIME_ZONE)}`;

  /** Takes one of today's sends, or says when the next day's quota opens. */
  async function takeSlot(now: Date): Promise<Date | undefined> {
    const taken = await counter(() => redis.eval(TAKE_SLOT_1, 1, dayKey(now), String(dailyCap), String(2 * DAY_MS)));
    return taken === 1 ? undefined : nextLocalMidnight(now, config.TIME_ZONE);
  }

  return {
    name: 'oa_template',

    async canReach(recipient: Recipient) {
      if (!configured || !recipient.unionid) return false;
      return (await followers.openidForUnionid(recipient.unionid)) !== null;
    },

    async send(recipient: Recipient, message: ReminderMessage): Promise<SendResult> {
      if (!configured) return { outcome: 'failed', reason: 'the Official Account is not configured' };
      const openid = recipient.unionid ? await followers.openidForUnionid(recipient.unionid) : null;
      if (!openid) return { outcome: 'failed', reason: 'the recipient does not follow the Official Account' };

      const now = clock.now();
      const reopens = await takeSlot(now);
      if (reopens) return { outcome: 'deferred', retryAt: reopens, reason: `the Official Account's ${dailyCap} template messages for today are used up` };

      // A sent slot is kept even when the send fails: counting high only stops us early, never late.
      try {
        await oa.sendTemplateMessage({
          touser: openid,
          templateId: config.WECHAT_OA_TEMPLATE_ID,
          ...(config.WECHAT_APPID && message.page ? { miniprogram: { appid: config.WECHAT_APPID, pagepath: message.page } } : {}),
          data: templateData(message, config.TIME_ZONE),
        });
        return { outcome: 'sent' };
      } catch (err) {
        if (isWechatError(err) && (err as WechatFailure).errcode === DAILY_QUOTA_REACHED) {
          // WeChat's quota is lower than ours (or others share the account): stop for today, here too.
          await counter(() => redis.set(dayKey(now), String(dailyCap), 'PX', 2 * DAY_MS));
          return { outcome: 'deferred', retryAt: nextLocalMidnight(now, config.TIME_ZONE), reason: 'WeChat says the daily template quota is used up' };
        }
        if (isTransient(err)) throw err;
        if (isWechatError(err)) return refused(err);
        throw err;
      }
    },
  };
}
