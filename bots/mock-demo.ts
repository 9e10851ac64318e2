import { mock, PuppetMock } from 'wechaty-puppet-mock';
import type { RunningBot } from '.';

/**
 * For `npm run demo` on the mock puppet: logs the bot account in (nobody can scan a QR code for a
 * mock), reports `ready` as a real puppet does, and lets a sample learner chat so the whole path
 * (guards → router → outbox → send) can be watched in the terminal.
 */
export async function driveMockDemo(running: RunningBot, print: (line: string) => void, script: string[]): Promise<boolean> {
  const puppet = running.bot.puppet;
  if (!(puppet instanceof PuppetMock)) return false;
  const mocker = (puppet as unknown as { mocker: mock.Mocker }).mocker;
  const botUser = mocker.createContact({ name: '和谐企业学习助手' });
  const loggedIn = new Promise<void>((resolve) => running.bot.once('login', () => resolve()));
  mocker.login(botUser);
  await loggedIn;
  puppet.emit('ready', { data: 'mock' });

  const learner = mocker.createContact({ name: '示例学员' });
  let replied: () => void = () => undefined;
  learner.on('message', (msg) => {
    if (msg.payload.talkerId !== botUser.id) return;
    print(`[mock chat] 机器人 → 示例学员: ${msg.payload.text}`);
    replied();
  });
  // Like a person, wait for the answer before typing the next line (replies come through the paced outbox).
  // Once the bot is stopping (Ctrl-C) the learner goes quiet: a line typed then would only start a
  // command as the service closes MongoDB, and queue a reply for a contact the next run won't have.
  const stopped = new Promise<void>((resolve) => running.bot.once('stop', () => resolve()));
  void (async () => {
    for (const text of script) {
      if (running.session.stopping) return;
      const answered = new Promise<void>((resolve) => {
        replied = resolve;
        setTimeout(resolve, 30_000).unref();
        void stopped.then(resolve);
      });
      print(`[mock chat] 示例学员 → 机器人: ${text}`);
      learner.say(text).to(botUser);
      await answered;
    }
  })();
  return true;
}
