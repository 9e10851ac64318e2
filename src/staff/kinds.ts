/** admin manages staff and approves; editor writes content; viewer reads. */
export const STAFF_ROLES = ['admin', 'editor', 'viewer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who may do what, as route tables name it. */
export const CAN_READ: readonly StaffRole[] = ['admin', 'editor', 'viewer'];
export const CAN_WRITE: readonly StaffRole[] = ['admin', 'editor'];
export const ADMIN_ONLY: readonly StaffRole[] = ['admin'];
