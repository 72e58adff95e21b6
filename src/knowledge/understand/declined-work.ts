/**
 * "I don't want to do personal care", "I wouldn't like to do nights on the wards": work the
 * writer turns down, told by what it is. The job that does it is not the one wanted.
 */

/** The words before a goal's opening words ("want to", "to do") at `at` that turn the goal down. */
const DECLINED_BEFORE = /(?:^| )(?:not|never|no longer|not really|not even)(?: (?:want|wanting|like|love|wish|keen|going))?$/;

/** Whether the work described from `at` on is turned down by the words just before it. */
export function declinedWork(tokens: readonly string[], at: number): boolean {
  return DECLINED_BEFORE.test(tokens.slice(Math.max(0, at - 4), at).join(' '));
}
