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
import { stringify as formOf } from 'node:querystring';
import { WebAPIPlatformError, type WebClient } from '@slack/web-api';
import { postParts, slackFetch } from './http-fetch.js';

export interface ReplyFields {
  channel: string;
  /** For chat.postEphemeral: who sees it. */
  user?: string;
  text: string;
}

type Result = { ok?: unknown; error?: unknown; response_metadata?: { warnings?: unknown } } & Record<string, unknown>;

/** The parts of the client read here (its token, address and headers are its own). */
interface ClientParts {
  token?: string;
  slackApiUrl: string;
  teamId?: string;
  /** What it sends with every call: its User-Agent, Accept and Authorization. */
  defaultHeaders?: Record<string, string>;
  timeout?: number;
  logger?: { warn(...args: unknown[]): void; error(...args: unknown[]): void };
}

/** Logs what Slack says in an answer's response_metadata, as the client does. */
function logMetadata(c: ClientParts, result: Result): void {
  const meta = result.response_metadata as { warnings?: unknown; messages?: unknown } | undefined;
  if (Array.isArray(meta?.warnings)) for (const w of meta.warnings) c.logger?.warn(String(w));
  if (Array.isArray(meta?.messages)) {
    for (const msg of meta.messages) {
      const error = /\[ERROR\](.*)/.exec(String(msg));
      const warning = /\[WARN\](.*)/.exec(String(msg));
      if (error) c.logger?.error(error[1]!.trim());
      else if (warning) c.logger?.warn(warning[1]!.trim());
    }
  }
}

/** Slack's answer when it is its JSON with `ok`; else undefined. */
async function answerOf(res: Response): Promise<Result | undefined> {
  if (res.status !== 200) {
    await res.text().catch(() => undefined);
    return undefined;
  }
  const parsed = (await res.json()) as unknown;
  return parsed && typeof parsed === 'object' && typeof (parsed as Result).ok === 'boolean' ? (parsed as Result) : undefined;
}

/**
 * A read (users.info) made once, directly, with the request the client would
 * send: its headers, and the fields form-encoded after the team's id. The
 * client's queue, retry wrapper and debug log (which is off, but copies and
 * encodes every call and answer for it) cost about as much CPU time as a whole
 * turn, and a person's first turn after a restart makes one. Slack's answer
 * comes back as the client returns it, and `ok: false` is thrown as it throws
 * it; anything else (no connection, a rate limit, an answer that is not
 * Slack's JSON) is left to the client's own call, with its retries and waits.
 */
export async function readOnce(client: WebClient, method: 'users.info', fields: Record<string, string>): Promise<Record<string, unknown>> {
  const c = client as unknown as ClientParts;
  let result: Result | undefined;
  if (c.defaultHeaders && !(c.timeout && c.timeout > 0)) {
    const data: Record<string, string> = {};
    for (const [k, v] of Object.entries({ team_id: c.teamId, ...fields })) if (v !== undefined && v !== null) data[k] = v;
    try {
      const res = await slackFetch(`${c.slackApiUrl}${method}`, {
        method: 'POST',
        headers: { ...c.defaultHeaders, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: formOf(data),
        redirect: 'error',
      });
      result = await answerOf(res);
    } catch {
      result = undefined;
    }
  }
  if (!result) return (await client.apiCall(method, fields)) as unknown as Record<string, unknown>;
  logMetadata(c, result);
  if (result.ok !== true) throw new WebAPIPlatformError(result as never);
  return result;
}

export async function postReply(client: WebClient, method: 'chat.postMessage' | 'chat.postEphemeral', fields: ReplyFields, blocksJson: string): Promise<void> {
  const c = client as unknown as ClientParts;
  const head = JSON.stringify({ ...(c.teamId ? { team_id: c.teamId } : {}), ...fields });
  let result: Result | undefined;
  try {
    // The body is the fields with the blocks added, written in parts (the blocks are not copied into one string).
    const res = await postParts(
      `${c.slackApiUrl}${method}`,
      { ...(c.token ? { authorization: `Bearer ${c.token}` } : {}), 'content-type': 'application/json; charset=utf-8' },
      [head.slice(0, -1), ',"blocks":', blocksJson, '}'],
    );
    result = await answerOf(res);
  } catch {
    result = undefined;
  }
  if (!result) {
    // The client's own way, with its retries (and waits after a rate limit).
    await client.apiCall(method, { ...fields, blocks: blocksJson });
    return;
  }
  logMetadata(c, result);
  if (result.ok !== true) throw new WebAPIPlatformError(result as never);
}
