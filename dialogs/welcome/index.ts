/**
 * The welcome and help: what the bot does, and a button for each thing people can do.
 */
import type { Feature } from '../../src/feature.js';
import { asksWhatItDoes, isGreeting } from '../../src/core/words.js';
import { WELCOME_WORDING, helpDialog, welcomeDialog } from './welcome.js';

export const welcome: Feature = {
  id: 'welcome',
  wording: WELCOME_WORDING,
  dialogs: ({ hasDialog, services, settings }) => [welcomeDialog({ hasDialog, content: services.content }), helpDialog({ hasDialog, content: services.content, admins: settings.privacy.admins })],
  routes: ({ services }) => [
    (text) => (isGreeting(services.content, text) ? { dialog: 'welcome' } : asksWhatItDoes(services.content, text) ? { dialog: 'help' } : undefined),
  ],
  intents: { help: 'help' },
};
