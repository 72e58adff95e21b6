/**
 * How big a card is on a phone: the characters a person sees and the buttons
 * they can press.
 *
 * Visible characters are the text of every block as a person sees it:
 * headings, paragraphs, list items, facts, and the labels of links and
 * buttons. Web addresses are left out (a link shows its label, not its
 * address), and so is an image's alternative text (it is read aloud, not
 * shown). Buttons are the card's choices and its links: Teams and Slack show
 * each link as a button.
 *
 * TOP_QUESTIONS are the ten route questions measured and pinned in
 * test/dialogs/pathway/card-size.test.ts, one for each common kind of move,
 * each asked by someone in the role they most often start from.
 */
import type { Block, OutboundMessage } from '../../src/core/messages.js';
import type { Content } from '../../src/content/model.js';
import { LowStore } from '../../src/store/lowdb.js';
import { dialogBot, dialogServices } from './bot.js';
import { removeDir, tempDir } from './tmp.js';

export interface TopQuestion {
  /** What the person types. */
  question: string;
  /** Their role, as saved in their profile. */
  roleId: string;
  /** The role the question is about. */
  to: string;
}

export const TOP_QUESTIONS: readonly TopQuestion[] = [
  { question: 'how do I become a nursing associate?', roleId: 'hcsw-band-2', to: 'nursing-associate' },
  { question: 'how do I become an adult nurse?', roleId: 'hcsw-band-3', to: 'nurse-adult' },
  { question: 'how do I become an assistant practitioner?', roleId: 'senior-hcsw', to: 'assistant-practitioner' },
  { question: 'how do I become a midwife?', roleId: 'maternity-support-worker', to: 'midwife' },
  { question: 'how do I become a paramedic?', roleId: 'hcsw-band-3', to: 'paramedic' },
  { question: 'how do I become a physiotherapist?', roleId: 'hcsw-band-3', to: 'physiotherapist' },
  { question: 'how do I become an occupational therapist?', roleId: 'hcsw-band-3', to: 'occupational-therapist' },
  { question: 'how do I become a radiographer?', roleId: 'hcsw-band-2', to: 'radiographer' },
  { question: 'how do I become a healthcare science practitioner?', roleId: 'healthcare-science-assistant', to: 'healthcare-science-practitioner' },
  { question: 'how do I become a team leader?', roleId: 'administrator', to: 'team-leader' },
];

const URL_PATTERN = /\bhttps?:\/\/\S+/g;

function visible(text: string): number {
  return text.replace(URL_PATTERN, '').length;
}

/** The characters a person sees in these blocks (web addresses and image descriptions left out). */
export function visibleChars(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        n += visible(b.text);
        break;
      case 'list':
        for (const item of b.items) n += visible(item);
        break;
      case 'facts':
        for (const f of b.facts) n += visible(f.label) + visible(f.value);
        break;
      case 'links':
        for (const l of b.links) n += visible(l.label);
        break;
      case 'choices':
        for (const c of b.choices) n += visible(c.label);
        break;
      case 'inputs':
        for (const f of b.fields) n += visible(f.label);
        n += visible(b.submit.label);
        break;
      case 'image':
      case 'divider':
        break;
    }
  }
  return n;
}

/** The buttons a person sees: choices, and links (shown as buttons in Teams and Slack). */
export function buttonCount(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.type === 'choices') n += b.choices.length;
    else if (b.type === 'links') n += b.links.length;
  }
  return n;
}

export interface CardSize {
  chars: number;
  buttons: number;
}

export function cardSize(message: OutboundMessage): CardSize {
  return { chars: visibleChars(message.blocks), buttons: buttonCount(message.blocks) };
}

/**
 * The first card each question gets in the chat, from a person whose profile
 * holds `roleId`: the reply's message with a heading (the route card), asked
 * through the real bot over a store in a temporary folder.
 */
export async function firstCards(content: Content, questions: readonly TopQuestion[] = TOP_QUESTIONS): Promise<Array<TopQuestion & { card: OutboundMessage }>> {
  const dir = await tempDir('cc-card-size-');
  const store = await LowStore.open(dir);
  try {
    const bot = dialogBot(dialogServices(store, content));
    const out: Array<TopQuestion & { card: OutboundMessage }> = [];
    for (const [i, q] of questions.entries()) {
      const userKey = `local:size${i}`;
      await store.profiles.put({ userKey, platform: 'local', createdAt: 'x', updatedAt: 'x', roleId: q.roleId });
      const replies = await bot.handle({ platform: 'local', userKey, conversationKey: `${userKey}:c`, text: q.question });
      const card = replies.find((r) => r.blocks.some((b) => b.type === 'heading'));
      if (!card) throw new Error(`"${q.question}" got no card: ${replies.map((r) => r.text).join(' | ')}`);
      out.push({ ...q, card });
    }
    return out;
  } finally {
    await store.close();
    await removeDir(dir);
  }
}
