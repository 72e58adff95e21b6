/**
 * What people say in passing is remembered and used: transcripts over the real
 * dialogs, store and content. Each row is a conversation: what the person types or
 * presses, and what the bot's reply must (and must not) say.
 */
import { describe, expect, it } from 'vitest';
import { talkingBot } from '../../helpers/transcript.js';

const USER = 'local:u1';

interface Turn {
  /** Typed text, or `press:<label>` for a button. */
  say: string;
  has?: Array<string | RegExp>;
  hasNot?: Array<string | RegExp>;
}

const TRANSCRIPTS: Array<{ name: string; turns: Turn[]; profile?: Record<string, unknown> }> = [
  {
    name: 'a role stated in a sentence is kept, and the next route question does not ask for it',
    turns: [
      { say: 'I work in A&E as an HCA (band 3)', has: ['Noted: your role is Healthcare support worker (Band 3); you work in A&E.', 'my profile'] },
      { say: 'how do I become a midwife?', has: ['Your route to Midwife', 'This starts from your role: Healthcare support worker (Band 3)'], hasNot: [/what is your current role/i] },
      { say: 'my profile', has: ['Role: Healthcare support worker (Band 3)', 'Area of work: A&E'], hasNot: ['Role: Not given'] },
      { say: 'what do you hold about me', has: ['Healthcare support worker (Band 3)', 'A&E'] },
    ],
    profile: { roleId: 'hcsw-band-3', band: '3', area: 'A&E' },
  },
  {
    name: 'a fact said with a route question is kept before the route is shown',
    turns: [{ say: "I'm a band 3 HCA, how do I become a nursing associate?", has: ['Noted: your role is Healthcare support worker (Band 3)', 'This starts from your role: Healthcare support worker (Band 3)'] }],
    profile: { roleId: 'hcsw-band-3' },
  },
  {
    name: 'a correction replaces the old role',
    turns: [
      { say: "I'm a healthcare assistant", has: ['Noted: your role is Healthcare support worker (Band 2)'] },
      { say: "I'm not an HCA any more, I'm a ward clerk", has: ['Noted: your role is Administrator or ward clerk'] },
      { say: 'my profile', has: ['Role: Administrator or ward clerk'] },
    ],
    profile: { roleId: 'administrator' },
  },
  {
    name: 'saying the same again says nothing more',
    turns: [
      { say: 'I work on maternity', has: ['you work in maternity'] },
      { say: 'I work on maternity', hasNot: ['Noted'] },
    ],
    profile: { area: 'maternity' },
  },
  {
    name: 'a question for someone else keeps nothing about the asker',
    turns: [{ say: 'one of my HCAs wants to become an assistant practitioner, she has no GCSE maths', hasNot: ['Noted'] }],
    profile: undefined,
  },
  {
    name: 'no GCSE maths: getting it comes first, even though the role would usually mean it is held',
    turns: [
      { say: "I'm a senior healthcare support worker with no GCSE maths", has: ['you do not have Level 2 maths and English yet'] },
      { say: 'how do I become a nursing associate?', has: ['Level 2 maths and English'] },
    ],
    profile: { lacks: ['level2-maths-english'] },
  },
  {
    name: 'money is the worry: the route where you are paid comes first, and the bot says so',
    turns: [
      { say: "I'm a ward clerk and I need to keep earning", has: ['you need to keep earning'] },
      { say: 'how do I become a physiotherapist?', has: ['You told me money is a worry, so this route comes first: you are paid while you learn.', /apprenticeship/i] },
    ],
    profile: { circumstances: ['keep-earning'] },
  },
  {
    name: 'without that worry, the same question leads with the degree',
    turns: [
      { say: "I'm a ward clerk", has: ['Noted'] },
      { say: 'how do I become a physiotherapist?', hasNot: ['money is a worry'] },
    ],
  },
  {
    name: '"nurse" asks which field once, with the four fields as buttons',
    turns: [
      { say: "I'm a band 2 HCA", has: ['Noted'] },
      { say: 'how do I become a nurse?', has: ['Which field of nursing do you mean?'] },
      { say: 'press:Registered nurse (mental health)', has: ['Your route to Registered nurse (mental health)'], hasNot: ['Which field'] },
    ],
  },
  {
    name: 'a field named in the question is not asked again',
    turns: [{ say: 'how do I become a mental health nurse?', hasNot: ['Which field of nursing'] }],
  },
];

describe('remembering what people say', () => {
  const talk = talkingBot(USER);

  it.each(TRANSCRIPTS)('$name', async ({ turns, profile }) => {
    for (const turn of turns) {
      const text = turn.say.startsWith('press:') ? await talk.t.press(turn.say.slice('press:'.length)) : await talk.t.say(turn.say);
      for (const h of turn.has ?? []) {
        if (typeof h === 'string') expect(text, `after "${turn.say}"`).toContain(h);
        else expect(text, `after "${turn.say}"`).toMatch(h);
      }
      for (const h of turn.hasNot ?? []) {
        if (typeof h === 'string') expect(text, `after "${turn.say}"`).not.toContain(h);
        else expect(text, `after "${turn.say}"`).not.toMatch(h);
      }
    }
    const saved = await talk.store.profiles.get(USER);
    if (profile === undefined && turns[0]!.hasNot?.includes('Noted')) expect(saved?.roleId).toBeUndefined();
    if (profile) expect(saved).toMatchObject(profile);
  });
});
