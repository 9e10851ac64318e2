import { Conflict, Forbidden } from '../errors';

/** "Complete" came before the learner had been present long enough (a script, or a quick skim). */
export class LessonTimeShort extends Conflict {
  override readonly code = 'lesson_time_short';
}

/** A heartbeat whose reading token is not this learner's for this lesson, or has expired. */
export class ReadingTokenInvalid extends Forbidden {
  override readonly code = 'reading_token_invalid';
}

/** The flag has been cleared already (by someone else, a moment ago). */
export class FlagAlreadyCleared extends Conflict {
  override readonly code = 'flag_already_cleared';
}
