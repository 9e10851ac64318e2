import type { Command } from './types';

/** Lists exactly the commands that are registered, so the text never promises one that does not work. */
export function helpText(commands: readonly Command[]): string {
  const lines = commands.map((c) => {
    const aliases = c.aliases.length ? `（或 ${c.aliases.join('、')}）` : '';
    return `· ${c.usage}${aliases}：${c.summary}`;
  });
  return ['您好！我是学习助手，可以发送以下指令：', ...lines].join('\n');
}

export const helpCommand: Command = {
  name: '帮助',
  aliases: ['help'],
  usage: '帮助',
  summary: '查看我能做什么',
  handle: ({ commands }) => helpText(commands),
};
