/**
 * Every dialog the bot has, and the router that chooses between them.
 */
import type { Dialog, Router, Services } from '../src/core/dialog.js';
import { createRouter } from './router.js';
import { helpDialog, welcomeDialog, type MenuItem } from './welcome.js';

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
  { label: 'My profile', dialog: 'profile', example: 'Change my role' },
];

export function buildDialogs(_services: Services): DialogSet {
  const dialogs: Dialog[] = [];
  const has = (id: string) => dialogs.some((d) => d.id === id);
  dialogs.push(welcomeDialog({ menu: MENU, hasDialog: has }));
  dialogs.push(helpDialog({ menu: MENU, hasDialog: has }));
  return { dialogs, router: createRouter() };
}
