/**
 * A route card is made once per content and query, then the same frozen
 * message: asked again it is the card made the first time, a query that
 * differs in anything the card shows gets its own card, and nobody can change
 * a card other turns share.
 */
import { describe, expect, it } from 'vitest';
import type { StepContext } from '../../../src/core/dialog.js';
import { routeCard, type RouteQuery } from '../../../dialogs/pathway/route-card.js';
import { cardKey, keptCard, MAX_KEPT_CARDS } from '../../../dialogs/pathway/kept-cards.js';
import { deepFreeze } from '../../../src/deep-freeze.js';
import { message, plainText } from '../../../src/core/messages.js';
import { fixtureContent } from '../../fixtures/knowledge-fixture.js';

const content = fixtureContent();
const ctx = { services: { content } } as unknown as StepContext;
const role = (id: string) => content.roles.get(id)!;
const query = (extra: Partial<RouteQuery> = {}): RouteQuery => ({ to: role('nursing-associate'), from: role('hcsw-band-2'), held: [], ...extra });

describe('kept route cards', () => {
  it('gives the same card for the same query, and it is the card a fresh content makes', () => {
    const first = routeCard(ctx, query());
    expect(routeCard(ctx, query())).toBe(first);
    // Another content keeps its own cards: the card made afresh is equal to the kept one.
    const fresh = routeCard({ services: { content: fixtureContent() } } as unknown as StepContext, query());
    expect(fresh).not.toBe(first);
    expect(fresh).toEqual(first);
    expect(plainText(first.blocks)).toMatch(/^Your route to Nursing associate/);
  });

  it('makes another card when anything the card shows differs', () => {
    const base = routeCard(ctx, query());
    const variants: Array<Partial<RouteQuery>> = [
      { held: ['care-certificate'] },
      { skipped: true, from: undefined },
      { onBehalf: true },
      { alt: 2 },
      { lacks: ['maths-level-2'] },
      { earnWhileLearning: true },
      { said: [{ type: 'paragraph', text: 'A line said first.' }] },
    ];
    const keys = new Set([cardKey(query()), ...variants.map((v) => cardKey(query(v)))]);
    expect(keys.size).toBe(variants.length + 1);
    const said = routeCard(ctx, query({ said: [{ type: 'paragraph', text: 'A line said first.' }] }));
    expect(said).not.toBe(base);
    expect(plainText(said.blocks)).toContain('A line said first.');
    const behalf = routeCard(ctx, query({ onBehalf: true }));
    expect(behalf).not.toBe(base);
    expect(behalf.blocks.some((b) => b.type === 'choices' && b.choices.some((c) => c.value?.['behalf'] === 'yes'))).toBe(true);
  });

  it('freezes a kept card all the way down, and leaves what it was made from unfrozen', () => {
    const said = [{ type: 'paragraph' as const, text: 'Said before the route.' }];
    const card = routeCard(ctx, query({ said }));
    expect(Object.isFrozen(card)).toBe(true);
    expect(Object.isFrozen(card.blocks)).toBe(true);
    const choices = card.blocks.find((b) => b.type === 'choices');
    expect(choices && Object.isFrozen(choices.choices[0]!.value)).toBe(true);
    expect(() => (card.blocks as unknown[]).push({ type: 'divider' })).toThrow(TypeError);
    expect(Object.isFrozen(said[0])).toBe(false);
    expect(Object.isFrozen(content.roles.get('nursing-associate')!)).toBe(false);
  });

  it('keeps at most its limit of cards, the one asked for least recently going first', () => {
    const c = fixtureContent();
    let made = 0;
    const make = () => (made++, message([{ type: 'paragraph', text: 'x' }]));
    const q = (n: number) => query({ held: [`q-${n}`] });
    for (let n = 0; n < MAX_KEPT_CARDS; n++) keptCard(c, q(n), make);
    expect(made).toBe(MAX_KEPT_CARDS);
    // Card 0 is asked for again, so card 1 is now the one asked for least recently.
    keptCard(c, q(0), make);
    expect(made).toBe(MAX_KEPT_CARDS);
    keptCard(c, q(MAX_KEPT_CARDS), make);
    expect(made).toBe(MAX_KEPT_CARDS + 1);
    keptCard(c, q(0), make);
    expect(made).toBe(MAX_KEPT_CARDS + 1);
    keptCard(c, q(1), make);
    expect(made).toBe(MAX_KEPT_CARDS + 2);
  });

  it('does not try to freeze bytes', () => {
    const m = deepFreeze({ text: '', blocks: [], attachments: [{ filename: 'a.txt', content: Buffer.from('abc') }] });
    expect(Object.isFrozen(m.attachments[0])).toBe(true);
    expect(m.attachments[0]!.content.toString()).toBe('abc');
  });
});
