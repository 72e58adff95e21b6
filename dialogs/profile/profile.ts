/**
 * The profile: only what recommendations need, one question at a time.
 *
 *   role -> band -> area -> quals -> manager -> confirm
 *
 * Every answer can be skipped and is saved as soon as it is given, so nothing
 * is lost if the person stops part way. Any answer can be changed later: from
 * the summary card's buttons (they work even after the dialog has ended), or by
 * typing "change my band" and so on, which asks that one question and stops.
 * "I'm now a band 3" saves the band at once.
 *
 * Privacy: the role is kept only as a content role id (what people type to
 * describe their role is used to find the role and then dropped). The area of
 * work is kept in the person's words, cut to 80 characters. The line manager is
 * kept only as the platform's user key and display name from an @mention.
 *
 * The words are in content/wording/profile.yaml; the questions are in
 * steps.ts, and what they share in common.ts.
 */
import { message, type Block } from '../../src/core/messages.js';
import { actionButton, answerText, type Dialog } from '../../src/core/dialog.js';
import type { Content } from '../../src/content/model.js';
import { bandLabel } from '../../src/knowledge/format.js';
import { isShortAnswer, looksLikeQuestion, parseBand } from '../../src/knowledge/read-answers.js';
import {
  PROFILE_DIALOG,
  afterChangeChoices,
  bandCheck,
  changeChoices,
  fieldFromText,
  finish,
  hasAnything,
  helpMessage,
  isField,
  profileFacts,
  saveRole,
} from './common.js';
import { areaStep, bandStep, managerStep, qualsStep, roleStep } from './steps.js';
import { profileWords } from './wording.js';

export { AREA_MAX, PROFILE_DIALOG, PROFILE_FIELDS, fieldFromText, needsProfile, profileFacts, type ProfileField } from './common.js';

export interface ProfileOptions {
  /** The content the words come from (the dialog's title and examples are read once, here). */
  content: Content;
}

export function profileDialog(opts: ProfileOptions): Dialog {
  const built = opts.content;
  return {
    id: PROFILE_DIALOG,
    title: profileWords(built).title,
    help: (ctx) => helpMessage(ctx.services.content),

    async begin(ctx, args) {
      const content = ctx.services.content;
      const w = profileWords(content);
      ctx.data['mode'] = 'full';
      if (isField(args['step'])) {
        ctx.data['mode'] = 'single';
        return { next: args['step'] };
      }
      if (args['intent'] === 'profile') {
        const text = typeof args['text'] === 'string' ? args['text'] : '';
        const role = typeof args['fromId'] === 'string' ? content.roles.get(args['fromId']) : undefined;
        const parsed = typeof args['band'] === 'string' ? parseBand(content, args['band']) : null;
        const band = parsed && 'band' in parsed ? parsed.band : undefined;
        if (role || band || ctx.noted) {
          const known = await ctx.profile();
          if (ctx.noted || ((!role || known?.roleId === role.id) && (!band || known?.band === band))) {
            // Already kept (remember.ts said so this turn, or it was known): say what can come next.
            ctx.say(message([{ type: 'paragraph', text: w.whatNext }, { type: 'choices', choices: afterChangeChoices(content) }]));
            return { end: true };
          }
          // "I'm now a band 3", "set my role to maternity support worker": save at once.
          const p = await ctx.updateProfile((p) => {
            if (role) p.roleId = role.id;
            if (band) p.band = band;
          });
          const updated =
            role && band
              ? w.updated.both({ role: role.title, band: bandLabel(content, band) })
              : role
                ? w.updated.role({ role: role.title })
                : w.updated.band({ band: bandLabel(content, band!) });
          const blocks: Block[] = [{ type: 'paragraph', text: updated }];
          if (band && !role) blocks.push(...bandCheck(content, p, band));
          blocks.push({ type: 'paragraph', text: w.whatNext });
          blocks.push({ type: 'choices', choices: afterChangeChoices(content) });
          ctx.say(message(blocks));
          return { end: true };
        }
        const field = fieldFromText(content, text);
        if (field) {
          ctx.data['mode'] = 'single';
          return { next: field };
        }
      }
      const p = await ctx.profile();
      if (hasAnything(p)) {
        ctx.data['mode'] = 'confirm';
        return { next: 'confirm' };
      }
      return { next: 'role' };
    },

    steps: {
      role: roleStep(built, false),
      roleText: roleStep(built, true),
      band: bandStep(built),
      area: areaStep(built),
      quals: qualsStep(built),
      manager: managerStep(built),

      confirm: {
        async prompt(ctx) {
          const content = ctx.services.content;
          const w = profileWords(content);
          let p = await ctx.profile();
          if (!p?.onboarded) {
            p = await ctx.updateProfile((x) => {
              x.onboarded = true;
            });
          }
          return message([
            { type: 'heading', text: w.confirm.heading },
            { type: 'paragraph', text: w.confirm.intro },
            { type: 'facts', facts: profileFacts(content, p) },
            { type: 'choices', choices: [...changeChoices(content), actionButton(PROFILE_DIALOG, 'done', w.confirm.done, {})] },
            { type: 'paragraph', text: w.confirm.helpHint, tone: 'muted' },
          ]);
        },
        async answer(ctx, input) {
          const content = ctx.services.content;
          const text = answerText(input)?.trim() ?? '';
          if (isShortAnswer(content, text, ['yes', 'no'], profileWords(content).confirm.doneWords)) return finish(ctx);
          const field = fieldFromText(content, text);
          if (field && !looksLikeQuestion(content, text)) {
            ctx.data['mode'] = 'confirm';
            return { next: field };
          }
          return { unrelated: true };
        },
      },
    },

    actions: {
      /** Ask one question again; then come back to the summary. */
      change(ctx, value) {
        const step = value['step'];
        if (!isField(step)) return { stay: true };
        ctx.data['mode'] = 'confirm';
        return { next: step };
      },
      done(ctx) {
        return finish(ctx);
      },
      async setRole(ctx, value) {
        const content = ctx.services.content;
        const w = profileWords(content);
        const role = content.roles.get(value['roleId'] ?? '');
        if (!role) {
          ctx.say(w.role.gone);
          return { stay: true };
        }
        await saveRole(ctx, role);
        ctx.say(
          message([
            { type: 'paragraph', text: w.role.saved({ role: role.title }) },
            { type: 'choices', choices: afterChangeChoices(content) },
          ]),
        );
        return { stay: true };
      },
    },
  };
}
