/**
 * Route cards kept per content. A route card depends only on the content and
 * the query (the roles, what the person holds, their circumstances, which
 * route, whether it is for someone else and the lines said above it), so the
 * card for a query asked again is the one made the first time: building its
 * blocks and filling its wording was about a thirteenth of a Slack route
 * answer's CPU time.
 *
 * A kept card is frozen, all the way down: every turn that asks the same thing
 * gets the same message, so nothing may change it, and a channel may keep what
 * it renders from a frozen message (src/channels/slack/rendered.ts).
 */
import type { Content } from '../../src/content/model.js';
import type { Block, OutboundMessage } from '../../src/core/messages.js';
import { deepFreeze } from '../../src/deep-freeze.js';

/** What a route card is made from besides the content (RouteQuery in ./route-card.ts). */
export interface CardQuery {
  to: { id: string };
  from?: { id: string } | undefined;
  held: readonly string[];
  skipped?: boolean | undefined;
  alt?: number | undefined;
  onBehalf?: boolean | undefined;
  lacks?: readonly string[] | undefined;
  earnWhileLearning?: boolean | undefined;
  said?: readonly Block[] | undefined;
}

/**
 * Cards kept per content, at most this many, the one asked for least recently
 * going first. A route card is about 3 KB as JSON; with what the Slack
 * renderer keeps beside it, the whole is a few MB at most.
 */
export const MAX_KEPT_CARDS = 500;

const kept = new WeakMap<Content, Map<string, OutboundMessage>>();

/** What a card is made from, beyond the content: the query's ids and values, in a fixed order. */
export function cardKey(q: CardQuery): string {
  return JSON.stringify([
    q.to.id,
    q.from?.id ?? null,
    q.held,
    q.skipped === true,
    q.alt ?? null,
    q.onBehalf === true,
    q.lacks ?? null,
    q.earnWhileLearning === true,
    q.said ?? null,
  ]);
}

/** The card for `q`, made by `make` the first time it is asked for with this content. */
export function keptCard(content: Content, q: CardQuery, make: () => OutboundMessage): OutboundMessage {
  let cards = kept.get(content);
  if (!cards) kept.set(content, (cards = new Map()));
  const key = cardKey(q);
  const hit = cards.get(key);
  if (hit) {
    // Asked for again: now the most recent.
    cards.delete(key);
    cards.set(key, hit);
    return hit;
  }
  // A copy, so that nothing the card was made from (the content's own lists, the query's lines) is frozen with it.
  const card = deepFreeze(structuredClone(make()));
  if (cards.size >= MAX_KEPT_CARDS) cards.delete(cards.keys().next().value!);
  cards.set(key, card);
  return card;
}
