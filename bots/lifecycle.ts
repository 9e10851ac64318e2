import { ScanStatus, qrcodeValueToImageUrl, type Wechaty } from 'wechaty';
import type { Logger } from '../src/logger';

/** What the lifecycle handlers know about the session; read by the bot's stop() and by tests. */
export interface SessionState {
  /** The account logged in now, if any. */
  userId?: string;
  /**
   * The puppet said `ready` since the last login: contacts and rooms can be read. Sending needs a
   * contact or room payload, so the outbox waits for this, not just for `login`.
   */
  ready: boolean;
  /** Set by stop(): the logout that stopping causes is expected, not an alert. */
  stopping: boolean;
}

/**
 * Logs the session's life: scan (with a link to the QR code), login, ready, logout and errors.
 * A logout needs a person to re-scan, so it is logged at error level with `alert` set for
 * whoever watches the logs. Handlers only log and record state, so a repeated `login`
 * (Wechaty 1.20 can fire it twice without a logout between) changes nothing.
 */
export function watchSession(bot: Wechaty, logger: Logger): SessionState {
  const state: SessionState = { ready: false, stopping: false };

  bot.on('scan', (qrcode, status) => {
    if (status === ScanStatus.Waiting || status === ScanStatus.Timeout) {
      logger.info({ qrcodeUrl: qrcodeValueToImageUrl(qrcode), status: ScanStatus[status] }, 'bot waiting for a QR scan: open the link and scan it with the bot account');
    } else {
      logger.info({ status: ScanStatus[status] }, 'bot scan status');
    }
  });

  bot.on('login', (user) => {
    if (state.userId === user.id) {
      logger.debug({ userId: user.id }, 'bot login event repeated; already logged in');
      return;
    }
    state.userId = user.id;
    logger.info({ userId: user.id, name: user.name() }, 'bot logged in');
  });

  bot.on('ready', () => {
    state.ready = true;
    logger.info({ userId: state.userId }, 'bot ready: contacts and rooms can be read');
  });

  bot.on('logout', (user, reason) => {
    state.userId = undefined;
    state.ready = false;
    if (state.stopping) {
      logger.info({ userId: user.id }, 'bot logged out on shutdown');
      return;
    }
    logger.error(
      { alert: 'bot_logged_out', userId: user.id, reason },
      'bot logged out: someone must re-scan the QR code to log it in again; outbox messages wait until then',
    );
  });

  // Wechaty emits puppet and payload errors here; without a listener an 'error' event would throw.
  bot.on('error', (err) => logger.error({ err }, 'bot error'));

  return state;
}
