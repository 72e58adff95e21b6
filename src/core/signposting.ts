/**
 * Signposting to help, written once: the full list for someone in distress
 * (999 first) and a gentler one for someone who would like support.
 */
import type { Signposting, SignpostingService } from '../content/model.js';
import { message, type Block, type OutboundMessage } from './messages.js';
import type { Content } from '../content/model.js';
import { coreWords, type CoreWords } from './words.js';

/**
 * 999 first, then NHS 111 option 2, then the other services open day and night
 * (Samaritans, Shout), then the trust's own services, then the rest in content order.
 */
function rank(s: SignpostingService): number {
  if (s.phone === '999' || s.id === 'emergency') return 0;
  if (s.phone === '111' || s.id.startsWith('nhs-111')) return 1;
  if (s.anyHour) return 2;
  if (s.local) return 3;
  return 4;
}

export function orderedServices(signposting: Signposting): SignpostingService[] {
  return signposting.distress.services
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map((x) => x.s);
}

function serviceLine(s: SignpostingService, w: CoreWords): string {
  const phone = s.phone && !s.detail.includes(s.phone) ? ` ${w.signposting.phone({ phone: s.phone })}` : '';
  const name = s.anyHour ? w.signposting.anyHour({ name: s.name }) : s.name;
  return `${name}: ${s.detail}${phone}`;
}

function serviceBlocks(services: SignpostingService[], w: CoreWords): Block[] {
  const blocks: Block[] = [{ type: 'list', items: services.map((s) => serviceLine(s, w)) }];
  const links = services.filter((s) => s.url).map((s) => ({ label: s.name, url: s.url! }));
  if (links.length > 0) blocks.push({ type: 'links', links });
  return blocks;
}

/** The full signposting message: the intro, then every service, most urgent first. */
export function signpostingBlocks(content: Pick<Content, 'signposting' | 'wording'>): Block[] {
  const { signposting } = content;
  return [{ type: 'paragraph', text: signposting.distress.intro }, ...serviceBlocks(orderedServices(signposting), coreWords(content))];
}

export function signpostingMessage(content: Pick<Content, 'signposting' | 'wording'>): OutboundMessage {
  return message(signpostingBlocks(content));
}

/**
 * A gentler list for someone who would like support but is not in crisis: the
 * trust's own wellbeing service first, then the other non-emergency services,
 * and a last line on 999 and NHS 111 option 2.
 */
export function wellbeingBlocks(content: Pick<Content, 'signposting' | 'wording'>): Block[] {
  const w = coreWords(content);
  const all = orderedServices(content.signposting).filter((s) => rank(s) >= 2);
  return [
    { type: 'paragraph', text: w.signposting.gentleIntro },
    ...serviceBlocks(all, w),
    { type: 'paragraph', text: w.signposting.danger, tone: 'muted' },
  ];
}
