import { api, type Answer, type BodyOf, type QueryOf } from './client';

/** Campaigns (src/campaigns/routes.ts), their reminders and stage counts (src/reminders/admin-routes.ts). */
export type Campaign = Answer<'/api/admin/campaigns', 'get'>['items'][number];
export type CampaignDetail = Answer<'/api/admin/campaigns/{id}', 'get'>;
export type StageKey = Campaign['stages'][number]['key'];
export type NewCampaign = BodyOf<'/api/admin/campaigns', 'post'>;
export type CampaignChange = BodyOf<'/api/admin/campaigns/{id}', 'patch'>;
export type Deadlines = Answer<'/api/admin/campaigns/{id}/deadlines/{officeId}', 'get'>;
export type RemindersPage = Answer<'/api/admin/campaigns/{id}/reminders', 'get'>;
export type Reminder = RemindersPage['items'][number];
export type RemindersQuery = QueryOf<'/api/admin/campaigns/{id}/reminders'>;
export type CampaignStats = Answer<'/api/admin/campaigns/{id}/stats', 'get'>;

export const STAGES: { key: StageKey; name: string }[] = [
  { key: 'apply', name: '自愿申请' },
  { key: 'self_check', name: '自查自评' },
  { key: 'review', name: '检查审核' },
  { key: 'evaluation', name: '第三方评价' },
  { key: 'notice', name: '社会公示' },
  { key: 'naming', name: '通报命名' },
];
export const STAGE_NAMES = Object.fromEntries(STAGES.map((s) => [s.key, s.name])) as Record<StageKey, string>;

export const OUTCOME_NAMES: Record<string, { label: string; color: string }> = {
  sent: { label: '已发送', color: 'green' },
  deferred: { label: '已顺延', color: 'gold' },
  failed: { label: '失败', color: 'red' },
  fell_back: { label: '已转其他渠道', color: 'blue' },
  unreachable: { label: '无法触达', color: 'volcano' },
  skipped: { label: '已跳过', color: 'default' },
  pending: { label: '待发送', color: 'processing' },
};
export const CHANNEL_NAMES: Record<string, string> = { mp_subscribe: '小程序订阅消息', oa_template: '公众号模板消息', wecom_app: '企业微信应用', bot_chat: '机器人私聊', bot_room: '机器人群聊', wecom_robot: '企业微信群机器人' };
export const channelName = (c: string | null | undefined) => (c ? (CHANNEL_NAMES[c] ?? c) : '—');

export const listCampaigns = (signal?: AbortSignal) => api.get('/api/admin/campaigns', { signal });
export const getCampaign = (id: string, signal?: AbortSignal) => api.get('/api/admin/campaigns/{id}', { params: { id }, signal });
export const createCampaign = (body: NewCampaign) => api.post('/api/admin/campaigns', { body });
export const updateCampaign = (id: string, body: CampaignChange) => api.patch('/api/admin/campaigns/{id}', { params: { id }, body });
export const officeDeadlines = (id: string, officeId: string, signal?: AbortSignal) => api.get('/api/admin/campaigns/{id}/deadlines/{officeId}', { params: { id, officeId }, signal });
export const setOverride = (id: string, officeId: string, body: BodyOf<'/api/admin/campaigns/{id}/overrides/{officeId}', 'put'>) =>
  api.put('/api/admin/campaigns/{id}/overrides/{officeId}', { params: { id, officeId }, body });
export const listReminders = (id: string, query: RemindersQuery, signal?: AbortSignal) => api.get('/api/admin/campaigns/{id}/reminders', { params: { id }, query, signal });
export const campaignStats = (id: string, signal?: AbortSignal) => api.get('/api/admin/campaigns/{id}/stats', { params: { id }, signal });
