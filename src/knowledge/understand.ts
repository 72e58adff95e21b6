/**
 * Question understanding: turns free text into an intent, a target role, a
 * current role, a band and an area, deterministically and with reasons. The
 * work is split by job under understand/ (see understand/understand.ts); this
 * module is what the rest of the app imports.
 */
export { understand, matchRole, suggestRoles, type Understanding } from './understand/understand.js';
export { normalise, damerauLevenshtein } from './understand/normalise.js';
export { INTENTS, type Intent } from './understand/intents.js';
