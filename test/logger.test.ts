import { Writable } from 'node:stream';
import { chooseLogFormat, createLogger } from '../src/logger';

// Everything the logger writes to stdout, with stdout made to look like a terminal or a pipe.
function captureStdout(isTTY: boolean) {
  const ttyDescriptor = Object.getOwnPropertyDescriptor(process.stdout, 'isTTY');
  Object.defineProperty(process.stdout, 'isTTY', { value: isTTY, configurable: true, writable: true });
  let text = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += chunk.toString();
    return true;
  });
  return {
    text: () => text,
    restore() {
      write.mockRestore();
      if (ttyDescriptor) Object.defineProperty(process.stdout, 'isTTY', ttyDescriptor);
      else delete (process.stdout as { isTTY?: boolean }).isTTY;
    },
  };
}

function jsonSink() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { stream, lines };
}

let stdout: ReturnType<typeof captureStdout> | undefined;
afterEach(() => {
  stdout?.restore();
  stdout = undefined;
});

describe('choosing the log format', () => {
  it('auto means readable lines when stdout is a terminal', () => {
    expect(chooseLogFormat('auto', true)).toBe('pretty');
  });

  it('auto means JSON lines when stdout is a pipe or a file', () => {
    expect(chooseLogFormat('auto', false)).toBe('json');
  });

  it('a format left out counts as auto', () => {
    expect(chooseLogFormat(undefined, true)).toBe('pretty');
    expect(chooseLogFormat(undefined, false)).toBe('json');
  });

  it('pretty and json are kept whatever stdout is', () => {
    expect(chooseLogFormat('pretty', false)).toBe('pretty');
    expect(chooseLogFormat('json', true)).toBe('json');
  });
});

// These read stdout straight after the call, without waiting: readable lines are written at once,
// so a line logged just before the process exits is not lost.
describe('the logger', () => {
  it('prints readable lines on a terminal when only a level is given', () => {
    stdout = captureStdout(true);

    createLogger({ LOG_LEVEL: 'info' }).info('reminders scheduled');

    const text = stdout.text();
    expect(text).toContain('INFO');
    expect(text).toContain('reminders scheduled');
    expect(() => JSON.parse(text)).toThrow();
  });

  it('gives readable lines with LOG_FORMAT=pretty even when stdout is a pipe', () => {
    stdout = captureStdout(false);

    createLogger({ LOG_LEVEL: 'info', LOG_FORMAT: 'pretty' }).warn('bot logged out');

    expect(stdout.text()).toContain('WARN');
    expect(stdout.text()).toContain('bot logged out');
    expect(() => JSON.parse(stdout?.text() ?? '')).toThrow();
  });

  it('masks a phone number in readable output as it does in JSON', () => {
    stdout = captureStdout(true);

    createLogger({ LOG_LEVEL: 'info', LOG_FORMAT: 'pretty' }).info({ instructor: { phone: '13812345678' } }, 'bound');

    const text = stdout.text();
    expect(text).toContain('138******78');
    expect(text).not.toContain('13812345678');
  });

  it('redacts passwords in readable output', () => {
    stdout = captureStdout(true);

    createLogger({ LOG_LEVEL: 'info', LOG_FORMAT: 'pretty' }).info({ password: 'a-long-password' }, 'sign-in');

    expect(stdout.text()).toContain('[redacted]');
    expect(stdout.text()).not.toContain('a-long-password');
  });

  it('writes JSON lines to an explicit destination even when pretty is asked for', async () => {
    stdout = captureStdout(true);
    const sink = jsonSink();

    createLogger({ LOG_LEVEL: 'info', LOG_FORMAT: 'pretty' }, sink.stream).info({ phone: '13812345678' }, 'bound');
    await new Promise((resolve) => setImmediate(resolve));

    expect(sink.lines).toHaveLength(1);
    expect(JSON.parse(sink.lines[0])).toMatchObject({ msg: 'bound', phone: '138******78' });
    expect(stdout.text()).toBe('');
  });
});
