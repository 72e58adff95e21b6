import { describe, expect, it } from 'vitest';
import { recentlyAsked } from '../../src/text/recent.js';
import { normalise } from '../../src/core/router.js';
import { normaliseDistressText } from '../../src/content/signposting.js';
import { safeSlackUrl } from '../../src/channels/slack/mrkdwn.js';

describe('recentlyAsked', () => {
  it('works a text out once while it keeps being asked for, and gives the same answer', () => {
    const seen: string[] = [];
    const upper = recentlyAsked((t) => (seen.push(t), t.toUpperCase()));
    expect(upper('nurse')).toBe('NURSE');
    expect(upper('nurse')).toBe('NURSE');
    expect(upper('porter')).toBe('PORTER');
    expect(upper('nurse')).toBe('NURSE');
    expect(seen).toEqual(['nurse', 'porter']);
  });

  it('remembers an answer of undefined too', () => {
    let calls = 0;
    const none = recentlyAsked((): string | undefined => (calls++, undefined));
    expect(none('x')).toBeUndefined();
    expect(none('x')).toBeUndefined();
    expect(calls).toBe(1);
  });

  it('keeps only a few texts, so a stream of different texts holds no memory', () => {
    const seen: string[] = [];
    const same = recentlyAsked((t) => (seen.push(t), t));
    for (let i = 0; i < 1000; i++) same(`text ${i}`);
    same('text 0');
    expect(seen.filter((t) => t === 'text 0')).toHaveLength(2);
    expect(same('text 999')).toBe('text 999');
  });
});

describe('the normal forms asked for many times in a turn give the same answers remembered as worked out', () => {
  it.each(["I CAN’T COPE", 'Self-harm!', "I can't cope", '  how do I become a nurse?  '])('%s', (text) => {
    const first = [normalise(text), normaliseDistressText(text)];
    expect([normalise(text), normaliseDistressText(text)]).toEqual(first);
  });

  it('each text keeps its own normal form, asked for in turn with others', () => {
    const expected: Array<[string, string, string]> = [
      ["I CAN’T COPE", "i can't cope", "i can't cope"],
      ['Self-harm!', 'self harm', 'self harm'],
      ['  how do I become a nurse?  ', 'how do i become a nurse', 'how do i become a nurse'],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [text, routed, distress] of expected) {
        expect(normalise(text)).toBe(routed);
        expect(normaliseDistressText(text)).toBe(distress);
      }
    }
  });

  it('safe Slack links: relative to different bases are not mixed up', () => {
    expect(safeSlackUrl('/img/a.png', 'https://one.example')).toBe('https://one.example/img/a.png');
    expect(safeSlackUrl('/img/a.png', 'https://two.example')).toBe('https://two.example/img/a.png');
    expect(safeSlackUrl('/img/a.png')).toBeUndefined();
    expect(safeSlackUrl('https://x.example/a|b')).toBe('https://x.example/a%7Cb');
    expect(safeSlackUrl('https://user:pw@x.example/')).toBeUndefined();
  });
});
