/**
 * Posts a turn's reply (chat.postMessage, chat.postEphemeral) as JSON, with
 * the blocks as the JSON text they were rendered to, over the same kept-open
 * connections as the Web API client (./http-fetch.ts).
 *
 * The client would encode the blocks again as a form field, copy the request
 * and the answer for its debug log (which is off) and pass each call through
 * its queue and retry wrappers: about a twentieth of a Slack turn's CPU time.
 * Only the first try is made here. An answer of `ok: false` is the same error
 * the client throws (it would not retry it either); anything else that goes
 * wrong (no connection, a rate limit, an answer that is not Slack's JSON) is
 * left to the client, which tries again with its own retries and waits, as it
 * did for every post before.
 */
import { WebAPIPlatformError, type WebClient } from '@slack/web-api';
import { slackFetch } from './http-fetch.js';

export interface ReplyFields {
  channel: string;
  /** For chat.postEphemeral: who sees it. */
  user?: string;
  text: string;
}

type Result = { ok?: unknown; error?: unknown; response_metadata?: { warnings?: unknown } } & Record<string, unknown>;

/** The parts of the client read here (its token and address are its own). */
interface ClientParts {
  token?: string;
  slackApiUrl: string;
  teamId?: string;
  logger?: { warn(...args: unknown[]): void };
}

export async function postReply(client: WebClient, method: 'chat.postMessage' | 'chat.postEphemeral', fields: ReplyFields, blocksJson: string): Promise<void> {
  const c = client as unknown as ClientParts;
  const head = JSON.stringify({ ...(c.teamId ? { team_id: c.teamId } : {}), ...fields });
  const body = `${head.slice(0, -1)},"blocks":${blocksJson}}`;
  let result: Result | undefined;
  try {
    const res = await slackFetch(`${c.slackApiUrl}${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...(c.token ? { Authorization: `Bearer ${c.token}` } : {}) },
      body,
      redirect: 'error',
    });
    if (res.status === 200) {
      const parsed = (await res.json()) as unknown;
      if (parsed && typeof parsed === 'object' && typeof (parsed as Result).ok === 'boolean') result = parsed as Result;
    } else {
      await res.text().catch(() => undefined);
    }
  } catch {
    result = undefined;
  }
  if (!result) {
    // The client's own way, with its retries (and waits after a rate limit).
    await client.apiCall(method, { ...fields, blocks: blocksJson });
    return;
  }
  const warnings = result.response_metadata?.warnings;
  if (Array.isArray(warnings)) for (const w of warnings) c.logger?.warn(String(w));
  if (result.ok !== true) throw new WebAPIPlatformError(result as never);
}
