/**
 * The career conversation's data: everything said so far, kept in the dialog's
 * data (which the runtime saves after every turn), and the values its buttons
 * carry.
 */
import type { StepContext } from '../../src/core/dialog.js';
import type { Growth } from '../my-plan/summary.js';
import { ccWords, type CareerConversationWords } from './wording.js';

export const CAREER_CONVERSATION = 'career-conversation';
export const MAX_ACTIONS = 3;
/** The longest answer kept, in characters. */
export const MAX_TEXT = 500;
/** The most roles offered as options (and picked). */
export const MAX_OPTIONS_SHOWN = 5;

/** Button answers that are not words a person would type. */
export const KEEP = '__keep';
export const CANCEL = '__cancel';
export const DONE = '__done';
export const NONE_OF_THESE = '__none';

export interface ActionDraft {
  id: string;
  text: string;
  due?: string;
}

export interface CareerConversationData {
  startedAt: string;
  planId: string;
  strengths?: string;
  enjoy?: string;
  aspirations?: string;
  growth?: Growth | 'unsure';
  /** A role the person arrived with (e.g. from the pathway explorer). */
  suggested?: string;
  options: string[];
  needs: Record<string, string>;
  needsOther?: string;
  wellbeing?: number;
  actions: ActionDraft[];
  /** The name the person wants on a summary shared with their manager. */
  shareName?: string;
  /** A conversation already under way, offered back when the person starts again. */
  resumeFrom?: { step: string; data: Record<string, unknown> };
  /** The step a conversation was picked up at (going back stops there). */
  resumedAt?: string;
}

export function data(ctx: StepContext): CareerConversationData {
  return ctx.data as unknown as CareerConversationData;
}

/** A fresh conversation, started now. */
export function init(ctx: StepContext, suggested?: string): void {
  for (const k of Object.keys(ctx.data)) delete ctx.data[k];
  const startedAt = ctx.services.clock().toISOString();
  const d = data(ctx);
  d.startedAt = startedAt;
  d.planId = `${ctx.msg.userKey}|${startedAt}`;
  d.options = [];
  d.needs = {};
  d.actions = [];
  if (suggested) d.suggested = suggested;
}

/** The career conversation's words (content/wording/career-conversation.yaml). */
export function words(ctx: StepContext): CareerConversationWords {
  return ccWords(ctx.services.content);
}
