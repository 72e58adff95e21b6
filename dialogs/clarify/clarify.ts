/**
 * "Ask, don't guess": when the understanding is not sure what a message means,
 * the bot asks which reading was meant, with one button per reading and
 * "None of these" (which shows what the bot can help with).
 *
 * The app wiring (src/app/compose.ts) starts this dialog with `readings`: one
 * entry per reading, most likely first, each the dialog that answers it
 * (`dialog`) and the args the intent rule would give that dialog (`intent`,
 * `roleId`, `fromId`, `band`, `area`, all strings). Each button starts that
 * dialog with those args, so it works later too.
 *
 * The words are in content/wording/clarify.yaml.
 */
import { message, type Block, type Choice } from '../../src/core/messages.js';
import { startButton, type Dialog } from '../../src/core/dialog.js';
import type { Content } from '../../src/content/model.js';
import { defineWording, text, type Words } from '../../src/content/wording.js';
import { isRoadmapArea } from '../../src/knowledge/format.js';

export const CLARIFY_DIALOG = 'clarify';

export const CLARIFY_WORDING = defineWording('clarify', {
  title: text(),
  question: text(),
  /** One button label per kind of question, with the role or area where the message named one. */
  buttons: {
    pathway: { withRole: text('role'), plain: text() },
    options: { withRole: text('role'), plain: text() },
    /** Courses and resources: one label per learning area, and one when no area is known. */
    resources: {
      plain: text(),
      areas: {
        'career-progression': text(),
        'wellbeing-resilience': text(),
        'skills-for-life': text(),
        'personal-skills': text(),
        'technical-skills': text(),
      },
    },
    careerConversation: text(),
    checkin: text(),
    profile: text(),
    privacy: text(),
    help: text(),
  },
  none: text(),
});

type ClarifyWords = Words<(typeof CLARIFY_WORDING)['spec']>;

/** A reading as the buttons carry it: the dialog that answers it, and its args. */
export type ClarifyReading = Readonly<Record<string, string>> & { readonly dialog: string };

/** The button label for a reading (`intent`, `roleId`, `fromId`, `area`), or undefined for a kind of question it has no words for. */
export function readingLabel(content: Content, args: Readonly<Record<string, string | undefined>>): string | undefined {
  const w: ClarifyWords = CLARIFY_WORDING.of(content);
  const b = w.buttons;
  const role = (id: string | undefined) => (id ? content.roles.get(id)?.title : undefined);
  switch (args['intent']) {
    case 'pathway': {
      const to = role(args['roleId']);
      return to ? b.pathway.withRole({ role: to }) : b.pathway.plain;
    }
    case 'options': {
      const from = role(args['fromId']);
      return from ? b.options.withRole({ role: from }) : b.options.plain;
    }
    case 'resources': {
      const area = args['area'];
      if (!isRoadmapArea(area)) return b.resources.plain;
      const areas: Readonly<Record<string, string>> = b.resources.areas;
      return areas[area]!;
    }
    case 'career_conversation':
      return b.careerConversation;
    case 'checkin':
      return b.checkin;
    case 'profile':
      return b.profile;
    case 'privacy':
      return b.privacy;
    case 'help':
      return b.help;
    default:
      return undefined;
  }
}

/** Each reading's button (dialog, label and args), in order, leaving out readings with no words and repeated labels. */
export function readingButtons(content: Content, readings: readonly ClarifyReading[]): Array<{ dialog: string; label: string; args: Record<string, string> }> {
  const out: Array<{ dialog: string; label: string; args: Record<string, string> }> = [];
  for (const { dialog, ...args } of readings) {
    const label = readingLabel(content, args);
    if (label && !out.some((b) => b.label === label)) out.push({ dialog, label, args });
  }
  return out;
}

/** The labels of the buttons for these readings (as `career-companion ask --json` shows them). */
export function readingLabels(content: Content, readings: readonly ClarifyReading[]): string[] {
  return readingButtons(content, readings).map((b) => b.label);
}

/** The readings from the dialog's args, leaving out anything that is not one. */
function readingsOf(v: unknown): ClarifyReading[] {
  if (!Array.isArray(v)) return [];
  return v.filter(
    (r): r is ClarifyReading =>
      typeof r === 'object' && r !== null && typeof (r as Record<string, unknown>)['dialog'] === 'string' && Object.values(r as Record<string, unknown>).every((x) => typeof x === 'string'),
  );
}

export interface ClarifyDialogOptions {
  /** The content the dialog's title comes from (read once, here). */
  content: Content;
  hasDialog: (id: string) => boolean;
}

export function clarifyDialog(opts: ClarifyDialogOptions): Dialog {
  return {
    id: CLARIFY_DIALOG,
    title: CLARIFY_WORDING.of(opts.content).title,
    begin(ctx, args) {
      const content = ctx.services.content;
      const w = CLARIFY_WORDING.of(content);
      const readings = readingsOf(args['readings']).filter((r) => opts.hasDialog(r.dialog));
      // "I'm a ward clerk": already kept this turn, and said so; no need to ask whether it was news.
      const told = ctx.noted ? readings.find((r) => r['intent'] === 'profile') : undefined;
      if (told) {
        const { dialog, ...rest } = told;
        return { start: dialog, args: { ...rest, text: String(args['text'] ?? '') } };
      }
      const choices: Choice[] = readingButtons(content, readings).map((b) => startButton(b.label, b.dialog, b.args));
      // Nothing to offer: show what the bot can help with, as for a message it did not understand.
      if (choices.length === 0) return { start: 'help', args: { reason: 'not-understood' } };
      choices.push(startButton(w.none, 'help', { reason: 'not-understood' }));
      // One button a row, like the answers to a question on paper: on a phone a row of
      // several would run off the card, and a long role name needs the whole width.
      ctx.say(message([{ type: 'paragraph', text: w.question }, ...choices.map((c): Block => ({ type: 'choices', choices: [c] }))]));
      return { end: true };
    },
    steps: {},
  };
}
