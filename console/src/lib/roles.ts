import type { Role } from '../api/auth';

/** Who may do what, as the server's route tables say (src/staff/kinds.ts). The console hides what a role may not do; the API refuses it anyway. */
export const ALL_ROLES: readonly Role[] = ['admin', 'editor', 'viewer'];
export const WRITERS: readonly Role[] = ['admin', 'editor'];
export const ADMINS: readonly Role[] = ['admin'];

export const ROLE_NAMES: Record<Role, string> = { admin: '管理员', editor: '编辑', viewer: '查看员' };
export const ROLE_COLORS: Record<Role, string> = { admin: 'red', editor: 'blue', viewer: 'default' };

export const canWrite = (role: Role) => WRITERS.includes(role);
export const isAdmin = (role: Role) => role === 'admin';
