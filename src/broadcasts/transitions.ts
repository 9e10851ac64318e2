import type { Types } from 'mongoose';
import type { Clock } from '../clock';
import { isDuplicateKey } from '../db/mongo';
import { Conflict } from '../errors';
import { NEXT_STATES, STATE_NAMES, type BroadcastState } from './kinds';
import type { BroadcastTransitionModel } from './model';

export class IllegalTransition extends Conflict {
  override readonly code = 'illegal_transition';
}
export class ChangedMeanwhile extends Conflict {
  override readonly code = 'changed_meanwhile';
}

export interface Standing {
  state: BroadcastState;
  seq: number;
  /** The latest move's reason (a rejection's), and who made the submission now pending. */
  reason: string | null;
  submittedById: string | null;
  history: { to: BroadcastState; byName: string; reason: string | null; at: Date }[];
}

/** The state machine over insert-only transitions: the state is the latest move; each move claims the next seq. */
export function createTransitions(deps: { BroadcastTransition: BroadcastTransitionModel; clock: Clock }) {
  const { BroadcastTransition, clock } = deps;
  return {
    async standing(broadcastId: Types.ObjectId): Promise<Standing> {
      const rows = (await BroadcastTransition.find({ broadcastId }).lean()).sort((a, b) => a.seq - b.seq);
      const last = rows.at(-1);
      const submitted = [...rows].reverse().find((r) => r.to === 'submitted');
      return {
        state: (last?.to as BroadcastState | undefined) ?? 'draft',
        seq: rows.length,
        reason: last?.reason ?? null,
        submittedById: submitted?.byId ?? null,
        history: rows.map((r) => ({ to: r.to as BroadcastState, byName: r.byName, reason: r.reason ?? null, at: r.at })),
      };
    },
    /** Moves from `from` (as read) to `to`, or 409: not a legal move, or someone moved it first. */
    async move(broadcastId: Types.ObjectId, from: Standing, to: BroadcastState, by: { id: string; name: string }, reason?: string): Promise<void> {
      if (!NEXT_STATES[from.state].includes(to)) throw new IllegalTransition(`“${STATE_NAMES[from.state]}”的广播不能改为“${STATE_NAMES[to]}”`, { from: from.state, to });
      try {
        await BroadcastTransition.create({ _id: `${String(broadcastId)}:${from.seq}`, broadcastId, seq: from.seq, from: from.state, to, byId: by.id, byName: by.name, reason: reason ?? null, at: clock.now() });
      } catch (err) {
        if (isDuplicateKey(err)) throw new ChangedMeanwhile('这条广播刚被其他人处理过，请刷新后再试');
        throw err;
      }
    },
  };
}

export type Transitions = ReturnType<typeof createTransitions>;
