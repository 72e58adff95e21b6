/**
 * Checks Adaptive Card JSON with the official `adaptivecards` object model, offline.
 *
 * Under Node the package's `lib/` entry fails to resolve as ESM, so we load its
 * self-contained bundle through `createRequire`.
 */
import { createRequire } from 'node:module';

interface ValidationEventLike {
  phase: number;
  event: number;
  message: string;
}

interface AdaptiveCardsModule {
  AdaptiveCard: new () => {
    parse(json: unknown, context?: unknown): void;
    validateProperties(): { validationEvents: ValidationEventLike[] };
  };
  SerializationContext: new () => {
    readonly eventCount: number;
    getEventAt(index: number): ValidationEventLike;
  };
  ValidationEvent: Record<number, string>;
  ValidationPhase: Record<number, string>;
}

const require = createRequire(import.meta.url);
export const AdaptiveCards = require('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;

function describe(e: ValidationEventLike): string {
  const phase = AdaptiveCards.ValidationPhase[e.phase] ?? String(e.phase);
  const event = AdaptiveCards.ValidationEvent[e.event] ?? String(e.event);
  return `${phase}/${event}: ${e.message}`;
}

/**
 * Every problem the Adaptive Cards object model reports for a card: parse events
 * (unknown element or action types, bad property values, …) and validation events
 * (duplicate ids, too many actions, required inputs without a label, …).
 * An empty array means the card is clean.
 */
export function cardErrors(json: unknown): string[] {
  const errors: string[] = [];
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return ['card is not an object'];
  const card = json as Record<string, unknown>;
  if (card['type'] !== 'AdaptiveCard') errors.push(`type is ${JSON.stringify(card['type'])}, not "AdaptiveCard"`);
  if (typeof card['version'] !== 'string') errors.push('version is missing');
  const model = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext();
  model.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) errors.push(describe(context.getEventAt(i)));
  for (const e of model.validateProperties().validationEvents) errors.push(describe(e));
  return errors;
}
