/**
 * The stay conversation, Freedom to Speak Up and the calm reply to stress, as
 * transcripts over the real dialogs, content and store, with a messenger that
 * records what would reach a manager or preceptor.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Content } from '../../../src/content/model.js';
import type { OutboundMessage } from '../../../src/core/messages.js';
import type { Messenger } from '../../../src/core/messenger.js';
import type { AuditAction } from '../../../src/store/ports.js';
import type { AuditDetail } from '../../../src/core/audit.js';
import { LowStore } from '../../../src/store/lowdb.js';
import { loadContent } from '../../../src/content/load.js';
import { defaultContentDir } from '../../../src/paths.js';
import { detectDistress, detectStress } from '../../../src/content/signposting.js';
import { signpostingMessage } from '../../../src/core/signposting.js';
import { dialogBot, dialogServices } from '../../helpers/bot.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';
import { transcript, type Transcript } from '../../helpers/transcript.js';

const USER = 'local:u1';
const MANAGER = 'local:boss';
const PRECEPTOR = 'local:preceptor';

describe('the stay conversation', () => {
  let content: Content;
  let dir = '';
  let store: LowStore;
  let t: Transcript;
  let sent: Array<{ to: string; messages: OutboundMessage[] }>;
  let audit: Array<{ action: AuditAction; actor: string; subject?: string; detail?: AuditDetail }>;

  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });
  beforeEach(async () => {
    dir = await tempDir();
    store = await LowStore.open(dir);
    sent = [];
    audit = [];
    const messenger: Messenger = {
      send: async (to, messages) => {
        sent.push({ to, messages });
        return { status: 'sent' };
      },
    };
    const bot = dialogBot(
      dialogServices(store, content, {
        messenger,
        audit: { record: async (action, actor, subject, detail) => void audit.push({ action, actor, subject, detail }) },
      }),
    );
    t = transcript(() => bot, USER);
    await store.profiles.put({ userKey: USER, platform: 'local', createdAt: 'x', updatedAt: 'x', onboarded: true });
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  const withManager = () =>
    store.profiles.put({ userKey: USER, platform: 'local', createdAt: 'x', updatedAt: 'x', onboarded: true, managerKey: MANAGER, managerName: 'Jo' });

  it.each([
    "I'm thinking of leaving",
    "I'm thinking of leaving the NHS",
    'I want to quit',
    'handing in my notice',
    "I'm done with nursing",
  ])('starts on %j: thanks them, promises first, asks what is behind it', async (typed) => {
    const reply = await t.say(typed);
    expect(reply).toContain('Thank you for telling me');
    expect(reply).toContain('I will not tell your manager or anyone unless you say yes.');
    expect(reply.indexOf('I will not tell')).toBeLessThan(reply.indexOf('what is behind it'));
    expect(t.labels()).toEqual(['Workload', 'Development', 'Pay', 'Shifts or hours', 'Team or manager', 'Health', 'Life outside work', 'Rather not say']);
    expect(reply).not.toContain('Which area would you like resources for');
  });

  // Phrasings not used when choosing the words.
  it.each([
    'honestly been thinking about quitting my job',
    'I might hand my notice in next week',
    'i think im going to resign',
    "I've had enough of the NHS",
    'considering leaving the profession altogether',
    'I feel like I want to leave nursing',
  ])('understands a new way of saying it: %j', async (typed) => {
    expect(await t.say(typed)).toContain('I will not tell your manager or anyone unless you say yes.');
  });

  it.each(['how many days of annual leave do I get', 'I left my badge at home', 'what is a band 5 nurse'])('does not start on %j', async (typed) => {
    expect(await t.say(typed)).not.toContain('I will not tell your manager');
  });

  it('offers other roles, flexible working with its source, moving team, a career conversation and people to talk to', async () => {
    await t.say("I'm thinking of leaving the NHS");
    const reply = await t.press('Shifts or hours');
    expect(reply).toContain('You have a right to ask');
    expect(reply).toContain('NHS staff can ask for flexible working from their first day');
    expect(reply).toContain('https://www.nhsemployers.org/topics/flexible-working');
    expect(reply).toContain('Moving to another team or area');
    expect(reply).toContain('Freedom to Speak Up guardian');
    expect(reply).toContain('occupational health');
    expect(reply).toContain('union rep');
    expect(reply).toContain('Samaritans: call 116 123');
    expect(t.labels()).toEqual(expect.arrayContaining(['Show me other roles', 'Start a career conversation', 'Freedom to Speak Up']));
    // Nobody known to ask: nothing is sent, and it says so.
    expect(reply).toContain('I will not send anything');
    expect(sent).toEqual([]);
    expect(audit.filter((a) => a.action === 'stay-conversation')).toHaveLength(1);
    expect(audit[0]!.detail).toMatchObject({ roles: true, flexible: true, move: true, career: true, talk: true });
    expect(JSON.stringify(audit)).not.toContain('shifts');
  });

  it('the buttons lead to the options and the career conversation', async () => {
    await t.say('I want to quit');
    await t.press('Pay');
    expect(await t.press('Show me other roles')).not.toContain('did not understand');
    await t.say('I want to quit');
    await t.press('Pay');
    expect(await t.press('Start a career conversation')).toContain('career conversation');
  });

  it('with a manager known: "no" sends nothing to anyone', async () => {
    await withManager();
    await t.say("I'm thinking of leaving");
    const offers = await t.press('Workload');
    expect(offers).toContain('Would you like someone to have a stay conversation with you');
    expect(t.labels()).toEqual(expect.arrayContaining(['Yes, ask my manager', 'No, keep this between us']));
    expect(await t.press('No, keep this between us')).toContain('I have not told anyone');
    expect(sent).toEqual([]);
    expect(audit.some((a) => a.detail?.['asked'] !== undefined)).toBe(false);
  });

  it('a question typed at either step is answered, and nothing is sent', async () => {
    await withManager();
    await t.say("I'm thinking of leaving");
    expect(await t.say('who is my FTSU guardian')).toContain('Every NHS trust has a Freedom to Speak Up guardian');
    await t.say("I'm thinking of leaving");
    await t.press('Health');
    expect(await t.say('who is my freedom to speak up guardian?')).toContain('Every NHS trust has a Freedom to Speak Up guardian');
    expect(sent).toEqual([]);
  });

  it('a typed "no" sends nothing either', async () => {
    await withManager();
    await t.say("I'm thinking of leaving");
    await t.say('rather not say');
    expect(await t.say('no')).toContain('I have not told anyone');
    expect(sent).toEqual([]);
  });

  it('with a yes: the request reaches the manager, without anything they said', async () => {
    await withManager();
    await t.say("I'm thinking of leaving the NHS because of my workload");
    await t.press('Workload');
    expect(await t.press('Yes, ask my manager')).toContain('I have asked Jo to get in touch with you for a stay conversation');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe(MANAGER);
    const text = sent[0]!.messages.map((m) => m.text).join('\n');
    expect(text).toContain('would like a stay conversation with you');
    expect(text).not.toMatch(/workload|leaving the NHS/i);
    expect(audit.filter((a) => a.action === 'stay-conversation').map((a) => a.detail?.['asked'])).toContain('manager');
    expect(audit.some((a) => a.action === 'view' && a.actor === MANAGER)).toBe(true);
  });

  it('offers the preceptor from an enrolment, and asks only the one chosen', async () => {
    await store.enrolments.put({
      id: `preceptorship-nursing-core|${USER}`,
      subject: USER,
      userKey: USER,
      programmeId: 'preceptorship-nursing-core',
      startDate: '2026-11-01',
      managerKey: MANAGER,
      preceptorKey: PRECEPTOR,
      enrolledBy: MANAGER,
      status: 'active',
      createdAt: 'x',
      updatedAt: 'x',
    });
    await t.say('I want to quit');
    await t.press('Team or manager');
    expect(t.labels().slice(-3)).toEqual(['Yes, ask my manager', 'Yes, ask my preceptor', 'No, keep this between us']);
    await t.press('Yes, ask my preceptor');
    expect(sent.map((s) => s.to)).toEqual([PRECEPTOR]);
  });
});

describe('Freedom to Speak Up', () => {
  let content: Content;
  let dir = '';
  let store: LowStore;
  let t: Transcript;
  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });
  beforeEach(async () => {
    dir = await tempDir();
    store = await LowStore.open(dir);
    const bot = dialogBot(dialogServices(store, content));
    t = transcript(() => bot, USER);
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  it.each(['who is my FTSU guardian', 'who is my freedom to speak up guardian', 'freedom to speak up', 'I want to raise a concern confidentially'])(
    'answers %j with what a guardian is and the trust contact',
    async (typed) => {
      const reply = await t.say(typed);
      expect(reply).toContain('Every NHS trust has a Freedom to Speak Up guardian');
      expect(reply).toContain('https://nationalguardian.org.uk/');
      expect(reply).toContain(content.signposting.trust.freedomToSpeakUp!.name);
      expect(reply).not.toContain('I could not tell which area you mean');
    },
  );
});

describe('crisis and distress', () => {
  let content: Content;
  let dir = '';
  let store: LowStore;
  let t: Transcript;
  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });
  beforeEach(async () => {
    dir = await tempDir();
    store = await LowStore.open(dir);
    const bot = dialogBot(dialogServices(store, content));
    t = transcript(() => bot, USER);
    await store.profiles.put({ userKey: USER, platform: 'local', createdAt: 'x', updatedAt: 'x', onboarded: true });
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  it('every crisis phrase still brings the crisis list, 999 first', async () => {
    const crisis = signpostingMessage(content).text;
    for (const phrase of content.signposting.distress.phrases) {
      const reply = await t.say(`I ${phrase} today`);
      expect(reply.startsWith(crisis), phrase).toBe(true);
      expect(reply.indexOf('999')).toBeLessThan(reply.indexOf('111'));
    }
  });

  it('no phrase is both crisis and stress, and a crisis wins over stress', () => {
    const s = content.signposting;
    for (const p of s.stress.phrases) expect(detectDistress(p, s), p).toBeUndefined();
    expect(detectStress('I feel overwhelmed and I want to die', s)).toBeUndefined();
    expect(detectDistress('I feel overwhelmed and I want to die', s)).toBe('want to die');
  });

  it('"I feel overwhelmed every shift": a calm reply, the crisis numbers last', async () => {
    const reply = await t.say('I feel overwhelmed every shift');
    expect(reply).toContain('Feeling overwhelmed at work is common');
    expect(reply).toContain('Talk to your manager about what makes shifts too much');
    expect(reply).toContain(content.signposting.trust.wellbeingService.name);
    expect(reply.startsWith('999')).toBe(false);
    expect(reply).not.toContain(content.signposting.distress.intro);
    // The crisis numbers are the last line of the calm reply, not its first.
    const calm = t.messages()[0]!;
    expect(calm).toContain('Feeling overwhelmed at work is common');
    expect(calm.trim().split('\n').at(-1)).toContain('999');
    expect(reply.indexOf('999')).toBeGreaterThan(reply.indexOf('Talk to your manager'));
    expect(reply).not.toContain('did not understand');
  });

  it('a preceptee is told about supernumerary and protected preceptor time, with the framework as source', async () => {
    await store.enrolments.put({
      id: `preceptorship-nursing-core|${USER}`,
      subject: USER,
      userKey: USER,
      programmeId: 'preceptorship-nursing-core',
      startDate: '2026-11-01',
      enrolledBy: 'csv',
      status: 'active',
      createdAt: 'x',
      updatedAt: 'x',
    });
    const reply = await t.say("I'm so stressed, there's never enough time on shift");
    expect(reply).toContain('supernumerary time');
    expect(reply).toContain('protected time with your preceptor');
    expect(reply).toContain('https://www.england.nhs.uk/long-read/national-preceptorship-model-for-nursing/');
  });

  it('someone not on preceptorship is not told about it', async () => {
    expect(await t.say('I feel overwhelmed every shift')).not.toContain('supernumerary');
  });

  it('overwhelm and talk of leaving: the calm reply, then the stay conversation', async () => {
    const reply = await t.say("I feel overwhelmed every shift and I'm thinking of leaving nursing");
    expect(reply).toContain('Feeling overwhelmed at work is common');
    expect(reply).toContain('I will not tell your manager or anyone unless you say yes.');
    expect(reply.indexOf('Feeling overwhelmed')).toBeLessThan(reply.indexOf('I will not tell'));
  });
});
