/**
 * Questions the bot does not answer, through the whole bot: a topic it knows
 * is not its own gets where to go instead (content/out-of-scope.yaml), then
 * what it can help with; anything else it did not understand gets help.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Content } from '../../../src/content/model.js';
import { understand } from '../../../src/knowledge/understand.js';
import { FEATURES } from '../../../dialogs/index.js';
import type { Feature } from '../../../src/feature.js';
import { editedContent } from '../../helpers/content.js';
import { talkingBot } from '../../helpers/transcript.js';

describe('questions the bot does not answer', () => {
  const talk = talkingBot();
  const build = (c?: Content, features?: readonly Feature[]) => talk.rebuild(c, features);

  const answerOf = (topic: string) => talk.content.outOfScope.find((x) => x.id === topic)!.answer;

  it.each([
    ['can I swap my shift on Saturday', 'rota'],
    ['how do I get my flu jab', 'vaccines'],
    ['the canteen is closed again', 'facilities'],
    ['who do I ask about my payslip', 'pay'],
  ])('"%s" gets where to go for %s, then what the bot can do', async (typed, topic) => {
    expect(understand(typed, talk.content).topic).toBe(topic);
    const reply = await talk.t.say(typed);
    expect(reply).toBe(`${answerOf(topic)}\n\nWhat I can help with: career routes, courses and support, and planning your next step.`);
    expect(talk.t.labels()).toEqual(['Career routes', 'Courses and resources', 'What I can do']);
    // One button a row, so that none runs off the card on a phone.
    expect(talk.t.last[0]!.blocks.map((b) => (b.type === 'choices' ? b.choices.length : b.type))).toEqual(['paragraph', 'paragraph', 1, 1, 1]);
  });

  it('its buttons start the route finder, the resources and help', async () => {
    await talk.t.say('how do I get my flu jab');
    expect(await talk.t.press('Career routes')).toContain('Which role are you interested in?');
    await talk.t.say('cancel');
    expect(await talk.t.press('Courses and resources')).toContain('Which area would you like resources for?');
    await talk.t.say('cancel');
    expect(await talk.t.press('What I can do')).toMatch(/^What I can help with/);
  });

  it('anything else it did not understand gets help, as before', async () => {
    const u = understand('the weather is lovely today', talk.content);
    expect(u.intent).toBe('unknown');
    expect(u.topic).toBeNull();
    const reply = await talk.t.say('the weather is lovely today');
    expect(reply).toMatch(/^Sorry, I did not understand that\. Here is what I can help with\./);
  });

  it('without the feature, a topic it does not help with gets help', async () => {
    build(talk.content, FEATURES.filter((f) => f.id !== 'elsewhere'));
    expect(await talk.t.say('how do I get my flu jab')).toMatch(/^Sorry, I did not understand that\./);
  });

  it('says what content/wording/elsewhere.yaml and content/out-of-scope.yaml say', async () => {
    const changed = await editedContent(join(talk.dir, 'content'), {
      'wording/elsewhere.yaml': [
        ["canHelp: 'What I can help with: career routes, courses and support, and planning your next step.'", 'canHelp: I am here for your career and learning.'],
        ['  routes: Career routes', '  routes: Routes into roles'],
      ],
      'out-of-scope.yaml': [
        [
          'answer: I cannot help with vaccinations. Your occupational health team or the trust intranet will have the staff vaccination clinics.',
          'answer: For your flu jab, ring occupational health on 1234.',
        ],
      ],
    });
    build(changed);
    const reply = await talk.t.say('how do I get my flu jab');
    expect(reply).toBe('For your flu jab, ring occupational health on 1234.\n\nI am here for your career and learning.');
    expect(talk.t.labels()).toEqual(['Routes into roles', 'Courses and resources', 'What I can do']);
  });
});
