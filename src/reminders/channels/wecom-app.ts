import type { Redis } from 'ioredis';
import type { Clock } from '../../clock';
import type { Config } from '../../config';
import { isTransient, isWechatError, WechatUnavailable, type WechatFailure } from '../../wechat/errors';
import type { WecomClient } from '../../wechat/wecom';
import type { Channel, Recipient, ReminderMessage, SendResult } from './types';

export type WecomAppChannelConfig = Pick<
  Config,
  'WECOM_CORPID' | 'WECOM_SECRET' | 'WECOM_AGENTID' | 'WECOM_PER_MINUTE' | 'WECOM_PER_HOUR' | 'CACHE_PREFIX'
>;

export interface WecomAppChannelDeps {
  config: WecomAppChannelConfig;
  wecom: Pick<WecomClient, 'sendAppMessage'>;
  /** Holds the per-member pacing counters. */
  redis: Redis;
  clock: Clock;
}

/** WeCom's limit for text content, in bytes of UTF-8. */
export const WECOM_TEXT_MAX_BYTES = 2048;

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/**
 * `text` within `maxBytes` of UTF-8, cut between code points (never inside a character) and marked
 * with '…' when cut.
 */
export function fitBytes(text: string, maxBytes = WECOM_TEXT_MAX_BYTES): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const budget = maxBytes - Buffer.byteLength('…', 'utf8');
  let used = 0;
  let kept = '';
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (used + size > budget) break;
    used += size;
    kept += char;
  }
  return `${kept}…`;
}

/**
 * KEYS[1] the member's minute counter, KEYS[2] their hour counter; ARGV per-minute cap, per-hour
 * cap, minute ttl ms, hour ttl ms. 0: a slot of both is taken; 1: the minute is full; 2: the hour
 * is full. A full window gives its slot back, so a refusal leaves both counts as they were.
 */
const TAKE_SLOT_2 = `
local m = redis.call('INCR', KEYS[1])
if m == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
if m > tonumber(ARGV[1]) then redis.call('DECR', KEYS[1]) return 1 end
local h = redis.call('INCR', KEYS[2])
if h == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[4]) end
if h > tonumber(ARGV[2]) then redis.call('DECR', KEYS[2]) redis.call('DECR', KEYS[1]) return 2 end
return 0`;

/** A permanent refusal as a result, with WeChat's errcode when it gave one. */
function refused(err: Error & WechatFailure): SendResult {
  return { outcome: 'failed', ...(err.errcode === undefined ? {} : { errcode: err.errcode }), reason: err.message };
}

/**
 * WeCom app messages (企业微信应用消息) to a member named on the roster. WeCom drops, without an
 * error, what passes 30 a minute or 1,000 an hour to one member, so every send first takes a slot
 * in that member's current minute and hour (WECOM_PER_MINUTE, WECOM_PER_HOUR, below WeCom's caps);
 * with none left it is deferred to the next window and never sent past the cap.
 * Windows are fixed (clock minutes and hours), so across a boundary up to twice the cap can go out
 * within 60 s; the defaults (25, 900) leave that to WeCom's own accounting.
 */
export function createWecomAppChannel(deps: WecomAppChannelDeps): Channel {
  const { config, wecom, redis, clock } = deps;
  const agentid = Number(config.WECOM_AGENTID);
  const configured = Boolean(config.WECOM_CORPID && config.WECOM_SECRET && Number.isInteger(agentid) && agentid > 0);

  /** Takes a slot for `userId` at `now`, or says when the window that is full ends. */
  async function takeSlot(userId: string, now: Date): Promise<Date | undefined> {
    const minute = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
    const hour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
    const base = `${config.CACHE_PREFIX}:wecom:sent:${userId}`;
    let full: unknown;
    try {
      // The ttl is two windows of real time, whatever the clock says, so a key outlives its window.
      full = await redis.eval(TAKE_SLOT_2, 2, `${base}:m:${minute}`, `${base}:h:${hour}`,
        String(config.WECOM_PER_MINUTE), String(config.WECOM_PER_HOUR), String(2 * MINUTE_MS), String(2 * HOUR_MS));
    } catch (err) {
      throw new WechatUnavailable('WeCom pacing counters (Redis)', 'did not answer', err);
    }
    if (full === 1) return new Date(minute + MINUTE_MS);
    if (full === 2) return new Date(hour + HOUR_MS);
    return undefined;
  }

  return {
    name: 'wecom_app',

    canReach(recipient: Recipient) {
      return configured && Boolean(recipient.wecomUserId);
    },

    async send(recipient: Recipient, message: ReminderMessage): Promise<SendResult> {
      if (!configured) return { outcome: 'failed', reason: 'WeCom is not configured' };
      const userId = recipient.wecomUserId;
      if (!userId) return { outcome: 'failed', reason: 'the recipient has no WeCom userid' };

      const reopens = await takeSlot(userId, clock.now());
      if (reopens) return { outcome: 'deferred', retryAt: reopens, reason: 'WeCom pacing: this member has had their messages for now' };

      const text = message.text.trim() || [message.title, message.stageName, message.deadlineText, message.note].filter(Boolean).join(' ');
      // A slot is kept even when the send fails: counting high only slows us, never lets WeCom drop one.
      try {
        await wecom.sendAppMessage({ touser: userId, agentid, text: fitBytes(text) });
        return { outcome: 'sent' };
      } catch (err) {
        if (isTransient(err)) throw err;
        if (isWechatError(err)) return refused(err);
        throw err;
      }
    },
  };
}
