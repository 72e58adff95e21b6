/**
 * Channel-neutral messages. The core and every dialog speak only these types;
 * the Teams, Slack and local adapters translate to and from their own wire formats.
 *
 * All text in blocks is plain text. Renderers escape it for their platform, so
 * nothing a person typed can become a link, a mention or a card function.
 */

import type { Platform } from '../store/ports.js';

export type { Platform };

/** A button press or card submission, as the core sees it. */
export interface InboundAction {
  /** What the button asks for, e.g. `help`, `profile.role`, `pathway.save`. */
  id: string;
  /** Values carried by the button, or the values of inputs submitted with it. */
  value: Record<string, string>;
}

export interface InboundMessage {
  platform: Platform;
  /** Stable, platform-qualified key for the person, e.g. `teams:29:1abc` or `slack:T01:U02`. */
  userKey: string;
  /** Stable, platform-qualified key for the conversation the message arrived in. */
  conversationKey: string;
  /** What the person typed, if anything. */
  text?: string;
  /** A button press, if this is one. */
  action?: InboundAction;
  /** BCP 47 locale if the platform told us, e.g. `en-GB`. */
  locale?: string;
  /** The platform's own id for this message, used to spot redeliveries. */
  messageId?: string;
  /** The organisation the person belongs to (Teams tenant or Slack team). */
  tenantId?: string;
  /** People mentioned in the message, already resolved to user keys by the adapter. */
  mentions?: Array<{ userKey: string; name: string }>;
  /** True when the message came from a one-to-one chat with the bot. */
  isDirect?: boolean;
  /**
   * The person's display name, when the platform sends it with the message
   * (Teams does). Used only within the turn (e.g. to tell a manager who asked
   * for support); never stored.
   */
  userName?: string;
}

export interface Choice {
  label: string;
  /** The action id the core receives when the button is pressed. */
  action: string;
  /** Values sent back with the press. */
  value?: Record<string, string>;
  style?: 'primary' | 'default' | 'danger';
}

export interface Fact {
  label: string;
  value: string;
}

export interface Link {
  label: string;
  url: string;
}

export type InputKind = 'text' | 'multiline' | 'date' | 'number' | 'choice';

export interface InputField {
  id: string;
  label: string;
  kind: InputKind;
  placeholder?: string;
  /** For `choice` inputs. */
  options?: Array<{ label: string; value: string }>;
  /** For `choice` inputs: more than one may be picked. */
  multiple?: boolean;
  optional?: boolean;
  initial?: string;
}

export type Block =
  | { type: 'heading'; text: string }
  /**
   * `aboutFiles`: the paragraph says the message's files were sent ("Here is your summary as a
   * text file"). A channel that could not send them leaves it out and says so instead.
   */
  | { type: 'paragraph'; text: string; tone?: 'normal' | 'muted' | 'warning'; aboutFiles?: true }
  | { type: 'list'; items: string[]; ordered?: boolean }
  | { type: 'facts'; facts: Fact[] }
  | { type: 'choices'; choices: Choice[] }
  | { type: 'links'; links: Link[] }
  | { type: 'image'; url: string; alt: string }
  | { type: 'divider' }
  | {
      type: 'inputs';
      fields: InputField[];
      submit: Choice;
    };

/** A file offered to the person, for example a plan summary as Markdown. */
export interface Attachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface OutboundMessage {
  /** Plain-text version of the whole message: notifications, screen readers, terminal. */
  text: string;
  blocks: Block[];
  attachments?: Attachment[];
}

/** Builds a message from blocks, deriving the plain-text fallback. */
export function message(blocks: Block[], attachments?: Attachment[]): OutboundMessage {
  const out: OutboundMessage = { text: plainText(blocks), blocks };
  if (attachments && attachments.length > 0) out.attachments = attachments;
  return out;
}

/** A message of one paragraph. */
export function textMessage(text: string): OutboundMessage {
  return message([{ type: 'paragraph', text }]);
}

/** Plain-text rendering of blocks, used as the fallback text and by the terminal. */
export function plainText(blocks: Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        parts.push(b.text);
        break;
      case 'list':
        parts.push(b.items.map((item, i) => (b.ordered ? `${i + 1}. ${item}` : `- ${item}`)).join('\n'));
        break;
      case 'facts':
        parts.push(b.facts.map((f) => `${f.label}: ${f.value}`).join('\n'));
        break;
      case 'links':
        parts.push(b.links.map((l) => `${l.label}: ${l.url}`).join('\n'));
        break;
      case 'image':
        parts.push(`[${b.alt}]`);
        break;
      case 'choices':
      case 'inputs':
      case 'divider':
        break;
    }
  }
  return parts.join('\n\n');
}
