/** A broadcast's life (SPEC "Broadcasts"): written, approved by another admin, then sent now or at its time. */
export const BROADCAST_STATES = ['draft', 'submitted', 'approved', 'rejected', 'scheduled', 'sending', 'sent', 'cancelled'] as const;
export type BroadcastState = (typeof BROADCAST_STATES)[number];

/** Which state each may move to. Anything else is a 409. */
export const NEXT_STATES: Record<BroadcastState, readonly BroadcastState[]> = {
  draft: ['submitted', 'cancelled'],
  submitted: ['approved', 'rejected', 'cancelled'],
  rejected: ['draft', 'cancelled'],
  approved: ['scheduled', 'sending', 'cancelled'],
  scheduled: ['sending', 'cancelled'],
  sending: ['sent', 'cancelled'],
  sent: [],
  cancelled: [],
};

export const STATE_NAMES: Record<BroadcastState, string> = {
  draft: '草稿',
  submitted: '待审核',
  approved: '已批准',
  rejected: '已驳回',
  scheduled: '待发送',
  sending: '发送中',
  sent: '已发送',
  cancelled: '已取消',
};

export const AUDIENCE_KINDS = ['instructors', 'contacts', 'rooms'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];
