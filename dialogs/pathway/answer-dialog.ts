/**
 * A one-turn answer from the career knowledge, personalised with what the
 * person's profile holds. Used for questions no fuller conversation handles.
 */
import type { Dialog } from '../../src/core/dialog.js';
import type { Content } from '../../src/content/model.js';
import { answer } from './answer.js';
import { pathwayWords } from './wording.js';

export interface AnswerDialogOptions {
  /** The content the dialog's title comes from (read once, here). */
  content: Content;
}

export function answerDialog(opts: AnswerDialogOptions): Dialog {
  return {
    id: 'answer',
    title: pathwayWords(opts.content).title.answer,
    async begin(ctx, args) {
      const text = typeof args['text'] === 'string' ? args['text'] : '';
      const profile = await ctx.profile();
      const opts: { from?: string; held?: string[] } = {};
      if (profile?.roleId) opts.from = profile.roleId;
      if (profile?.held) opts.held = profile.held;
      ctx.say(answer(ctx.services.content, text, opts).reply);
      return { end: true };
    },
    steps: {},
  };
}
