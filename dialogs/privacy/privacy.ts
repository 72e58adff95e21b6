/**
 * "Your data": what Career Companion holds about you, who can see it, a copy
 * of it (right of access) and deleting it (right to erasure).
 *
 * Identity comes only from the platform: every record read or removed is the
 * sender's own (`ctx.msg.userKey`). Nothing typed or carried by a button can
 * point these at someone else.
 *
 * The words are in content/wording/privacy.yaml.
 */
import { answerButton, answerText, startButton, type Dialog, type StepContext, type StepResult } from '../../src/core/dialog.js';
import { message, type Block, type Choice } from '../../src/core/messages.js';
import { recordAudit } from '../../src/core/audit.js';
import { exportFilename, exportJson, exportPerson, holdsNothing, holdsOnlyReference, recordCounts } from '../../src/privacy/export.js';
import { erasePerson, erasureTotal } from '../../src/privacy/erase.js';
import type { Content } from '../../src/content/model.js';
import { isAnswer } from '../../src/core/words.js';
import { DEFAULT_CHECKIN_TEXT_RETENTION_DAYS } from './retention.js';
import { summaryBlocks } from './summary.js';
import { countOf, privacyWords, type PrivacyWords } from './wording.js';
import { normalise } from '../../src/core/router.js';

export interface PrivacyOptions {
  /** The content the words come from (the dialog's title and examples are read once, here). */
  content: Content;
  /** Days check-in free text is kept (CHECKIN_TEXT_RETENTION_DAYS). */
  checkinTextRetentionDays?: number;
  hasDialog?: (id: string) => boolean;
}

export type PrivacyMode = 'export' | 'erase' | 'overview';

/**
 * "What do you hold about me" and the like, for text the understanding sent
 * here. Kept as a pattern: its phrases are combinations ("what do/does/will
 * you/the bot/it hold/store/keep/... "), too many to list one by one.
 */
const EXPORT_WORDS =
  /\b(export|download|copy of|subject access|send me)\b|\bwhat (do|does|will) (you|the bot|it|career companion) (hold|store|keep|know|have|save|record|remember)\b|\bwhat (information|info|data|details) (do|does) you\b|\b(hold|have|kept|stored|know) (about|on) me\b/;

/** True when the normalised text has one of the phrases as whole words. */
function hasPhrase(t: string, phrases: readonly string[]): boolean {
  const padded = ` ${t} `;
  return phrases.some((p) => {
    const n = normalise(p);
    return n !== '' && padded.includes(` ${n} `);
  });
}

/** True when the normalised text starts with one of the phrases as whole words. */
function startsWithPhrase(t: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => {
    const n = normalise(p);
    return n !== '' && (t === n || t.startsWith(`${n} `));
  });
}

/** Which part of "your data" the person asked for, from the route's args or their words. */
export function privacyMode(content: Content, args: Record<string, unknown>): PrivacyMode {
  const mode = args['mode'];
  if (mode === 'export' || mode === 'erase' || mode === 'overview') return mode;
  const t = typeof args['text'] === 'string' ? normalise(args['text']) : '';
  const w = privacyWords(content).understand;
  if (hasPhrase(t, w.eraseWords) && !hasPhrase(t, w.askingHow)) return 'erase';
  if (EXPORT_WORDS.test(t)) return 'export';
  return 'overview';
}

/**
 * Route rule patterns (index.ts): checked before the general intent rule.
 * Kept as patterns: each is many optional parts in a row ("please", "can you",
 * "delete/erase/remove/wipe", "all of", "my data/details/..."), thousands of
 * phrases if listed one by one.
 */
export const ERASE_REQUEST =
  /^(please )?(can you |could you |i want you to |i'd like you to |i would like you to )?((delete|erase|remove|wipe) (all )?(of )?(my (data|details|information|info|profile|account|records?)|everything( you (hold|have|know|keep))?( about me)?)|forget (about )?me|forget everything( about me)?)( please)?$/;
export const EXPORT_REQUEST =
  /^(please )?(what (do|does) (you|career companion) (hold|know|have|keep|store|save) (about|on) me|(export|download|send me|give me|show me)( a copy of)? (all )?my (data|details|information|info)|my data|subject access( request)?)( please)?$/;

/** The typed answer to "Delete everything?", with an ending such as "please" taken off. */
function withoutEnding(w: PrivacyWords, t: string): string {
  for (const e of w.confirm.endings) {
    const n = normalise(e);
    if (n !== '' && t.endsWith(` ${n}`)) return t.slice(0, -n.length - 1);
  }
  return t;
}

/**
 * What an answer to "Delete everything?" means: only the clear "delete" words
 * delete; "no" and "keep" keep; a plain "yes" is not enough. Button values
 * ("yes delete", "no") are read like typed answers.
 */
export function readEraseAnswer(content: Content, text: string): 'delete' | 'keep' | 'plainYes' | undefined {
  const w = privacyWords(content).confirm;
  const t = normalise(text);
  if (!t) return undefined;
  const bare = withoutEnding(privacyWords(content), t);
  if (isAnswer(content, t, [], w.deleteWords) || isAnswer(content, bare, [], w.deleteWords)) return 'delete';
  if (startsWithPhrase(t, w.keepWords) || isAnswer(content, t, ['no'])) return 'keep';
  if (isAnswer(content, t, ['yes'], w.yesWords) || isAnswer(content, bare, ['yes'], w.yesWords)) return 'plainYes';
  return undefined;
}

export function privacyDialog(opts: PrivacyOptions): Dialog {
  const retentionDays = opts.checkinTextRetentionDays ?? DEFAULT_CHECKIN_TEXT_RETENTION_DAYS;
  const has = opts.hasDialog ?? (() => false);
  const built = privacyWords(opts.content);

  const more = (w: PrivacyWords): Choice[] => {
    const c: Choice[] = [];
    if (has('profile')) c.push(startButton(w.buttons.changeProfile, 'profile'));
    c.push(startButton(w.buttons.whatElse, 'help'));
    return c;
  };

  async function sendExport(ctx: StepContext): Promise<StepResult> {
    const { store, clock, content } = ctx.services;
    const w = privacyWords(content);
    const userKey = ctx.msg.userKey;
    if (ctx.msg.isDirect === false) {
      // A group chat or channel: everyone there would see the reply.
      ctx.say(
        message([
          { type: 'paragraph', text: w.export.groupChat },
          { type: 'choices', choices: [startButton(w.buttons.whatElse, 'help')] },
        ]),
      );
      return { end: true };
    }
    const now = clock();
    const data = await exportPerson(store, userKey, now);
    const counts = recordCounts(data);
    // Recorded before the data is shown: an export the log cannot account for never leaves.
    await recordAudit(ctx.services, 'export', userKey, userKey, counts);
    const file = { filename: exportFilename(now), contentType: 'application/json', content: exportJson(data) };
    const blocks: Block[] = [{ type: 'heading', text: w.export.heading }];
    if (holdsNothing(data)) {
      blocks.push({ type: 'paragraph', text: w.export.nothing });
      blocks.push({ type: 'choices', choices: more(w) });
      ctx.say(message(blocks, [file]));
      return { end: true };
    }
    blocks.push({ type: 'paragraph', text: holdsOnlyReference(data) ? w.export.onlyReference : w.export.intro });
    blocks.push(...summaryBlocks(data, content, retentionDays));
    blocks.push({ type: 'paragraph', text: w.export.file({ file: file.filename }), tone: 'muted', aboutFiles: true });
    blocks.push({ type: 'paragraph', text: w.export.somethingWrong });
    blocks.push({ type: 'choices', choices: [...more(w), startButton(w.buttons.deleteMyData, 'privacy', { mode: 'erase' })] });
    ctx.say(message(blocks, [file]));
    return { end: true };
  }

  function overview(ctx: StepContext): StepResult {
    const w = privacyWords(ctx.services.content);
    ctx.say(
      message([
        { type: 'heading', text: w.overview.heading },
        { type: 'paragraph', text: w.overview.whatIKeep },
        { type: 'paragraph', text: w.overview.whoSees({ days: retentionDays }) },
        { type: 'paragraph', text: w.overview.rights },
        {
          type: 'choices',
          choices: [
            startButton(w.buttons.whatDoYouHold, 'privacy', { mode: 'export' }),
            startButton(w.buttons.deleteMyData, 'privacy', { mode: 'erase' }),
            startButton(w.buttons.whatElse, 'help'),
          ],
        },
      ]),
    );
    return { end: true };
  }

  const confirmButtons = (ctx: StepContext): Choice[] => {
    const w = privacyWords(ctx.services.content);
    return [answerButton(ctx, w.confirm.yes, 'yes delete', 'danger'), answerButton(ctx, w.confirm.no, 'no')];
  };

  return {
    id: 'privacy',
    title: built.title,
    async begin(ctx, args) {
      const mode = privacyMode(ctx.services.content, args);
      if (mode === 'erase') return { next: 'confirm' };
      if (mode === 'export') return sendExport(ctx);
      return overview(ctx);
    },
    steps: {
      confirm: {
        examples: [...built.confirm.examples],
        prompt(ctx) {
          const w = privacyWords(ctx.services.content);
          return message([
            { type: 'heading', text: w.confirm.heading },
            { type: 'paragraph', text: w.confirm.whatGoes },
            { type: 'paragraph', text: w.confirm.whatStays, tone: 'muted' },
            { type: 'paragraph', text: w.confirm.warning, tone: 'warning' },
            { type: 'choices', choices: confirmButtons(ctx) },
          ]);
        },
        async answer(ctx, input) {
          const content = ctx.services.content;
          const w = privacyWords(content);
          const text = answerText(input) ?? '';
          if (!normalise(text)) return { retry: true };
          const meaning = readEraseAnswer(content, text);
          if (meaning === 'delete') return erase(ctx);
          if (meaning === 'keep') {
            ctx.say(
              message([
                { type: 'paragraph', text: w.confirm.kept },
                { type: 'choices', choices: [startButton(w.buttons.whatDoYouHold, 'privacy', { mode: 'export' }), ...more(w)] },
              ]),
            );
            return { end: true };
          }
          if (meaning === 'plainYes') return { retry: true, hint: w.confirm.sure };
          return input.action ? { retry: true } : { unrelated: true };
        },
        fallback: (ctx) => confirmButtons(ctx),
      },
    },
    help(ctx) {
      return message([{ type: 'paragraph', text: privacyWords(ctx.services.content).help }]);
    },
  };

  async function erase(ctx: StepContext): Promise<StepResult> {
    const { store, clock, log } = ctx.services;
    const w = privacyWords(ctx.services.content);
    const userKey = ctx.msg.userKey;
    const result = await erasePerson(store, userKey, clock());
    const total = erasureTotal(result);
    const unlinked = Object.values(result.unlinked).reduce((a, b) => a + b, 0);
    await recordAudit(ctx.services, 'erasure', userKey, userKey, { ...result.removed, unlinked, ...(result.copies ? { copies: result.copies.rewritten } : {}) });
    log.info({ event: 'erasure', records: total, unlinked, copies: result.copies?.rewritten }, 'A person erased their data');
    ctx.say(
      message([
        { type: 'heading', text: w.erased.heading },
        { type: 'paragraph', text: total > 0 ? countOf(total, w.erased.deleted) : w.erased.nothing },
        { type: 'paragraph', text: result.copies ? w.erased.copies : w.erased.copiesElsewhere },
        { type: 'paragraph', text: w.erased.whatStays, tone: 'muted' },
        { type: 'paragraph', text: w.erased.afresh },
      ]),
    );
    // Ends the turn with no dialog state at all, so nothing of this conversation is written back.
    return { end: true, forget: true };
  }
}
