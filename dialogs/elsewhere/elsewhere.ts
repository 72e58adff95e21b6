/**
 * Questions the bot does not answer. For a topic it knows is not its own
 * (pay, rotas, leave, vaccinations…, in content/out-of-scope.yaml) it says
 * honestly where to go instead, then what it can help with, with a few
 * buttons. Anything else it did not understand goes to help, as before.
 *
 * Args: `topic` (an out-of-scope topic id, from the understanding).
 * The words are in content/wording/elsewhere.yaml; each topic's answer is in
 * content/out-of-scope.yaml.
 */
import { message, type Block, type Choice } from '../../src/core/messages.js';
import { startButton, type Dialog } from '../../src/core/dialog.js';
import type { Content } from '../../src/content/model.js';
import { defineWording, text } from '../../src/content/wording.js';

export const ELSEWHERE_DIALOG = 'elsewhere';

export const ELSEWHERE_WORDING = defineWording('elsewhere', {
  title: text(),
  canHelp: text(),
  buttons: { routes: text(), resources: text(), help: text() },
});

export interface ElsewhereDialogOptions {
  /** The content the dialog's title comes from (read once, here). */
  content: Content;
  hasDialog: (id: string) => boolean;
}

export function elsewhereDialog(opts: ElsewhereDialogOptions): Dialog {
  return {
    id: ELSEWHERE_DIALOG,
    title: ELSEWHERE_WORDING.of(opts.content).title,
    begin(ctx, args) {
      const content = ctx.services.content;
      const topic = typeof args['topic'] === 'string' ? content.outOfScope.find((t) => t.id === args['topic']) : undefined;
      if (!topic) return { start: 'help', args: { reason: 'not-understood' } };
      const w = ELSEWHERE_WORDING.of(content);
      const choices: Choice[] = [
        ['pathway', w.buttons.routes],
        ['resources', w.buttons.resources],
        ['help', w.buttons.help],
      ]
        .filter(([dialog]) => opts.hasDialog(dialog!))
        .map(([dialog, label]) => startButton(label!, dialog!));
      // One button a row: on a phone a row of three would run off the card.
      ctx.say(
        message([
          { type: 'paragraph', text: topic.answer },
          { type: 'paragraph', text: w.canHelp },
          ...choices.map((c): Block => ({ type: 'choices', choices: [c] })),
        ]),
      );
      return { end: true };
    },
    steps: {},
  };
}
