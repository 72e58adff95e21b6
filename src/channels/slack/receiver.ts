/**
 * The Bolt receiver for Slack over HTTP, in place of Bolt's HTTPReceiver.
 *
 * Requests reach it only through the adapter's guard, which has read the body,
 * checked its signature and parsed it to check its shape (./verify.ts). From
 * there it does what HTTPReceiver does with a request to its endpoint, in the
 * same order and with the same answers, but takes the body as the guard parsed
 * it instead of turning the bytes into text and parsing them a second time:
 * - the body Bolt would parse (a JSON object; for a form, the form, or its
 *   `payload` field parsed when it has one; a body of another content type is
 *   parsed as JSON, and one that is not JSON gets 400 with no body);
 * - ssl_check=1: 200 with no body; url_verification: 200 with the challenge;
 * - anything else goes to the app with Bolt's own acknowledgement
 *   (HTTPResponseAck: 404 if nothing acknowledges it within the time allowed),
 *   the retry headers and Bolt's own handling of a failure (401 for a failed
 *   authorization, else 500, unless the answer has already gone).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import {
  HTTPModuleFunctions,
  HTTPReceiverDeferredRequestError,
  HTTPResponseAck,
  type App,
  type Logger,
  type Receiver,
  type ReceiverEvent,
} from '@slack/bolt';
import type { SlackBodyParsed } from './verify.js';

export interface SlackEventsReceiverOptions {
  /** The path Slack posts to. */
  endpoint: string;
  logger: Logger;
  /** How long a request may go unacknowledged before it gets 404. */
  unhandledRequestTimeoutMillis: number;
}

const FORM = 'application/x-www-form-urlencoded';

/**
 * The body as Bolt's parseHTTPRequestBody makes it from the same text (it throws
 * where that throws), using what the guard already parsed when it is the same.
 */
export function boltBody(raw: Buffer, contentType: string | undefined, parsed: SlackBodyParsed): Record<string, unknown> {
  if (contentType !== FORM) return parsed.json ?? (JSON.parse(raw.toString()) as Record<string, unknown>);
  const form = parseQuery(parsed.text ?? raw.toString());
  const { payload } = form;
  if (typeof payload === 'string') return payload === parsed.payloadText && parsed.payload ? parsed.payload : (JSON.parse(payload) as Record<string, unknown>);
  return form;
}

/** The path of a request's URL, as HTTPReceiver reads it. */
function pathOf(url: string | undefined, endpoint: string): string {
  if (url === endpoint) return url;
  return new URL(url!, 'http://localhost').pathname;
}

export class SlackEventsReceiver implements Receiver {
  private app: App | undefined;

  constructor(private readonly opts: SlackEventsReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  /** Nothing to start or stop: requests come through the server's own route. */
  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  /** Handles one request whose body has been read, its signature checked and its shape checked (`parsed`). */
  handle(req: IncomingMessage, res: ServerResponse, raw: Buffer, parsed: SlackBodyParsed): void {
    const { logger } = this.opts;
    const path = pathOf(req.url, this.opts.endpoint);
    const method = req.method!.toUpperCase();
    if (path !== this.opts.endpoint || method !== 'POST') {
      throw new HTTPReceiverDeferredRequestError(`Unhandled HTTP request (${method}) made to ${path}`, req, res);
    }
    void (async () => {
      const contentType = req.headers['content-type'];
      let body: Record<string, any>;
      try {
        body = boltBody(raw, contentType, parsed);
      } catch (err) {
        logger.warn(`Malformed request body: ${(err as Error).message}`);
        HTTPModuleFunctions.buildNoBodyResponse(res, 400);
        return;
      }
      if (body['ssl_check'] === '1') {
        HTTPModuleFunctions.buildSSLCheckResponse(res);
        return;
      }
      if (body['type'] === 'url_verification') {
        HTTPModuleFunctions.buildUrlVerificationResponse(res, body);
        return;
      }
      const ack = new HTTPResponseAck({
        logger,
        processBeforeResponse: false,
        unhandledRequestHandler: HTTPModuleFunctions.defaultUnhandledRequestHandler,
        unhandledRequestTimeoutMillis: this.opts.unhandledRequestTimeoutMillis,
        httpRequest: req as IncomingMessage & { rawBody: Buffer },
        httpRequestBody: body,
        httpResponse: res,
      });
      const event: ReceiverEvent = {
        body,
        ack: ack.bind(),
        retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(req),
        retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(req),
        customProperties: {},
      };
      try {
        await this.app?.processEvent(event);
      } catch (error) {
        const acknowledged = await HTTPModuleFunctions.defaultProcessEventErrorHandler({
          error: error as Error,
          logger,
          request: req,
          response: res,
          storedResponse: ack.storedResponse,
        });
        if (acknowledged) ack.ack();
      }
    })();
  }
}
