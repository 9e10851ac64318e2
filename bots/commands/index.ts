import { bindCommand } from './bind';
import { helpCommand } from './help';
import type { Command } from './types';

export type { Asker, Command, CommandContext, CommandReply } from './types';

/**
 * Every command the bot understands, in the order 帮助 lists them. A new command is one module in
 * this folder and one line here.
 */
export const builtinCommands: readonly Command[] = [helpCommand, bindCommand];
