/**
 * The stay conversation, for someone thinking of leaving, and Freedom to Speak
 * Up. Its rules come early (after safety and welcome), so talk of leaving is
 * not read as a question for the resources or the pathway engine. The words
 * are in content/wording/stay.yaml; the guardian's contact in
 * content/signposting.yaml (trust.freedomToSpeakUp).
 */
import type { Feature } from '../../src/feature.js';
import { stressRule } from '../safety/index.js';
import { SPEAK_UP, STAY, asksAboutSpeakingUp, checkinLeavingHint, speakUpDialog, stayDialog, talksOfLeaving } from './stay.js';
import { STAY_WORDING } from './wording.js';

export const stay: Feature = {
  id: 'stay',
  wording: STAY_WORDING,
  dialogs: ({ services, hasDialog }) => [stayDialog(services.content, { hasDialog }), speakUpDialog(services.content)],
  routes: ({ services }) => [
    (text) => (talksOfLeaving(services.content, text) ? { dialog: STAY } : undefined),
    (text) => (asksAboutSpeakingUp(services.content, text) ? { dialog: SPEAK_UP } : undefined),
    // Stress typed on its own gets the calm reply (safety), unless it also talks of leaving.
    stressRule(services.content, (text) => talksOfLeaving(services.content, text)),
  ],
  interceptors: () => [checkinLeavingHint],
};
