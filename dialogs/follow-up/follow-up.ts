/**
 * Follow-ups about the route last talked about: "how long does it take?",
 * "what band would I be?", "who pays?", "what do I need first?", "and after
 * that?". The route is the conversation's topic (`ctx.topic`), set by the
 * route finder when it shows a route. With no route in hand, it asks which
 * role first, then answers.
 *
 * Args: `aspect` (read.ts), and `roleId` when the message named the role.
 */
import { message, type Block } from '../../src/core/messages.js';
import { answerText, type Dialog, type StepContext, type StepResult } from '../../src/core/dialog.js';
import type { Content, Role } from '../../src/content/model.js';
import { matchRole } from '../../src/knowledge/understand.js';
import { roleChoices } from '../../src/knowledge/read-answers.js';
import { targetRoles } from '../pathway/pathway.js';
import { followUpAnswer } from './answers.js';
import { isAspect, type Aspect } from './read.js';
import { followUpWords } from './wording.js';

export const FOLLOW_UP_DIALOG = 'follow-up';

export interface FollowUpDialogOptions {
  content: Content;
  hasDialog: (id: string) => boolean;
}

export function followUpDialog(opts: FollowUpDialogOptions): Dialog {
  const canShowRoute = opts.hasDialog('pathway');

  const answer = async (ctx: StepContext, aspect: Aspect): Promise<StepResult> => {
    const topic = ctx.topic;
    if (!topic) return { next: 'which' };
    ctx.say(await followUpAnswer(ctx, topic, aspect, canShowRoute));
    return { end: true };
  };

  /** A route to this role becomes the topic, from the person's own role. */
  const takeRole = (ctx: StepContext, role: Role) => {
    if (ctx.topic?.toRoleId !== role.id) ctx.topic = { toRoleId: role.id };
  };

  return {
    id: FOLLOW_UP_DIALOG,
    title: followUpWords(opts.content).title,
    async begin(ctx, args) {
      const aspect = isAspect(args['aspect']) ? args['aspect'] : 'duration';
      ctx.data['aspect'] = aspect;
      const named = typeof args['roleId'] === 'string' ? ctx.services.content.roles.get(args['roleId']) : undefined;
      if (named) takeRole(ctx, named);
      return answer(ctx, aspect);
    },
    steps: {
      which: {
        examples: [...followUpWords(opts.content).which.examples],
        takes: { kind: 'role', intents: ['pathway'] },
        prompt(ctx) {
          const blocks: Block[] = [
            { type: 'paragraph', text: followUpWords(ctx.services.content).which.question },
            { type: 'choices', choices: roleChoices(ctx, targetRoles(ctx.services.content)) },
          ];
          return message(blocks);
        },
        async answer(ctx, input) {
          const content = ctx.services.content;
          const raw = answerText(input)?.trim() ?? '';
          if (raw === '') return { retry: true };
          const role = (input.action ? content.roles.get(raw) : undefined) ?? matchRole(content, raw);
          if (!role) return { retry: true, hint: followUpWords(content).which.notFound };
          takeRole(ctx, role);
          return answer(ctx, isAspect(ctx.data['aspect']) ? ctx.data['aspect'] : 'duration');
        },
        fallback(ctx) {
          return roleChoices(ctx, targetRoles(ctx.services.content));
        },
      },
    },
  };
}
