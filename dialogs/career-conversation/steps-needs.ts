/**
 * Part 4 of the career conversation, what do I need? (the five areas of the
 * NHS support worker learning and development roadmap), then a short
 * wellbeing check that is never shared with a manager. Wellbeing comes before
 * planning: a low rating points to help at once.
 */
import { message, type Block, type Choice } from '../../src/core/messages.js';
import { answerButton, type Step } from '../../src/core/dialog.js';
import type { Content } from '../../src/content/model.js';
import { ROADMAP_AREAS, ROADMAP_AREA_TITLES, type RoadmapArea } from '../../src/content/schema.js';
import { signpostingBlocks } from '../../src/core/signposting.js';
import { wellbeingWord } from '../my-plan/wording.js';
import { areasFromText, clean, isSkip, looksUnrelated, readRating, signpostIfDistressed } from './answers.js';
import { KEEP, MAX_TEXT, data, words } from './data.js';
import type { CareerConversationWords } from './wording.js';

const RATINGS = [1, 2, 3, 4, 5] as const;

function roadmapLink(content: Content): { label: string; url: string } | undefined {
  const r = content.resources?.find((x) => /learning-development-roadmap/.test(x.url));
  return r ? { label: r.title, url: r.url } : undefined;
}

function needsStep(w: CareerConversationWords): Step {
  return {
    examples: [...w.needs.examples],
    takes: { kind: 'text', intents: ['career_conversation', 'resources'] },
    prompt(ctx) {
      const d = data(ctx);
      const all = words(ctx);
      const w = all.needs;
      const blocks: Block[] = [
        { type: 'heading', text: all.parts.needs },
        { type: 'paragraph', text: w.question },
        { type: 'paragraph', text: w.about, tone: 'muted' },
        {
          type: 'inputs',
          fields: [
            {
              id: 'areas',
              label: w.areasLabel,
              kind: 'choice',
              multiple: true,
              optional: true,
              options: ROADMAP_AREAS.map((a) => ({ label: ROADMAP_AREA_TITLES[a], value: a })),
              ...(Object.keys(d.needs).length > 0 ? { initial: Object.keys(d.needs).join(',') } : {}),
            },
            {
              id: 'other',
              label: w.otherLabel,
              kind: 'text',
              optional: true,
              placeholder: w.otherPlaceholder,
              ...(d.needsOther ? { initial: d.needsOther } : {}),
            },
          ],
          submit: answerButton(ctx, w.save, 'form', 'primary'),
        },
        { type: 'paragraph', text: w.typed, tone: 'muted' },
      ];
      const choices: Choice[] = [];
      if (Object.keys(d.needs).length > 0 || d.needsOther) choices.push(answerButton(ctx, w.keep, KEEP));
      choices.push(answerButton(ctx, all.buttons.skip, 'skip'));
      blocks.push({ type: 'choices', choices });
      const link = roadmapLink(ctx.services.content);
      if (link) blocks.push({ type: 'links', links: [link] });
      return message(blocks);
    },
    answer(ctx, input) {
      const d = data(ctx);
      const content = ctx.services.content;
      if (input.action?.value['answer'] === 'form') {
        const picked = (input.action.value['areas'] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter((s): s is RoadmapArea => (ROADMAP_AREAS as readonly string[]).includes(s));
        const other = (input.action.value['other'] ?? '').replace(/\s+/g, ' ').trim();
        if (picked.length === 0 && !other) return { retry: true, hint: words(ctx).needs.hint };
        if (other) signpostIfDistressed(ctx, other);
        d.needs = Object.fromEntries(picked.map((a) => [a, d.needs[a] && d.needs[a] !== 'yes' ? d.needs[a]! : 'yes']));
        if (other) d.needsOther = other.slice(0, MAX_TEXT);
        else delete d.needsOther;
        return { next: 'wellbeing' };
      }
      const t = clean(input);
      if (!t) return { retry: true };
      if (t === KEEP) return { next: 'wellbeing' };
      if (isSkip(content, t)) {
        d.needs = {};
        delete d.needsOther;
        return { next: 'wellbeing' };
      }
      if (looksUnrelated(ctx, t)) return { unrelated: true };
      signpostIfDistressed(ctx, t);
      const areas = areasFromText(content, t);
      if (Object.keys(areas).length === 0) {
        d.needsOther = t.slice(0, MAX_TEXT);
      } else {
        d.needs = Object.fromEntries(ROADMAP_AREAS.filter((a) => areas[a]).map((a) => [a, areas[a]!]));
      }
      return { next: 'wellbeing' };
    },
  };
}

function wellbeingStep(w: CareerConversationWords): Step {
  return {
    examples: [...w.wellbeing.examples],
    prompt(ctx) {
      const all = words(ctx);
      const w = all.wellbeing;
      const content = ctx.services.content;
      const choices = RATINGS.map((n) => answerButton(ctx, w.button({ number: n, word: wellbeingWord(content, n) ?? '' }), String(n)));
      choices.push(answerButton(ctx, w.ratherNotSay, 'skip'));
      return message([
        { type: 'heading', text: all.parts.wellbeing },
        { type: 'paragraph', text: w.question },
        { type: 'paragraph', text: w.privacy, tone: 'muted' },
        { type: 'choices', choices },
      ]);
    },
    answer(ctx, input) {
      const d = data(ctx);
      const content = ctx.services.content;
      const w = words(ctx).wellbeing;
      const t = clean(input);
      if (!t) return { retry: true };
      if (signpostIfDistressed(ctx, t) || isSkip(content, t)) {
        delete d.wellbeing;
        return { next: 'action-1' };
      }
      const n = readRating(content, t);
      if (n === undefined) {
        if (looksUnrelated(ctx, t)) return { unrelated: true };
        return { retry: true, hint: w.hint };
      }
      d.wellbeing = n;
      if (n <= 2) {
        const already = ctx.signposted;
        ctx.signposted = true;
        ctx.say(
          message([
            { type: 'paragraph', text: w.low },
            ...(already ? [] : signpostingBlocks(content)),
            { type: 'paragraph', text: w.afterSignposting, tone: 'muted' },
          ]),
        );
      } else {
        ctx.say(n === 3 ? w.middle : w.high);
      }
      return { next: 'action-1' };
    },
    fallback: (ctx) => RATINGS.map((n) => answerButton(ctx, String(n), String(n))).concat(answerButton(ctx, words(ctx).buttons.skip, 'skip')),
  };
}

/** The steps of part 4 and the wellbeing check. */
export function needsSteps(w: CareerConversationWords): Record<string, Step> {
  return {
    needs: needsStep(w),
    wellbeing: wellbeingStep(w),
  };
}
