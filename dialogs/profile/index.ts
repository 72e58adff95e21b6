/**
 * The person's profile: role, band, area, qualifications and manager. Every
 * answer is skippable, saved at once and can be changed later.
 */
import type { Feature } from '../../src/feature.js';
import { profileDialog } from './profile.js';
import { PROFILE_WORDING } from './wording.js';

export const profile: Feature = {
  id: 'profile',
  wording: PROFILE_WORDING,
  dialogs: ({ services }) => [profileDialog({ content: services.content })],
  intents: { profile: 'profile' },
};
