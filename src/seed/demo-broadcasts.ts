import { Types } from 'mongoose';
import type { Models } from '../models';
import { systemClock, type Clock } from '../clock';
import type { BroadcastState } from '../broadcasts/kinds';

export const DEMO_SENT_TITLE = '宁波市2026年度和谐企业创建评价工作全面启动';
export const DEMO_PENDING_TITLE = '关于按时报送自查自评材料的提示';

/**
 * The demo's broadcasts: one sent and public (in the news feed, readable at /api/public/news) and
 * one awaiting approval (haishu-editor wrote it; haishu-admin or city-admin may approve it).
 * Written as the use cases leave them: content, insert-only transitions, the published record. Idempotent.
 */
export async function seedDemoBroadcasts(models: Models, clock: Clock = systemClock): Promise<{ sentId: Types.ObjectId; pendingId: Types.ObjectId }> {
  const now = clock.now();
  const haishu = (await models.Office.findOne({ code: 'NB-HS' }).lean())!;
  const editor = (await models.Staff.findOne({ username: 'haishu-editor' }).lean())!;
  const approver = (await models.Staff.findOne({ username: 'city-admin' }).lean())!;
  const make = async (title: string, summary: string, body: string, moves: BroadcastState[], at: Date) => {
    const found = await models.Broadcast.findOne({ title }, { _id: 1 }).lean();
    if (found) return found._id;
    const _id = new Types.ObjectId();
    await models.Broadcast.create({
      _id,
      officeId: haishu._id,
      authorId: editor._id,
      authorName: editor.name,
      title,
      summary,
      body,
      audience: { officeIds: [haishu._id], kinds: ['contacts', 'instructors'] },
      public: true,
    });
    let from: BroadcastState | null = null;
    for (const [seq, to] of moves.entries()) {
      const by = to === 'submitted' ? editor : to === 'approved' ? approver : null;
      await models.BroadcastTransition.create({ _id: `${String(_id)}:${seq}`, broadcastId: _id, seq, from, to, byId: by ? String(by._id) : 'system', byName: by?.name ?? '系统', at: new Date(at.getTime() + seq * 60_000) });
      from = to;
    }
    if (moves.includes('sending')) await models.BroadcastPublished.create({ _id, officeId: haishu._id, public: true, at });
    return _id;
  };
  const sentId = await make(
    DEMO_SENT_TITLE,
    '市和创办召开动员会，部署年度创建评价工作，各区县（市）同步推进。',
    '各有关单位：\n\n2026年度和谐企业创建和企业社会责任评价工作已全面启动。请各企业按照“自愿申请、自查自评、检查审核、第三方评价、社会公示、通报命名”的程序，按时完成各阶段工作。\n\n联系人：海曙区和创办。',
    ['submitted', 'approved', 'sending', 'sent'],
    new Date(now.getTime() - 3 * 24 * 3600_000),
  );
  const pendingId = await make(DEMO_PENDING_TITLE, '自查自评阶段即将截止，请尚未提交的企业抓紧办理。', '请各企业在截止日前完成自查自评，并在小程序中点“已提交”。', ['submitted'], new Date(now.getTime() - 3600_000));
  return { sentId, pendingId };
}
