/**
 * A reply as it is posted to Slack: each message's fallback text, its blocks
 * and the blocks as the JSON text that is sent.
 *
 * A frozen message cannot change, and is shared by every turn that asks the
 * same thing (a route card is kept per content and query:
 * dialogs/pathway/kept-cards.ts). What it renders to is kept with it, so it is
 * rendered and written as JSON once instead of on every turn (for a route
 * card, about a twentieth of a Slack route answer's CPU time). Any other
 * message is rendered afresh each time.
 */
import type { OutboundMessage } from '../../core/messages.js';
import { renderBlockKit, type RenderSlackOptions, type SlackMessage } from './render.js';
import { deepFreeze } from '../../deep-freeze.js';

export interface RenderedPart extends SlackMessage {
  /** The blocks as JSON text. */
  blocksJson: string;
}

const kept = new WeakMap<OutboundMessage, { imageBaseUrl: string | undefined; parts: readonly RenderedPart[] }>();

function render(msg: OutboundMessage, opts: RenderSlackOptions): RenderedPart[] {
  return renderBlockKit(msg, opts).map((m) => ({ text: m.text, blocks: m.blocks, blocksJson: JSON.stringify(m.blocks) }));
}

/** The Slack messages `msg` is posted as, kept for a frozen message (rendered with the same options). */
export function renderedParts(msg: OutboundMessage, opts: RenderSlackOptions = {}): readonly RenderedPart[] {
  if (!Object.isFrozen(msg)) return render(msg, opts);
  const hit = kept.get(msg);
  if (hit && hit.imageBaseUrl === opts.imageBaseUrl) return hit.parts;
  const parts = render(msg, opts);
  // The kept blocks are shared too: frozen, so that no caller changes what the next one posts.
  for (const p of parts) deepFreeze(p.blocks);
  const frozen = Object.freeze(parts.map((p) => Object.freeze(p)));
  kept.set(msg, { imageBaseUrl: opts.imageBaseUrl, parts: frozen });
  return frozen;
}
