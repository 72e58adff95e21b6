/**
 * The Slack app's handlers, found for a request by one piece of Bolt
 * middleware instead of one Bolt listener each.
 *
 * Bolt passes every request through every listener's matchers, copying all
 * of its arguments into a new object at each step (for five listeners, up to
 * fifteen copies of a dozen fields a request: about 3% of a Slack turn's CPU
 * time). Here each route is one test on the request, and the handler gets the
 * middleware's own arguments. The tests are Bolt's own for the same
 * registrations (app.message, app.event, app.command, app.action with an
 * action_id pattern); like Bolt, every route that matches runs, and one
 * failure is thrown as it is, several as one MultipleListenerError.
 */
import type {
  AllMiddlewareArgs,
  AnyMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
} from '@slack/bolt';
import { MultipleListenerError } from '@slack/bolt';

export type SlackArgs = AnyMiddlewareArgs & AllMiddlewareArgs;

export interface SlackRoute {
  /** True when the route takes this request (it may note what matched in the context, as Bolt does). */
  match(args: SlackArgs): boolean;
  run(args: SlackArgs): Promise<void>;
}

type Args = Record<string, any>;

const eventOf = (a: Args): Args | undefined => ('event' in a && a['event'] ? (a['event'] as Args) : undefined);

/** app.message(handler): any Events API event of type `message`. */
export function onMessage(run: (args: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => Promise<void>): SlackRoute {
  return { match: (a) => eventOf(a)?.['type'] === 'message', run: run as SlackRoute['run'] };
}

/** app.event(type, handler). */
export function onEvent<T extends string>(type: T, run: (args: SlackEventMiddlewareArgs<T> & AllMiddlewareArgs) => Promise<void>): SlackRoute {
  return { match: (a) => eventOf(a)?.['type'] === type, run: run as SlackRoute['run'] };
}

/** app.command(name, handler). */
export function onCommand(name: string, run: (args: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => Promise<void>): SlackRoute {
  return {
    match: (a) => {
      const command = 'command' in a ? (a as Args)['command'] : undefined;
      return Boolean(command) && command.command === name;
    },
    run: run as SlackRoute['run'],
  };
}

/** app.action(/pattern/, handler): a block action whose action_id matches; the matches go in context.actionIdMatches. */
export function onAction(actionId: RegExp, run: (args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => Promise<void>): SlackRoute {
  return {
    match: (a) => {
      const action = 'action' in a ? (a as Args)['action'] : undefined;
      if (!action) return false;
      const payload = (a as Args)['payload'] as Args;
      if (!('action_id' in payload) || payload['action_id'] === undefined) return false;
      const matches = (payload['action_id'] as string).match(actionId);
      if (matches === null) return false;
      a.context['actionIdMatches'] = matches;
      return true;
    },
    run: run as SlackRoute['run'],
  };
}

const KEPT_FROM_SELF = ['member_joined_channel', 'member_left_channel'];

/**
 * True for an event this app caused (its own bot's message, or another event by
 * its own bot user, but for joining or leaving a channel): Bolt's ignoreSelf
 * middleware, which the app runs here instead (App option `ignoreSelf: false`),
 * saving Bolt one more copy of the request's arguments.
 */
export function fromThisApp(args: SlackArgs): boolean {
  const event = eventOf(args);
  if (!event) return false;
  const { botId, botUserId } = args.context;
  if ('message' in args) {
    const message = (args as Args)['message'] as Args;
    if (message['subtype'] === 'bot_message' && message['bot_id'] === botId) return true;
  }
  return botUserId !== undefined && 'user' in event && event['user'] === botUserId && !KEPT_FROM_SELF.includes(event['type']);
}

/** Runs every route that takes the request, as Bolt runs its matching listeners. */
export async function dispatch(routes: readonly SlackRoute[], args: SlackArgs): Promise<void> {
  let only: SlackRoute | undefined;
  let more: SlackRoute[] | undefined;
  for (const route of routes) {
    if (!route.match(args)) continue;
    if (!only) only = route;
    else (more ??= [only]).push(route);
  }
  if (!only) return;
  if (!more) return only.run(args);
  const settled = await Promise.allSettled(more.map((r) => r.run(args)));
  const failed = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed.length === 1) throw failed[0]!.reason;
  if (failed.length > 1) throw new MultipleListenerError(failed.map((f) => f.reason));
}
