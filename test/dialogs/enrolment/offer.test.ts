/**
 * Check-in programmes offered from what people say of themselves: a newly
 * qualified nurse is offered nursing preceptorship first, a midwife midwifery
 * preceptorship, a physio the AHP one, a new starter the induction, an HCA the
 * new to care induction; not all seven.
 */
import { describe, expect, it } from 'vitest';
import { talkingBot } from '../../helpers/transcript.js';

describe('programmes offered from what people say', () => {
  const b = talkingBot();

  it('"hi i\'m a newly qualified nurse, just started on the ward" offers nursing preceptorship first', async () => {
    const reply = await b.t.say("hi i'm a newly qualified nurse, just started on the ward");
    expect(reply).toContain('These check-ins are made for people starting out like you.');
    const labels = b.t.labels();
    expect(labels[0]).toBe('Nursing preceptorship (core standard)');
    expect(labels[1]).toBe('Nursing preceptorship (gold standard)');
    expect(labels).not.toContain('Midwifery preceptorship');
    expect(labels).not.toContain('Allied health professional preceptorship');
    expect(labels.at(-1)).toBe('Show all programmes');
    // Picking one carries on as for anyone enrolling themselves.
    expect(await b.t.press('Nursing preceptorship (core standard)')).toContain('first day');
  });

  it.each([
    ["I'm a newly qualified midwife", 'Midwifery preceptorship'],
    ["i'm a newly qualified physio", 'Allied health professional preceptorship'],
    ["I've just started as an HCA", 'New to care healthcare support worker induction'],
    ["hi, I'm a new starter", 'New starter induction'],
  ])('"%s" offers %s first', async (text, first) => {
    await b.t.say(text);
    expect(b.t.labels()[0]).toBe(first);
    expect(b.t.labels().length).toBeLessThan(7);
  });

  it('"Show all programmes" shows every programme', async () => {
    await b.t.say("I'm a newly qualified nurse");
    const reply = await b.t.press('Show all programmes');
    expect(reply).toContain('Which check-in programme is it for you?');
    expect(b.t.labels()).toHaveLength(b.content.programmes.size);
  });

  it('a manager talking about their new starter is not enrolled themselves', async () => {
    const reply = await b.t.say('my new starter is a newly qualified nurse, what should I do?');
    expect(reply).not.toContain('These check-ins are made for people starting out like you.');
  });
});
