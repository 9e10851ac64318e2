import { Conflict } from '../errors';

/** A quiz whose turn has not come: its module's lessons are unread, or (final exam) a module quiz is not passed. */
export class QuizNotOpen extends Conflict {
  override readonly code = 'quiz_not_open';
}
