import { describe, expect, it } from 'vitest';
import { ignoreSelf } from '@slack/bolt';
import { dispatch, fromThisApp, onAction, onCommand, onEvent, onMessage, type SlackArgs, type SlackRoute } from '../../src/channels/slack/dispatch.js';

/** Middleware arguments as Bolt builds them for each kind of request (only the fields the routes read). */
const event = (type: string) => ({ body: { type: 'event_callback' }, payload: { type }, event: { type }, ...(type === 'message' ? { message: { type } } : {}), context: {} });
const command = (name: string) => ({ body: {}, payload: { command: name }, command: { command: name }, context: {} });
const action = (actionId?: string) => {
  const payload = actionId === undefined ? { type: 'button' } : { type: 'button', action_id: actionId };
  return { body: { type: 'block_actions' }, payload, action: payload, context: {} as Record<string, unknown> };
};

function recorder(): { seen: string[]; routes: SlackRoute[] } {
  const seen: string[] = [];
  const routes = [
    onMessage(async () => void seen.push('message')),
    onEvent('app_mention', async () => void seen.push('mention')),
    onCommand('/careers', async () => void seen.push('command')),
    onEvent('app_home_opened', async () => void seen.push('home')),
    onAction(/^cc_/, async () => void seen.push('action')),
  ];
  return { seen, routes };
}

const run = (routes: SlackRoute[], args: unknown) => dispatch(routes, args as SlackArgs);

describe('Slack dispatch', () => {
  it('sends each request to the handler Bolt would have called for the same registration', async () => {
    const cases: Array<[unknown, string[]]> = [
      [event('message'), ['message']],
      [event('app_mention'), ['mention']],
      [event('app_home_opened'), ['home']],
      [event('reaction_added'), []],
      [command('/careers'), ['command']],
      [command('/other'), []],
      [action('cc_3'), ['action']],
      [action('other_1'), []],
      [action(undefined), []],
    ];
    for (const [args, expected] of cases) {
      const { seen, routes } = recorder();
      await run(routes, args);
      expect(seen).toEqual(expected);
    }
  });

  it('notes what matched an action pattern in the context, as Bolt does', async () => {
    const { routes } = recorder();
    const args = action('cc_12');
    await run(routes, args);
    expect(Array.from(args.context['actionIdMatches'] as RegExpMatchArray)).toEqual(['cc_']);
  });

  it('passes the arguments on as they are, and a handler failure as it is', async () => {
    const args = event('message');
    let got: unknown;
    await run([onMessage(async (a) => void (got = a))], args);
    expect(got).toBe(args);
    const boom = new Error('boom');
    await expect(
      run(
        [
          onMessage(async () => {
            throw boom;
          }),
        ],
        args,
      ),
    ).rejects.toBe(boom);
  });

  it('runs every route that matches, and reports several failures together', async () => {
    const seen: string[] = [];
    await run([onMessage(async () => void seen.push('a')), onMessage(async () => void seen.push('b'))], event('message'));
    expect(seen).toEqual(['a', 'b']);
    const fail = onMessage(async () => {
      throw new Error('x');
    });
    await expect(run([fail, fail], event('message'))).rejects.toMatchObject({ code: 'slack_bolt_multiple_listener_error' });
  });
});

describe("the app's own events", () => {
  const context = { botId: 'B0ME', botUserId: 'U0ME' };
  const cases: Array<[string, Record<string, unknown>]> = [
    ['its own bot message', { type: 'message', subtype: 'bot_message', bot_id: 'B0ME' }],
    ["another bot's message", { type: 'message', subtype: 'bot_message', bot_id: 'B0OTHER' }],
    ['a message by its bot user', { type: 'message', user: 'U0ME' }],
    ["a person's message", { type: 'message', user: 'U0YOU' }],
    ['a mention by its bot user', { type: 'app_mention', user: 'U0ME' }],
    ['its bot user joining a channel', { type: 'member_joined_channel', user: 'U0ME' }],
    ['its bot user leaving a channel', { type: 'member_left_channel', user: 'U0ME' }],
    ['an event with no user', { type: 'app_home_opened' }],
  ];
  it.each(cases)('%s is dropped exactly when Bolt would drop it', async (_name, e) => {
    const args = { body: { type: 'event_callback', event: e }, payload: e, event: e, ...(e['type'] === 'message' ? { message: e } : {}), context };
    let passed = false;
    await ignoreSelf({ ...args, next: async () => void (passed = true) } as never);
    expect(fromThisApp(args as unknown as SlackArgs)).toBe(!passed);
  });

  it('is never a command or a button press', () => {
    expect(fromThisApp({ ...command('/careers'), context } as unknown as SlackArgs)).toBe(false);
    expect(fromThisApp({ ...action('cc_1'), context } as unknown as SlackArgs)).toBe(false);
  });
});
