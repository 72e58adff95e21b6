/**
 * Sends free text that is not an answer to an open question to the right dialog.
 */
import type { Route, Router, TurnContext } from '../src/core/dialog.js';

const GREETING = /^(hi+|hello|hey|hiya|yo|good (morning|afternoon|evening)|morning|afternoon|evening|hi there|hello there)\b/;
/** Words that mean "show me the start" only when they are the whole message. */
const START_WORDS = /^(start|menu|get started|main menu|home)$/;

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isGreeting(text: string): boolean {
  const t = normalise(text);
  return START_WORDS.test(t) || (GREETING.test(t) && t.split(' ').length <= 4);
}

/** A rule that may claim the text for a dialog. Rules run in order; the first match wins. */
export type RouteRule = (text: string, ctx: TurnContext) => Route | undefined | Promise<Route | undefined>;

export function createRouter(rules: RouteRule[] = []): Router {
  return {
    welcome: { dialog: 'welcome' },
    async route(text, ctx) {
      if (isGreeting(text)) return { dialog: 'welcome' };
      if (/^(what can you do|what do you do|how does this work|commands|options menu)\b/.test(normalise(text))) {
        return { dialog: 'help' };
      }
      for (const rule of rules) {
        const r = await rule(text, ctx);
        if (r) return r;
      }
      return { dialog: 'help', args: { reason: 'not-understood' } };
    },
  };
}
