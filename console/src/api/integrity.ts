import { api, type Answer, type QueryOf } from './client';

/** Learning-integrity flags of my subtree (src/integrity/routes.ts); clearing one (admins, editors). */
export type FlagPage = Answer<'/api/admin/integrity/flags', 'get'>;
export type Flag = FlagPage['items'][number];
export type FlagQuery = QueryOf<'/api/admin/integrity/flags'>;

export const FLAG_KIND_NAMES: Record<Flag['kind'], string> = { fast_answers: '答题过快', shared_pattern: '答案雷同' };

export const listFlags = (query: FlagQuery, signal?: AbortSignal) => api.get('/api/admin/integrity/flags', { query, signal });
export const clearFlag = (id: string, reason: string) => api.post('/api/admin/integrity/flags/{id}/clear', { params: { id }, body: { reason } });
