/**
 * Distress comes first. Every turn with typed text is checked against the
 * content's distress phrases; when one matches, the bot says the signposting
 * message (999, NHS 111 option 2, the trust's wellbeing service, …) before
 * anything else in the turn, then the turn carries on as normal (a check-in
 * answer is still saved).
 *
 * The interceptor neither stores nor logs what was typed, nor even that it
 * matched: the fact that someone seemed distressed is itself sensitive.
 */
import type { Feature } from '../../src/feature.js';
import type { TurnContext } from '../../src/core/dialog.js';
import { detectDistress } from '../../src/content/signposting.js';
import { signpostingMessage } from '../../src/core/signposting.js';

async function signpostDistress(ctx: TurnContext): Promise<void> {
  const signposting = ctx.services.content.signposting;
  // Typed text, and any text typed into a form submitted with a button.
  const texts = [ctx.msg.text, ...Object.values(ctx.msg.action?.value ?? {})];
  if (texts.some((t) => typeof t === 'string' && t.trim() !== '' && detectDistress(t, signposting) !== undefined)) {
    ctx.say(signpostingMessage(ctx.services.content));
    ctx.signposted = true;
  }
}

export const safety: Feature = {
  id: 'safety',
  interceptors: () => [signpostDistress],
};
