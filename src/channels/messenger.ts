/**
 * The Messenger port over the channel adapters: finds how to reach a person
 * (their stored conversation reference, or their Slack user id) and sends.
 */
import { classifyError, platformOf, type DeliveryResult, type Messenger, type SendOptions } from '../core/messenger.js';
import type { OutboundMessage } from '../core/messages.js';
import type { Store } from '../store/ports.js';
import { slackIdsOf } from '../user-keys.js';
import type { TeamsChannel } from './teams/adapter.js';
import type { SlackChannel, SlackConversationRef } from './slack/adapter.js';

/** Messages for people on the local channels (playground, terminal), picked up when they next look. */
export class LocalInbox {
  private readonly boxes = new Map<string, OutboundMessage[]>();
  private static readonly MAX = 50;

  push(userKey: string, messages: OutboundMessage[]): void {
    const box = this.boxes.get(userKey) ?? [];
    box.push(...messages);
    this.boxes.set(userKey, box.slice(-LocalInbox.MAX));
  }

  take(userKey: string): OutboundMessage[] {
    const box = this.boxes.get(userKey) ?? [];
    this.boxes.delete(userKey);
    return box;
  }
}

export class ChannelMessenger implements Messenger {
  constructor(
    private readonly store: Store,
    private readonly channels: { teams?: TeamsChannel; slack?: SlackChannel; local?: LocalInbox },
  ) {}

  async send(userKey: string, messages: OutboundMessage[], opts: SendOptions = {}): Promise<DeliveryResult> {
    try {
      switch (platformOf(userKey)) {
        case 'teams': {
          const teams = this.channels.teams;
          if (!teams) return { status: 'failed', reason: 'Teams is not set up' };
          const ref = await this.store.refs.get(userKey);
          if (ref) {
            await teams.sendProactive(ref.ref, messages);
            return { status: 'sent' };
          }
          const via = opts.via ? await this.store.refs.get(opts.via) : undefined;
          if (!via || via.platform !== 'teams') return { status: 'failed', reason: 'no conversation with this person yet' };
          await teams.sendToNewConversation(userKey, via.ref, messages);
          return { status: 'sent' };
        }
        case 'slack': {
          const slack = this.channels.slack;
          if (!slack) return { status: 'failed', reason: 'Slack is not set up' };
          const ids = slackIdsOf(userKey);
          if (!ids) return { status: 'failed', reason: 'not a Slack user key' };
          const ref = await this.store.refs.get(userKey);
          const target: SlackConversationRef = (ref?.ref as SlackConversationRef | undefined) ?? { teamId: ids.team, userId: ids.user };
          await slack.sendProactive(target, messages);
          return { status: 'sent' };
        }
        case 'local': {
          if (!this.channels.local) return { status: 'failed', reason: 'no local inbox' };
          this.channels.local.push(userKey, messages);
          return { status: 'sent' };
        }
        default:
          return { status: 'failed', reason: 'unknown platform' };
      }
    } catch (err) {
      return classifyError(err);
    }
  }
}
