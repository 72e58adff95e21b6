/**
 * Slack mrkdwn: escaping text people typed so it shows as typed, and checking
 * link addresses. See render.ts for why both escaping and `verbatim` are used.
 */
import { recentlyAsked } from '../../text/recent.js';

// ---------------------------------------------------------------------------------------
// Escaping
// ---------------------------------------------------------------------------------------

const ZWSP = '\u200b';
const FORMATTING = new Set(['*', '_', '~', '`']);
const BROADCAST = /^\u200b*(?:here|channel|everyone)/i;
const NEEDS_ESCAPE = /[&<>*_~`@]/;

/**
 * Escapes plain text for Slack mrkdwn: entities for `&`, `<`, `>`, and an invisible
 * zero width space that stops `*`, `_`, `~`, `` ` ``, `>` and `@here`-style broadcasts
 * from taking effect. Use inside text objects marked `verbatim: true`.
 */
export function escapeMrkdwn(s: string): string {
  // Most text has none of the characters below: it is its own escape.
  if (!NEEDS_ESCAPE.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '&') out += '&amp;';
    else if (c === '<') out += '&lt;';
    else if (c === '>') out += ZWSP + '&gt;';
    else if (FORMATTING.has(c)) out += ZWSP + c;
    else if (c === '@' && BROADCAST.test(s.slice(i + 1, i + 40))) out += '@' + ZWSP;
    else out += c;
  }
  return out;
}

/** The exact inverse of `escapeMrkdwn`. */
export function unescapeMrkdwn(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === ZWSP && (FORMATTING.has(s[i + 1] ?? '') || s.startsWith('&gt;', i + 1))) continue;
    if (c === '&') {
      if (s.startsWith('&amp;', i)) {
        out += '&';
        i += 4;
        continue;
      }
      if (s.startsWith('&lt;', i)) {
        out += '<';
        i += 3;
        continue;
      }
      if (s.startsWith('&gt;', i)) {
        out += '>';
        i += 3;
        continue;
      }
    }
    out += c;
    if (c === '@' && s[i + 1] === ZWSP && BROADCAST.test(s.slice(i + 2, i + 41))) i++;
  }
  return out;
}

/**
 * Escapes the label of a `<url|label>` link: as `escapeMrkdwn`, and `|` (which would end
 * the URL part) becomes the look-alike U+2223, since Slack has no escape for it.
 */
export function escapeLinkLabel(s: string): string {
  return escapeMrkdwn(s).replace(/\|/g, '\u2223');
}

/** Only absolute http(s) URLs without credentials, made safe to put inside `<…|…>`. */
export function safeSlackUrl(raw: string, base?: string): string | undefined {
  return base === undefined ? safeAbsolute(raw) : safeRelative(`${base.length}:${base}${raw}`);
}

// A reply links the same few addresses turn after turn: each is parsed once while it keeps coming.
const safeAbsolute = recentlyAsked((raw) => safeUrl(raw));
const safeRelative = recentlyAsked((key) => {
  const colon = key.indexOf(':');
  const end = colon + 1 + Number(key.slice(0, colon));
  return safeUrl(key.slice(end), key.slice(colon + 1, end));
});

function safeUrl(raw: string, base?: string): string | undefined {
  // Slack's own deep link to a person ("Open a chat"): only this exact shape.
  if (/^slack:\/\/user\?team=[A-Z0-9]{1,20}&id=[UW][A-Z0-9]{1,20}$/.test(raw)) return raw;
  let url: URL;
  try {
    url = base === undefined ? new URL(raw) : new URL(raw, new URL(base));
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  return url.href.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E');
}
