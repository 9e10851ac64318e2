import { ignoreReason, stripLeadingMentions, type MessageFacts } from '../../bots/guards';

const now = new Date('2026-11-26T10:00:00Z');
const maxAgeMs = 120_000;
const ago = (ms: number) => new Date(now.getTime() - ms);
const privateText: MessageFacts = { fromSelf: false, isText: true, sentAt: ago(1000), inRoom: false, mentionsBot: false };
const decide = (facts: Partial<MessageFacts>) => ignoreReason({ ...privateText, ...facts }, { now, maxAgeMs });

describe('message guards', () => {
  test('a fresh text message in private chat gets through', () => {
    expect(decide({})).toBeUndefined();
  });

  test('the bot ignores its own messages, whatever else they are', () => {
    expect(decide({ fromSelf: true })).toBe('self');
    expect(decide({ fromSelf: true, inRoom: true, mentionsBot: true })).toBe('self');
  });

  test('a message older than BOT_MAX_MESSAGE_AGE_MS is ignored; one at the limit is answered', () => {
    expect(decide({ sentAt: ago(maxAgeMs + 1) })).toBe('stale');
    expect(decide({ sentAt: ago(30 * 60_000) })).toBe('stale');
    expect(decide({ sentAt: ago(maxAgeMs) })).toBeUndefined();
  });

  test('a message stamped a little in the future (clock skew) is answered', () => {
    expect(decide({ sentAt: new Date(now.getTime() + 5000) })).toBeUndefined();
  });

  test('pictures, voice and other non-text messages are ignored', () => {
    expect(decide({ isText: false })).toBe('not-text');
  });

  test('in a group only a message that @-mentions the bot gets through', () => {
    expect(decide({ inRoom: true, mentionsBot: false })).toBe('not-mentioned');
    expect(decide({ inRoom: true, mentionsBot: true })).toBeUndefined();
  });
});

describe('stripping mentions before matching', () => {
  test.each([
    ['@学习助手\u2005帮助', '帮助'],
    ['@学习助手 帮助', '帮助'],
    ['@学习助手\u2005@小明\u2005help', 'help'],
    ['  帮助  ', '帮助'],
    ['帮助 @小明', '帮助 @小明'],
    ['@学习助手', ''],
  ])('%j becomes %j', (text, expected) => {
    expect(stripLeadingMentions(text)).toBe(expected);
  });
});
