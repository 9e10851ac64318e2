import { z } from 'zod';
import { WechatInvalidRequest } from './errors';

/** A mini-program subscribe message as callers write it; `data` maps template keys (thing1, time2…) to values. */
export interface SubscribeMessage {
  /** The recipient's openid. */
  touser: string;
  templateId: string;
  /** The mini-program page opened from the notice, with its query, e.g. `pages/deadlines/index?id=1`. */
  page?: string;
  data: Record<string, string>;
  /** Which build of the mini-program the notice opens; WeChat defaults to formal. */
  miniprogramState?: 'developer' | 'trial' | 'formal';
}

/** The body of POST /cgi-bin/message/subscribe/send. */
export interface SubscribePayload {
  touser: string;
  template_id: string;
  page?: string;
  miniprogram_state?: 'developer' | 'trial' | 'formal';
  data: Record<string, { value: string }>;
}

const HAN = /\p{Script=Han}/u;

/** Counted in code points, as WeChat counts characters (an emoji is one, not two UTF-16 units). */
const length = (value: string) => [...value].length;

const limit =
  (max: number, pattern?: RegExp, what = 'not allowed here') =>
  (value: string): string | undefined =>
    length(value) > max ? `at most ${max} characters` : pattern && !pattern.test(value) ? what : undefined;

/**
 * WeChat's rules per key type (the letters before the key's number). WeChat refuses a message with
 * one bad value as a whole (47003), so a bad value is caught here, before a credit is spent on it.
 * Time and date are checked loosely: WeChat accepts several spellings.
 */
const RULES: Record<string, (value: string) => string | undefined> = {
  thing: limit(20),
  phrase: limit(5, /^\p{Script=Han}+$/u, 'Chinese characters only'),
  name: (value) =>
    HAN.test(value) ? limit(10)(value) : limit(20, /^[\p{L}\p{P}\p{Zs}]+$/u, 'letters or symbols only')(value),
  number: limit(32, /^\d+(\.\d+)?$/, 'digits only, with an optional decimal part'),
  letter: limit(32, /^[A-Za-z]+$/, 'letters only'),
  symbol: limit(5, /^[^\p{L}\p{N}]+$/u, 'symbols only'),
  character_string: limit(32, /^[\x20-\x7e]+$/, 'digits, letters or symbols only'),
  amount: limit(16, /^[^\d\s]?\d{1,10}(\.\d+)?元?$/u, 'an optional currency sign, up to 10 digits, optional decimals and 元'),
  phone_number: limit(17, /^[\d+\-() ]+$/, 'digits and + - ( ) only'),
  car_number: limit(8),
  time: limit(32, /\d{1,2}:\d{2}/, 'a time such as 15:01 or 2026年11月26日 15:01'),
  date: limit(32, /^\d{4}(年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})/, 'a date such as 2026年11月26日 or 2026-11-26'),
};

const KEY = /^([a-z_]+?)(\d+)$/;

/** Why WeChat would refuse `value` under template key `key`, or undefined when it is fine. */
export function checkSubscribeField(key: string, value: string): string | undefined {
  const type = KEY.exec(key)?.[1];
  const rule = type === undefined ? undefined : RULES[type];
  if (!rule) return `unknown key type (expected one of ${Object.keys(RULES).join(', ')} followed by a number)`;
  if (value.trim() === '') return 'must not be empty';
  return rule(value);
}

const messageSchema = z.object({
  touser: z.string().trim().min(1),
  templateId: z.string().trim().min(1),
  page: z.string().min(1).optional(),
  miniprogramState: z.enum(['developer', 'trial', 'formal']).optional(),
  data: z
    .record(z.string(), z.string())
    .refine((data) => Object.keys(data).length > 0, 'at least one field')
    .superRefine((data, ctx) => {
      for (const [key, value] of Object.entries(data)) {
        const problem = checkSubscribeField(key, value);
        if (problem) ctx.addIssue({ code: 'custom', path: [key], message: problem });
      }
    }),
});

/** The payload WeChat expects, or WechatInvalidRequest listing every field it would refuse. */
export function toSubscribePayload(message: SubscribeMessage): SubscribePayload {
  const parsed = messageSchema.safeParse(message);
  if (!parsed.success) {
    throw new WechatInvalidRequest(
      'The subscribe message breaks WeChat field rules',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  const { touser, templateId, page, miniprogramState, data } = parsed.data;
  return {
    touser,
    template_id: templateId,
    ...(page === undefined ? {} : { page }),
    ...(miniprogramState === undefined ? {} : { miniprogram_state: miniprogramState }),
    data: Object.fromEntries(Object.entries(data).map(([key, value]) => [key, { value }])),
  };
}

const MAX_CHARS: Record<string, number> = { thing: 20, phrase: 5, name: 10, character_string: 32, number: 32, letter: 32, symbol: 5, car_number: 8 };

/** Cuts to `max` code points, marking the cut with '…' where the type allows it. */
function cut(value: string, max: number, ellipsis: boolean): string {
  const chars = [...value];
  if (chars.length <= max) return value;
  return ellipsis ? `${chars.slice(0, max - 1).join('')}…` : chars.slice(0, max).join('');
}

/**
 * A value made to fit WeChat's rule for its key type, so that a long enterprise name or stage
 * never makes WeChat refuse the whole message: `thing` and `name` are cut with '…', `phrase`
 * keeps its Chinese characters, `character_string` its printable ASCII. checkSubscribeField
 * still has the last word before a send.
 */
export function fitSubscribeField(key: string, value: string): string {
  const type = KEY.exec(key)?.[1] ?? '';
  const clean = value.replace(/\s+/g, ' ').trim();
  if (type === 'phrase') return cut([...clean].filter((c) => HAN.test(c)).join('') || '提醒', 5, false);
  if (type === 'character_string') return cut(clean.replace(/[^\x20-\x7e]/g, '') || '-', 32, false);
  if (type === 'name') return HAN.test(clean) ? cut(clean, 10, true) : cut(clean, 20, true);
  const max = MAX_CHARS[type];
  return max ? cut(clean, max, type === 'thing') : clean;
}
