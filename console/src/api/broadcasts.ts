import { api, type Answer, type BodyOf } from './client';

/** Broadcasts (src/broadcasts/routes.ts): write, submit, approve or reject (admins, never the author), cancel, preview, stats. */
export type Broadcast = Answer<'/api/admin/broadcasts/{id}', 'get'>;
export type BroadcastState = Broadcast['state'];
export type BroadcastInput = BodyOf<'/api/admin/broadcasts', 'post'>;
export type AudiencePreview = Answer<'/api/admin/broadcasts/{id}/preview-audience', 'post'>;
export type BroadcastStats = Answer<'/api/admin/broadcasts/{id}/stats', 'get'>;
export type AudienceKind = Broadcast['audience']['kinds'][number];

export const STATE_NAMES: Record<BroadcastState, { label: string; color: string }> = {
  draft: { label: '草稿', color: 'default' },
  submitted: { label: '待审核', color: 'gold' },
  approved: { label: '已批准', color: 'cyan' },
  rejected: { label: '已驳回', color: 'red' },
  scheduled: { label: '待发送', color: 'blue' },
  sending: { label: '发送中', color: 'processing' },
  sent: { label: '已发送', color: 'green' },
  cancelled: { label: '已取消', color: 'default' },
};
export const KIND_NAMES: Record<AudienceKind, string> = { instructors: '学员', contacts: '企业联系人', rooms: '群聊' };
export const DELIVERY_STATE_NAMES: Record<string, string> = { pending: '待发送', sending: '发送中', sent: '已发送', failed: '失败', unreachable: '无法触达', unknown: '结果未知', cancelled: '已取消' };

export const listBroadcasts = (state: BroadcastState | undefined, signal?: AbortSignal) => api.get('/api/admin/broadcasts', { query: { state }, signal });
export const getBroadcast = (id: string, signal?: AbortSignal) => api.get('/api/admin/broadcasts/{id}', { params: { id }, signal });
export const createBroadcast = (body: BroadcastInput) => api.post('/api/admin/broadcasts', { body });
export const updateBroadcast = (id: string, body: BroadcastInput) => api.put('/api/admin/broadcasts/{id}', { params: { id }, body });
export const submitBroadcast = (id: string) => api.post('/api/admin/broadcasts/{id}/submit', { params: { id } });
export const approveBroadcast = (id: string) => api.post('/api/admin/broadcasts/{id}/approve', { params: { id } });
export const rejectBroadcast = (id: string, reason: string) => api.post('/api/admin/broadcasts/{id}/reject', { params: { id }, body: { reason } });
export const cancelBroadcast = (id: string) => api.post('/api/admin/broadcasts/{id}/cancel', { params: { id } });
export const previewAudience = (id: string) => api.post('/api/admin/broadcasts/{id}/preview-audience', { params: { id } });
export const broadcastStats = (id: string, signal?: AbortSignal) => api.get('/api/admin/broadcasts/{id}/stats', { params: { id }, signal });
