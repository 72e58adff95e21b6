/**
 * Keys for people, in one place.
 *
 * A user key names someone the bot can message, on one platform:
 * `teams:<id>` (e.g. `teams:29:1abc`), `slack:<workspace>:<user>` (e.g.
 * `slack:T01:U02`) or `local:<id>` (the playground and the terminal chat).
 * An identity key names someone to match later, when they first message the
 * bot: `aad:<Entra object id>` or `email:<address>`.
 *
 * It imports nothing, so the settings (ADMIN_USERS in src/config.ts), the core
 * and the features can all use it.
 */

/** Platforms a person can be messaged on. */
export type KeyPlatform = 'teams' | 'slack' | 'local';

export type ParsedKey =
  | { kind: 'teams'; id: string }
  | { kind: 'slack'; team: string; user: string }
  | { kind: 'local'; id: string }
  | { kind: 'aad'; objectId: string }
  | { kind: 'email'; address: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SLACK = /^([A-Z0-9]+):([A-Z0-9]+)$/i;
/** A user key typed in a sentence. */
const USER_KEY_IN_TEXT = /\b((?:teams|slack|local):\S+)/;

/**
 * The parts of a key, in their stored form: Slack ids upper case, Entra ids
 * and email addresses lower case. Undefined when the key is none of the kinds
 * above. The kind may be written in any case; surrounding spaces are ignored.
 */
export function parseUserKey(key: string): ParsedKey | undefined {
  const k = key.trim();
  const i = k.indexOf(':');
  if (i <= 0) return undefined;
  const rest = k.slice(i + 1);
  switch (k.slice(0, i).toLowerCase()) {
    case 'teams':
      return rest && !/\s/.test(rest) ? { kind: 'teams', id: rest } : undefined;
    case 'local':
      return rest && !/\s/.test(rest) ? { kind: 'local', id: rest } : undefined;
    case 'slack': {
      const m = SLACK.exec(rest);
      return m ? { kind: 'slack', team: m[1]!.toUpperCase(), user: m[2]!.toUpperCase() } : undefined;
    }
    case 'aad':
      return GUID.test(rest.toLowerCase()) ? { kind: 'aad', objectId: rest.toLowerCase() } : undefined;
    case 'email':
      return EMAIL.test(rest) ? { kind: 'email', address: rest.toLowerCase() } : undefined;
    default:
      return undefined;
  }
}

/** A key from its parts. */
export function formatUserKey(p: ParsedKey): string {
  switch (p.kind) {
    case 'teams':
    case 'local':
      return `${p.kind}:${p.id}`;
    case 'slack':
      return `slack:${p.team}:${p.user}`;
    case 'aad':
      return `aad:${p.objectId}`;
    case 'email':
      return `email:${p.address}`;
  }
}

/** A key in its stored form, or undefined when it is not a user key or identity key. */
export function normaliseKey(key: string): string | undefined {
  const p = parseUserKey(key);
  return p ? formatUserKey(p) : undefined;
}

/** The part before the first colon (`teams`, `slack`, `local`, `aad`, `email`), or '' when there is none. */
export function platformOf(key: string): string {
  const i = key.indexOf(':');
  return i > 0 ? key.slice(0, i) : '';
}

/** Whether the key names someone the bot can message (not an identity to match later), as stored: `teams:…`, `slack:…` or `local:…`, without spaces. */
export function isUserKey(key: string): boolean {
  return /^(teams|slack|local):\S+$/.test(key);
}

/** The workspace and user of a Slack user key. */
export function slackIdsOf(key: string): { team: string; user: string } | undefined {
  const p = parseUserKey(key);
  return p?.kind === 'slack' ? { team: p.team, user: p.user } : undefined;
}

/** The address of an `email:` key, as stored. */
export function emailOf(key: string | undefined): string | undefined {
  return key?.startsWith('email:') ? key.slice('email:'.length) : undefined;
}

/** The first user key written in some text ("enrol teams:29:abc"), as typed. */
export function findUserKey(text: string): string | undefined {
  return USER_KEY_IN_TEXT.exec(text)?.[1];
}
