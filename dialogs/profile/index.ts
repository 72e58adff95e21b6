/**
 * The person's profile: role, band, area, qualifications and manager. Every
 * answer is skippable, saved at once and can be changed later. Facts people
 * mention in passing are kept too (remember.ts).
 */
import type { Feature } from '../../src/feature.js';
import { profileDialog } from './profile.js';
import { PROFILE_WORDING } from './wording.js';
import { rememberStatedFacts } from './remember.js';

export const profile: Feature = {
  id: 'profile',
  wording: PROFILE_WORDING,
  dialogs: ({ services }) => [profileDialog({ content: services.content })],
  intents: { profile: 'profile' },
  interceptors: () => [rememberStatedFacts],
};
