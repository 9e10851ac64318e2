/** Where bull-board is served (its own page, which the staff cookie and an origin check admit). */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';
