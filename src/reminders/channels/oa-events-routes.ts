import { createHash, timingSafeEqual } from 'node:crypto';
import type { ParameterizedContext } from 'koa';
import { z } from 'zod';
import type { Config } from '../../config';
import { Unauthorized } from '../../errors';
import { ApiRouter, parseBody, parseQuery, type RouteGuards } from '../../http/api-router';
import type { OaFollowers } from './oa-followers';

export interface OaEventRoutesDeps {
  config: Pick<Config, 'WECHAT_OA_PUSH_TOKEN'>;
  followers: Pick<OaFollowers, 'recordEvent'>;
  guards: RouteGuards;
}

const signed = z.object({ signature: z.string().min(1), timestamp: z.string().min(1), nonce: z.string().min(1) });
const urlCheck = signed.extend({ echostr: z.string().min(1) });

/**
 * A push in plaintext JSON mode (明文模式, data format JSON). Only follow events are kept; any other
 * message or event is acknowledged and dropped.
 */
const pushBody = z.object({
  ToUserName: z.string().min(1),
  FromUserName: z.string().min(1),
  CreateTime: z.coerce.number().int().positive(),
  MsgType: z.string().min(1),
  Event: z.string().optional(),
  UnionId: z.string().min(1).optional(),
});

/** WeChat's signature on a push: sha1 of the token, timestamp and nonce, sorted and joined. */
export function pushSignature(token: string, timestamp: string, nonce: string): string {
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

/** True when `signature` is WeChat's for this token; never with no token set, so an unconfigured push URL accepts nothing. */
export function verifyPushSignature(token: string, query: { signature: string; timestamp: string; nonce: string }): boolean {
  if (!token) return false;
  const expected = Buffer.from(pushSignature(token, query.timestamp, query.nonce));
  const given = Buffer.from(query.signature.toLowerCase());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function requireSignature(token: string, query: z.infer<typeof signed>): void {
  if (!verifyPushSignature(token, query)) throw new Unauthorized('Invalid WeChat signature');
}

function answerText(ctx: ParameterizedContext, text: string): void {
  ctx.type = 'text/plain';
  ctx.body = text;
}

/**
 * The Official Account's message push (服务器配置 URL): WeChat's URL check and follow/unfollow
 * events, which tell the template channel who can be reached. Plaintext JSON only: the app's body
 * parser reads JSON alone, so XML mode and safe mode (encrypted bodies) are out of scope and are
 * refused as invalid bodies; configure the push as plaintext with JSON data.
 */
export function oaEventRoutes(deps: OaEventRoutesDeps): ApiRouter {
  const router = new ApiRouter('/api/wechat/oa', deps.guards);
  const token = () => deps.config.WECHAT_OA_PUSH_TOKEN;

  router.get(
    '/events',
    {
      summary: "WeChat's check of the Official Account push URL: echoes echostr when the signature is WeChat's",
      tags: ['wechat'],
      auth: 'none',
      query: urlCheck,
      responses: {
        200: { description: 'The echostr, as text', contentType: 'text/plain' },
        400: { description: 'A parameter is missing' },
        401: { description: 'The signature is not WeChat’s (or WECHAT_OA_PUSH_TOKEN is unset)' },
      },
    },
    async function oaPushUrlCheck(ctx) {
      const query = parseQuery(ctx, urlCheck);
      requireSignature(token(), query);
      answerText(ctx, query.echostr);
    },
  );

  router.post(
    '/events',
    {
      summary: 'Official Account push (plaintext JSON): follow and unfollow events are recorded',
      tags: ['wechat'],
      auth: 'none',
      query: signed,
      body: pushBody,
      responses: {
        200: { description: '"success", as text: WeChat stops retrying', contentType: 'text/plain' },
        400: { description: 'Not a plaintext JSON push' },
        401: { description: 'The signature is not WeChat’s (or WECHAT_OA_PUSH_TOKEN is unset)' },
      },
    },
    async function oaPushEvent(ctx) {
      requireSignature(token(), parseQuery(ctx, signed));
      const push = parseBody(ctx, pushBody);
      if (push.MsgType === 'event' && (push.Event === 'subscribe' || push.Event === 'unsubscribe')) {
        await deps.followers.recordEvent({
          openid: push.FromUserName,
          event: push.Event,
          createTime: push.CreateTime,
          ...(push.UnionId ? { unionid: push.UnionId } : {}),
        });
      }
      answerText(ctx, 'success');
    },
  );

  return router;
}
