/** The dialogs the pathway feature has or leads to, and reading button values. */

export const PATHWAY_DIALOG = 'pathway';
export const OPTIONS_DIALOG = 'options';
export const CAREER_CONVERSATION_DIALOG = 'career-conversation';

/** A non-empty string, trimmed; undefined otherwise. */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
