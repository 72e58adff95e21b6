import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HTTPModuleFunctions } from '@slack/bolt';
import { boltBody } from '../../src/channels/slack/receiver.js';
import { checkSlackBody } from '../../src/channels/slack/verify.js';

/** What Bolt's HTTPReceiver would parse from the same bytes, or the error it would throw. */
function bolts(raw: Buffer, contentType: string | undefined): unknown {
  try {
    return { body: HTTPModuleFunctions.parseHTTPRequestBody({ rawBody: raw, headers: contentType === undefined ? {} : { 'content-type': contentType } } as never) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

function ours(raw: Buffer, contentType: string | undefined): unknown {
  const check = checkSlackBody(raw, contentType ?? '');
  if (!check.ok) return undefined;
  try {
    return { body: boltBody(raw, contentType, check) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

const FORM = 'application/x-www-form-urlencoded';
const press = (payload: unknown) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
const event = { token: 'x', team_id: 'T0TEST', type: 'event_callback', event_id: 'Ev1', event: { type: 'message', channel_type: 'im', channel: 'D0X', user: 'U0X', text: 'hi', ts: '1.2' } };
const action = { type: 'block_actions', user: { id: 'U0X', team_id: 'T0TEST' }, channel: { id: 'D0X' }, trigger_id: 't', actions: [{ action_id: 'cc_1', value: '{"a":"x"}' }] };

describe('the Slack receiver reads a body as Bolt does', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['an event', JSON.stringify(event), 'application/json'],
    ['an event with a charset', JSON.stringify(event), 'application/json; charset=utf-8'],
    ['a challenge', JSON.stringify({ type: 'url_verification', challenge: 'abc' }), 'application/json'],
    ['a button press', press(action), FORM],
    ['a button press, payload given twice', `${press(action)}&${press({ ...action, trigger_id: 'u' })}`, FORM],
    ['a button press, percent-encoded oddly', press(action).replace('payload=', 'p%61yload='), FORM],
    ['a button press with a charset', press(action), `${FORM}; charset=utf-8`],
    ['a slash command', new URLSearchParams({ command: '/careers', text: 'hi', user_id: 'U0X', team_id: 'T0TEST', channel_id: 'D0X', trigger_id: 't' }).toString(), FORM],
    ['an SSL check', 'ssl_check=1&token=x', FORM],
    ['a form-looking JSON text without a content type', '["&ssl_check=1&"]', undefined],
  ];
  it.each(cases)('%s', (_name, text, contentType) => {
    const raw = Buffer.from(text);
    const mine = ours(raw, contentType);
    if (mine !== undefined) expect(mine).toEqual(bolts(raw, contentType));
  });

  it('for any form of fields and any payload that passes the checks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('payload', 'ssl_check', 'command', 'user_id', 'x'), fc.oneof(fc.string(), fc.json())), { maxLength: 4 }),
        fc.constantFrom(FORM, `${FORM}; charset=utf-8`, 'text/plain', undefined),
        (fields, contentType) => {
          const raw = Buffer.from(new URLSearchParams(fields).toString());
          const mine = ours(raw, contentType);
          if (mine !== undefined) expect(mine).toEqual(bolts(raw, contentType));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hands over the object it checked rather than parsing the text again', () => {
    const raw = Buffer.from(JSON.stringify(event));
    const check = checkSlackBody(raw, 'application/json');
    expect(check.ok && boltBody(raw, 'application/json', check)).toBe(check.ok && check.json);
    const form = Buffer.from(press(action));
    const pressed = checkSlackBody(form, FORM);
    expect(pressed.ok && boltBody(form, FORM, pressed)).toBe(pressed.ok && pressed.payload);
  });
});
