import { Writable } from 'node:stream';
import { GENERIC_APOLOGY, errorReply } from '../../bots/errors';
import { Conflict, Forbidden, Invalid, NotFound, TooManyRequests, Unauthorized, Unavailable } from '../../src/errors';
import { createLogger } from '../../src/logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(
    { LOG_LEVEL: 'debug' },
    new Writable({
      write(chunk, _enc, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  );
  return { logger, lines };
}

describe('errors as chat replies', () => {
  test.each([
    [new Invalid('bad code format'), '您发送的内容不太对，请检查后再试。发送「帮助」可以查看用法。'],
    [new NotFound('no such person'), '没有找到相关信息，请核对后再试。'],
    [new Unauthorized('not bound'), '需要先确认您的身份才能使用这个功能。'],
    [new Forbidden('not your office'), '抱歉，您没有权限进行这个操作。'],
    [new Conflict('already bound'), '这件事已经处理过了，无需重复操作。'],
    [new TooManyRequests('slow down'), '您的操作太频繁了，请稍等一会儿再试。'],
    [new Unavailable('mongo down'), '服务暂时不可用，请稍后再试。'],
  ])('%s gets a polite Chinese reply and never its English message', (err, expected) => {
    const { logger } = capture();
    const reply = errorReply(err, logger);
    expect(reply).toBe(expected);
    expect(reply).not.toContain(err.message);
  });

  test('a typed error whose message is written in Chinese shows that message', () => {
    const { logger } = capture();
    expect(errorReply(new NotFound('绑定码不存在，请核对后重新发送。'), logger)).toBe('绑定码不存在，请核对后重新发送。');
  });

  test('an unknown error gets a generic apology and is logged with its context', () => {
    const { logger, lines } = capture();
    expect(errorReply(new Error('boom'), logger, { messageId: 'm1' })).toBe(GENERIC_APOLOGY);
    expect(lines).toEqual([expect.objectContaining({ level: 50, messageId: 'm1', msg: 'bot command failed' })]);
  });

  test('typed errors for the user are not logged as failures; an outage is a warning', () => {
    const { logger, lines } = capture();
    errorReply(new NotFound('x'), logger);
    expect(lines).toHaveLength(0);
    errorReply(new Unavailable('x'), logger);
    expect(lines).toEqual([expect.objectContaining({ level: 40 })]);
  });
});
