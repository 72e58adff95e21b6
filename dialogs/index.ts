/**
 * Every dialog the bot has, and the router that chooses between them.
 *
 * To add a dialog: write it in its own file, add it to `buildDialogs`, and if
 * free text should reach it, map an intent to it in INTENT_DIALOGS.
 */
import type { Dialog, Router, Services } from '../src/core/dialog.js';
import { understand, type Intent } from '../src/knowledge/understand.js';
import { createRouter, type RouteRule } from './router.js';
import { helpDialog, welcomeDialog, type MenuItem } from './welcome.js';
import { answerDialog } from './answer.js';

export interface DialogSet {
  dialogs: Dialog[];
  router: Router;
}

/** What the greeting and help offer, in order. Items whose dialog is not built are left out. */
export const MENU: MenuItem[] = [
  { label: 'Find a career route', dialog: 'pathway', example: 'How do I become a nursing associate?' },
  { label: 'What are my options?', dialog: 'options', example: 'What are my options?' },
  { label: 'Career conversation', dialog: 'career-conversation', example: 'Start a career conversation' },
  { label: 'Courses and resources', dialog: 'resources', example: 'Show me courses to improve my maths' },
  { label: 'My plan', dialog: 'my-plan', example: 'Show my plan' },
  { label: 'My profile', dialog: 'profile', example: 'Change my role' },
];

/** Which dialog answers each kind of question. A missing dialog falls back to a one-turn answer. */
export const INTENT_DIALOGS: Partial<Record<Intent, string>> = {
  pathway: 'pathway',
  options: 'options',
  career_conversation: 'career-conversation',
  resources: 'resources',
  checkin: 'checkin',
  profile: 'profile',
  privacy: 'privacy',
  help: 'help',
};

export function buildDialogs(services: Services): DialogSet {
  const dialogs: Dialog[] = [];
  const has = (id: string) => dialogs.some((d) => d.id === id);
  dialogs.push(welcomeDialog({ menu: MENU, hasDialog: has }));
  dialogs.push(helpDialog({ menu: MENU, hasDialog: has }));
  dialogs.push(answerDialog());

  const byIntent: RouteRule = (text) => {
    const u = understand(text, services.content);
    if (u.intent === 'unknown') return undefined;
    const target = INTENT_DIALOGS[u.intent];
    const args: Record<string, unknown> = { intent: u.intent };
    if (u.role) args['roleId'] = u.role.id;
    if (u.from) args['fromId'] = u.from.id;
    if (u.band) args['band'] = u.band;
    if (u.area) args['area'] = u.area;
    if (target && has(target)) return { dialog: target, args };
    return { dialog: 'answer', args };
  };
  return { dialogs, router: createRouter([byIntent]) };
}
