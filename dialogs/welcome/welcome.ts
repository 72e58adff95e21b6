/**
 * Greeting and help: what Career Companion does, what it keeps, and buttons
 * for the things people can do. Shown on first contact, on "hi" and on "help".
 */
import { message, type Block, type Choice } from '../../src/core/messages.js';
import { startButton, type Dialog, type StepContext } from '../../src/core/dialog.js';

/** A thing the bot can do, offered as a button in the greeting and in help. */
export interface MenuItem {
  label: string;
  dialog: string;
  example: string;
  args?: Record<string, string>;
}

export function menuChoices(items: MenuItem[], has: (dialog: string) => boolean): Choice[] {
  return items.filter((i) => has(i.dialog)).map((i) => startButton(i.label, i.dialog, i.args));
}

export interface WelcomeOptions {
  /** What the bot offers; items whose dialog does not exist are left out. */
  menu: MenuItem[];
  hasDialog: (id: string) => boolean;
}

const WHAT_IT_DOES =
  'I help NHS staff find out how to move on in their careers: the routes into roles like nursing associate, what you need first, how long it takes and who pays. I can also help you plan a career conversation with your manager, and check in with you in your first months in a new job.';

const WHAT_IT_KEEPS =
  'I keep only what I need to help you: your answers to my questions (such as your role and band), any plan you make, and how to message you. I do not keep a copy of our chat. Type "what do you hold about me" to see it all, or "delete my data" to remove it.';

export function welcomeDialog(opts: WelcomeOptions): Dialog {
  return {
    id: 'welcome',
    title: 'the welcome',
    begin(ctx: StepContext) {
      const blocks: Block[] = [
        { type: 'heading', text: 'Hello, I am Career Companion' },
        { type: 'paragraph', text: WHAT_IT_DOES },
        { type: 'paragraph', text: WHAT_IT_KEEPS, tone: 'muted' },
      ];
      const choices = menuChoices(opts.menu, opts.hasDialog);
      choices.push(startButton('What can you do?', 'help'));
      blocks.push({ type: 'paragraph', text: 'What would you like to do?' });
      blocks.push({ type: 'choices', choices });
      ctx.say(message(blocks));
      return { end: true };
    },
    steps: {},
  };
}

export function helpDialog(opts: WelcomeOptions): Dialog {
  return {
    id: 'help',
    title: 'help',
    begin(ctx: StepContext, args) {
      const blocks: Block[] = [];
      if (args['reason'] === 'not-understood') {
        blocks.push({ type: 'paragraph', text: 'Sorry, I did not understand that. Here is what I can help with.' });
      }
      blocks.push({ type: 'heading', text: 'What I can help with' });
      blocks.push({ type: 'paragraph', text: WHAT_IT_DOES });
      const examples = opts.menu.filter((i) => opts.hasDialog(i.dialog)).map((i) => i.example);
      if (examples.length > 0) {
        blocks.push({ type: 'paragraph', text: 'You can type things like:' });
        blocks.push({ type: 'list', items: examples });
      }
      blocks.push({
        type: 'paragraph',
        text: 'While I am asking you questions, you can type "back" to change your last answer, "restart" to start again, or "cancel" to stop. Type "help" at any time.',
        tone: 'muted',
      });
      const choices = menuChoices(opts.menu, opts.hasDialog);
      if (choices.length > 0) blocks.push({ type: 'choices', choices });
      ctx.say(message(blocks));
      return { end: true };
    },
    steps: {},
  };
}
