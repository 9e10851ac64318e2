import { Types } from 'mongoose';
import type { BindingArea } from '../binding/use-cases';
import type { Clock } from '../clock';
import { insertNew } from '../db/mongo';
import { NotFound } from '../errors';
import type { Offices } from '../offices/use-cases';
import type { People } from '../people/use-cases';
import type { BroadcastDeliveryModels } from './delivery-model';
import type { Broadcast, BroadcastModel, BroadcastPublishedModel } from './model';

export interface NewsItem {
  id: string;
  title: string;
  summary: string;
  coverUrl: string | null;
  link: string | null;
  publishedAt: string;
}
export interface NewsDetail extends NewsItem {
  body: string;
}

const item = (b: Broadcast, at: Date): NewsItem => ({ id: String(b._id), title: b.title, summary: b.summary, coverUrl: b.coverUrl ?? null, link: b.link ?? null, publishedAt: at.toISOString() });

/** The news feed: broadcasts that went out, for the mini-program user (their office and those above it) and, public ones, for anyone. */
export function createNews(deps: {
  clock: Clock;
  Broadcast: BroadcastModel;
  BroadcastPublished: BroadcastPublishedModel;
  delivery: Pick<BroadcastDeliveryModels, 'BroadcastRead'>;
  offices: Pick<Offices, 'withAncestors'>;
  people: Pick<People, 'findPerson'>;
  binding: Pick<BindingArea, 'find'>;
}) {
  /** The office of whoever this openid is bound to (instructor first, else contact), or null for someone not bound. */
  async function officeOf(openid: string): Promise<Types.ObjectId | null> {
    for (const type of ['instructor', 'contact'] as const) {
      const b = await deps.binding.find({ kind: 'mp', id: openid }, type);
      const person = b ? await deps.people.findPerson(type, b.personId) : null;
      if (person) return person.officeId;
    }
    return null;
  }
  async function page(rows: { _id: Types.ObjectId; at: Date }[], p: { page: number; pageSize: number }) {
    const sorted = rows.sort((a, b) => b.at.getTime() - a.at.getTime());
    const slice = sorted.slice((p.page - 1) * p.pageSize, p.page * p.pageSize);
    const items: NewsItem[] = [];
    for (const r of slice) {
      const b = (await deps.Broadcast.findById(r._id).lean()) as Broadcast | null;
      if (b) items.push(item(b, r.at));
    }
    return { total: sorted.length, page: p.page, pageSize: p.pageSize, items };
  }
  async function visibleTo(openid: string) {
    const officeId = await officeOf(openid);
    if (!officeId) return { officeId: null, rows: (await deps.BroadcastPublished.find({ public: true }).lean()) };
    const rows = [];
    for (const o of await deps.offices.withAncestors(officeId)) rows.push(...(await deps.BroadcastPublished.find({ officeId: o }).lean()));
    return { officeId, rows };
  }
  return {
    /** A bound user sees what their office and the offices above it published; someone not bound, the public news. */
    async feed(openid: string, p: { page: number; pageSize: number }) {
      return page((await visibleTo(openid)).rows, p);
    },
    /** One item; reading it is recorded once per user. */
    async read(openid: string, id: string): Promise<NewsDetail> {
      const { officeId, rows } = await visibleTo(openid);
      const row = rows.find((r) => String(r._id) === id);
      const b = row ? ((await deps.Broadcast.findById(row._id).lean()) as Broadcast | null) : null;
      if (!row || !b) throw new NotFound('没有找到这条新闻');
      await insertNew(deps.delivery.BroadcastRead, [{ _id: `${id}|${openid}`, broadcastId: b._id, officeId, at: deps.clock.now() }]);
      return { ...item(b, row.at), body: b.body };
    },
    publicFeed: async (p: { page: number; pageSize: number }) => page(await deps.BroadcastPublished.find({ public: true }).lean(), p),
    async publicItem(id: string): Promise<NewsDetail> {
      const row = Types.ObjectId.isValid(id) ? await deps.BroadcastPublished.findById(id).lean() : null;
      const b = row?.public ? ((await deps.Broadcast.findById(row._id).lean()) as Broadcast | null) : null;
      if (!row || !b) throw new NotFound('没有找到这条新闻');
      return { ...item(b, row.at), body: b.body };
    },
  };
}

export type News = ReturnType<typeof createNews>;
