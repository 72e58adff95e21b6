/**
 * Asking which was meant, through the whole bot: the intent rule sends a
 * message the understanding is not sure about to the clarify dialog, whose
 * buttons start the dialog for each reading with the args the intent rule
 * would have given it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Content } from '../../../src/content/model.js';
import { understand } from '../../../src/knowledge/understand.js';
import { offeredReadings } from '../../../src/app/compose.js';
import { FEATURES } from '../../../dialogs/index.js';
import type { Feature } from '../../../src/feature.js';
import { editedContent } from '../../helpers/content.js';
import { talkingBot } from '../../helpers/transcript.js';

describe('asking which was meant', () => {
  const talk = talkingBot();
  const build = (c?: Content, features?: readonly Feature[]) => talk.rebuild(c, features);

  // Each row: a message the understanding is not sure about, the buttons offered
  // (most likely reading first), and what one of them leads to.
  // `closeCall`: the intent of each button, for readings about as likely (their order may change with the intent examples).
  const ROWS: Array<{ typed: string; buttons: string[]; press: string; gives: string; value: Record<string, string>; closeCall?: string[] }> = [
    {
      typed: 'I want to do more',
      buttons: ['Courses and support', 'A career conversation', 'None of these'],
      closeCall: ['resources', 'career_conversation'],
      press: 'A career conversation',
      gives: 'Part 1 of 5: Who am I?',
      value: { dialog: 'career-conversation', intent: 'career_conversation' },
    },
    {
      typed: 'career progression',
      buttons: ['What your options are', 'A career conversation', 'None of these'],
      closeCall: ['options', 'career_conversation'],
      press: 'What your options are',
      gives: 'What is your current role?',
      value: { dialog: 'options', intent: 'options' },
    },
    {
      typed: 'help with my career',
      buttons: ['A career conversation', 'Courses for your career', 'None of these'],
      closeCall: ['career_conversation', 'resources'],
      press: 'Courses for your career',
      gives: 'Resources: Career progression',
      value: { dialog: 'resources', intent: 'resources', area: 'career-progression' },
    },
    {
      typed: 'nursing, OT, maybe paramedic?',
      buttons: ['Route to Registered nurse (adult)', 'Route to Occupational therapist', 'Route to Paramedic', 'None of these'],
      press: 'Route to Registered nurse (adult)',
      gives: 'First, what is your current role?',
      value: { dialog: 'pathway', intent: 'pathway', roleId: 'nurse-adult' },
    },
  ];

  it.each(ROWS.map((r) => [r.typed, r] as const))('"%s"', async (typed, row) => {
    const u = understand(typed, talk.content);
    expect(u.clarify).not.toBeNull();
    expect(await talk.t.say(typed)).toBe('I want to get this right. Do you mean:');
    if (row.closeCall) {
      // Two readings about as likely: the likelier first, whichever the intent examples make it.
      expect(talk.t.labels().toSorted()).toEqual(row.buttons.toSorted());
      expect(talk.t.labels()[0]).toBe(row.buttons[row.closeCall.indexOf(u.clarify![0]!.intent)]);
    } else expect(talk.t.labels()).toEqual(row.buttons);
    expect(talk.t.buttons().find((b) => b.label === row.press)?.value).toEqual(row.value);
    expect(await talk.t.press(row.press)).toContain(row.gives);
  });

  it('"None of these" shows what the bot can help with', async () => {
    await talk.t.say('I want to do more');
    const help = await talk.t.press('None of these');
    expect(help).toContain('Sorry, I did not understand that. Here is what I can help with.');
    expect(help).toContain('What I can help with');
  });

  it('does not ask when every reading leads where "None of these" does', async () => {
    const u = understand('blah blah wibble', talk.content);
    expect(u.clarify?.map((c) => c.intent).every((i) => i === 'help' || i === 'unknown')).toBe(true);
    const reply = await talk.t.say('blah blah wibble');
    expect(reply).not.toContain('Do you mean');
    expect(reply).toContain('What I can help with');
  });

  it('offers no reading that no dialog answers, and none for a topic it sends elsewhere', () => {
    const u = understand('I want to do more', talk.content);
    expect(offeredReadings(u, (i) => (i === 'resources' ? 'resources' : undefined))?.map((r) => r.dialog)).toEqual(['resources']);
    expect(offeredReadings(u, () => undefined)).toBeNull();
    const offTopic = { ...u, intent: 'unknown' as const, topic: 'pay' };
    expect(offeredReadings(offTopic, (i) => i)).toBeNull();
  });

  it('without the clarify feature, answers the likeliest reading as before', async () => {
    build(talk.content, FEATURES.filter((f) => f.id !== 'clarify'));
    const likeliest = understand('I want to do more', talk.content).intent;
    const starts: Record<string, string> = { resources: 'Which area would you like resources for?', career_conversation: 'Part 1 of 5: Who am I?' };
    expect(await talk.t.say('I want to do more')).toContain(starts[likeliest]);
  });

  it('says what content/wording/clarify.yaml says', async () => {
    const changed = await editedContent(join(talk.dir, 'content'), {
      'wording/clarify.yaml': [
        ["question: 'I want to get this right. Do you mean:'", "question: 'Which of these did you mean?'"],
        ['careerConversation: A career conversation', 'careerConversation: Plan a talk with my manager'],
        ['none: None of these', 'none: Something else'],
      ],
    });
    build(changed);
    expect(await talk.t.say('I want to do more')).toBe('Which of these did you mean?');
    expect(talk.t.labels().toSorted()).toEqual(['Courses and support', 'Plan a talk with my manager', 'Something else'].toSorted());
    expect(talk.t.labels().at(-1)).toBe('Something else');
    expect(await talk.t.press('Plan a talk with my manager')).toContain('Part 1 of 5: Who am I?');
  });
});
