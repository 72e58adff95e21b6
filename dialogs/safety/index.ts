/**
 * Distress comes first, in proportion. Every turn with typed text is checked
 * against the content's phrases (content/signposting.yaml):
 *
 * - a crisis phrase (thoughts of suicide or self-harm, not coping at all) gets
 *   the crisis list before anything else in the turn: 999, NHS 111 option 2,
 *   the trust's wellbeing service, …;
 * - a stress phrase ("I feel overwhelmed every shift") gets a calm reply that
 *   names what can help with the problem (for a preceptee, supernumerary and
 *   protected preceptor time), the wellbeing services, and 999 and NHS 111 in
 *   a last line.
 *
 * Then the turn carries on as normal (a check-in answer is still saved). Typed
 * stress that answers no open question is claimed by this feature's rule, so
 * it is not also read as a question.
 *
 * Nothing here stores or logs what was typed, nor even that it matched: the
 * fact that someone seemed distressed is itself sensitive.
 */
import type { Feature } from '../../src/feature.js';
import type { Dialog, TurnContext } from '../../src/core/dialog.js';
import { message, type Block, type OutboundMessage } from '../../src/core/messages.js';
import type { Content } from '../../src/content/model.js';
import { detectDistress, detectStress } from '../../src/content/signposting.js';
import { signpostingMessage, wellbeingBlocks } from '../../src/core/signposting.js';
import type { RouteRule } from '../../src/core/router.js';
import { SAFETY_WORDING, safetyWords } from './wording.js';

/** Typed text, and any text typed into a form submitted with a button. */
function textsOf(ctx: TurnContext): string[] {
  return [ctx.msg.text, ...Object.values(ctx.msg.action?.value ?? {})].filter((t): t is string => typeof t === 'string' && t.trim() !== '');
}

/** Whether the person is on a preceptorship programme now. */
async function isPreceptee(ctx: TurnContext): Promise<boolean> {
  const { store, content } = ctx.services;
  for (const e of await store.enrolments.listForUser(ctx.msg.userKey)) {
    if (e.status !== 'active' && e.status !== 'paused') continue;
    if (content.programmes.get(e.programmeId)?.kind === 'preceptorship') return true;
  }
  return false;
}

/** The calm reply: the problem first, then wellbeing support, then the crisis numbers last. */
export function calmMessage(content: Pick<Content, 'signposting' | 'wording'>, preceptee: boolean): OutboundMessage {
  const w = safetyWords(content).calm;
  const blocks: Block[] = [{ type: 'paragraph', text: w.intro }];
  if (preceptee) {
    blocks.push({ type: 'paragraph', text: w.preceptee });
    blocks.push({ type: 'links', links: [{ label: w.preceptorshipSourceLabel, url: w.preceptorshipSource }] });
  }
  blocks.push({ type: 'paragraph', text: w.raiseIt });
  blocks.push(...wellbeingBlocks(content));
  return message(blocks);
}

async function signpostDistress(ctx: TurnContext): Promise<void> {
  const signposting = ctx.services.content.signposting;
  const texts = textsOf(ctx);
  if (texts.some((t) => detectDistress(t, signposting) !== undefined)) {
    ctx.say(signpostingMessage(ctx.services.content));
    ctx.signposted = true;
  } else if (texts.some((t) => detectStress(t, signposting) !== undefined)) {
    ctx.say(calmMessage(ctx.services.content, await isPreceptee(ctx)));
    ctx.signposted = true;
  }
}

const CALM = 'calm-support';

/** Stress typed on its own: the calm reply (said by the interceptor) is the answer. */
const calmDialog: Dialog = {
  id: CALM,
  title: 'support',
  async begin(ctx) {
    if (!ctx.signposted) {
      ctx.say(calmMessage(ctx.services.content, await isPreceptee(ctx)));
      ctx.signposted = true;
    } else {
      ctx.say(safetyWords(ctx.services.content).calm.followUp);
    }
    return { end: true };
  },
  steps: {},
};

/**
 * Claims typed stress that answers no open question, unless `other` says a
 * later feature should have it (talk of leaving goes to the stay conversation).
 */
export function stressRule(content: Content, other: (text: string) => boolean): RouteRule {
  return (text) => (detectStress(text, content.signposting) !== undefined && !other(text) ? { dialog: CALM } : undefined);
}

export const safety: Feature = {
  id: 'safety',
  wording: SAFETY_WORDING,
  dialogs: () => [calmDialog],
  interceptors: () => [signpostDistress],
};
