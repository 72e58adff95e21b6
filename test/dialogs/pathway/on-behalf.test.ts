/**
 * A manager asking for someone else ("one of my HCAs wants to become an AP"):
 * the route or options are for that person, the reply says so once, and
 * nothing from the question is saved to the asker's own profile.
 */
import { describe, expect, it } from 'vitest';
import { intentArgs } from '../../../src/app/compose.js';
import { talkingBot } from '../../helpers/transcript.js';

const USER = 'local:u1';
const FOR_THEM = 'This is the route for the person you asked about';

describe('asking for someone else', () => {
  const talk = talkingBot(USER);
  const { setProfile } = talk;
  /** Starts a dialog as the intent rule would for a question with these args (as a button carries them). */
  const start = async (args: Record<string, string>) => {
    const out = await talk.bot.handle({ platform: 'local', userKey: USER, conversationKey: 'local:c1', action: { id: 'start', value: args } });
    return out.map((o) => o.text).join('\n---\n');
  };

  it('the options for the person asked about, and their routes stay theirs', async () => {
    await setProfile({ roleId: 'team-leader' });
    const list = await talk.t.say('one of my HCAs is asking what her options are');
    expect(list).toMatch(/^Next steps from Healthcare support worker \(Band 2\)/);
    expect(list).toContain('These are the next steps for the person you asked about. They can ask me themselves too.');
    expect(list).not.toContain('Your next steps');
    const route = await talk.t.press('Show route: Healthcare support worker (Band 3)');
    expect(route).toMatch(/^The route to Healthcare support worker \(Band 3\)/);
    expect(route).toContain(`${FOR_THEM}: Healthcare support worker (Band 2).`);
    expect(talk.t.labels()).not.toContain('Save as my goal');
    expect((await talk.store.profiles.get(USER))?.roleId).toBe('team-leader');
  });

  it('with no role for them, the route starts from a support worker post: not from the asker\'s role, and nothing is asked or saved', async () => {
    await setProfile({ roleId: 'team-leader' });
    const card = await start({ dialog: 'pathway', intent: 'pathway', roleId: 'nursing-associate', onBehalf: 'yes' });
    expect(card).toMatch(/^The route to Nursing associate/);
    expect(card).toContain(`${FOR_THEM}. They can ask me themselves too.`);
    expect(card).toContain('I do not know their role, so this starts from a support worker post');
    expect(card).not.toContain('Team leader');
    expect((await talk.store.profiles.get(USER))?.roleId).toBe('team-leader');
  });

  it('with no role for them and none for the asker, it does not ask the asker\'s role (which it would save)', async () => {
    const card = await start({ dialog: 'pathway', intent: 'pathway', roleId: 'nursing-associate', onBehalf: 'yes' });
    expect(card).not.toContain('what is your current role');
    expect(card).toContain('I do not know their role, so this starts from a support worker post');
    const list = await start({ dialog: 'options', intent: 'options', onBehalf: 'yes' });
    expect(list).not.toContain('What is your current role');
    expect(list).toContain('I do not know their role, so these start from a support worker post');
    expect(await talk.store.profiles.get(USER)).toBeUndefined();
  });

  it('the intent rule gives the person\'s role and band only to the route finder and the options list, marked as theirs', () => {
    const hca = talk.content.roles.get('hcsw-band-2')!;
    const ap = talk.content.roles.get('assistant-practitioner')!;
    const u = { band: '2', onBehalf: true, topic: null };
    expect(intentArgs({ intent: 'pathway', role: ap, from: hca, area: null }, u)).toEqual({ intent: 'pathway', roleId: ap.id, fromId: hca.id, band: '2', onBehalf: 'yes' });
    expect(intentArgs({ intent: 'options', role: null, from: hca, area: null }, u)).toEqual({ intent: 'options', fromId: hca.id, band: '2', onBehalf: 'yes' });
    // The profile dialog saves a role or band it is given: for someone else, it is given neither.
    expect(intentArgs({ intent: 'profile', role: null, from: hca, area: null }, u)).toEqual({ intent: 'profile' });
    expect(intentArgs({ intent: 'profile', role: null, from: hca, area: null }, { ...u, onBehalf: false })).toEqual({ intent: 'profile', fromId: hca.id, band: '2' });
  });
});
