import type { Connection } from 'mongoose';
import type { Redis } from 'ioredis';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Logger } from './logger';
import { OnceGuard } from './db/once';
import { registerModels } from './models';
import { createAudit } from './audit/use-cases';
import { createOffices } from './offices/use-cases';
import { createStaffArea } from './staff/use-cases';
import { createBinding } from './binding/use-cases';
import { createPeople, type People } from './people/use-cases';
import { createCourses } from './courses/use-cases';
import { createQuizzes, type Quizzes } from './quizzes/use-cases';
import { createCertificates } from './certificates/use-cases';
import { createLearnerCache } from './learning/learner-cache';
import { createLearning, type Learning } from './learning/use-cases';
import { createIntegrity } from './integrity/use-cases';
import { createPractice, type Practice } from './practice/use-cases';
import type { Reminders } from './reminders/use-cases';
import { createCampaigns } from './campaigns/use-cases';
import { createReminders } from './reminders/use-cases';
import { createBroadcasts } from './broadcasts/use-cases';
import { createReports } from './reports/use-cases';
import { createReportRuns } from './reports/runs';
import { createTransitions } from './broadcasts/transitions';
import { createSending } from './broadcasts/sending';
import { createNews } from './broadcasts/news';
import { createBotRoomChannel, createRooms, createWecomRobotChannel } from './broadcasts/rooms';
import type { Channel } from './reminders/channels/types';
import { withBreaker } from './reminders/channels/breaker';
import { broadcastStarter, deliveryEnqueuer } from '../jobs/queues';
import { DEFAULT_SENSITIVE_WORDS } from './broadcasts/sensitive-words';
import { createMpSubscribeChannel } from './reminders/channels/mp-subscribe';
import { createBotChatChannel } from './reminders/channels/bot-chat';
import { createOaTemplateChannel } from './reminders/channels/oa-template';
import { createWecomAppChannel } from './reminders/channels/wecom-app';
import { createOaFollowers } from './reminders/channels/oa-followers';
import { createOaClient } from './wechat/oa';
import { createWecomClient } from './wechat/wecom';
import { createWechatClient, type WechatClient } from './wechat';
import { deadlineScheduler, digestEnqueuer, enqueueOutbox, reportJobs, type Queues } from '../jobs/queues';

/** A reminder in the bot's outbox stays worth sending this long (the bot may be logged out a while). */
const REMINDER_OUTBOX_MAX_AGE_MS = 12 * 3600_000;

export interface AreaInfra {
  config: Config;
  logger: Logger;
  mongo: Connection;
  /** The fail-fast request client: counters, caches, throttles. */
  redis: Redis;
  clock: Clock;
  /** Producers of every queue (jobs/queues.ts): deadline jobs, reminder digests, the bot outbox. */
  queues: Queues;
  /** The WeChat client of start-up (one access-token cache); built here when not given. */
  wechat?: Pick<WechatClient, 'sendSubscribeMessage'>;
}

/**
 * The composition root: every area's use cases, built once at start-up from its own models and
 * the use cases of the areas it depends on. Routes, bot commands and workers get these objects,
 * never models. Where two areas need each other (binding asks people for names; people and
 * binding tell learning what went stale; the engine tells learning about a grade), the later
 * area is reached through a function that is looked up when called.
 */
export function buildAreas(infra: AreaInfra) {
  const { config, clock, redis } = infra;
  const models = registerModels(infra.mongo);
  const once = new OnceGuard(models.OnceKey);
  // Filled in below, read only when called (after buildAreas has returned).
  const late: { learning?: Learning; people?: People; quizzes?: Quizzes; reminders?: Reminders; practice?: Practice } = {};
  const learningNow = () => late.learning!;

  const audit = createAudit({ Audit: models.Audit, clock });
  // Office tree, published courses and quizzes: in memory per process, checked against Redis (src/db/versioned-cache.ts).
  const contentCache = { redis, prefix: config.CACHE_PREFIX, ttlMs: config.CONTENT_CACHE_S * 1000, now: () => clock.now().getTime() };
  const offices = createOffices({ Office: models.Office, audit, contentCache });
  const staff = createStaffArea({ Staff: models.Staff, RefreshToken: models.RefreshToken, once, redis, clock, config, offices, audit });
  const binding = createBinding({
    config,
    redis,
    clock,
    once,
    BindCode: models.BindCode,
    Binding: models.Binding,
    findPerson: (type, id) => (type === 'staff' ? staff.findForBinding(id) : late.people!.findPerson(type, id)),
    onIdentitiesChanged: async (identities) => learningNow().forgetOpenids(identities.filter((i) => i.kind === 'mp').map((i) => i.id)),
  });
  const people = (late.people = createPeople({
    clock,
    Instructor: models.Instructor,
    Enterprise: models.Enterprise,
    Contact: models.Contact,
    audit,
    binding,
    offices,
    exportMaxRows: config.EXPORT_MAX_ROWS,
    onInstructorsChanged: (ids) => learningNow().forgetInstructors(ids),
  }));
  const courses = createCourses({
    contentCache,
    Course: models.Course,
    CourseModule: models.CourseModule,
    Lesson: models.Lesson,
    LessonCompletion: models.LessonCompletion,
    audit,
    quizzes: { views: (id) => late.quizzes!.forCourses.views(id), hasAttempts: (f) => late.quizzes!.forCourses.hasAttempts(f), remove: (f) => late.quizzes!.forCourses.remove(f) },
  });
  const quizzes = (late.quizzes = createQuizzes({
    contentCache,
    clock,
    QuestionBank: models.QuestionBank,
    Question: models.Question,
    Quiz: models.Quiz,
    Attempt: models.Attempt,
    AttemptAnswer: models.AttemptAnswer,
    AttemptGrade: models.AttemptGrade,
    audit,
    courses,
    // The wrong-answer book takes the graded attempt's wrong answers; a failure there never undoes a grade.
    onGraded: async (grade, read) => {
      await learningNow().afterGrade(grade);
      await late.practice!.afterGrade(grade, read).catch((err: unknown) => infra.logger.warn({ err, attemptId: String(grade._id) }, 'could not put a graded attempt’s wrong answers into the wrong-answer book'));
    },
    scheduleDeadline: deadlineScheduler(infra.queues, clock),
    logger: infra.logger,
  }));
  const certificates = createCertificates({ clock, redis, prefix: config.CACHE_PREFIX, timeZone: config.TIME_ZONE, Certificate: models.Certificate, audit });
  const integrity = createIntegrity({ config, clock, redis, models, quizzes, people, offices, audit });
  const learning = (late.learning = createLearning({
    clock,
    logger: infra.logger,
    courses,
    quizzes,
    certificates,
    binding,
    people,
    offices,
    integrity,
    cache: createLearnerCache({ redis, prefix: config.CACHE_PREFIX, now: () => clock.now().getTime() }),
  }));
  const practice = (late.practice = createPractice({ clock, timeZone: config.TIME_ZONE, models: { PracticePrompt: models.PracticePrompt, WrongBookEvent: models.WrongBookEvent }, quizzes, courses, learning, people, offices }));
  const campaigns = createCampaigns({
    clock,
    timeZone: config.TIME_ZONE,
    Campaign: models.Campaign,
    CampaignOverride: models.CampaignOverride,
    Application: models.Application,
    ApplicationStep: models.ApplicationStep,
    offices,
    people,
    binding,
    audit,
    // Changed deadlines make new reminder keys; the next minute's scan plans them.
    onScheduleChanged: async () => undefined,
  });
  const wechat = infra.wechat ?? createWechatClient({ config, redis, logger: infra.logger, clock });
  const oa = createOaClient({ config, redis, logger: infra.logger, clock });
  const oaConfigured = Boolean(config.WECHAT_OA_APPID && config.WECHAT_OA_SECRET);
  const oaFollowers = createOaFollowers({
    model: models.OaFollower,
    ...(oaConfigured ? { unionidOf: (openid: string) => oa.unionidOf(openid) } : {}),
    onLookupFailed: (err) => infra.logger.warn({ err: (err as Error).message }, 'could not look up an Official Account follower’s unionid'),
  });
  const reminders = (late.reminders = createReminders({
    config,
    clock,
    models,
    campaigns,
    offices,
    people,
    binding,
    staffOfOffice: (officeId) => staff.activeIdsOfOffice(officeId),
    staffById: (id) => staff.contactCard(id),
    // The day's one nudge: a course deadline first, else a due wrong-answer book question, else idleness.
    nudgeFor: async (id, now, days) => practice.nudge(id, now, await learningNow().nudgeFor(id, now, days)),
    channels: (credits) => ({
      mp_subscribe: createMpSubscribeChannel({ templateId: config.WECHAT_REMINDER_TEMPLATE_ID, credits, send: (m) => wechat.sendSubscribeMessage(m) }),
      oa_template: createOaTemplateChannel({ config, oa, followers: oaFollowers, redis, clock }),
      wecom_app: createWecomAppChannel({ config, wecom: createWecomClient({ config, redis, logger: infra.logger, clock }), redis, clock }),
      bot_chat: createBotChatChannel({ enqueue: (m) => enqueueOutbox(infra.queues, m), now: () => clock.now().getTime(), maxAgeMs: REMINDER_OUTBOX_MAX_AGE_MS }),
    }),
    enqueue: digestEnqueuer(infra.queues, clock),
    oaFollowers,
    handoffs: { sent: (key) => once.claimed(key), requeue: (h) => enqueueOutbox(infra.queues, h) },
  }));
  const transitions = createTransitions({ BroadcastTransition: models.BroadcastTransition, clock });
  const breaker = {
    redis,
    prefix: `${config.CACHE_PREFIX}:news`,
    threshold: config.CHANNEL_PAUSE_AFTER_FAILURES,
    pauseMs: config.CHANNEL_PAUSE_S * 1000,
    now: () => clock.now().getTime(),
    onPause: (channel: string, until: Date) => infra.logger.error({ channel, until: until.toISOString() }, 'ALERT: a news channel keeps failing and is paused; its deliveries wait'),
  };
  // News goes to people through the reminders' channel interface: the mini-program with its own
  // template, WeCom and the bot's chat, in REMINDER_CHANNELS order (the Official Account's template is the reminder's).
  const newsChannels: Partial<Record<string, Channel>> = {
    mp_subscribe: createMpSubscribeChannel({ templateId: config.WECHAT_NEWS_TEMPLATE_ID, credits: reminders.credits, send: (m) => wechat.sendSubscribeMessage(m) }),
    wecom_app: createWecomAppChannel({ config, wecom: createWecomClient({ config, redis, logger: infra.logger, clock }), redis, clock }),
    bot_chat: createBotChatChannel({ enqueue: (m) => enqueueOutbox(infra.queues, m), now: () => clock.now().getTime(), maxAgeMs: REMINDER_OUTBOX_MAX_AGE_MS }),
  };
  // Group chats: their WeCom robot when they have one, else the bot, each within its caps.
  const roomChannels = [
    createWecomRobotChannel({ redis, prefix: config.CACHE_PREFIX, perMinute: config.WECOM_ROBOT_PER_MINUTE, now: () => clock.now(), timeoutMs: config.WECHAT_HTTP_TIMEOUT_MS }),
    createBotRoomChannel({ redis, prefix: config.CACHE_PREFIX, dailyCap: config.ROOM_DAILY_CAP, timeZone: config.TIME_ZONE, now: () => clock.now(), enqueue: (m) => enqueueOutbox(infra.queues, m), maxAgeMs: REMINDER_OUTBOX_MAX_AGE_MS }),
  ];
  const rooms = createRooms({ BotRoom: models.BotRoom, audit, now: () => clock.now() });
  const sending = createSending({
    clock,
    timeZone: config.TIME_ZONE,
    quietHours: config.QUIET_HOURS,
    Broadcast: models.Broadcast,
    BroadcastPublished: models.BroadcastPublished,
    delivery: { BroadcastDelivery: models.BroadcastDelivery, BroadcastResult: models.BroadcastResult, BroadcastRead: models.BroadcastRead },
    transitions,
    once,
    offices,
    people,
    directory: reminders.openDirectory,
    channels: [...config.REMINDER_CHANNELS.map((n) => newsChannels[n]).filter((c): c is Channel => Boolean(c)), ...roomChannels].map((c) => withBreaker(c, breaker)),
    rooms,
    scheduleStart: broadcastStarter(infra.queues, clock),
    enqueueDeliveries: deliveryEnqueuer(infra.queues, clock),
    batchSize: config.BROADCAST_BATCH_SIZE,
    redis,
    cachePrefix: config.CACHE_PREFIX,
  });
  const broadcasts = {
    ...createBroadcasts({
      clock,
      Broadcast: models.Broadcast,
      offices,
      people,
      binding,
      audit,
      rooms,
      sensitiveWords: [...DEFAULT_SENSITIVE_WORDS, ...config.SENSITIVE_WORDS],
      transitions,
      afterApproval: (b) => sending.afterApproval(b),
    }),
    sending,
    rooms,
    news: createNews({ clock, Broadcast: models.Broadcast, BroadcastPublished: models.BroadcastPublished, delivery: { BroadcastRead: models.BroadcastRead }, offices, people, binding }),
  };
  // Reports read every area through its bulk reads; large ones are built by a queue job (jobs/reports.ts) and kept in MongoDB.
  const figures = createReports({ clock, offices, campaigns, courses, quizzes, people, binding, certificates, reminders, broadcasts: sending });
  const reports = {
    ...figures,
    runs: createReportRuns({ clock, models: { ReportRequest: models.ReportRequest, ReportResult: models.ReportResult }, reports: figures, offices, jobs: reportJobs(infra.queues), keepDays: config.REPORT_KEEP_DAYS }),
  };
  return { audit, offices, staff, binding, people, courses, quizzes, certificates, learning, practice, integrity, campaigns, reminders, broadcasts, reports };
}

export type Areas = ReturnType<typeof buildAreas>;
