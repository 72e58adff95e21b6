/**
 * "Your data": what Career Companion holds about you, who can see it, a copy
 * of it (right of access) and deleting it (right to erasure).
 *
 * Identity comes only from the platform: every record read or removed is the
 * sender's own (`ctx.msg.userKey`). Nothing typed or carried by a button can
 * point these at someone else.
 */
import { answerButton, answerText, startButton, type Dialog, type StepContext, type StepResult } from '../../src/core/dialog.js';
import { message, type Block, type Choice } from '../../src/core/messages.js';
import { recordAudit } from '../../src/core/audit.js';
import {
  exportFilename,
  exportJson,
  exportPerson,
  holdsNothing,
  holdsOnlyReference,
  recordCounts,
  summaryBlocks,
} from '../../src/privacy/export.js';
import { erasePerson, erasureTotal } from '../../src/privacy/erase.js';
import { DEFAULT_CHECKIN_TEXT_RETENTION_DAYS } from './retention.js';
import { normalise } from '../../src/core/router.js';

export interface PrivacyOptions {
  /** Days check-in free text is kept (CHECKIN_TEXT_RETENTION_DAYS). */
  checkinTextRetentionDays?: number;
  hasDialog?: (id: string) => boolean;
}

export type PrivacyMode = 'export' | 'erase' | 'overview';

const ERASE_WORDS = /\b(delete|erase|remove|wipe|destroy|forget)\b/;
const EXPORT_WORDS =
  /\b(export|download|copy of|subject access|send me)\b|\bwhat (do|does|will) (you|the bot|it|career companion) (hold|store|keep|know|have|save|record|remember)\b|\bwhat (information|info|data|details) (do|does) you\b|\b(hold|have|kept|stored|know) (about|on) me\b/;

/** Which part of "your data" the person asked for, from the route's args or their words. */
export function privacyMode(args: Record<string, unknown>): PrivacyMode {
  const mode = args['mode'];
  if (mode === 'export' || mode === 'erase' || mode === 'overview') return mode;
  const t = typeof args['text'] === 'string' ? normalise(args['text']) : '';
  if (ERASE_WORDS.test(t) && !/\b(how|can i|could i|if i)\b/.test(t)) return 'erase';
  if (EXPORT_WORDS.test(t)) return 'export';
  return 'overview';
}

/** Route rule patterns (dialogs/index.ts): checked before the general intent rule. */
export const ERASE_REQUEST =
  /^(please )?(can you |could you |i want you to |i'd like you to |i would like you to )?((delete|erase|remove|wipe) (all )?(of )?(my (data|details|information|info|profile|account|records?)|everything( you (hold|have|know|keep))?( about me)?)|forget (about )?me|forget everything( about me)?)( please)?$/;
export const EXPORT_REQUEST =
  /^(please )?(what (do|does) (you|career companion) (hold|know|have|keep|store|save) (about|on) me|(export|download|send me|give me|show me)( a copy of)? (all )?my (data|details|information|info)|my data|subject access( request)?)( please)?$/;

export function privacyDialog(opts: PrivacyOptions = {}): Dialog {
  const retentionDays = opts.checkinTextRetentionDays ?? DEFAULT_CHECKIN_TEXT_RETENTION_DAYS;
  const has = opts.hasDialog ?? (() => false);

  const more = (): Choice[] => {
    const c: Choice[] = [];
    if (has('profile')) c.push(startButton('Change my profile', 'profile'));
    c.push(startButton('What else can you do?', 'help'));
    return c;
  };

  async function sendExport(ctx: StepContext): Promise<StepResult> {
    const { store, clock, content } = ctx.services;
    const userKey = ctx.msg.userKey;
    if (ctx.msg.isDirect === false) {
      // A group chat or channel: everyone there would see the reply.
      ctx.say(
        message([
          { type: 'paragraph', text: 'I only show your data in a one-to-one chat with me, so nobody else sees it. Send me a direct message and ask "what do you hold about me" there.' },
          { type: 'choices', choices: [startButton('What else can you do?', 'help')] },
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
    const blocks: Block[] = [{ type: 'heading', text: 'What I hold about you' }];
    if (holdsNothing(data)) {
      blocks.push({ type: 'paragraph', text: 'I hold nothing about you.' });
      blocks.push({ type: 'choices', choices: more() });
      ctx.say(message(blocks, [file]));
      return { end: true };
    }
    if (holdsOnlyReference(data)) {
      blocks.push({
        type: 'paragraph',
        text: 'Nothing, apart from how to message you. I saved that when you sent this message, because that is how a reply reaches you. It goes again if you say "delete my data".',
      });
    } else {
      blocks.push({ type: 'paragraph', text: 'Here is everything I keep about you, in groups. Nobody else sees this list.' });
    }
    blocks.push(...summaryBlocks(data, content, retentionDays));
    blocks.push({
      type: 'paragraph',
      text: `The file ${file.filename} has all of it, including your own words, in JSON (a format computers can read and other apps can import).`,
      tone: 'muted',
    });
    blocks.push({ type: 'paragraph', text: 'Something wrong? Change it from your profile or your plan, or delete it all.' });
    blocks.push({ type: 'choices', choices: [...more(), startButton('Delete my data', 'privacy', { mode: 'erase' })] });
    ctx.say(message(blocks, [file]));
    return { end: true };
  }

  function overview(ctx: StepContext): StepResult {
    ctx.say(
      message([
        { type: 'heading', text: 'Your data' },
        {
          type: 'paragraph',
          text: 'I keep only what helps you: your profile answers (such as your role and band), any plan you make, your check-in answers if you are on an induction or preceptorship programme, the messages I plan to send you, and how to message you. I do not keep a copy of our chat.',
        },
        {
          type: 'paragraph',
          text: `Who sees it: you. Your line manager sees only what you choose to share, such as a plan summary, and, if you are on a programme, that a check-in might need their support. They see your own words only if you say yes. Education leads see totals for each programme, never names or what you wrote. I delete the words you write in check-ins after ${retentionDays} days.`,
        },
        {
          type: 'paragraph',
          text: 'Your rights: ask "what do you hold about me" for a copy, change your details any time (for example "change my role"), say "pause check-ins" to stop them for a while, or "delete my data" to remove everything.',
        },
        {
          type: 'choices',
          choices: [
            startButton('What do you hold about me?', 'privacy', { mode: 'export' }),
            startButton('Delete my data', 'privacy', { mode: 'erase' }),
            startButton('What else can you do?', 'help'),
          ],
        },
      ]),
    );
    return { end: true };
  }

  const confirmButtons = (ctx: StepContext): Choice[] => [
    answerButton(ctx, 'Yes, delete everything', 'yes delete', 'danger'),
    answerButton(ctx, 'No, keep it', 'no'),
  ];

  return {
    id: 'privacy',
    title: 'your data',
    async begin(ctx, args) {
      const mode = privacyMode(args);
      if (mode === 'erase') return { next: 'confirm' };
      if (mode === 'export') return sendExport(ctx);
      return overview(ctx);
    },
    steps: {
      confirm: {
        examples: ['yes delete', 'no'],
        prompt(ctx) {
          return message([
            { type: 'heading', text: 'Delete everything I hold about you?' },
            {
              type: 'paragraph',
              text: 'This deletes your profile (role, band, goal and the rest), your career plans and actions, your check-in answers, your places on induction or preceptorship programmes and the check-ins planned for you, where you are in our chats, and how I message you. If colleagues named you as their line manager or preceptor, I remove that link too.',
            },
            {
              type: 'paragraph',
              text: 'What I keep: one line in the audit log saying that a deletion happened, under a code that does not show who you are. Copies in the service\'s backups go as those backups are replaced. Messages I already sent to your manager, such as a plan you shared, stay in their chat.',
              tone: 'muted',
            },
            { type: 'paragraph', text: 'This cannot be undone. Press a button, or type "yes delete" or "no".', tone: 'warning' },
            { type: 'choices', choices: confirmButtons(ctx) },
          ]);
        },
        async answer(ctx, input) {
          const t = normalise(answerText(input) ?? '');
          if (!t) return { retry: true };
          if (/^(yes,? )?(delete|erase)( (it|it all|everything|all|my data))?( please)?$|^yes delete( everything| it| all| my data)?$/.test(t)) {
            return erase(ctx);
          }
          if (/^(no|nope|no thanks|no,? keep( it)?|keep( it)?|keep my data|don't|do not|don't delete|do not delete)\b/.test(t)) {
            ctx.say(
              message([
                { type: 'paragraph', text: 'Nothing has been deleted. Everything is as it was.' },
                { type: 'choices', choices: [startButton('What do you hold about me?', 'privacy', { mode: 'export' }), ...more()] },
              ]),
            );
            return { end: true };
          }
          if (/^(yes|y|yeah|yep|ok|okay|sure|confirm)( please)?$/.test(t)) {
            return { retry: true, hint: 'To be sure: type "yes delete" or press "Yes, delete everything". To keep your data, type "no".' };
          }
          return input.action ? { retry: true } : { unrelated: true };
        },
        fallback: (ctx) => confirmButtons(ctx),
      },
    },
    help() {
      return message([
        {
          type: 'paragraph',
          text: 'You asked me to delete your data. "yes delete" deletes everything I hold about you; "no" keeps it all.',
        },
      ]);
    },
  };

  async function erase(ctx: StepContext): Promise<StepResult> {
    const { store, clock, log } = ctx.services;
    const userKey = ctx.msg.userKey;
    const result = await erasePerson(store, userKey, clock());
    const total = erasureTotal(result);
    const unlinked = Object.values(result.unlinked).reduce((a, b) => a + b, 0);
    await recordAudit(ctx.services, 'erasure', userKey, userKey, { ...result.removed, unlinked });
    log.info({ event: 'erasure', records: total, unlinked }, 'A person erased their data');
    ctx.say(
      message([
        { type: 'heading', text: 'Your data is deleted' },
        {
          type: 'paragraph',
          text:
            total > 0
              ? `I have deleted everything I held about you (${total} ${total === 1 ? 'record' : 'records'}). I no longer know who you are.`
              : 'I held nothing about you, so there was nothing to delete.',
        },
        {
          type: 'paragraph',
          text: 'If you message me again, I will save how to reply to you, and we start afresh: type "hi" any time. If your manager or education lead enrols you on a programme again, I will hold that too.',
        },
      ]),
    );
    // Ends the turn with no dialog state at all, so nothing of this conversation is written back.
    return { end: true, forget: true };
  }
}
