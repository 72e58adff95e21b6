/**
 * The profile and the pathway explorer end to end, over the real server:
 * once through the Teams wire format (a fake Bot Connector on 127.0.0.1), once
 * through Slack (a fake Slack Web API), and the route picture over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeConnector, teamsMessage, type CapturedActivity, type FakeConnector } from '../helpers/fake-connector.js';
import { postJson, removeDir, startTestApp, type TestApp } from '../helpers/app.js';
import { cardErrors } from '../helpers/adaptive-cards.js';
import { BOT_TOKEN, SIGNING_SECRET, TEAM, buttonPress, buttonsIn, dmEvent, postSlack, startFakeSlack, type FakeSlack, type SlackCall } from '../helpers/fake-slack.js';
import { pngInfo } from '../helpers/png.js';

const BASE = 'https://bot.example.org';

// ---------------------------------------------------------------------------
// Teams helpers

function cardText(card: Record<string, any>): string {
  const out: string[] = [];
  const walk = (x: any) => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    if (x.type === 'TextBlock' && typeof x.text === 'string') out.push(x.text);
    if (x.type === 'FactSet') for (const f of x.facts ?? []) out.push(`${f.title} ${f.value}`);
    Object.values(x).forEach(walk);
  };
  walk(card['body']);
  return out.join('\n').replace(/[\u200B-\u200D\u2060\\]/g, '');
}

function elements(card: Record<string, any>, type: string): any[] {
  const out: any[] = [];
  const walk = (x: any) => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    if (x.type === type) out.push(x);
    Object.values(x).forEach(walk);
  };
  walk(card);
  return out;
}

const plainTitle = (s: string) => s.replace(/[\u200B-\u200D\u2060]/g, '');

// ---------------------------------------------------------------------------
// Slack helpers

function blockText(call: SlackCall): string {
  const out: string[] = [];
  const walk = (x: any) => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    if ((x.type === 'mrkdwn' || x.type === 'plain_text') && typeof x.text === 'string') out.push(x.text);
    Object.values(x).forEach(walk);
  };
  walk(call.body['blocks']);
  return out.join('\n').replace(/[\u200B-\u200D\u2060]/g, '').replace(/&amp;/g, '&');
}

// ---------------------------------------------------------------------------
// A simple well-formedness check: tags balance, attributes are quoted, text has no raw markup.

function wellFormedXml(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g;
  let at = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const text = body.slice(at, m.index);
    if (/[<>]/.test(text)) problems.push(`raw markup in text near ${JSON.stringify(text.slice(0, 40))}`);
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) problems.push(`bare & near ${JSON.stringify(text.slice(0, 40))}`);
    at = m.index + m[0].length;
    const [, close, name, , selfClose] = m;
    if (close) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
    } else if (!selfClose) {
      stack.push(name!);
    }
  }
  if (/[<>]/.test(body.slice(at).trim())) problems.push('markup after the last tag');
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  if (!/^<svg\b/.test(body.trim())) problems.push('does not start with <svg>');
  return problems;
}

// ---------------------------------------------------------------------------

describe('Conversations over Teams: profile, then a route (with PUBLIC_BASE_URL)', () => {
  let connector: FakeConnector;
  let t: TestApp;
  const user = '29:conv-a';
  let cards: Array<Record<string, any>> = [];

  beforeAll(async () => {
    connector = await startFakeConnector();
    t = await startTestApp({ PUBLIC_BASE_URL: BASE });
  });
  afterAll(async () => {
    await t.stop();
    await connector.close();
    await removeDir(t.dataDir);
  });

  /** Posts an activity and waits until a reply card contains `expectText`. Every card must be clean. */
  async function send(extra: { text?: string; value?: unknown; entities?: unknown[] }, expectText: string): Promise<string> {
    connector.clear();
    const activity = teamsMessage(connector.url, { userId: user, ...(extra.text !== undefined ? { text: extra.text } : {}), ...(extra.value !== undefined ? { value: extra.value } : {}) });
    if (extra.entities) activity['entities'] = extra.entities;
    const res = await postJson(`${t.url}/api/messages`, activity);
    expect(res.status).toBe(200);
    const deadline = Date.now() + 10_000;
    const all = () => connector.activities.flatMap((a: CapturedActivity) => (a.activity['attachments'] ?? []).map((x: any) => x.content));
    while (!all().some((c) => cardText(c).includes(expectText))) {
      if (Date.now() > deadline) throw new Error(`No card with "${expectText}"; got:\n${all().map(cardText).join('\n---\n')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    cards = all();
    for (const c of cards) expect(cardErrors(c)).toEqual([]);
    return cards.map(cardText).join('\n---\n');
  }
  function button(title: string): { title: string; data: any } {
    const all = cards.flatMap((c) => elements(c, 'Action.Submit')).map((a) => ({ title: plainTitle(a.title), data: a.data }));
    const b = all.find((a) => a.title === title);
    if (!b) throw new Error(`No button "${title}"; have: ${all.map((a) => a.title).join(', ')}`);
    return b;
  }

  it('sets up a profile, then shows a personal route with the timeline image', async () => {
    await send({ text: 'hi' }, 'Hello, I am Career Companion');
    await send({ value: button('My profile').data }, 'What is your current role?');
    await send({ value: button('Healthcare support worker (Band 2)').data }, 'Which Agenda for Change (AfC) pay band');
    await send({ text: 'band 2' }, 'Which area do you work in?');
    await send({ text: 'skip' }, 'Which of these do you have?');
    const choiceSet = cards.flatMap((c) => elements(c, 'Input.ChoiceSet'))[0];
    expect(choiceSet).toMatchObject({ id: 'held', isMultiSelect: true });
    expect(choiceSet.choices.map((c: any) => c.value)).toContain('level2-maths-english');
    // A card submit carries the button's data plus the input values.
    await send({ value: { ...button('Save my qualifications').data, held: 'care-certificate' } }, 'Who is your line manager?');
    await send(
      {
        text: 'my manager is <at>Sam Boss</at>',
        entities: [{ type: 'mention', mentioned: { id: '29:boss', name: 'Sam Boss' }, text: '<at>Sam Boss</at>' }],
      },
      'Your profile',
    );
    const summary = cards.map(cardText).join('\n');
    expect(summary).toContain('Line manager Sam Boss');
    expect(summary).toContain('Role Healthcare support worker (Band 2)');
    expect(await t.app.store.profiles.get(`teams:${user}`)).toMatchObject({
      roleId: 'hcsw-band-2',
      band: '2',
      held: ['care-certificate'],
      managerKey: 'teams:29:boss',
      managerName: 'Sam Boss',
      onboarded: true,
    });
    await send({ value: button('Done').data }, 'Your profile is saved');

    const route = await send({ text: 'how do i become a nursing associate' }, 'Your route to Nursing associate');
    expect(route).toContain('Trainee nursing associate (Band 3)');
    expect(route).toContain('about 2 years');
    expect(route).toContain('Level 2 maths and English');
    // The picture is a PNG (Teams cards show PNG, JPEG or GIF, not SVG), with alt text.
    const images = cards.flatMap((c) => elements(c, 'Image'));
    const picture = images.find((i) => i.url === `${BASE}/timeline/hcsw-band-2/nursing-associate.png`);
    expect(picture).toBeDefined();
    expect(picture.altText).toMatch(/^A timeline of your route to Nursing associate \(registered\): Trainee nursing associate/);
    expect(images.some((i) => /\.svg$/.test(i.url))).toBe(false);
    // And what it points at is a PNG on this server.
    const served = await fetch(picture.url.replace(BASE, t.url));
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(pngInfo(new Uint8Array(await served.arrayBuffer())).width).toBe(780);
    // The first card fits a phone: at most six buttons, no source links. The link to open the picture is under "More detail".
    expect(cards.flatMap((c) => [...elements(c, 'Action.Submit'), ...elements(c, 'Action.OpenUrl')]).length).toBeLessThanOrEqual(6);
    const goal = button('Save as my goal');
    const needsButton = button('What do I need first?');
    await send({ value: button('More detail').data }, 'More about the route to Nursing associate');
    const open = cards.flatMap((c) => elements(c, 'Action.OpenUrl'));
    expect(open.some((a) => a.url === `${BASE}/timeline/hcsw-band-2/nursing-associate.png`)).toBe(true);

    const needs = await send({ value: needsButton.data }, 'What you need first for Nursing associate');
    expect(needs).toContain('Functional Skills');
    // An earlier card's button still works.
    await send({ value: goal.data }, 'as your goal');
    expect((await t.app.store.profiles.get(`teams:${user}`))?.goalRoleId).toBe('nursing-associate');
  });

  it('serves the route picture as SVG at the stable URL', async () => {
    const res = await fetch(`${t.url}/timeline/hcsw-band-2/nursing-associate.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const etag = res.headers.get('etag');
    expect(etag).toBeTruthy();
    const svg = await res.text();
    expect(wellFormedXml(svg)).toEqual([]);
    expect(svg).toContain('<title id="cc-title">Your route to Nursing associate (registered)</title>');
    expect(svg).toContain('<desc');
    expect(svg).toContain('Trainee nursing associate (Band 3)');
    expect(svg).toContain('Nursing associate (registered) (Band 4)');
    expect(svg).toContain('Healthcare support worker (Band 2)');
    expect(svg).not.toMatch(/<script|href=|@import|url\(/i);

    const again = await fetch(`${t.url}/timeline/hcsw-band-2/nursing-associate.svg`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);

    const start = await fetch(`${t.url}/timeline/start/nurse-adult.svg`);
    expect(start.status).toBe(200);
    expect(await start.text()).toContain('Registered nurse (adult)');

    expect((await fetch(`${t.url}/timeline/hcsw-band-2/astronaut.svg`)).status).toBe(404);
    expect((await fetch(`${t.url}/timeline/nobody/nursing-associate.svg`)).status).toBe(404);
    expect((await fetch(`${t.url}/timeline/nursing-associate/nursing-associate.svg`)).status).toBe(404);
    expect((await fetch(`${t.url}/timeline/HCSW_2/nursing-associate.svg`)).status).toBe(400);
    expect((await fetch(`${t.url}/timeline/hcsw-band-2/nursing-associate%3Cx%3E.svg`)).status).toBe(400);
  });

  it('serves the route picture as a portrait PNG at the stable URL', async () => {
    const res = await fetch(`${t.url}/timeline/hcsw-band-2/nursing-associate.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    const png = new Uint8Array(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(png.length);
    // A real PNG: its signature, then an IHDR chunk; drawn 390 wide at twice the size, taller than wide.
    const { width, height } = pngInfo(png);
    expect(width).toBe(780);
    expect(height).toBeGreaterThan(width);
    // The wide SVG of the same route is another picture, with its own ETag.
    const svg = await fetch(`${t.url}/timeline/hcsw-band-2/nursing-associate.svg`);
    expect(svg.headers.get('etag')).not.toBe(etag);

    // Asked again: the same bytes and ETag, or 304 when the client has it.
    const same = await fetch(`${t.url}/timeline/hcsw-band-2/nursing-associate.png`);
    expect(same.headers.get('etag')).toBe(etag);
    expect(Buffer.from(await same.arrayBuffer()).equals(Buffer.from(png))).toBe(true);
    const again = await fetch(`${t.url}/timeline/hcsw-band-2/nursing-associate.png`, { headers: { 'if-none-match': `"other", ${etag!}` } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    const stale = await fetch(`${t.url}/timeline/hcsw-band-2/nursing-associate.png`, { headers: { 'if-none-match': '"other"' } });
    expect(stale.status).toBe(200);

    // From no known role: another picture (it does not say "Now:"), also a portrait PNG.
    const start = await fetch(`${t.url}/timeline/start/assistant-practitioner.png`);
    expect(start.status).toBe(200);
    const startInfo = pngInfo(new Uint8Array(await start.arrayBuffer()));
    expect(startInfo.height).toBeGreaterThan(startInfo.width);

    for (const [path, status] of [
      ['hcsw-band-2/astronaut', 404],
      ['nobody/nursing-associate', 404],
      ['nursing-associate/nursing-associate', 404],
      ['HCSW_2/nursing-associate', 400],
      ['hcsw-band-2/nursing-associate%3Cx%3E', 400],
    ] as const) {
      const r = await fetch(`${t.url}/timeline/${path}.png`);
      expect(r.status, path).toBe(status);
      expect(r.headers.get('content-type')).toMatch(/^application\/json/);
      expect(r.headers.get('cache-control')).toBe('no-store');
    }
    expect((await fetch(`${t.url}/timeline/hcsw-band-2/nursing-associate.gif`)).status).toBe(404);
  });
});

describe('Conversations over Slack: profile, then a route', () => {
  let slack: FakeSlack;
  let t: TestApp;
  const userId = 'U0CONVA';
  const channel = 'D0CONVA';
  let posts: SlackCall[] = [];

  beforeAll(async () => {
    slack = await startFakeSlack();
    t = await startTestApp({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl });
  });
  afterAll(async () => {
    await t.stop();
    await slack.close();
    await removeDir(t.dataDir);
  });

  async function waitForText(expectText: string): Promise<string> {
    await slack.waitFor(() => slack.posted().some((c) => blockText(c).includes(expectText)));
    posts = slack.posted();
    return posts.map(blockText).join('\n---\n');
  }
  async function sayText(text: string, expectText: string): Promise<string> {
    slack.clear();
    expect((await postSlack(t.url, { json: dmEvent(text, { user: userId, channel }) })).status).toBe(200);
    return waitForText(expectText);
  }
  async function pressButton(label: string, expectText: string, stateValues?: unknown): Promise<string> {
    const all = posts.flatMap((c) => buttonsIn(c));
    const b = all.find((x) => x.text.text === label);
    if (!b) throw new Error(`No button "${label}"; have: ${all.map((x) => x.text.text).join(', ')}`);
    slack.clear();
    const res = await postSlack(t.url, { form: buttonPress(b, { user: userId, channel, ...(stateValues ? { stateValues } : {}) }) });
    expect(res.status).toBe(200);
    return waitForText(expectText);
  }

  it('sets up a profile with a mention and shows a personal route', async () => {
    await sayText('hi', 'Hello, I am Career Companion');
    await pressButton('My profile', 'What is your current role?');
    await pressButton('Healthcare support worker (Band 2)', 'Which Agenda for Change (AfC) pay band');
    await sayText('2', 'Which area do you work in?');
    await sayText('Community mental health', 'Which of these do you have?');
    const checkboxes = posts.flatMap((c) => (c.body['blocks'] as any[]).filter((b) => b.type === 'input' && b.element.type === 'checkboxes'));
    expect(checkboxes).toHaveLength(1);
    expect(checkboxes[0].block_id).toBe('held');
    await pressButton('Save my qualifications', 'Who is your line manager?', {
      held: { held: { type: 'checkboxes', selected_options: [{ value: 'degree' }] } },
    });
    await sayText(`my manager is <@U0BOSS|sam>`, 'Your profile');
    expect(await t.app.store.profiles.get(`slack:${TEAM}:${userId}`)).toMatchObject({
      roleId: 'hcsw-band-2',
      band: '2',
      area: 'Community mental health',
      held: ['degree'],
      managerKey: `slack:${TEAM}:U0BOSS`,
      managerName: 'sam',
    });
    await pressButton('Done', 'Your profile is saved');

    const route = await sayText('how do i become a nursing associate', 'Your route to Nursing associate');
    expect(route).toContain('Trainee nursing associate (Band 3)');
    expect(route).toContain('about 2 years');
    expect(route).toContain('Level 2 maths and English');
    expect(route).toContain('Next step:');
    // No PUBLIC_BASE_URL here: no picture.
    expect(posts.some((c) => (c.body['blocks'] as any[]).some((b) => b.type === 'image'))).toBe(false);
    const alts = await pressButton('Other routes', 'Routes to Nursing associate');
    expect(alts).toContain('self-funded');
  });
});

describe('Conversations over Slack with PUBLIC_BASE_URL: the route picture', () => {
  let slack: FakeSlack;
  let t: TestApp;

  beforeAll(async () => {
    slack = await startFakeSlack();
    t = await startTestApp({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PUBLIC_BASE_URL: BASE });
  });
  afterAll(async () => {
    await t.stop();
    await slack.close();
    await removeDir(t.dataDir);
  });

  it('sends an image block with the PNG address and alt text', async () => {
    const userId = 'U0PICT';
    const now = new Date().toISOString();
    await t.app.store.profiles.put({ userKey: `slack:${TEAM}:${userId}`, platform: 'slack', createdAt: now, updatedAt: now, roleId: 'hcsw-band-2', onboarded: true });
    expect((await postSlack(t.url, { json: dmEvent('how do i become a nursing associate', { user: userId, channel: 'D0PICT' }) })).status).toBe(200);
    await slack.waitFor(() => slack.posted().some((c) => blockText(c).includes('Your route to Nursing associate')));
    const images = slack.posted().flatMap((c) => (c.body['blocks'] as any[]).filter((b) => b.type === 'image'));
    expect(images).toEqual([
      {
        type: 'image',
        image_url: `${BASE}/timeline/hcsw-band-2/nursing-associate.png`,
        alt_text: expect.stringMatching(/^A timeline of your route to Nursing associate \(registered\): Trainee nursing associate/),
      },
    ]);
    // Slack fetches it: it must be a PNG, not SVG.
    const res = await fetch(images[0].image_url.replace(BASE, t.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(pngInfo(new Uint8Array(await res.arrayBuffer())).width).toBe(780);
  });
});
