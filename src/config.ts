import { z } from 'zod';

/**
 * Every setting the service reads, with its default. This is the only module that looks at
 * process.env; everything else receives the parsed Config. `.env.example` documents the same keys.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const url = (protocols: string[]) =>
  z.string().refine((v) => {
    try {
      return protocols.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// Signing tokens with a known secret is fine on a laptop and fatal in production (refined below).
const DEV_AUTH_SECRET = 'dev-only-secret-do-not-use-in-production-0000';

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: int(0, 65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_BASE_URL: url(['http:', 'https:']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // auto: readable lines on a terminal, JSON lines otherwise (a log collector reads those).
  LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto'),
  // Behind a load balancer, how many proxies in front of us may set X-Forwarded-For. 0 trusts none:
  // a client could otherwise send any address and reset the per-IP sign-in throttle.
  TRUST_PROXY_HOPS: int(0, 10).default(0),
  // The programme's time zone: certificate years, quiet hours, "today".
  TIME_ZONE: z.string().refine(isTimeZone, 'an IANA time zone such as Asia/Shanghai').default('Asia/Shanghai'),
  BODY_LIMIT_BYTES: int(1024, 50 * 1024 * 1024).default(1024 * 1024),

  MONGODB_URI: url(['mongodb:', 'mongodb+srv:']),
  MONGODB_DB: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/, 'letters, digits, _ or -, at most 60').default('harmony'),
  MONGODB_POOL_SIZE: int(1, 100).default(10),
  // How long a MongoDB call waits for a server before it fails (and the request answers 503).
  MONGODB_TIMEOUT_MS: int(100, 30000).default(1500),
  // The PostgreSQL behind the bundled FerretDB (scripts/services.sh sets it). When set, start-up
  // adds GIN indexes that let FerretDB's pushed-down equality filters use an index (src/db/gin-mirror.ts).
  FERRETDB_POSTGRESQL_URL: url(['postgres:', 'postgresql:']).optional(),
  REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
  // Redis behind Sentinel: host:port of each sentinel, comma-separated, and the master's name.
  // REDIS_URL then only gives the password and database.
  REDIS_SENTINELS: z
    .string()
    .default('')
    .transform((v, issue) => {
      const list = v.split(',').map((s) => s.trim()).filter(Boolean);
      const parsed = list.map((hp) => /^([^:\s]+):(\d{1,5})$/.exec(hp));
      if (parsed.some((m) => !m)) {
        issue.addIssue({ code: 'custom', message: 'host:port of each sentinel, comma-separated' });
        return z.NEVER;
      }
      return parsed.map((m) => ({ host: m![1], port: Number(m![2]) }));
    }),
  REDIS_SENTINEL_MASTER: z.string().regex(/^[A-Za-z0-9._-]{1,60}$/).default('mymaster'),
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_:{}-]{1,60}$/).default('hx'),
  // Caches, counters, throttles and leases live under their own prefix, apart from the queues.
  CACHE_PREFIX: z.string().regex(/^[A-Za-z0-9_:{}-]{1,60}$/).default('hxc'),
  // How long a process may serve the office tree, published course content and quizzes from
  // memory without seeing a change made around the service's use cases (those show within 1 s). 0: off.
  CONTENT_CACHE_S: int(0, 3600).default(60),
  READY_TIMEOUT_MS: int(100, 10000).default(1500),
  SHUTDOWN_TIMEOUT_MS: int(1000, 60000).default(8000),

  AUTH_SECRET: z.string().min(32, 'at least 32 characters').default(DEV_AUTH_SECRET),
  STAFF_TOKEN_TTL_S: int(60, 24 * 3600).default(900),
  STAFF_REFRESH_TTL_S: int(300, 90 * 24 * 3600).default(7 * 24 * 3600),
  MP_TOKEN_TTL_S: int(300, 90 * 24 * 3600).default(7 * 24 * 3600),
  // Mini-program sign-ins allowed per client IP in MP_LOGIN_WINDOW_S (offices share one IP behind NAT).
  MP_LOGIN_MAX_PER_IP: int(1, 100000).default(60),
  MP_LOGIN_WINDOW_S: int(1, 3600).default(60),
  LOGIN_MAX_FAILURES: int(1, 100).default(5),
  LOGIN_WINDOW_S: int(60, 24 * 3600).default(15 * 60),
  BIND_MAX_FAILURES: int(1, 100).default(5),
  BIND_WINDOW_S: int(60, 24 * 3600).default(3600),
  IMPORT_MAX_BYTES: int(1024, 50 * 1024 * 1024).default(5 * 1024 * 1024),
  IMPORT_MAX_ROWS: int(1, 100000).default(5000),
  EXPORT_MAX_ROWS: int(1, 1000000).default(20000),
  // Reports built by a job are kept this many days in MongoDB, then deleted by a later report job (FerretDB has no TTL).
  REPORT_KEEP_DAYS: int(1, 3650).default(30),

  WECHAT_API_BASE: url(['http:', 'https:']).default('https://api.weixin.qq.com'),
  WECHAT_APPID: z.string().default(''),
  WECHAT_SECRET: z.string().default(''),
  WECHAT_HTTP_TIMEOUT_MS: int(100, 60000).default(5000),

  // Reminders: WeChat subscribe-message template for deadline reminders (empty: that channel is off),
  // and the order channels are tried in, each falling back to the next (SPEC "WeChat facts").
  WECHAT_REMINDER_TEMPLATE_ID: z.string().default(''),
  // The token set on the mini-program's message push (服务器配置), to check WeChat's signature on events.
  WECHAT_PUSH_TOKEN: z.string().default(''),
  REMINDER_CHANNELS: z
    .string()
    .default('mp_subscribe,oa_template,wecom_app,bot_chat')
    .transform((v, issue) => {
      const list = v.split(',').map((s) => s.trim()).filter(Boolean);
      const known = ['mp_subscribe', 'oa_template', 'wecom_app', 'bot_chat'];
      const bad = list.filter((c) => !known.includes(c));
      if (bad.length || !list.length) {
        issue.addIssue({ code: 'custom', message: `a comma-separated list of ${known.join(', ')}` });
        return z.NEVER;
      }
      return list as ('mp_subscribe' | 'oa_template' | 'wecom_app' | 'bot_chat')[];
    }),
  // Quiet hours, local time (TIME_ZONE): a reminder due inside them waits for the next allowed minute.
  QUIET_HOURS: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM-HH:MM, e.g. 21:00-08:30')
    .default('21:00-08:30')
    .transform((v) => ({ from: v.slice(0, 5), to: v.slice(6) })),
  // Escalation of a deadline passed undone: hours after it that the enterprise's other contacts
  // are told, then the supervising office's staff.
  ESCALATE_CONTACTS_AFTER_H: int(0, 24 * 30).default(24),
  ESCALATE_OFFICE_AFTER_H: int(0, 24 * 60).default(72),
  // Study nudges: an instructor idle this many days with modules unfinished; sent from this local time, at most one a day.
  NUDGE_INACTIVE_DAYS: int(1, 365).default(7),
  NUDGE_AT: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM').default('10:00'),
  // Integrity (src/integrity). A lesson counts as read only after heartbeats show presence for this
  // share of its estimated minutes (0: off), one heartbeat per LESSON_HEARTBEAT_S seconds at most.
  LESSON_PRESENCE_SHARE: z.coerce.number().min(0).max(1).default(0.6),
  LESSON_HEARTBEAT_S: int(5, 300).default(15),
  // An answer saved sooner than this many seconds after its question was shown is flagged (0: off).
  INTEGRITY_FAST_ANSWER_S: z.coerce.number().min(0).max(60).default(3),
  // Identical answers on one quiz by learners of one employer graded within this many minutes are
  // flagged when they share at least INTEGRITY_SHARED_MIN_WRONG wrong answers.
  INTEGRITY_SHARED_WINDOW_MIN: int(1, 7 * 24 * 60).default(30),
  INTEGRITY_SHARED_MIN_WRONG: int(1, 100).default(2),
  // The Official Account (服务号) that carries template messages, when there is one.
  WECHAT_OA_APPID: z.string().default(''),
  WECHAT_OA_SECRET: z.string().default(''),
  WECHAT_OA_TEMPLATE_ID: z.string().default(''),
  WECHAT_OA_PUSH_TOKEN: z.string().default(''),
  // WeCom (企业微信) app messages, when configured. WeCom silently drops past 30 a minute and
  // 1,000 an hour per member, so our own caps stay under those.
  WECOM_API_BASE: url(['http:', 'https:']).default('https://qyapi.weixin.qq.com'),
  WECOM_CORPID: z.string().default(''),
  WECOM_SECRET: z.string().default(''),
  WECOM_AGENTID: z.string().default(''),
  WECOM_PER_MINUTE: int(1, 30).default(25),
  WECOM_PER_HOUR: int(1, 1000).default(900),

  // Broadcasts: the mini-program subscribe-message template for news (thing1 标题, thing2 类别,
  // time3 时间, thing4 摘要); empty: news goes by the other channels.
  WECHAT_NEWS_TEMPLATE_ID: z.string().default(''),
  // A channel failing this many times in a row (transient errors) is paused for CHANNEL_PAUSE_S and
  // an alert is logged; its messages wait, none is dropped.
  CHANNEL_PAUSE_AFTER_FAILURES: int(1, 1000).default(5),
  CHANNEL_PAUSE_S: int(1, 24 * 3600).default(300),
  // Broadcasts to the bot's group chats: at most this many a local day per group (more wait for
  // tomorrow), and per WeCom group robot a minute (WeCom allows 20).
  ROOM_DAILY_CAP: int(1, 100).default(3),
  WECOM_ROBOT_PER_MINUTE: int(1, 20).default(20),
  // Broadcasts: deliveries per delivery job (a fan-out is resumable batch by batch).
  BROADCAST_BATCH_SIZE: int(1, 1000).default(100),
  // Broadcasts: words that block approval, on top of the built-in list (comma-separated).
  SENSITIVE_WORDS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((w) => w.trim()).filter(Boolean)),

  RUN_WORKERS: bool.default(true),
  RUN_BOT: bool.default(true),
  BOT_NAME: z.string().min(1).default('harmony-bot'),
  WECHATY_PUPPET: z.string().min(1).default('wechaty-puppet-mock'),
  WECHATY_PUPPET_SERVICE_TOKEN: z.string().optional(),
  WECHATY_PUPPET_SERVICE_ENDPOINT: z.string().optional(),
  BOT_SEND_INTERVAL_MS: int(0, 600000).default(3000),
  BOT_SEND_JITTER_MS: int(0, 600000).default(1500),
  BOT_MAX_MESSAGE_AGE_MS: int(1000, 3600000).default(120000),
  // A reply still queued after this long is dropped (recorded, not sent): the chat has moved on.
  BOT_OUTBOX_MAX_AGE_MS: int(1000, 24 * 3600000).default(600000),
  // Only the process holding this Redis lease runs the bot; another takes over once it lapses.
  BOT_LEASE_TTL_MS: int(500, 600000).default(30000),
}).superRefine((c, issues) => {
  if (c.NODE_ENV === 'production' && c.AUTH_SECRET === DEV_AUTH_SECRET) {
    issues.addIssue({ code: 'custom', path: ['AUTH_SECRET'], message: 'must be set to a secret of your own in production' });
  }
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: { key: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.key}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (process.env by default). Empty strings count as unset. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({ key: i.path.join('.') || '(root)', message: i.message })),
    );
  }
  return parsed.data;
}
