import { api, type Answer, type QueryOf } from './client';

export type InstructorPage = Answer<'/api/admin/instructors', 'get'>;
export type Instructor = InstructorPage['items'][number];
export type InstructorQuery = QueryOf<'/api/admin/instructors'>;
export type EnterprisePage = Answer<'/api/admin/enterprises', 'get'>;
export type Enterprise = EnterprisePage['items'][number];
export type EnterpriseQuery = QueryOf<'/api/admin/enterprises'>;
export type Contact = Answer<'/api/admin/enterprises/{id}/contacts', 'get'>['items'][number];
export type EnterpriseLevel = Enterprise['level'];

export const ENTERPRISE_LEVEL_NAMES: Record<EnterpriseLevel, string> = { none: '无', town: '乡镇级', district: '区县级', city: '市级' };

export const listInstructors = (query: InstructorQuery, signal?: AbortSignal) => api.get('/api/admin/instructors', { query, signal });
export const listEnterprises = (query: EnterpriseQuery, signal?: AbortSignal) => api.get('/api/admin/enterprises', { query, signal });
export const listContacts = (enterpriseId: string, signal?: AbortSignal) => api.get('/api/admin/enterprises/{id}/contacts', { params: { id: enterpriseId }, signal });

export const deleteInstructor = (id: string) => api.delete('/api/admin/instructors/{id}', { params: { id } });
export const deleteEnterprise = (id: string) => api.delete('/api/admin/enterprises/{id}', { params: { id } });
export const deleteContact = (id: string, contactId: string) => api.delete('/api/admin/enterprises/{id}/contacts/{contactId}', { params: { id, contactId } });

/** Admins: a new code; the old one stops working. */
export const reissueInstructorCode = (id: string) => api.post('/api/admin/instructors/{id}/bind-code', { params: { id } });
export const reissueContactCode = (id: string, contactId: string) => api.post('/api/admin/enterprises/{id}/contacts/{contactId}/bind-code', { params: { id, contactId } });
export const getEnterprise = (id: string, signal?: AbortSignal) => api.get('/api/admin/enterprises/{id}', { params: { id }, signal });
