/**
 * A Messenger that records what the scheduler or a dialog sends, in place of
 * Teams or Slack. Each send is "sent" unless a result was queued in `results`
 * (then it is taken in turn, and only a "sent" one is recorded).
 */
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import type { DeliveryResult, Messenger, SendOptions } from '../../src/core/messenger.js';

export interface RecordedSend {
  userKey: string;
  messages: OutboundMessage[];
  opts: SendOptions;
}

export class RecordingMessenger implements Messenger {
  readonly sent: RecordedSend[] = [];
  /** Results to give the next sends, in order; after them every send is "sent". */
  results: DeliveryResult[] = [];

  async send(userKey: string, messages: OutboundMessage[], opts: SendOptions = {}): Promise<DeliveryResult> {
    const result = this.results.shift() ?? { status: 'sent' };
    if (result.status === 'sent') this.sent.push({ userKey, messages, opts });
    return result;
  }

  /** Each send to this person, in order. */
  sendsTo(userKey: string): RecordedSend[] {
    return this.sent.filter((s) => s.userKey === userKey);
  }

  /** Every message sent to this person, in order. */
  to(userKey: string): OutboundMessage[] {
    return this.sendsTo(userKey).flatMap((s) => s.messages);
  }

  /** What this person was sent, as plain text (messages joined by `---`). */
  textTo(userKey: string): string {
    return this.to(userKey)
      .map((m) => plainText(m.blocks))
      .join('\n---\n');
  }
}
