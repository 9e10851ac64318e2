import { api, type BodyOf } from './client';

export type NewInstructor = BodyOf<'/api/admin/instructors', 'post'>;
export type NewContact = BodyOf<'/api/admin/enterprises/{id}/contacts', 'post'>;

export const createInstructor = (body: NewInstructor) => api.post('/api/admin/instructors', { body });
export const createContact = (enterpriseId: string, body: NewContact) => api.post('/api/admin/enterprises/{id}/contacts', { params: { id: enterpriseId }, body });
