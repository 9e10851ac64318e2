import { Conflict, Invalid } from '../errors';

export class AttemptClosed extends Conflict {
  override readonly code = 'attempt_closed';
}
export class NoAttemptsLeft extends Conflict {
  override readonly code = 'no_attempts_left';
}
export class InvalidChoice extends Invalid {
  override readonly code = 'invalid_choice';
}
