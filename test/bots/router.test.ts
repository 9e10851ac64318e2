import { Writable } from 'node:stream';
import { helpCommand, helpText } from '../../bots/commands/help';
import { builtinCommands, type Command } from '../../bots/commands';
import { GENERIC_APOLOGY } from '../../bots/errors';
import { answerCommand } from '../../bots/commands/learning/answer';
import { UNKNOWN_REPLY, matchCommand, planReplies, replyKey, type IncomingMessage, type RouterDeps } from '../../bots/router';
import { ManualClock } from '../../src/clock';
import { NotFound } from '../../src/errors';
import { createLogger } from '../../src/logger';

const QUEUED_AT = Date.parse('2026-11-26T02:00:00Z');

function fakeDeps() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  // planReplies reads only the logger; the handlers under test read nothing else either.
  const deps = { logger: createLogger({ LOG_LEVEL: 'debug' }, sink), clock: new ManualClock(new Date(QUEUED_AT)), areas: {} } as unknown as RouterDeps;
  return { deps, lines };
}

const command = (name: string, handle: Command['handle'], aliases: string[] = []): Command => ({
  name,
  aliases,
  usage: name,
  summary: `${name}的说明`,
  handle,
});

const privateMessage = (text: string): IncomingMessage => ({ id: 'm1', text, talker: { id: 'c1', name: '小明' } });
const roomMessage = (text: string): IncomingMessage => ({ ...privateMessage(text), room: { id: 'r1@chatroom' } });

describe('matching commands', () => {
  test.each([
    ['帮助', ''],
    ['help', ''],
    ['HELP', ''],
    [' Help ', ''],
    ['/help', ''],
    ['帮助？', ''],
    ['帮助!', ''],
    ['帮助 课程', '课程'],
    ['帮助\u3000课程  学习', '课程 学习'],
  ])('%j asks for 帮助 with args %j', (text, args) => {
    expect(matchCommand(builtinCommands, text)).toEqual({ command: helpCommand, args });
  });

  test.each(['', '   ', 'helpme', '请帮助我', '帮 助', '？'])('%j matches no command', (text) => {
    expect(matchCommand(builtinCommands, text)).toBeUndefined();
  });

  test('a new command slots in beside the built-in ones', () => {
    const bind = command('签到', () => '已签到');
    expect(matchCommand([...builtinCommands, bind], '签到 AB12CD')).toEqual({ command: bind, args: 'AB12CD' });
  });
});

describe('bare quiz answers', () => {
  // The answer command's own matcher, on a stand-in that does nothing.
  const answer: Command = { ...answerCommand, handle: () => '' };
  test.each([
    ['A', 'A'],
    ['ac', 'ac'],
    ['A C', 'A C'],
    ['A、C。', 'A、C'],
    ['e', 'e'],
  ])('%j is shorthand for 答题 %j', (text, args) => {
    expect(matchCommand([...builtinCommands.filter((c) => c !== answerCommand), answer], text)).toEqual({ command: answer, args });
  });

  test.each(['AI', 'A1', '选A', 'ABCDEFGHA'])('%j is not an answer', (text) => {
    expect(matchCommand([answer], text)).toBeUndefined();
  });

  test('without a command that takes bare letters, letters match nothing', () => {
    expect(matchCommand([helpCommand], 'A')).toBeUndefined();
  });
});

describe('the help text', () => {
  test('lists exactly the commands that exist, in Chinese', () => {
    expect(helpText(builtinCommands)).toBe(
      [
        '您好！我是学习助手，可以发送以下指令：',
        '· 帮助（或 help）：查看我能做什么',
        '· 绑定 绑定码（或 bind）：用和创办发放的绑定码绑定您的身份',
        '· 课程（或 courses）：查看向您开放的课程和学习进度',
        '· 学习（或 study）：阅读下一节未学的课时，读完记为已学',
        '· 继续（或 下一段）：阅读课时的下一段；读完最后一段后记为已学',
        '· 测验（或 quiz）：参加当前的测验，逐题回复选项字母作答',
        '· 答题 选项（或 answer）：回答测验的当前题目；也可直接回复选项字母，如 A、AC',
        '· 练习 [模块序号]（或 practice）：做练习题（不计成绩、不限次数，答后即看解析）；答错的题进入错题本',
        '· 错题（或 review、错题本）：复习一道到期的错题（错题在第 1、3、7 天回来，连续答对两次移出）',
        '· 进度（或 progress）：查看每门课程的课时、测验、结业考试和证书情况',
        '· 证书（或 certificate）：查看证书编号和验证码，或还差哪些内容',
        '· 退订（或 unsubscribe）：不再接收学习提醒（发送“订阅”可恢复）',
        '· 订阅（或 subscribe）：恢复接收学习提醒',
        '· 我的申报（或 申报、application）：企业联系人查看本企业的申报阶段、截止时间和下一步',
        '· 已提交（或 提交自评）：企业联系人确认已提交自查自评',
        '· 待审（或 pending）：工作人员查看待审批的广播',
        '· 审批 编号（或 approve）：管理员批准一条广播',
        '· 驳回 编号 理由（或 reject）：管理员驳回一条广播并说明理由',
      ].join('\n'),
    );
  });

  test('grows with the registry', () => {
    const text = helpText([...builtinCommands, command('进度', () => '')]);
    expect(text).toContain('· 进度：进度的说明');
  });
});

describe('planning replies', () => {
  test('a command in private chat is answered to the asker, keyed by the incoming message', async () => {
    const { deps } = fakeDeps();
    expect(await planReplies(privateMessage('帮助'), builtinCommands, deps)).toEqual([
      { key: replyKey('m1', 0), to: { kind: 'contact', id: 'c1' }, text: helpText(builtinCommands), createdAt: QUEUED_AT },
    ]);
  });

  test('unknown text gets a polite pointer to 帮助', async () => {
    const { deps } = fakeDeps();
    const [reply] = await planReplies(privateMessage('你好'), builtinCommands, deps);
    expect(reply.text).toBe(UNKNOWN_REPLY);
    expect(reply.text).toContain('帮助');
  });

  test('in a group the reply goes to the group and its first message mentions the asker', async () => {
    const { deps } = fakeDeps();
    const twice = command('课程', () => ['第一条', '第二条']);
    expect(await planReplies(roomMessage('课程'), [twice], deps)).toEqual([
      { key: 'reply:m1:0', to: { kind: 'room', id: 'r1@chatroom' }, text: '第一条', mention: 'c1', createdAt: QUEUED_AT },
      { key: 'reply:m1:1', to: { kind: 'room', id: 'r1@chatroom' }, text: '第二条', createdAt: QUEUED_AT },
    ]);
  });

  test('a handler gets the args, the asker and the registry', async () => {
    const { deps } = fakeDeps();
    const handle = jest.fn(() => 'ok');
    const echo = command('学习', handle);
    await planReplies(roomMessage('学习 第一单元'), [echo], deps);
    expect(handle).toHaveBeenCalledWith(
      expect.objectContaining({ messageId: 'm1', args: '第一单元', talker: { id: 'c1', name: '小明' }, room: { id: 'r1@chatroom' }, commands: [echo] }),
    );
  });

  test('a typed error from a handler becomes a polite reply', async () => {
    const { deps, lines } = fakeDeps();
    const missing = command('证书', () => {
      throw new NotFound('certificate not found');
    });
    const [reply] = await planReplies(privateMessage('证书'), [missing], deps);
    expect(reply.text).toBe('没有找到相关信息，请核对后再试。');
    expect(lines.filter((l) => (l.level as number) >= 50)).toHaveLength(0);
  });

  test('an unexpected error becomes a generic apology and is logged', async () => {
    const { deps, lines } = fakeDeps();
    const broken = command('测验', async () => {
      throw new TypeError('cannot read properties of undefined');
    });
    const [reply] = await planReplies(privateMessage('测验'), [broken], deps);
    expect(reply.text).toBe(GENERIC_APOLOGY);
    expect(lines).toContainEqual(expect.objectContaining({ level: 50, command: '测验', messageId: 'm1', msg: 'bot command failed' }));
  });

  test('empty replies are not sent', async () => {
    const { deps } = fakeDeps();
    expect(await planReplies(privateMessage('静默'), [command('静默', () => ['', '  '])], deps)).toEqual([]);
  });
});
