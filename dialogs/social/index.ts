/**
 * Social turns: "thanks", "bye", "ok", "that's all" get a short, friendly
 * reply rather than the help card. The words that make a social turn are
 * shared (content/wording/core.yaml `social`, read by src/core/words.ts; the
 * runtime answers them itself while a question is waiting); the replies here
 * are in content/wording/social.yaml.
 */
import type { Feature } from '../../src/feature.js';
import { message } from '../../src/core/messages.js';
import type { Dialog } from '../../src/core/dialog.js';
import type { Content } from '../../src/content/model.js';
import { defineWording, text } from '../../src/content/wording.js';
import { socialTurn, type SocialTurn } from '../../src/core/words.js';

export const SOCIAL_WORDING = defineWording('social', {
  title: text(),
  replies: { thanks: text(), bye: text(), ok: text(), done: text() },
});

const KINDS: readonly SocialTurn[] = ['thanks', 'bye', 'ok', 'done'];

function socialDialog(content: Content): Dialog {
  return {
    id: 'social',
    title: SOCIAL_WORDING.of(content).title,
    begin(ctx, args) {
      const kind = KINDS.find((k) => k === args['kind']) ?? 'ok';
      ctx.say(message([{ type: 'paragraph', text: SOCIAL_WORDING.of(ctx.services.content).replies[kind] }]));
      return { end: true };
    },
    steps: {},
  };
}

export const social: Feature = {
  id: 'social',
  wording: SOCIAL_WORDING,
  dialogs: ({ services }) => [socialDialog(services.content)],
  routes: ({ services }) => [
    (text) => {
      const kind = socialTurn(services.content, text);
      return kind ? { dialog: 'social', args: { kind } } : undefined;
    },
  ],
};
