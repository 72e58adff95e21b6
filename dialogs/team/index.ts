/**
 * "My team": a line manager's or preceptor's view, on demand, of the people
 * they support (team.ts), with a career-conversation reminder and a gentle
 * nudge. The words are in content/wording/team.yaml.
 */
import type { Feature } from '../../src/feature.js';
import { careerReminderHandler, teamDialog, teamRule } from './team.js';
import { TEAM_WORDING } from './wording.js';
import { rememberName } from './names.js';

export const team: Feature = {
  id: 'team',
  wording: TEAM_WORDING,
  dialogs: ({ services, settings }) => [teamDialog({ content: services.content, settings: settings.scheduler })],
  // "my team", "how is my preceptee doing", "how is Sam doing": before the intent rule, which reads them as check-ins.
  routes: ({ services }) => [teamRule(services)],
  // The name Teams or Slack gives when someone with a manager or preceptor writes.
  interceptors: () => [rememberName],
  reminders: ({ services }) => ({ 'team-career': careerReminderHandler({ services }) }),
};
