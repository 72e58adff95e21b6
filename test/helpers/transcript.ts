/**
 * One person talking to the bot, for transcript tests: type text, press a
 * button seen so far (buttons keep working after their dialog has ended), and
 * read what came back as a person would: the text, the buttons, and each
 * message on its own.
 */
import type { Bot } from '../../src/core/runtime.js';
import { plainText, type Block, type Choice, type InboundMessage, type OutboundMessage } from '../../src/core/messages.js';

export interface Transcript {
  /** Types text; returns the reply as plain text (messages joined by `---`). */
  say(text: string): Promise<string>;
  /** Presses the newest button with this label seen so far; returns the reply as plain text. */
  press(label: string): Promise<string>;
  /** The messages of the last reply. */
  readonly last: OutboundMessage[];
  /** The labels of the buttons in the last reply, in order. */
  labels(): string[];
  /** The buttons in the last reply, in order. */
  buttons(): Choice[];
  /** The text of each message of the last reply. */
  messages(): string[];
}

export function transcript(bot: () => Bot, userKey = 'local:u1', conversationKey = 'local:c1'): Transcript {
  let last: OutboundMessage[] = [];
  const seen: Choice[] = [];
  const blocks = (out: OutboundMessage[]): Block[] => out.flatMap((o) => o.blocks);
  const choices = (out: OutboundMessage[]): Choice[] => blocks(out).flatMap((b) => (b.type === 'choices' ? b.choices : []));
  const send = async (m: Partial<InboundMessage>) => {
    last = await bot().handle({ platform: 'local', userKey, conversationKey, ...m });
    seen.push(...choices(last));
    return last.map((o) => plainText(o.blocks)).join('\n---\n');
  };
  return {
    say: (text) => send({ text }),
    async press(label) {
      const c = [...seen].reverse().find((x) => x.label === label);
      if (!c) throw new Error(`No button "${label}" so far; last: ${choices(last).map((x) => x.label).join(', ')}`);
      return send({ action: { id: c.action, value: c.value ?? {} } });
    },
    get last() {
      return last;
    },
    labels: () => choices(last).map((c) => c.label),
    buttons: () => choices(last),
    messages: () => last.map((o) => plainText(o.blocks)),
  };
}
