import type { Recipient } from '../reminders/channels/types';

/** One delivery job: up to `batchSize` recipients of one broadcast, who they are and how they are reached carried along. */
export interface DeliveryJob {
  broadcastId: string;
  /** The batch's number in the fan-out: the job id, so a resumed fan-out queues each batch once. */
  n: number;
  items: { deliveryId: string; officeId: string; recipient: Recipient }[];
  /** For deliveries a channel deferred (paused, at its cap): not before this time (ms); the job id names it. */
  notBefore?: number;
}
