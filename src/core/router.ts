/**
 * Sends typed text that answers no open question to the right dialog: the
 * features' rules in order, the first that claims the text wins, and help
 * when none does.
 */
import type { Route, Router, TurnContext } from './dialog.js';
import { recentlyAsked } from '../text/recent.js';

/** Lower case, straight apostrophes, letters, digits and single spaces: what the routing rules compare. */
export const normalise = recentlyAsked((text) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim(),
);

/** A rule that may claim the text for a dialog. Rules run in order; the first match wins. */
export type RouteRule = (text: string, ctx: TurnContext) => Route | undefined | Promise<Route | undefined>;

export interface RouterOptions {
  /** Tried in order for typed text. */
  rules: RouteRule[];
  /** Tried in order even while a question is open ("delete my data"). */
  interrupts?: RouteRule[];
  /** The dialog that greets people on first contact. */
  welcome?: string;
  /** Where text goes when no rule claims it. */
  fallback?: Route;
}

async function firstMatch(rules: RouteRule[], text: string, ctx: TurnContext): Promise<Route | undefined> {
  for (const rule of rules) {
    const r = await rule(text, ctx);
    if (r) return r;
  }
  return undefined;
}

export function createRouter(opts: RouterOptions): Router {
  const fallback = opts.fallback ?? { dialog: 'help', args: { reason: 'not-understood' } };
  const router: Router = {
    welcome: { dialog: opts.welcome ?? 'welcome' },
    async route(text, ctx) {
      return (await firstMatch(opts.rules, text, ctx)) ?? fallback;
    },
  };
  const interrupts = opts.interrupts ?? [];
  if (interrupts.length > 0) router.interrupt = (text, ctx) => firstMatch(interrupts, text, ctx);
  return router;
}
