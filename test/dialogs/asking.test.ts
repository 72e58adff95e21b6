/**
 * What people get back for the kinds of message the question understanding
 * was fixed for, through the whole bot as the server builds it (every
 * feature, the router and the intent rule), a real store and the real content.
 * Each row is one transcript: what was typed, and what the person must (and
 * must not) see in the reply.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/store/ports.js';
import { understand } from '../../src/knowledge/understand.js';
import { CLARIFY_BELOW } from '../../src/knowledge/understand/understand.js';
import { talkingBot } from '../helpers/transcript.js';

const USER = 'local:u1';

interface Row {
  kind: string;
  typed: string;
  /** The person's profile before they type (their own role, say). */
  profile?: Partial<Profile>;
  /** Text the reply must contain, in this order. */
  says: string[];
  /** Text the reply must not contain. */
  not?: string[];
  /** The buttons offered, exactly, when given. */
  buttons?: string[];
}

const ROWS: Row[] = [
  {
    kind: 'direction: the role after "a job as" is the goal',
    typed: 'get a job as a healthcare science assistant',
    profile: { roleId: 'hcsw-band-2' },
    says: ['Your route to Healthcare science assistant'],
  },
  {
    kind: 'negation: the role they no longer have is not where the route starts',
    typed: "I'm not an HCA any more, I'm a ward clerk, how do I get into coding?",
    says: ['Your route to Clinical coder', 'This starts from your role: Administrator or ward clerk'],
    not: ['Healthcare support worker', 'what is your current role'],
  },
  {
    kind: 'several roles: asks which',
    typed: 'nursing, OT, maybe paramedic?',
    says: ['I want to get this right. Do you mean:'],
    not: ['Your route to'],
    buttons: ['Route to Registered nurse (adult)', 'Route to Occupational therapist', 'Route to Paramedic', 'None of these'],
  },
  {
    kind: 'local wording: psych nurse',
    typed: 'how do I become a psych nurse',
    profile: { roleId: 'hcsw-band-2' },
    says: ['Your route to Registered nurse (mental health)'],
  },
  {
    kind: 'local wording: paeds nurse',
    typed: 'how do I become a paeds nurse',
    profile: { roleId: 'hcsw-band-2' },
    says: ['Your route to Registered nurse (children)'],
  },
  {
    kind: 'local wording: med sec',
    typed: 'how do I become a med sec',
    profile: { roleId: 'hcsw-band-2' },
    says: ['Your route to Medical secretary'],
  },
  {
    kind: 'a long message: the clinical words in it do not steer it',
    typed: 'Band 3 HCA here, 9 years on a medical ward. I do obs, bloods, ECGs, the lot. I feel like I have hit a ceiling. What is out there for me?',
    says: ['Your next steps from Healthcare support worker (Band 3)', 'Shortest first.'],
    not: ['I cannot help with patient care', 'Do you mean'],
  },
  {
    kind: 'few triggers: a new manager is a profile change',
    typed: "I've got a new manager",
    says: ['Who is your line manager?'],
  },
  {
    kind: 'few triggers: feeling stuck starts a career conversation',
    typed: "I feel stuck and don't know what's next",
    says: ['A career conversation helps you think about where you are now', 'Part 1 of 5: Who am I?'],
  },
  {
    kind: 'few triggers: "is this confidential?" is about their data',
    typed: 'is this confidential?',
    says: ['Your data', 'Who sees it: you.'],
  },
  {
    kind: 'few triggers: not sleeping after nights gets the gentle signposting, then wellbeing resources',
    typed: "I can't sleep after nights",
    says: ['These can help if you would like to talk to someone:', 'call 999, or call 111 and choose option 2', 'Resources: Wellbeing and resilience'],
    not: ['I cannot change rotas or shifts'],
  },
  {
    kind: 'out of scope: swapping a shift is for the rota, not a career question',
    typed: 'can I swap my shift on Saturday',
    says: ['I cannot change rotas or shifts.', 'What I can help with:'],
    not: ['Your route to', 'Do you mean', 'Sorry, I did not understand that'],
    buttons: ['Career routes', 'Courses and resources', 'What I can do'],
  },
  {
    kind: 'out of scope: the flu jab is for occupational health',
    typed: 'how do I get my flu jab',
    says: ['I cannot help with vaccinations.', 'What I can help with:'],
    not: ['Your route to', 'Do you mean', 'Sorry, I did not understand that'],
    buttons: ['Career routes', 'Courses and resources', 'What I can do'],
  },
];

describe('what people get back', () => {
  const talk = talkingBot(USER);
  const { setProfile } = talk;

  it.each(ROWS.map((r) => [r.kind, r] as const))('%s', async (_kind, row) => {
    if (row.profile) await setProfile(row.profile);
    const reply = await talk.t.say(row.typed);
    let from = 0;
    for (const s of row.says) {
      const at = reply.indexOf(s, from);
      expect(at, `"${s}" (in order) in:\n${reply}`).toBeGreaterThanOrEqual(0);
      from = at + s.length;
    }
    for (const s of row.not ?? []) expect(reply).not.toContain(s);
    if (row.buttons) expect(talk.t.labels()).toEqual(row.buttons);
  });

  it('on behalf: the route for the person asked about, said once, and the asker keeps their own role and qualifications', async () => {
    await setProfile({ roleId: 'team-leader', held: ['level3-healthcare-qualification'] });
    const card = await talk.t.say('one of my HCAs wants to become an AP');
    expect(card).toContain('The route to Assistant practitioner');
    expect(card).toContain('This is the route for the person you asked about: Healthcare support worker (Band 2). They can ask me themselves too.');
    // It starts from the HCA's role, and the manager's own qualifications are not taken as theirs.
    expect(card).toContain('Healthcare support worker (Band 3): Move from Band 2 to Band 3.');
    expect(card).toContain('A Level 3 healthcare qualification:');
    expect(card).not.toContain('Team leader');
    expect(card).not.toContain('your role');
    // Nothing on the card saves to the asker's profile.
    expect(talk.t.labels()).not.toContain('Save as my goal');
    expect(talk.t.labels()).not.toContain('Add to my career conversation');
    const needs = await talk.t.press('What do I need first?');
    expect(needs).toContain('1. A Level 3 healthcare qualification');
    expect(talk.t.labels()).not.toContain('Update my qualifications');
    expect(await talk.t.press('Back to the route')).toContain('This is the route for the person you asked about');
    const after = await talk.store.profiles.get(USER);
    expect(after?.roleId).toBe('team-leader');
    expect(after?.held).toEqual(['level3-healthcare-qualification']);
    expect(after?.goalRoleId).toBeUndefined();
  });

  it('a message it is not sure about gets a question; each button starts the right dialog, and "None of these" gives help', async () => {
    const typed = 'I want to do more';
    const u = understand(typed, talk.content);
    expect(u.confidence).toBeLessThan(CLARIFY_BELOW);

    expect(await talk.t.say(typed)).toBe('I want to get this right. Do you mean:');
    // The likelier reading first (the two are close, so which comes first follows the intent examples).
    const label: Record<string, string> = { resources: 'Courses and support', career_conversation: 'A career conversation' };
    expect(u.clarify?.map((c) => c.intent).sort()).toEqual(['career_conversation', 'resources']);
    expect(talk.t.labels()).toEqual([...u.clarify!.map((c) => label[c.intent]), 'None of these']);
    // Small on a phone: one message, a line, then the buttons one a row.
    expect(talk.t.last).toHaveLength(1);
    expect(talk.t.last[0]!.blocks.map((b) => (b.type === 'choices' ? b.choices.length : b.type))).toEqual(['paragraph', 1, 1, 1]);

    expect(await talk.t.press('Courses and support')).toContain('Which area would you like resources for?');
    await talk.t.say('cancel');
    expect(await talk.t.press('A career conversation')).toContain('Part 1 of 5: Who am I?');
    await talk.t.say('cancel');
    const help = await talk.t.press('None of these');
    expect(help).toMatch(/^Sorry, I did not understand that\. Here is what I can help with\./);
    expect(talk.t.labels()).toContain('Find a career route');
  });

  it('asking which role, the button gives the route to the role picked', async () => {
    await setProfile({ roleId: 'hcsw-band-2' });
    await talk.t.say('nursing, OT, maybe paramedic?');
    const card = await talk.t.press('Route to Paramedic');
    expect(card).toContain('Your route to Paramedic');
    // Paramedic apprenticeships are for ambulance trust staff: an HCA's route starts with an ambulance job.
    expect(card).toContain('Join an ambulance trust as an ambulance support worker');
  });
});
