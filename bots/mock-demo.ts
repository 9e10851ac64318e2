import { mock, PuppetMock } from 'wechaty-puppet-mock';
import type { RunningBot } from '.';

/** One sample person in the demo chat: what they type, in order, and an answer they give when a message matching `when` arrives. */
export interface DemoPersona {
  name: string;
  script: string[];
  onMessage?: { when: RegExp; say: string };
}

/**
 * For `npm run demo` on the mock puppet: logs the bot account in (nobody can scan a QR code for a
 * mock), reports `ready` as a real puppet does, and lets sample people chat so the whole path
 * (guards → router → outbox → send, and the reminders the workers queue) can be watched in the terminal.
 */
export async function driveMockDemo(running: RunningBot, print: (line: string) => void, people: DemoPersona[]): Promise<boolean> {
  const puppet = running.bot.puppet;
  if (!(puppet instanceof PuppetMock)) return false;
  const mocker = (puppet as unknown as { mocker: mock.Mocker }).mocker;
  const botUser = mocker.createContact({ name: '和谐企业学习助手' });
  const loggedIn = new Promise<void>((resolve) => running.bot.once('login', () => resolve()));
  mocker.login(botUser);
  await loggedIn;
  puppet.emit('ready', { data: 'mock' });
  // Once the bot is stopping (Ctrl-C) people go quiet: a line typed then would only start a
  // command as the service closes MongoDB, and queue a reply for a contact the next run won't have.
  const stopped = new Promise<void>((resolve) => running.bot.once('stop', () => resolve()));
  for (const persona of people) void chatAs(mocker.createContact({ name: persona.name }), persona);
  return true;

  async function chatAs(person: mock.ContactMock, persona: DemoPersona) {
    let replied: () => void = () => undefined;
    let answered = false;
    const say = (text: string) => {
      print(`[mock chat] ${persona.name} → 机器人: ${text}`);
      person.say(text).to(botUser);
    };
    person.on('message', (msg) => {
      if (msg.payload.talkerId !== botUser.id) return;
      const text = msg.payload.text ?? '';
      print(`[mock chat] 机器人 → ${persona.name}: ${text}`);
      replied();
      if (persona.onMessage && !answered && persona.onMessage.when.test(text) && !running.session.stopping) {
        answered = true;
        setTimeout(() => say(persona.onMessage!.say), 1500).unref();
      }
    });
    // Like a person, wait for the answer before typing the next line (replies come through the paced outbox).
    for (const text of persona.script) {
      if (running.session.stopping) return;
      const answer = new Promise<void>((resolve) => {
        replied = resolve;
        setTimeout(resolve, 30_000).unref();
        void stopped.then(resolve);
      });
      say(text);
      await answer;
    }
  }
}
