/**
 * Finding Slack people by e-mail address (users.lookupByEmail, scope
 * users:read.email), for enrolments given by e-mail in a spreadsheet.
 */
import { WebClient } from '@slack/web-api';
import type { Config } from '../../config.js';

type SlackConfig = Extract<Config['slack'], { enabled: true }>;

/** Returns a function that turns an e-mail address into a Slack user key, or undefined if not found. */
export function slackEmailResolver(slack: SlackConfig): (email: string) => Promise<string | undefined> {
  const client = new WebClient(slack.botToken, {
    ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}),
    retryConfig: { retries: 2 },
  });
  const cache = new Map<string, string | undefined>();
  return async (email) => {
    const key = email.toLowerCase();
    if (cache.has(key)) return cache.get(key);
    let found: string | undefined;
    try {
      const res = await client.users.lookupByEmail({ email: key });
      const user = res.user as { id?: string; team_id?: string } | undefined;
      if (user?.id && user.team_id) found = `slack:${user.team_id}:${user.id}`;
    } catch {
      // users_not_found, or no permission: leave the address as it is.
      found = undefined;
    }
    cache.set(key, found);
    return found;
  };
}
