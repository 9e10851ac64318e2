import { api, type Answer } from './client';

export type Me = Answer<'/api/admin/me', 'get'>;
export type Role = 'admin' | 'editor' | 'viewer';

/** Sign-in sets the session cookies; the answer's tokens are not kept (the cookies are the session). */
export async function signIn(username: string, password: string): Promise<void> {
  await api.post('/api/admin/login', { body: { username, password }, noRefresh: true });
}

export async function signOut(): Promise<void> {
  await api.post('/api/admin/logout', { body: {}, noRefresh: true });
}

export const whoAmI = (): Promise<Me> => api.get('/api/admin/me');
