/**
 * The examples' readings kept between trainings (example-readings.ts): a kept
 * reading stands in for reading the example again, only examples without one
 * are read, and the model is the same either way.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/model.js';
import { loadContent } from '../../src/content/load.js';
import { defaultContentDir } from '../../src/paths.js';
import { trainIntentModel } from '../../src/knowledge/understand/intent-model.js';
import { readingsFromJson, readingsToJson, restoreReading, storeReading, type StoredReading } from '../../src/knowledge/understand/example-readings.js';
import { parseQuestion } from '../../src/knowledge/understand/parse.js';

let content: Content;
beforeAll(async () => {
  content = await loadContent(defaultContentDir);
});

/** The content with only a few examples of each kind, so that training takes moments. */
function withExamples(extra: string[] = []): Content {
  const e = content.intentExamples;
  const few = (xs: string[] | undefined) => (xs ?? []).slice(0, 12);
  return {
    ...content,
    intentExamples: {
      ...e,
      pathway: [...few(e.pathway), ...extra],
      options: few(e.options),
      career_conversation: few(e.career_conversation),
      resources: {
        'career-progression': few(e.resources['career-progression']),
        'wellbeing-resilience': few(e.resources['wellbeing-resilience']),
        'skills-for-life': few(e.resources['skills-for-life']),
        'personal-skills': few(e.resources['personal-skills']),
        'technical-skills': few(e.resources['technical-skills']),
      },
      checkin: few(e.checkin),
      profile: few(e.profile),
      help: few(e.help),
      privacy: few(e.privacy),
      unknown: few(e.unknown),
    },
  };
}

describe("the examples' readings kept between trainings", () => {
  it('are read afresh only for examples without one, and train the same model as reading every example', () => {
    const first = trainIntentModel(withExamples());
    expect(first.readAfresh).toBe(first.readings.size);
    expect(first.readAfresh).toBeGreaterThan(80);
    const added = 'could a porter on nights train to be an operating department practitioner';
    const kept = readingsFromJson(readingsToJson(first.readings));
    const second = trainIntentModel(withExamples([added]), kept);
    expect(second.readAfresh).toBe(1);
    expect(second.readings.has(added)).toBe(true);
    expect(second.model.toBytes().equals(trainIntentModel(withExamples([added])).model.toBytes())).toBe(true);
  });

  it('give back what the grammar read: the words, the rules matched, the roles and bands', () => {
    const p = parseQuestion(content, "I'm a band 3 HCA, how do I become a nursing associate?");
    const back = restoreReading(content, storeReading(p))!;
    expect(back.masked).toEqual(p.masked);
    expect(back.hits).toEqual(p.hits);
    expect(back.role?.id).toBe('nursing-associate');
    expect(back.from?.id).toBe(p.from?.id);
    expect(back.band).toBe('3');
    expect([back.bandTarget, back.targetCued, back.optionsLike]).toEqual([p.bandTarget, p.targetCued, p.optionsLike]);
  });

  it('are not used when they name a role or a rule the code and content no longer have', () => {
    const s = storeReading(parseQuestion(content, 'how do I become a nursing associate'));
    const noRole: StoredReading = [...s];
    noRole[2] = 'a-role-since-removed';
    expect(restoreReading(content, noRole)).toBeUndefined();
    const noRule: StoredReading = [...s];
    noRule[1] = [100_000];
    expect(restoreReading(content, noRule)).toBeUndefined();
    // An example whose kept reading cannot be used is read again.
    const text = 'how do I become a nursing associate';
    const { readAfresh } = trainIntentModel(withExamples([text]), new Map([[text, noRole]]));
    expect(readAfresh).toBeGreaterThan(0);
  });

  it('from a file not in their layout are none at all', () => {
    expect(readingsFromJson('').size).toBe(0);
    expect(readingsFromJson('{"format":1,"readings":[["a",').size).toBe(0);
    expect(readingsFromJson('{"format":99,"readings":[]}').size).toBe(0);
    expect(readingsFromJson('{"format":1,"readings":[["a",[["x"],[0],null,null,null,null,"yes",false]]]}').size).toBe(0);
  });
});
