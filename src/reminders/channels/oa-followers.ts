import { Schema, type Connection, type InferSchemaType } from 'mongoose';
import { isDuplicateKey } from '../../db/mongo';

export const OA_FOLLOW_EVENTS = ['subscribe', 'unsubscribe'] as const;
export type OaFollowEvent = (typeof OA_FOLLOW_EVENTS)[number];

/**
 * Follow and unfollow events of the Official Account, as WeChat pushed them. Insert-only: the _id
 * is the event itself, so WeChat's retries of one push (it retries three times) land once, and no
 * document is ever updated by two pushes at once (SPEC, "Storage"). Whether someone follows now is
 * read from their latest event.
 */
const oaFollowerSchema = new Schema(
  {
    /** `${openid}:${event}:${createTime}`. */
    _id: { type: String, required: true },
    openid: { type: String, required: true },
    /** Pushes carry it only when the account is bound to an open platform account and WeChat includes it. */
    unionid: { type: String },
    event: { type: String, enum: OA_FOLLOW_EVENTS, required: true },
    /** WeChat's CreateTime (whole seconds). */
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'oa_followers' },
);
oaFollowerSchema.index({ unionid: 1 });
oaFollowerSchema.index({ openid: 1, at: -1 });

export type OaFollower = InferSchemaType<typeof oaFollowerSchema>;

const defineOaFollower = (conn: Connection) => conn.model('OaFollower', oaFollowerSchema);
export type OaFollowerModel = ReturnType<typeof defineOaFollower>;

export const oaFollowerModel = (conn: Connection): OaFollowerModel =>
  (conn.models.OaFollower as OaFollowerModel | undefined) ?? defineOaFollower(conn);

export interface OaFollowEventInput {
  /** The follower's openid under the Official Account (FromUserName). */
  openid: string;
  unionid?: string;
  event: OaFollowEvent;
  /** WeChat's CreateTime, seconds since the epoch. */
  createTime: number;
}

export interface OaFollowers {
  /** Stores one pushed event; `recorded` is false when this very event was stored before (a retried push). */
  recordEvent(input: OaFollowEventInput): Promise<{ recorded: boolean }>;
  /** The Official Account openid of the person with this unionid while they follow the account, else null. */
  openidForUnionid(unionid: string): Promise<string | null>;
}

/**
 * `unionidOf` looks up a follower's unionid when the push has none (WeChat's follow pushes do not
 * carry it; without it nobody could be matched to their mini-program binding). A failed lookup is
 * logged and the event stored without it: the next follow or a later push can fill it in.
 */
export function createOaFollowers(deps: { model: OaFollowerModel; unionidOf?: (openid: string) => Promise<string | null>; onLookupFailed?: (err: unknown) => void }): OaFollowers {
  const { model } = deps;

  async function lookedUp(openid: string): Promise<string | null> {
    if (!deps.unionidOf) return null;
    try {
      return await deps.unionidOf(openid);
    } catch (err) {
      deps.onLookupFailed?.(err);
      return null;
    }
  }

  /** The latest event of one openid; at one second, unsubscribe sorts after subscribe, so a tie reads as "not following". */
  async function latest(openid: string): Promise<{ event: string; at: Date } | null> {
    return model.findOne({ openid }, { event: 1, at: 1 }).sort({ at: -1, _id: -1 }).lean<{ event: string; at: Date }>();
  }

  return {
    async recordEvent({ openid, unionid: given, event, createTime }) {
      const unionid = given ?? (event === 'subscribe' ? await lookedUp(openid) : null);
      try {
        await model.create({
          _id: `${openid}:${event}:${createTime}`,
          openid,
          ...(unionid ? { unionid } : {}),
          event,
          at: new Date(createTime * 1000),
        });
        return { recorded: true };
      } catch (err) {
        if (isDuplicateKey(err)) return { recorded: false };
        throw err;
      }
    },

    async openidForUnionid(unionid) {
      // The unionid names the openid(s); their latest event, with or without a unionid, says whether
      // they follow now (an unfollow push need not carry the unionid its follow did).
      const openids: string[] = await model.distinct('openid', { unionid });
      let best: { openid: string; at: number } | null = null;
      for (const openid of openids) {
        const last = await latest(openid);
        if (last?.event !== 'subscribe') continue;
        if (!best || last.at.getTime() > best.at) best = { openid, at: last.at.getTime() };
      }
      return best?.openid ?? null;
    },
  };
}
