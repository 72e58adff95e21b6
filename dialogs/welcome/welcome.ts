/**
 * Greeting and help: what Career Companion does, what it keeps, and buttons
 * for the things people can do. Shown on first contact, on "hi" and on "help".
 * The words, and what the menu offers in which order, are in
 * content/wording/welcome.yaml.
 */
import { message, type Block, type Choice } from '../../src/core/messages.js';
import { startButton, type Dialog, type StepContext } from '../../src/core/dialog.js';
import { defineWording, text, type Words } from '../../src/content/wording.js';
import type { Content } from '../../src/content/model.js';

const item = () => ({ label: text(), example: text() });

export const WELCOME_WORDING = defineWording('welcome', {
  title: { welcome: text(), help: text() },
  heading: text(),
  whatItDoes: text(),
  whatItKeeps: text(),
  whatNext: text(),
  whatCanYouDo: text(),
  help: { notUnderstood: text(), heading: text(), youCanType: text(), whileAsking: text() },
  forYou: { heading: text(), myTeam: text(), myTeamExample: text(), precepteeExample: text(), report: text(), reportExample: text() },
  menu: {
    pathway: item(),
    options: item(),
    careerConversation: item(),
    resources: item(),
    myPlan: item(),
    profile: item(),
  },
});

type WelcomeWords = Words<(typeof WELCOME_WORDING)['spec']>;

/** The dialog each menu entry starts. */
const MENU_DIALOGS: Record<keyof WelcomeWords['menu'], string> = {
  pathway: 'pathway',
  options: 'options',
  careerConversation: 'career-conversation',
  resources: 'resources',
  myPlan: 'my-plan',
  profile: 'profile',
};

/** What the greeting and help offer, in the order of the wording file; items whose dialog is not built are left out. */
function menu(w: WelcomeWords, has: (dialog: string) => boolean): Array<{ label: string; example: string; dialog: string }> {
  return (Object.keys(w.menu) as Array<keyof WelcomeWords['menu']>)
    .map((k) => ({ ...w.menu[k], dialog: MENU_DIALOGS[k] }))
    .filter((i) => has(i.dialog));
}

function menuChoices(w: WelcomeWords, has: (dialog: string) => boolean): Choice[] {
  return menu(w, has).map((i) => startButton(i.label, i.dialog));
}

export interface WelcomeOptions {
  hasDialog: (id: string) => boolean;
  /** User keys of the admins (ADMIN_USERS), who see the programme report first in help. */
  admins?: readonly string[];
  /** The content the words come from (the dialogs' titles are read once, here). */
  content: Content;
}

export function welcomeDialog(opts: WelcomeOptions): Dialog {
  return {
    id: 'welcome',
    title: WELCOME_WORDING.of(opts.content).title.welcome,
    begin(ctx: StepContext) {
      const w = WELCOME_WORDING.of(ctx.services.content);
      const blocks: Block[] = [
        { type: 'heading', text: w.heading },
        { type: 'paragraph', text: w.whatItDoes },
        { type: 'paragraph', text: w.whatItKeeps, tone: 'muted' },
      ];
      const choices = menuChoices(w, opts.hasDialog);
      choices.push(startButton(w.whatCanYouDo, 'help'));
      blocks.push({ type: 'paragraph', text: w.whatNext });
      blocks.push({ type: 'choices', choices });
      ctx.say(message(blocks));
      return { end: true };
    },
    steps: {},
  };
}

/** What a manager, preceptor or admin can do that others cannot: examples and buttons. */
async function ownActions(ctx: StepContext, w: WelcomeWords, opts: WelcomeOptions): Promise<{ examples: string[]; choices: Choice[] }> {
  const me = ctx.msg.userKey;
  const { store } = ctx.services;
  const examples: string[] = [];
  const choices: Choice[] = [];
  if (opts.hasDialog('team')) {
    const supported = (await store.enrolments.listForSupporter(me)).filter((e) => e.status === 'active' || e.status === 'completed');
    const manages = supported.some((e) => e.managerKey === me) || (await store.profiles.listForManager(me)).length > 0;
    const precepts = supported.some((e) => e.preceptorKey === me);
    if (manages) examples.push(w.forYou.myTeamExample);
    if (precepts) examples.push(w.forYou.precepteeExample);
    if (manages || precepts) choices.push(startButton(w.forYou.myTeam, 'team'));
  }
  if (opts.hasDialog('admin') && opts.admins?.includes(me)) {
    examples.push(w.forYou.reportExample);
    choices.push(startButton(w.forYou.report, 'admin'));
  }
  return { examples, choices };
}

export function helpDialog(opts: WelcomeOptions): Dialog {
  return {
    id: 'help',
    title: WELCOME_WORDING.of(opts.content).title.help,
    async begin(ctx: StepContext, args) {
      const w = WELCOME_WORDING.of(ctx.services.content);
      const blocks: Block[] = [];
      if (args['reason'] === 'not-understood') {
        blocks.push({ type: 'paragraph', text: w.help.notUnderstood });
      }
      blocks.push({ type: 'heading', text: w.help.heading });
      // Managers, preceptors and admins see their own actions first.
      const own = await ownActions(ctx, w, opts);
      if (own.choices.length > 0) {
        blocks.push({ type: 'paragraph', text: w.forYou.heading });
        blocks.push({ type: 'list', items: own.examples });
        blocks.push({ type: 'choices', choices: own.choices });
      }
      blocks.push({ type: 'paragraph', text: w.whatItDoes });
      const examples = menu(w, opts.hasDialog).map((i) => i.example);
      if (examples.length > 0) {
        blocks.push({ type: 'paragraph', text: w.help.youCanType });
        blocks.push({ type: 'list', items: examples });
      }
      blocks.push({ type: 'paragraph', text: w.help.whileAsking, tone: 'muted' });
      const choices = menuChoices(w, opts.hasDialog);
      if (choices.length > 0) blocks.push({ type: 'choices', choices });
      ctx.say(message(blocks));
      return { end: true };
    },
    steps: {},
  };
}
