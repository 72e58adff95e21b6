/**
 * The calm reply to stress and overwhelm, from content/wording/safety.yaml.
 */
import { defineWording, text, type Words } from '../../src/content/wording.js';
import type { Content } from '../../src/content/model.js';

export const SAFETY_WORDING = defineWording('safety', {
  calm: {
    intro: text(),
    raiseIt: text(),
    preceptee: text(),
    preceptorshipSourceLabel: text(),
    preceptorshipSource: text(),
    followUp: text(),
  },
});

export type SafetyWords = Words<(typeof SAFETY_WORDING)['spec']>;

export function safetyWords(content: Pick<Content, 'wording'>): SafetyWords {
  return SAFETY_WORDING.of(content);
}
