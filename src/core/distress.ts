/**
 * Distress comes first. Every turn with typed text is checked against the
 * content's distress phrases (`detectDistress`); when one matches, the bot
 * says the signposting message (999, NHS 111 option 2, the trust's wellbeing
 * service, …) before anything else in the turn, then the turn carries on as
 * normal (a check-in answer is still saved).
 *
 * The interceptor neither stores nor logs what was typed, nor even that it
 * matched: the fact that someone seemed distressed is itself sensitive.
 */
import { detectDistress } from '../content/signposting.js';
import type { Signposting, SignpostingService } from '../content/model.js';
import { message, type Block, type OutboundMessage } from './messages.js';
import type { TurnContext } from './dialog.js';

/** 999 first, then NHS 111 option 2, then the trust's own services, then the rest in content order. */
function rank(s: SignpostingService): number {
  if (s.phone === '999' || s.id === 'emergency') return 0;
  if (s.phone === '111' || s.id.startsWith('nhs-111')) return 1;
  if (s.local) return 2;
  return 3;
}

export function orderedServices(signposting: Signposting): SignpostingService[] {
  return signposting.distress.services
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map((x) => x.s);
}

function serviceLine(s: SignpostingService): string {
  const phone = s.phone && !s.detail.includes(s.phone) ? ` Phone ${s.phone}.` : '';
  return `${s.name}: ${s.detail}${phone}`;
}

function serviceBlocks(services: SignpostingService[]): Block[] {
  const blocks: Block[] = [{ type: 'list', items: services.map(serviceLine) }];
  const links = services.filter((s) => s.url).map((s) => ({ label: s.name, url: s.url! }));
  if (links.length > 0) blocks.push({ type: 'links', links });
  return blocks;
}

/** The full signposting message: the intro, then every service, most urgent first. */
export function signpostingMessage(signposting: Signposting): OutboundMessage {
  return message([{ type: 'paragraph', text: signposting.distress.intro }, ...serviceBlocks(orderedServices(signposting))]);
}

/**
 * A gentler list for someone who would like support but is not in crisis: the
 * trust's own wellbeing service first, then the other non-emergency services,
 * and a last line on 999 and NHS 111 option 2.
 */
export function wellbeingBlocks(signposting: Signposting): Block[] {
  const all = orderedServices(signposting).filter((s) => rank(s) >= 2);
  return [
    { type: 'paragraph', text: 'These can help if you would like to talk to someone:' },
    ...serviceBlocks(all),
    { type: 'paragraph', text: 'If you ever feel you are in danger, call 999, or call 111 and choose option 2 for urgent mental health help.', tone: 'muted' },
  ];
}

/** Returns the turn interceptor for BotOptions.interceptors. */
export function distressInterceptor(signposting: Signposting): (ctx: TurnContext) => Promise<void> {
  return async (ctx) => {
    // Typed text, and any text typed into a form submitted with a button.
    const texts = [ctx.msg.text, ...Object.values(ctx.msg.action?.value ?? {})];
    if (texts.some((t) => typeof t === 'string' && t.trim() !== '' && detectDistress(t, signposting) !== undefined)) {
      ctx.say(signpostingMessage(signposting));
    }
  };
}
