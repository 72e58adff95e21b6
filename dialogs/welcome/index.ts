/**
 * The welcome and help: what the bot does, and a button for each thing people can do.
 */
import type { Feature } from '../../src/feature.js';
import { asksWhatItDoes, isGreeting } from '../../src/core/words.js';
import { helpDialog, welcomeDialog, type MenuItem } from './welcome.js';

/** What the greeting and help offer, in order. Items whose dialog is not built are left out. */
export const MENU: MenuItem[] = [
  { label: 'Find a career route', dialog: 'pathway', example: 'How do I become a nursing associate?' },
  { label: 'What are my options?', dialog: 'options', example: 'What are my options?' },
  { label: 'Career conversation', dialog: 'career-conversation', example: 'Start a career conversation' },
  { label: 'Courses and resources', dialog: 'resources', example: 'Show me courses to improve my maths' },
  { label: 'My plan', dialog: 'my-plan', example: 'Show my plan' },
  { label: 'My profile', dialog: 'profile', example: 'Change my role' },
];

export const welcome: Feature = {
  id: 'welcome',
  dialogs: ({ hasDialog }) => [welcomeDialog({ menu: MENU, hasDialog }), helpDialog({ menu: MENU, hasDialog })],
  routes: () => [(text) => (isGreeting(text) ? { dialog: 'welcome' } : asksWhatItDoes(text) ? { dialog: 'help' } : undefined)],
  intents: { help: 'help' },
};
