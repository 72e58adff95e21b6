/**
 * Who the bot is on Slack (its bot and user ids, from auth.test), for Bolt's
 * authorize hook: asked once at start-up and kept.
 *
 * Bolt, given the token itself, asks at start-up too and keeps the promise,
 * failed or not: a Slack that cannot be reached then, or a token it refuses,
 * left a rejected promise no one awaited, which stopped the server. Here a
 * failed ask is logged, forgotten, and asked again for the next event, so the
 * server stays up and answers once Slack answers.
 */
import type { Authorize, AuthorizeResult } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../log.js';

export function botAuthorization(client: WebClient, botToken: string, log: Logger): Authorize<boolean> {
  let known: Promise<AuthorizeResult> | undefined;
  const ask = (): Promise<AuthorizeResult> => {
    known ??= client.auth.test({ token: botToken }).then(
      (r) => ({ botToken, ...(r.bot_id ? { botId: r.bot_id } : {}), ...(r.user_id ? { botUserId: r.user_id } : {}), ...(r.team_id ? { teamId: r.team_id } : {}) }),
      (err: unknown) => {
        known = undefined;
        throw err;
      },
    );
    return known;
  };
  // At start-up, so the first event does not wait for it; a failure here is only reported.
  ask().catch((err: unknown) =>
    log.warn({ channel: 'slack', reason: err instanceof Error ? err.message : String(err) }, 'Slack did not confirm the bot token (auth.test); it is asked again when the next Slack event comes. Check SLACK_BOT_TOKEN and that this server can reach Slack.'),
  );
  return () => ask();
}
