/**
 * What a reply is posted to Slack as: for a frozen message (shared by every
 * turn that asks the same thing) it is rendered once and kept; any other
 * message is rendered each time. Either way it is what renderBlockKit gives,
 * with the blocks as JSON text.
 */
import { describe, expect, it } from 'vitest';
import { message, type OutboundMessage } from '../../src/core/messages.js';
import { renderBlockKit } from '../../src/channels/slack/render.js';
import { renderedParts } from '../../src/channels/slack/rendered.js';
import { deepFreeze } from '../../src/deep-freeze.js';

const card = (): OutboundMessage =>
  message([
    { type: 'heading', text: 'Your route to Nursing associate' },
    { type: 'paragraph', text: 'Steps & *what* you need <first>.' },
    { type: 'image', url: '/timeline/a/b.png', alt: 'A picture of the route' },
    { type: 'choices', choices: [{ label: 'Funding', action: 'pathway.funding', value: { to: 'b' } }] },
  ]);

const expected = (m: OutboundMessage, imageBaseUrl?: string) =>
  renderBlockKit(m, imageBaseUrl ? { imageBaseUrl } : {}).map((r) => ({ ...r, blocksJson: JSON.stringify(r.blocks) }));

describe('renderedParts', () => {
  it('renders a message that is not frozen afresh each time, as renderBlockKit does', () => {
    const m = card();
    const a = renderedParts(m);
    expect(a).toEqual(expected(m));
    expect(renderedParts(m)).not.toBe(a);
  });

  it('keeps what a frozen message renders to, frozen, and renders it again for other options', () => {
    const m = deepFreeze(card());
    const a = renderedParts(m);
    expect(a).toEqual(expected(m));
    expect(renderedParts(m)).toBe(a);
    expect(Object.isFrozen(a[0]!.blocks)).toBe(true);
    expect(() => (a[0]!.blocks as unknown[]).push({ type: 'divider' })).toThrow(TypeError);
    const withImages = renderedParts(m, { imageBaseUrl: 'https://bot.example.org' });
    expect(withImages).toEqual(expected(m, 'https://bot.example.org'));
    expect(withImages[0]!.blocksJson).toContain('https://bot.example.org/timeline/a/b.png');
    expect(a[0]!.blocksJson).not.toContain('timeline');
  });

  it('gives JSON text that is the blocks', () => {
    const [part] = renderedParts(deepFreeze(card()));
    expect(JSON.parse(part!.blocksJson)).toEqual(part!.blocks);
  });
});
