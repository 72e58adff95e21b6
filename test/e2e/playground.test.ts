/**
 * The web playground: replies come back as Adaptive Cards, the route timeline on
 * this server is shown from the page's own address, Markdown is read as Teams on a
 * phone reads it, and people can be mentioned without Teams' @ list.
 * (test/browser/playground.test.ts drives the page itself in Chromium.)
 */
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, removeDir, startTestApp, type TestApp } from '../helpers/app.js';
import { cardErrors } from '../helpers/adaptive-cards.js';
import { pngInfo } from '../helpers/png.js';
import { playgroundMarkdownScript, teamsMobileMarkdown } from '../../src/channels/local/markdown.js';
import { PlaygroundPeople, parsePerson } from '../../src/channels/local/playground.js';

function images(card: unknown): string[] {
  const out: string[] = [];
  const walk = (x: any) => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    if (x.type === 'Image' && typeof x.url === 'string') out.push(x.url);
    Object.values(x).forEach(walk);
  };
  walk(card);
  return out;
}

describe('playground', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.stop();
    await removeDir(t.dataDir);
  });

  const say = async (body: Record<string, unknown>) => {
    const res = await postJson(`${t.url}/playground/messages`, { user: 'web-route', ...body });
    expect(res.status).toBe(200);
    return ((await res.json()) as { replies: Array<{ cards: unknown[] }> }).replies;
  };

  it('shows the route timeline from its own address, and the picture is served', async () => {
    await say({ text: 'hi' });
    // Tell it the current role first, then ask for the route.
    const replies = await say({ text: "I'm a band 2 healthcare support worker. How do I become a nursing associate?" });
    let urls = replies.flatMap((r) => r.cards.flatMap(images));
    if (urls.length === 0) {
      const again = await say({ text: 'how do i become a nursing associate' });
      urls = again.flatMap((r) => r.cards.flatMap(images));
    }
    const timeline = urls.find((u) => u.includes('/timeline/'));
    expect(timeline).toMatch(new RegExp(`^${t.url.replace(/[.]/g, '\\.')}/timeline/[a-z0-9-]+/nursing-associate\\.png$`));
    for (const r of replies) for (const c of r.cards) expect(cardErrors(c)).toEqual([]);
    const png = await fetch(timeline!);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const { width, height } = pngInfo(new Uint8Array(await png.arrayBuffer()));
    expect(width).toBe(780);
    expect(height).toBeGreaterThan(width);
  });

  it('refuses a body without a user id', async () => {
    const res = await postJson(`${t.url}/playground/messages`, { text: 'hi' });
    expect(res.status).toBe(400);
  });
});

describe('playground Markdown, as Teams on a phone shows it', () => {
  it('removes a backslash only before [ ] ) * _ and shows every other one', () => {
    expect(teamsMobileMarkdown('Band 2 \\(registered\\)')).toBe('<p>Band 2 \\(registered)</p>');
    expect(teamsMobileMarkdown('\\*not bold\\* \\_not italic\\_ \\[not a link\\]')).toBe('<p>*not bold* _not italic_ [not a link]</p>');
    expect(teamsMobileMarkdown('1\\. \\- \\# e\\.g \\! \\\\')).toBe('<p>1\\. \\- \\# e\\.g \\! \\\\</p>');
  });

  it('renders bold, italic, lists and web links, and nothing else', () => {
    expect(teamsMobileMarkdown('**bold**, __bold__, *italic* and _italic_; snake_case_name')).toBe(
      '<p><strong>bold</strong>, <strong>bold</strong>, <em>italic</em> and <em>italic</em>; snake_case_name</p>',
    );
    expect(teamsMobileMarkdown('Steps:\n- one\n- two\n\n1. first\n2. second')).toBe(
      '<p>Steps:</p><ul><li>one</li><li>two</li></ul><ol><li>first</li><li>second</li></ol>',
    );
    expect(teamsMobileMarkdown('[NHS Jobs](https://www.jobs.nhs.uk/a_b) or [x](javascript:alert)')).toBe(
      '<p><a href="https://www.jobs.nhs.uk/a_b" target="_blank" rel="noopener">NHS Jobs</a> or x</p>',
    );
    expect(teamsMobileMarkdown('<img src=x onerror=alert(1)> & "q"\nnext')).toBe('<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;<br>next</p>');
  });

  it('keeps text that looks like its own placeholders as typed', () => {
    expect(teamsMobileMarkdown('a\uE0000\uE001b \\*')).toBe('<p>a&#xe000;0&#xe001;b *</p>');
  });

  it('the page runs the same function', () => {
    const sandbox: { window: { teamsMobileMarkdown?: (s: string) => string } } = { window: {} };
    runInNewContext(playgroundMarkdownScript(), sandbox);
    for (const s of ['Band 2 \\(x\\)', '**b** _i_\n- a\n1. b', '[a](https://x.test/)']) {
      expect(sandbox.window.teamsMobileMarkdown!(s)).toBe(teamsMobileMarkdown(s));
    }
  });
});

describe('playground mentions', () => {
  it('finds known people typed as @Name, longest name first, whole names only', () => {
    const people = new PlaygroundPeople();
    people.add({ id: 'sam', name: 'Sam' });
    expect(people.namedIn('my manager is @sam jones and @Priya Shah').map((p) => p.id)).toEqual(['sam-jones', 'priya-shah']);
    expect(people.namedIn('ask @Sam about it').map((p) => p.id)).toEqual(['sam']);
    expect(new PlaygroundPeople().namedIn('@Sam Jonesy or Sam Jones')).toEqual([]);
  });

  it('checks a person sent with a message', () => {
    expect(parsePerson({ id: 'jo-b', name: ' @Jo  Bloggs ' })).toEqual({ id: 'jo-b', name: 'Jo Bloggs' });
    expect(parsePerson({ id: 'jo b', name: 'Jo' })).toBeUndefined();
    expect(parsePerson({ id: 'jo', name: '' })).toBeUndefined();
    expect(parsePerson({ id: 'jo', name: 'x'.repeat(61) })).toBeUndefined();
    expect(parsePerson('jo')).toBeUndefined();
  });

  describe('through the server', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(async () => {
      await t.stop();
      await removeDir(t.dataDir);
    });
    const say = async (user: string, body: Record<string, unknown>) => {
      const res = await postJson(`${t.url}/playground/messages`, { user, ...body });
      expect(res.status).toBe(200);
      const replies = ((await res.json()) as { replies: Array<{ text: string }> }).replies;
      return replies.map((r) => r.text).join('\n');
    };

    it('a manager picked from the list, or typed as @Name, reaches the enrolment as a mention', async () => {
      await say('web-a', { start: true });
      expect(await say('web-a', { text: 'sign me up for check-ins' })).toContain('Which check-in programme');
      await say('web-a', { value: { cc: 'enrol/programme', v: { answer: 'new-starter-induction' } } });
      expect(await say('web-a', { text: 'today' })).toContain('Who is your line manager?');
      // A new person, picked with the "Someone else" box, is added to the list.
      const check = await say('web-a', { text: 'my manager is @Jo Bloggs', mentions: [{ id: 'jo-bloggs', name: 'Jo Bloggs' }, { id: 'bad id', name: 'X' }] });
      expect(check).toContain('Jo Bloggs');
      const people = (await (await fetch(`${t.url}/playground/people`)).json()) as { people: Array<{ id: string; name: string }> };
      expect(people.people).toContainEqual({ id: 'jo-bloggs', name: 'Jo Bloggs' });
      expect(people.people.map((p) => p.id)).not.toContain('bad id');

      await say('web-b', { start: true });
      await say('web-b', { text: 'sign me up for check-ins' });
      await say('web-b', { value: { cc: 'enrol/programme', v: { answer: 'new-starter-induction' } } });
      await say('web-b', { text: 'today' });
      expect(await say('web-b', { text: 'my manager is @Priya Shah' })).toContain('Priya Shah');
      // Plain text naming no one known is not a mention.
      await say('web-c', { start: true });
      await say('web-c', { text: 'sign me up for check-ins' });
      await say('web-c', { value: { cc: 'enrol/programme', v: { answer: 'new-starter-induction' } } });
      await say('web-c', { text: 'today' });
      expect(await say('web-c', { text: 'my manager is @Nobody Known' })).toContain('Who is your line manager?');
    });
  });
});
