import { bindCommand } from './bind';
import { helpCommand } from './help';
import { answerCommand } from './learning/answer';
import { certificateCommand } from './learning/certificate';
import { coursesCommand } from './learning/courses';
import { progressCommand } from './learning/progress';
import { quizCommand } from './learning/quiz';
import { studyCommand } from './learning/study';
import { readOnCommand } from './learning/reading';
import { practiceCommand, wrongBookCommand } from './learning/practice';
import { myApplicationsCommand, submittedCommand } from './applications/mine';
import { subscribeCommand, unsubscribeCommand } from './learning/nudges';
import { approveCommand, pendingCommand, rejectCommand } from './broadcasts';
import type { Command } from './types';

export type { Asker, BotAreas, Command, CommandContext, CommandReply } from './types';

/**
 * Every command the bot understands, in the order 帮助 lists them. A new command is one module in
 * this folder and one line here.
 */
export const builtinCommands: readonly Command[] = [
  helpCommand,
  bindCommand,
  coursesCommand,
  studyCommand,
  readOnCommand,
  quizCommand,
  answerCommand,
  practiceCommand,
  wrongBookCommand,
  progressCommand,
  certificateCommand,
  unsubscribeCommand,
  subscribeCommand,
  myApplicationsCommand,
  submittedCommand,
  pendingCommand,
  approveCommand,
  rejectCommand,
];
