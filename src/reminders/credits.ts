import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import { isDuplicateKey } from '../db/mongo';
import type { SubscribeCreditModel } from './model';

/**
 * Mini-program subscribe-message credits (SPEC "WeChat facts"): each "accept" a user taps lets us
 * send one message with that template. The ledger is insert-only (no counter to race on): a
 * grant is spent by inserting a spend keyed by the grant, so two sends can never spend one grant.
 */

/** The same tap is reported twice, by the mini-program and by WeChat's popup event: within this window they count once. */
export const SAME_TAP_WINDOW_MS = 60_000;

export function createCredits(deps: { SubscribeCredit: SubscribeCreditModel; clock: Clock }) {
  const { SubscribeCredit, clock } = deps;

  async function ledger(openid: string, templateId: string) {
    const rows = await SubscribeCredit.find({ openid }).lean();
    const mine = rows.filter((r) => r.templateId === templateId);
    const lastReset = Math.max(0, ...mine.filter((r) => r.entry === 'reset').map((r) => r.at.getTime()));
    const spent = new Set(mine.filter((r) => r.entry === 'spend').map((r) => r.grantId));
    const live = mine.filter((r) => r.entry === 'grant' && r.at.getTime() > lastReset && !spent.has(r._id)).sort((a, b) => a.at.getTime() - b.at.getTime());
    return { live, grants: mine.filter((r) => r.entry === 'grant' && r.at.getTime() > lastReset) };
  }

  return {
    /**
     * Records accepted taps. `source` is 'tap' (the mini-program's result) or 'event' (WeChat's
     * subscribe_msg_popup_event); `ref` makes a retried report of the same tap a no-op. A tap
     * already reported by the other source within SAME_TAP_WINDOW_MS is not counted again.
     */
    async grant(openid: string, templateId: string, source: 'tap' | 'event', ref: string, at = clock.now()): Promise<boolean> {
      const { grants } = await ledger(openid, templateId);
      if (grants.some((g) => g.source !== source && Math.abs(g.at.getTime() - at.getTime()) <= SAME_TAP_WINDOW_MS)) return false;
      try {
        await SubscribeCredit.create({ _id: `grant:${source}:${openid}:${templateId}:${ref}`, openid, templateId, entry: 'grant', source, at });
        return true;
      } catch (err) {
        if (isDuplicateKey(err)) return false;
        throw err;
      }
    },
    async balance(openid: string, templateId: string): Promise<number> {
      return (await ledger(openid, templateId)).live.length;
    },
    /** Spends one credit; returns the spend's id (to refund a send that did not happen), or null when there is none. */
    async spend(openid: string, templateId: string): Promise<string | null> {
      for (const grant of (await ledger(openid, templateId)).live) {
        try {
          await SubscribeCredit.create({ _id: `spend:${grant._id}`, openid, templateId, entry: 'spend', grantId: grant._id, at: clock.now() });
          return `spend:${grant._id}`;
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
          // Another send took this grant a moment ago: try the next.
        }
      }
      return null;
    },
    /** WeChat did not send (a transient error, or a refusal that used no credit): the grant is live again. */
    async refund(spendId: string): Promise<void> {
      await SubscribeCredit.deleteOne({ _id: spendId, entry: 'spend' });
    },
    /** 43101: WeChat says the user holds no credit, whatever we counted; every earlier grant is void. */
    async reset(openid: string, templateId: string): Promise<void> {
      await SubscribeCredit.create({ _id: `reset:${openid}:${templateId}:${randomUUID()}`, openid, templateId, entry: 'reset', at: clock.now() });
    },
  };
}

export type Credits = ReturnType<typeof createCredits>;
