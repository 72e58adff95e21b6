/**
 * "What is your current role?": asked once by the route finder and the
 * options list when neither the text nor the profile says it. The answer is
 * saved to the profile; skipping shows routes from a support worker post.
 */
import { message, type Block, type Choice, type OutboundMessage } from '../../src/core/messages.js';
import { answerButton, type Answer, type Step, type StepContext, type StepResult } from '../../src/core/dialog.js';
import type { Content, Role } from '../../src/content/model.js';
import { SKIP, commonRoles, readRoleAnswer, roleChoices } from '../../src/knowledge/read-answers.js';
import { pathwayWords } from './wording.js';

/** The roles with these ids (from dialog data), in order, leaving out any the content no longer has. */
export function rolesByIds(content: Content, ids: unknown): Role[] {
  if (!Array.isArray(ids)) return [];
  return ids.map((id) => content.roles.get(String(id))).filter((r): r is Role => !!r);
}

export type ShowFrom = (ctx: StepContext, from: Role | undefined, skipped: boolean) => Promise<StepResult>;

/** The step, for the route finder or the options list; `content` gives its examples (read once, here). */
export function fromStep(content: Content, kind: 'pathway' | 'options', show: ShowFrom): Step {
  return {
    examples: [...pathwayWords(content).from.examples],
    takes: { kind: 'role', intents: ['profile'] },
    async prompt(ctx: StepContext): Promise<OutboundMessage> {
      const content = ctx.services.content;
      const w = pathwayWords(content).from;
      const suggest = rolesByIds(content, ctx.data['suggest']);
      const blocks: Block[] = [{ type: 'paragraph', text: kind === 'pathway' ? w.forRoute : w.forOptions }];
      if (suggest.length > 0) blocks.push({ type: 'paragraph', text: w.oneOfThese });
      else blocks.push({ type: 'paragraph', text: w.pickOrType, tone: 'muted' });
      blocks.push({
        type: 'choices',
        choices: [...roleChoices(ctx, suggest.length > 0 ? suggest : commonRoles(content)), answerButton(ctx, w.skip, SKIP)],
      });
      return message(blocks);
    },
    async answer(ctx: StepContext, input: Answer): Promise<StepResult> {
      const w = pathwayWords(ctx.services.content);
      const r = readRoleAnswer(ctx, input);
      switch (r.kind) {
        case 'empty':
          return { retry: true };
        case 'unrelated':
          return { unrelated: true };
        case 'other':
          delete ctx.data['suggest'];
          return { retry: true, hint: w.from.typeJobTitle };
        case 'nomatch':
          ctx.data['suggest'] = r.suggestions.map((s) => s.id);
          return { retry: true, hint: w.noMatch };
        case 'skip':
          return show(ctx, undefined, true);
        case 'role':
          await ctx.updateProfile((p) => {
            p.roleId = r.role.id;
          });
          ctx.say(w.from.saved({ role: r.role.title }));
          return show(ctx, r.role, false);
      }
    },
    fallback(ctx: StepContext): Choice[] {
      return [...roleChoices(ctx, commonRoles(ctx.services.content)), answerButton(ctx, pathwayWords(ctx.services.content).from.skip, SKIP)];
    },
  };
}
