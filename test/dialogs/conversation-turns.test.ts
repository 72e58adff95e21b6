/**
 * The turns around answers, through the whole bot: a new question typed while
 * a question waits (paused with "Carry on with…", never saved as the answer),
 * answers with no meaning in them (asked again), social turns ("thanks",
 * "bye", "ok"), and roles with the right article. Each row is one transcript.
 */
import { describe, expect, it } from 'vitest';
import { talkingBot } from '../helpers/transcript.js';

const USER = 'local:u1';
const HELP_CARD = 'You can type things like:';
const NOT_UNDERSTOOD = 'Sorry, I did not understand that';

/** How to get to a waiting question. */
const AT: Record<string, { steps: string[]; waiting: string; title: string }> = {
  'route finder, current role': { steps: ['how do I become a nursing associate?'], waiting: 'what is your current role?', title: 'the route finder' },
  'profile, role': { steps: ['change my role'], waiting: 'What is your current role?', title: 'your profile' },
  'career conversation, strengths': { steps: ['start a career conversation'], waiting: 'What are you good at?', title: 'your career conversation' },
};

interface NewQuestionRow {
  kind: string;
  at: keyof typeof AT;
  typed: string;
  /** Text the reply must contain (the answer to the new question). */
  says: string[];
}

const NEW_QUESTIONS: NewQuestionRow[] = [
  { kind: 'a role with "how long" after it', at: 'route finder, current role', typed: 'healthcare science practitioner audiology how long', says: [] },
  { kind: 'a correction between two roles', at: 'profile, role', typed: 'paramedic… actually physio', says: [] },
  { kind: 'a question about something else', at: 'profile, role', typed: 'what courses are there for maths?', says: [] },
  // The route finder asks its own question, with the conversation paused behind it.
  { kind: 'a route question with no question mark', at: 'career conversation, strengths', typed: 'how do I become a midwife', says: ['what is your current role?'] },
  { kind: 'a question about their data', at: 'career conversation, strengths', typed: 'what do you keep about me?', says: [] },
];

describe('the turns around answers', () => {
  const talk = talkingBot(USER);
  const { setProfile } = talk;
  const goTo = async (at: keyof typeof AT) => {
    let reply = '';
    for (const s of AT[at]!.steps) reply = await talk.t.say(s);
    expect(reply).toContain(AT[at]!.waiting);
  };

  it.each(NEW_QUESTIONS.map((r) => [`${r.at}: ${r.kind}`, r] as const))('a new question at %s is answered, the question kept, nothing saved', async (_k, row) => {
    await goTo(row.at);
    const reply = await talk.t.say(row.typed);
    for (const s of row.says) expect(reply).toContain(s);
    expect(reply).not.toContain('Sorry, I could not use that answer');
    const profile = await talk.store.profiles.get(USER);
    expect(profile?.roleId).toBeUndefined();
    const state = await talk.store.dialogs.get(USER, 'local:c1');
    const title = AT[row.at]!.title;
    if (row.typed === 'how do I become a midwife') {
      expect(state?.dialog).toBe('pathway');
      expect(state?.data['to']).toBe('midwife');
      expect(state?.paused?.map((p) => `${p.dialog}/${p.step}`)).toEqual(['career-conversation/strengths']);
    } else if (row.at === 'route finder, current role') {
      // A new route question replaces the route question: it asks again, for the new role.
      expect(reply).toContain('what is your current role?');
      expect(state?.data['to']).toBe('audiologist');
    } else {
      expect(reply).toContain(`You were part way through ${title}.`);
      expect(talk.t.labels()).toContain(`Carry on with ${title}`);
      const back = await talk.t.press(`Carry on with ${title}`);
      expect(back).toContain(AT[row.at]!.waiting);
    }
    // The career conversation kept no answer from it.
    const cc = [state, ...(state?.paused ?? [])].find((s) => s?.dialog === 'career-conversation');
    if (cc) expect(cc.data['strengths']).toBeUndefined();
  });

  it.each([["What's best is helping patients"], ['Why I like it: the patients'], ['Calming people down when they are scared']])('an answer in someone\'s own words is taken, even when it starts like a question: "%s"', async (typed) => {
    await goTo('career conversation, strengths');
    expect(await talk.t.say(typed)).toContain('What do you enjoy most about your work?');
    expect((await talk.store.dialogs.get(USER, 'local:c1'))?.data['strengths']).toBe(typed);
  });

  it('a role typed plainly at the role question is still saved', async () => {
    await goTo('profile, role');
    expect(await talk.t.say('band 3 hca')).toContain('Healthcare support worker (Band 3)');
    expect((await talk.store.profiles.get(USER))?.roleId).toBe('hcsw-band-3');
  });

  it.each([['???'], ['asdkjh qwe zzz'], ['!!!'], ['sdfsdf jkjkjk']])('"%s" in the career conversation is asked again, not taken', async (typed) => {
    await goTo('career conversation, strengths');
    const reply = await talk.t.say(typed);
    expect(reply).toContain('Sorry, I could not make sense of that. Could you put it another way?');
    expect(reply).toContain('What are you good at?');
    const state = await talk.store.dialogs.get(USER, 'local:c1');
    expect(state?.step).toBe('strengths');
    expect(state?.data['strengths']).toBeUndefined();
    // A real answer, even a short one with a word the list may not have, goes on.
    expect(await talk.t.say('Teamwork and listening to patients')).toContain('What do you enjoy most about your work?');
    expect((await talk.store.dialogs.get(USER, 'local:c1'))?.data['strengths']).toBe('Teamwork and listening to patients');
  });

  it('"ok" is not taken as an answer in someone\'s own words; "thanks" gets a word and the question again', async () => {
    await goTo('career conversation, strengths');
    const ok = await talk.t.say('ok');
    expect(ok).toContain('Take your time. When you are ready, answer in your own words, or type "skip".');
    expect(ok).toContain('What are you good at?');
    const thanks = await talk.t.say('thank you');
    expect(thanks).toMatch(/^You are welcome\./);
    expect(thanks).toContain('What are you good at?');
    expect((await talk.store.dialogs.get(USER, 'local:c1'))?.data['strengths']).toBeUndefined();
    const bye = await talk.t.say('bye');
    expect(bye).toContain('Bye for now. I have kept your place');
    expect(bye).not.toContain('What are you good at?');
    // The place is kept: the next answer is taken.
    expect(await talk.t.say('Calming anxious patients')).toContain('What do you enjoy most about your work?');
  });

  it.each([
    ['thank you', 'You are welcome.'],
    ['Thanks!', 'You are welcome.'],
    ['cheers', 'You are welcome.'],
    ['ta', 'You are welcome.'],
    ['bye', 'Bye for now, and good luck.'],
    ['goodbye', 'Bye for now, and good luck.'],
    ['ok', 'Glad that helps.'],
    ['okay', 'Glad that helps.'],
    ['great', 'Glad that helps.'],
    ["that's all", 'OK. I am here whenever you need me.'],
  ])('"%s" gets a short friendly reply, not the help card', async (typed, reply) => {
    const said = await talk.t.say(typed);
    expect(said).toMatch(new RegExp(`^${reply.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(said).not.toContain(HELP_CARD);
    expect(said).not.toContain(NOT_UNDERSTOOD);
    expect(said.length).toBeLessThan(120);
  });

  it('a social turn after pausing something still offers to carry on', async () => {
    await goTo('profile, role');
    await talk.t.say('what courses are there for maths?');
    const said = await talk.t.say('thanks');
    expect(said).toMatch(/^You are welcome\./);
    expect(talk.t.labels()).toContain('Carry on with your profile');
  });

  it('articles: "You are already an occupational therapist"', async () => {
    await setProfile({ roleId: 'occupational-therapist' });
    const reply = await talk.t.say('how do I become an occupational therapist?');
    expect(reply).toContain('You are already an Occupational therapist');
  });
});
