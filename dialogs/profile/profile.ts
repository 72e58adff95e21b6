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
 */
import { message, type Block, type Choice, type Fact, type OutboundMessage } from '../../src/core/messages.js';
import {
  actionButton,
  answerButton,
  answerText,
  startButton,
  type Answer,
  type Dialog,
  type StepContext,
  type StepResult,
} from '../../src/core/dialog.js';
import type { Content, Role } from '../../src/content/model.js';
import type { Profile } from '../../src/store/ports.js';
import { matchRole } from '../../src/knowledge/understand.js';
import { bandLabel, roleWithBand } from '../../src/knowledge/format.js';
import {
  BAND_BUTTONS,
  OTHER,
  SKIP,
  askableRequirements,
  commonRoles,
  isSkip,
  looksLikeQuestion,
  norm,
  parseBand,
  parseQuals,
  readRoleAnswer,
  roleChoices,
} from '../../src/knowledge/read-answers.js';

export const PROFILE_DIALOG = 'profile';

/** Steps that can be asked on their own ("change my band"). */
export const PROFILE_FIELDS = ['role', 'band', 'area', 'quals', 'manager'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

const NEXT: Record<ProfileField, string> = {
  role: 'band',
  band: 'area',
  area: 'quals',
  quals: 'manager',
  manager: 'confirm',
};

const FIELD_NAMES: Record<ProfileField, string> = {
  role: 'role',
  band: 'band',
  area: 'area of work',
  quals: 'qualifications',
  manager: 'line manager',
};

export const AREA_MAX = 80;
const FORM = '__form';
const NONE = '__none';
const CLEAR = '__clear';
const UNSURE = 'unsure';

/** Whether recommendations still need the person's role. */
export function needsProfile(profile: Profile | undefined): boolean {
  return !profile?.roleId;
}

/** Whether the person has told us anything yet. */
function hasAnything(p: Profile | undefined): boolean {
  return !!p && (!!p.onboarded || !!p.roleId || !!p.band || !!p.area || (p.held?.length ?? 0) > 0 || !!p.managerKey);
}

function isField(x: unknown): x is ProfileField {
  return typeof x === 'string' && (PROFILE_FIELDS as readonly string[]).includes(x);
}

/** Which one question a request like "change my band" is about. */
export function fieldFromText(text: string): ProfileField | undefined {
  const t = norm(text);
  if (/\bmanager\b|\bboss\b|\bsupervisor\b/.test(t)) return 'manager';
  if (/\b(?:qualifications?|quals|gcses?|degree|certificate|registration|a levels?|functional skills)\b/.test(t)) return 'quals';
  if (/\bband\b/.test(t)) return 'band';
  if (/\b(?:area|department|ward|team|specialty|speciality|service|where i work|place of work)\b/.test(t)) return 'area';
  if (/\b(?:role|job|job title|position|post)\b/.test(t)) return 'role';
  return undefined;
}

type Mode = 'full' | 'single' | 'confirm';

function mode(ctx: StepContext): Mode {
  const m = ctx.data['mode'];
  return m === 'single' || m === 'confirm' ? m : 'full';
}

/** Buttons offered after a single change, so the reply never dead-ends. */
function afterChangeChoices(): Choice[] {
  return [
    startButton('See my profile', PROFILE_DIALOG),
    startButton('Find a career route', 'pathway'),
    startButton('What are my options?', 'options'),
  ];
}

/** Where to go once a question is answered (or skipped). */
function after(ctx: StepContext, field: ProfileField, note?: string): StepResult {
  delete ctx.data['suggest'];
  switch (mode(ctx)) {
    case 'single': {
      const text = note ?? `I have left your ${FIELD_NAMES[field]} as it was.`;
      ctx.say(message([{ type: 'paragraph', text }, { type: 'paragraph', text: 'What would you like to do next?' }, { type: 'choices', choices: afterChangeChoices() }]));
      return { end: true };
    }
    case 'confirm':
      if (note) ctx.say(note);
      return { next: 'confirm' };
    case 'full':
      if (note) ctx.say(note);
      return { next: NEXT[field] };
  }
}

function heldTitles(content: Content, held: string[] | undefined): string[] {
  return (held ?? []).map((id) => content.requirements.get(id)?.title).filter((t): t is string => !!t);
}

/** The summary of what is saved, as facts. */
export function profileFacts(content: Content, p: Profile | undefined): Fact[] {
  const role = p?.roleId ? content.roles.get(p.roleId) : undefined;
  const goal = p?.goalRoleId ? content.roles.get(p.goalRoleId) : undefined;
  const quals = heldTitles(content, p?.held);
  const facts: Fact[] = [
    { label: 'Role', value: role ? role.title : 'Not given' },
    { label: 'Band', value: p?.band ? bandLabel(content, p.band) : 'Not given' },
    { label: 'Area of work', value: p?.area ?? 'Not given' },
    { label: 'Qualifications', value: quals.length > 0 ? quals.join('; ') : p?.held ? 'None of those I ask about' : 'Not given' },
    { label: 'Line manager', value: p?.managerName || (p?.managerKey ? 'Saved' : 'Not given') },
  ];
  if (goal) facts.push({ label: 'Goal', value: goal.title });
  return facts;
}

/** Buttons that change one answer; they work at any time. */
function changeChoices(): Choice[] {
  return [
    actionButton(PROFILE_DIALOG, 'change', 'Change my role', { step: 'role' }),
    actionButton(PROFILE_DIALOG, 'change', 'Change my band', { step: 'band' }),
    actionButton(PROFILE_DIALOG, 'change', 'Change my area of work', { step: 'area' }),
    actionButton(PROFILE_DIALOG, 'change', 'Change my qualifications', { step: 'quals' }),
    actionButton(PROFILE_DIALOG, 'change', 'Change my line manager', { step: 'manager' }),
  ];
}

function helpMessage(): OutboundMessage {
  return message([
    { type: 'heading', text: 'Your profile: what each answer is for' },
    {
      type: 'list',
      items: [
        'Your role: so the routes and options I show start from where you are now.',
        'Your band: to compare routes with your Agenda for Change pay band and suggest a sensible next step.',
        'Your area of work: to put suggestions and your career conversation notes in context.',
        'Your qualifications: so I can leave out what you already have when I show what a route needs first.',
        'Your line manager: so that, only when you say yes, I can send them something you chose to share, such as your career conversation notes. They never see anything else.',
      ],
    },
    {
      type: 'paragraph',
      text: 'Every answer is saved as soon as you give it. You can skip any question, and change any answer later, for example by typing "change my band".',
      tone: 'muted',
    },
  ]);
}

// ---------------------------------------------------------------------------
// Saving

async function saveRole(ctx: StepContext, role: Role): Promise<void> {
  await ctx.updateProfile((p) => {
    p.roleId = role.id;
  });
}

async function saveBand(ctx: StepContext, band: string): Promise<void> {
  await ctx.updateProfile((p) => {
    p.band = band;
  });
}

/** Says that the band was saved, and checks whether the saved role still fits it. */
function bandCheck(content: Content, p: Profile, band: string): Block[] {
  const role = p.roleId ? content.roles.get(p.roleId) : undefined;
  if (!role || role.bandVaries || role.bands.includes(band as Role['bands'][number])) return [];
  const base = role.title.replace(/\s*\([^)]*\)\s*$/, '');
  const sibling = matchRole(content, `band ${band} ${base}`);
  if (sibling && sibling.id !== role.id && sibling.bands.includes(band as Role['bands'][number])) {
    return [
      { type: 'paragraph', text: `Your saved role is ${roleWithBand(content, role)}. Has your role changed to ${sibling.title}?` },
      {
        type: 'choices',
        choices: [
          actionButton(PROFILE_DIALOG, 'setRole', `Yes, I am a ${sibling.title}`, { roleId: sibling.id }),
          actionButton(PROFILE_DIALOG, 'change', 'Change my role', { step: 'role' }),
        ],
      },
    ];
  }
  return [
    { type: 'paragraph', text: `Your saved role is ${roleWithBand(content, role)}. If your role has changed too, tell me so your routes stay right.` },
    { type: 'choices', choices: [actionButton(PROFILE_DIALOG, 'change', 'Change my role', { step: 'role' })] },
  ];
}

// ---------------------------------------------------------------------------
// The dialog

export function profileDialog(): Dialog {
  const roleStep = (typed: boolean) => ({
    examples: ['healthcare assistant', 'band 3 HCA', 'ward clerk'],
    async prompt(ctx: StepContext): Promise<OutboundMessage> {
      const content = ctx.services.content;
      const p = await ctx.profile();
      const current = p?.roleId ? content.roles.get(p.roleId) : undefined;
      const suggest = Array.isArray(ctx.data['suggest'])
        ? (ctx.data['suggest'] as unknown[]).map((id) => content.roles.get(String(id))).filter((r): r is Role => !!r)
        : [];
      const blocks: Block[] = [];
      if (typed) {
        blocks.push({ type: 'paragraph', text: 'What is your job title? Type it, for example "ward clerk" or "pharmacy support worker".' });
      } else {
        blocks.push({ type: 'paragraph', text: 'What is your current role? I use it to show routes that start from where you are now.' });
      }
      if (current) blocks.push({ type: 'paragraph', text: `At the moment I have: ${current.title}.`, tone: 'muted' });
      const choices: Choice[] = [];
      if (suggest.length > 0) {
        blocks.push({ type: 'paragraph', text: 'Is it one of these?' });
        choices.push(...roleChoices(ctx, suggest));
      } else if (!typed) {
        choices.push(...roleChoices(ctx, commonRoles(content)));
      }
      if (!typed || suggest.length > 0) choices.push(answerButton(ctx, 'Something else', OTHER));
      choices.push(answerButton(ctx, 'Skip', SKIP));
      blocks.push({ type: 'choices', choices });
      return message(blocks);
    },
    async answer(ctx: StepContext, input: Answer): Promise<StepResult> {
      const r = readRoleAnswer(ctx, input);
      switch (r.kind) {
        case 'empty':
          return { retry: true };
        case 'unrelated':
          return { unrelated: true };
        case 'skip':
          return after(ctx, 'role', mode(ctx) === 'full' ? undefined : 'I have left your role as it was.');
        case 'other':
          delete ctx.data['suggest'];
          if (typed) return { stay: true };
          return { next: 'roleText' };
        case 'nomatch':
          ctx.data['suggest'] = r.suggestions.map((s) => s.id);
          return { retry: true, hint: 'I could not match that to a role I know.' };
        case 'role':
          await saveRole(ctx, r.role);
          return after(ctx, 'role', `Thanks. I have saved your role as ${r.role.title}.`);
      }
    },
    fallback(ctx: StepContext): Choice[] {
      return [...roleChoices(ctx, commonRoles(ctx.services.content)), answerButton(ctx, 'Skip', SKIP)];
    },
  });

  return {
    id: PROFILE_DIALOG,
    title: 'your profile',
    help: () => helpMessage(),

    async begin(ctx, args) {
      const content = ctx.services.content;
      ctx.data['mode'] = 'full';
      if (isField(args['step'])) {
        ctx.data['mode'] = 'single';
        return { next: args['step'] };
      }
      if (args['intent'] === 'profile') {
        const text = typeof args['text'] === 'string' ? args['text'] : '';
        const role = typeof args['fromId'] === 'string' ? content.roles.get(args['fromId']) : undefined;
        const band = typeof args['band'] === 'string' ? parseBand(args['band']) : null;
        if (role || (band && 'band' in band)) {
          // "I'm now a band 3", "set my role to maternity support worker": save at once.
          const p = await ctx.updateProfile((p) => {
            if (role) p.roleId = role.id;
            if (band && 'band' in band) p.band = band.band;
          });
          const saved: string[] = [];
          if (role) saved.push(`your role is ${role.title}`);
          if (band && 'band' in band) saved.push(`your band is ${bandLabel(ctx.services.content, band.band)}`);
          const blocks: Block[] = [{ type: 'paragraph', text: `Thanks, I have updated your profile: ${saved.join(' and ')}.` }];
          if (band && 'band' in band && !role) blocks.push(...bandCheck(content, p, band.band));
          blocks.push({ type: 'paragraph', text: 'What would you like to do next?' });
          blocks.push({ type: 'choices', choices: afterChangeChoices() });
          ctx.say(message(blocks));
          return { end: true };
        }
        const field = fieldFromText(text);
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
      role: roleStep(false),
      roleText: roleStep(true),

      band: {
        examples: ['band 3', '4', 'not sure'],
        async prompt(ctx) {
          const content = ctx.services.content;
          const p = await ctx.profile();
          const role = p?.roleId ? content.roles.get(p.roleId) : undefined;
          const usual = role && !role.bandVaries ? role.bands.filter((b) => (BAND_BUTTONS as readonly string[]).includes(b)) : [];
          const blocks: Block[] = [
            {
              type: 'paragraph',
              text: 'Which Agenda for Change (AfC) pay band are you on? I use it to compare routes with where you are now.',
            },
          ];
          if (role && usual.length > 0) {
            blocks.push({ type: 'paragraph', text: `A ${role.title.replace(/\s*\([^)]*\)\s*$/, '').toLowerCase()} is usually ${usual.map((b) => bandLabel(ctx.services.content, b)).join(' or ')}.` });
          }
          if (p?.band) blocks.push({ type: 'paragraph', text: `At the moment I have: ${bandLabel(ctx.services.content, p.band)}.`, tone: 'muted' });
          const choices = BAND_BUTTONS.map((b) => answerButton(ctx, bandLabel(ctx.services.content, b), b, usual.includes(b) ? 'primary' : undefined));
          choices.push(answerButton(ctx, 'Not sure', UNSURE), answerButton(ctx, 'Skip', SKIP));
          blocks.push({ type: 'choices', choices });
          return message(blocks);
        },
        async answer(ctx, input) {
          const text = answerText(input)?.trim() ?? '';
          if (isSkip(ctx.services.content, text)) return after(ctx, 'band', mode(ctx) === 'full' ? undefined : 'I have left your band as it was.');
          const b = parseBand(text);
          if (b && 'unsure' in b) {
            return after(ctx, 'band', 'That is fine. Your payslip or your manager can tell you your band, and you can add it later.');
          }
          if (b) {
            await saveBand(ctx, b.band);
            return after(ctx, 'band', `Thanks. I have saved ${bandLabel(ctx.services.content, b.band)}.`);
          }
          if (looksLikeQuestion(ctx.services.content, text)) return { unrelated: true };
          return { retry: true, hint: 'Please tell me a band number from 2 to 9, or say "not sure".' };
        },
        fallback(ctx) {
          return [...BAND_BUTTONS.map((b) => answerButton(ctx, bandLabel(ctx.services.content, b), b)), answerButton(ctx, 'Not sure', UNSURE), answerButton(ctx, 'Skip', SKIP)];
        },
      },

      area: {
        examples: ['emergency department', 'community mental health', 'skip'],
        async prompt(ctx) {
          const p = await ctx.profile();
          const blocks: Block[] = [
            {
              type: 'paragraph',
              text: 'Which area do you work in? For example "emergency department" or "community mental health". This is optional: it helps me put suggestions and your career conversation notes in context.',
            },
          ];
          if (p?.area) blocks.push({ type: 'paragraph', text: `At the moment I have: ${p.area}.`, tone: 'muted' });
          const choices: Choice[] = [answerButton(ctx, 'Skip', SKIP)];
          if (p?.area) choices.push(answerButton(ctx, 'Remove my area', CLEAR));
          blocks.push({ type: 'choices', choices });
          return message(blocks);
        },
        async answer(ctx, input) {
          const text = answerText(input)?.trim() ?? '';
          if (text === '') return { retry: true };
          if (isSkip(ctx.services.content, text)) return after(ctx, 'area', mode(ctx) === 'full' ? undefined : 'I have left your area of work as it was.');
          if (input.action && text === CLEAR) {
            await ctx.updateProfile((p) => {
              delete p.area;
            });
            return after(ctx, 'area', 'I have removed your area of work.');
          }
          if (input.action) return { retry: true };
          if (looksLikeQuestion(ctx.services.content, text)) return { unrelated: true };
          const area = text.replace(/\s+/g, ' ').trim().slice(0, AREA_MAX).trim();
          await ctx.updateProfile((p) => {
            p.area = area;
          });
          return after(ctx, 'area', 'Thanks. I have saved your area of work.');
        },
        fallback(ctx) {
          return [answerButton(ctx, 'Skip', SKIP)];
        },
      },

      quals: {
        examples: ['GCSE maths and English', 'a levels', 'a degree', 'none'],
        async prompt(ctx) {
          const content = ctx.services.content;
          const p = await ctx.profile();
          const askable = askableRequirements(content);
          const initial = (p?.held ?? []).filter((id) => askable.some((r) => r.id === id));
          const blocks: Block[] = [
            {
              type: 'paragraph',
              text: 'Which of these do you have? Tick all that apply. I use them to leave out what you already have when I show what a route needs first.',
            },
            {
              type: 'inputs',
              fields: [
                {
                  id: 'held',
                  label: 'Qualifications and registration I have',
                  kind: 'choice',
                  multiple: true,
                  optional: true,
                  options: askable.map((r) => ({ label: r.title, value: r.id })),
                  ...(initial.length > 0 ? { initial: initial.join(',') } : {}),
                },
              ],
              submit: answerButton(ctx, 'Save my qualifications', FORM, 'primary'),
            },
            {
              type: 'paragraph',
              text: 'Level 2 maths and English means GCSE grade 4 (or C) or above, or Functional Skills Level 2. You can also type them, for example "GCSE maths and English" or "a degree".',
              tone: 'muted',
            },
            { type: 'choices', choices: [answerButton(ctx, 'None of these', NONE), answerButton(ctx, 'Skip', SKIP)] },
          ];
          return message(blocks);
        },
        async answer(ctx, input) {
          const content = ctx.services.content;
          const askable = new Set(askableRequirements(content).map((r) => r.id));
          const text = answerText(input)?.trim() ?? '';
          let chosen: string[] | undefined;
          if (input.action && text === FORM) {
            chosen = (input.action.value['held'] ?? '')
              .split(',')
              .map((s) => s.trim())
              .filter((id) => askable.has(id));
          } else if (input.action && text === NONE) {
            chosen = [];
          } else if (isSkip(ctx.services.content, text)) {
            return after(ctx, 'quals', mode(ctx) === 'full' ? undefined : 'I have left your qualifications as they were.');
          } else if (!input.action) {
            const q = parseQuals(content, text);
            if (q) chosen = 'none' in q ? [] : q.held;
            else if (looksLikeQuestion(content, text)) return { unrelated: true };
          }
          if (!chosen) return { retry: true, hint: 'I could not tell which qualifications you mean.' };
          const picked = [...new Set(chosen)];
          await ctx.updateProfile((p) => {
            // Keep anything held that the profile does not ask about.
            p.held = [...(p.held ?? []).filter((id) => !askable.has(id)), ...picked];
          });
          const titles = heldTitles(content, picked);
          return after(ctx, 'quals', titles.length > 0 ? `Thanks. I have saved: ${titles.join('; ')}.` : 'Thanks. I have saved that you have none of these yet.');
        },
        fallback(ctx) {
          return [answerButton(ctx, 'None of these', NONE), answerButton(ctx, 'Skip', SKIP)];
        },
      },

      manager: {
        examples: ['@Sam Taylor', 'skip'],
        async prompt(ctx) {
          const p = await ctx.profile();
          const blocks: Block[] = [
            { type: 'paragraph', text: 'Who is your line manager? Mention them (type @ and their name) or skip.' },
            {
              type: 'paragraph',
              text: 'Your manager only ever sees what you choose to share with them. I always ask you first, and I never send them our chat.',
              tone: 'muted',
            },
          ];
          if (ctx.msg.platform === 'local') {
            blocks.push({ type: 'paragraph', text: 'You cannot mention people in this test chat, so you can skip this.', tone: 'muted' });
          }
          if (p?.managerName || p?.managerKey) {
            blocks.push({ type: 'paragraph', text: `At the moment I have: ${p.managerName || 'a manager saved'}.`, tone: 'muted' });
          }
          const choices: Choice[] = [answerButton(ctx, 'Skip', SKIP)];
          if (p?.managerKey) choices.push(answerButton(ctx, 'Remove my line manager', CLEAR));
          blocks.push({ type: 'choices', choices });
          return message(blocks);
        },
        async answer(ctx, input) {
          const text = answerText(input)?.trim() ?? '';
          const mention = input.action ? undefined : ctx.msg.mentions?.find((m) => m.userKey !== ctx.msg.userKey);
          if (mention) {
            await ctx.updateProfile((p) => {
              p.managerKey = mention.userKey;
              p.managerName = mention.name.trim() || 'your line manager';
            });
            const name = mention.name.trim() || 'your line manager';
            return after(ctx, 'manager', `Thanks. I have saved ${name} as your line manager. They will not see anything unless you choose to share it.`);
          }
          if (isSkip(ctx.services.content, text)) return after(ctx, 'manager', mode(ctx) === 'full' ? undefined : 'I have left your line manager as it was.');
          if (input.action && text === CLEAR) {
            await ctx.updateProfile((p) => {
              delete p.managerKey;
              delete p.managerName;
            });
            return after(ctx, 'manager', 'I have removed your line manager.');
          }
          if (ctx.msg.mentions?.some((m) => m.userKey === ctx.msg.userKey)) {
            return { retry: true, hint: 'That mention is you. Please mention your line manager, or skip.' };
          }
          if (!input.action && looksLikeQuestion(ctx.services.content, text)) return { unrelated: true };
          return {
            retry: true,
            hint: 'I could not see a mention. Type @ and start typing your manager\'s name, then pick them from the list. Or type "skip".',
          };
        },
        fallback(ctx) {
          return [answerButton(ctx, 'Skip', SKIP)];
        },
      },

      confirm: {
        async prompt(ctx) {
          const content = ctx.services.content;
          let p = await ctx.profile();
          if (!p?.onboarded) {
            p = await ctx.updateProfile((x) => {
              x.onboarded = true;
            });
          }
          return message([
            { type: 'heading', text: 'Your profile' },
            { type: 'paragraph', text: 'This is what I have saved. I use it to make routes, options and resources fit you.' },
            { type: 'facts', facts: profileFacts(content, p) },
            { type: 'choices', choices: [...changeChoices(), actionButton(PROFILE_DIALOG, 'done', 'Done', {})] },
            { type: 'paragraph', text: 'Type "help" to see what each answer is used for.', tone: 'muted' },
          ]);
        },
        async answer(ctx, input) {
          const text = answerText(input)?.trim() ?? '';
          const t = norm(text);
          if (/^(done|finished|that is all|that is it|ok|okay|thanks|thank you|no|nope|all good|looks good|fine|yes|yes thanks|correct|great)$/.test(t)) {
            return finish(ctx);
          }
          const field = fieldFromText(text);
          if (field && !looksLikeQuestion(ctx.services.content, text)) {
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
        const role = ctx.services.content.roles.get(value['roleId'] ?? '');
        if (!role) {
          ctx.say('I could not find that role any more. Type "change my role" to choose it again.');
          return { stay: true };
        }
        await saveRole(ctx, role);
        ctx.say(
          message([
            { type: 'paragraph', text: `Thanks. I have saved your role as ${role.title}.` },
            { type: 'choices', choices: afterChangeChoices() },
          ]),
        );
        return { stay: true };
      },
    },
  };
}

async function finish(ctx: StepContext): Promise<StepResult> {
  await ctx.updateProfile((p) => {
    p.onboarded = true;
  });
  ctx.say(
    message([
      { type: 'paragraph', text: 'Your profile is saved. You can change it at any time: type "my profile".' },
      { type: 'paragraph', text: 'What would you like to do next?' },
      {
        type: 'choices',
        choices: [
          startButton('Find a career route', 'pathway'),
          startButton('What are my options?', 'options'),
          startButton('Courses and resources', 'resources'),
        ],
      },
    ]),
  );
  return { end: true };
}
