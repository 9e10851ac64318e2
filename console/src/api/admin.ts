import { api, type Answer, type BodyOf, type QueryOf } from './client';

export type Office = Answer<'/api/admin/offices', 'get'>['items'][number];
export type OfficeLevel = Office['level'];
export type StaffMember = Answer<'/api/admin/staff', 'get'>['items'][number];
export type NewStaff = BodyOf<'/api/admin/staff', 'post'>;
export type StaffChange = BodyOf<'/api/admin/staff/{id}', 'patch'>;
export type NewOffice = BodyOf<'/api/admin/offices', 'post'>;
export type AuditPage = Answer<'/api/admin/audit', 'get'>;
export type AuditEntry = AuditPage['items'][number];
export type AuditQuery = QueryOf<'/api/admin/audit'>;

export const listOffices = (signal?: AbortSignal) => api.get('/api/admin/offices', { signal });
export const createOffice = (body: NewOffice) => api.post('/api/admin/offices', { body });
export const listStaff = (signal?: AbortSignal) => api.get('/api/admin/staff', { signal });
export const createStaff = (body: NewStaff) => api.post('/api/admin/staff', { body });
export const updateStaff = (id: string, body: StaffChange) => api.patch('/api/admin/staff/{id}', { params: { id }, body });
export const listAudit = (query: AuditQuery, signal?: AbortSignal) => api.get('/api/admin/audit', { query, signal });
