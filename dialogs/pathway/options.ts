/**
 * The options list ("What are my options?"): the next steps open from the
 * person's role, shortest first, each with a button to its route card. Without
 * a role it asks once; skipping starts from a support worker post, and says so.
 * With `onBehalf: 'yes'` (a manager asking for someone else) it starts from
 * that person's role as the question gave it, or from a support worker post,
 * says who the list is for, and neither asks nor saves anything.
 */
import { message, type Block, type OutboundMessage } from '../../src/core/messages.js';
import { startButton, type Dialog, type StepContext, type StepResult } from '../../src/core/dialog.js';
import type { Content, Role } from '../../src/content/model.js';
import { optionsFrom } from '../../src/knowledge/pathways.js';
import { roleWithBand } from '../../src/knowledge/format.js';
import { OPTIONS_DIALOG, PATHWAY_DIALOG, str } from './ids.js';
import { fromStep } from './from-step.js';
import { optionLine, pathwayWords } from './wording.js';

const MAX_OPTIONS = 8;

/** The lowest-band, most common support role: where routes start when the role is unknown. */
export function assumedStart(content: Content): Role | undefined {
  const rank = (r: Role) => Math.min(...r.bands.map((b) => ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'].indexOf(b)));
  return [...content.roles.values()]
    .filter((r) => r.family === 'support')
    .sort((a, b) => rank(a) - rank(b) || (a.common ?? 99) - (b.common ?? 99) || a.id.localeCompare(b.id))[0];
}

function optionsMessage(ctx: StepContext, from: Role, held: string[], assumed: boolean, onBehalf: boolean): OutboundMessage {
  const content = ctx.services.content;
  const w = pathwayWords(content);
  const options = optionsFrom(content, from.id, held);
  const blocks: Block[] = [{ type: 'heading', text: onBehalf ? w.onBehalf.optionsHeading({ role: from.title }) : w.options.heading({ role: from.title }) }];
  if (onBehalf) {
    blocks.push({ type: 'paragraph', text: w.onBehalf.options });
  }
  if (assumed) {
    const role = roleWithBand(content, from);
    blocks.push({ type: 'paragraph', text: onBehalf ? w.onBehalf.optionsTheirRoleNotKnown({ role }) : w.options.skippedRole({ role }) });
  }
  if (options.length === 0) {
    blocks.push({ type: 'paragraph', text: w.options.noRoutes({ role: from.title }) });
    blocks.push({ type: 'choices', choices: [startButton(w.buttons.findRoute, PATHWAY_DIALOG)] });
    return message(blocks);
  }
  const shown = options.slice(0, MAX_OPTIONS);
  blocks.push({ type: 'paragraph', text: w.options.order });
  blocks.push({
    type: 'list',
    items: shown.map((o) => optionLine(content, w, o, o.viaAny ? w.options.applyYourself : undefined)),
  });
  const more = [...new Set(options.slice(MAX_OPTIONS).map((o) => o.to.title))];
  if (more.length > 0) blocks.push({ type: 'paragraph', text: w.options.longer({ roles: more.join(', ') }), tone: 'muted' });
  const targets = [...new Map(shown.map((o) => [o.to.id, o.to])).values()];
  blocks.push({
    type: 'choices',
    choices: targets.map((t) =>
      startButton(w.buttons.showRouteTo({ role: t.title }), PATHWAY_DIALOG, { roleId: t.id, ...(assumed ? {} : { fromId: from.id }), ...(onBehalf ? { onBehalf: 'yes' } : {}) }),
    ),
  });
  return message(blocks);
}

export interface OptionsDialogOptions {
  /** The content the dialog's title and examples come from (read once, here). */
  content: Content;
}

export function optionsDialog(opts: OptionsDialogOptions): Dialog {
  const show = async (ctx: StepContext, from: Role | undefined, skipped: boolean, onBehalf = false): Promise<StepResult> => {
    const content = ctx.services.content;
    const start = from ?? assumedStart(content);
    if (!start) {
      const w = pathwayWords(content);
      ctx.say(message([{ type: 'paragraph', text: w.options.noRoles }, { type: 'choices', choices: [startButton(w.buttons.findRoute, PATHWAY_DIALOG)] }]));
      return { end: true };
    }
    const profile = onBehalf ? undefined : await ctx.profile();
    ctx.say(optionsMessage(ctx, start, profile?.held ?? [], skipped || !from, onBehalf));
    return { end: true };
  };
  return {
    id: OPTIONS_DIALOG,
    title: pathwayWords(opts.content).title.options,
    help: (ctx) => {
      const w = pathwayWords(ctx.services.content).options;
      return message([
        { type: 'heading', text: w.yourOptions },
        { type: 'paragraph', text: w.help },
      ]);
    },
    async begin(ctx, args) {
      const content = ctx.services.content;
      const onBehalf = args['onBehalf'] === 'yes';
      // For someone else, the asker's own role is not theirs.
      const fromId = str(args['fromId']) ?? (onBehalf ? undefined : (await ctx.profile())?.roleId);
      const from = fromId ? content.roles.get(fromId) : undefined;
      if (onBehalf) return show(ctx, from, false, true);
      if (!from) return { next: 'from' };
      return show(ctx, from, false);
    },
    steps: {
      from: fromStep(opts.content, 'options', show),
    },
  };
}
