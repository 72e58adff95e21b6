/**
 * Follow-ups about the route last talked about ("how long does it take?",
 * "who pays?", "and after that?"), answered in a few lines. A message is
 * claimed only when it reads as a follow-up (read.ts) and names no other role
 * than the route's; with no route in hand, a follow-up that names no role is
 * claimed too, and the bot asks which role. Listed before the understanding's
 * intent rule, so that these short questions are not read on their own.
 */
import type { Feature } from '../../src/feature.js';
import type { RouteRule } from '../../src/core/router.js';
import { FOLLOW_UP_DIALOG, followUpDialog } from './follow-up.js';
import { readFollowUp } from './read.js';
import { FOLLOW_UP_WORDING } from './wording.js';

const followUpRule: RouteRule = (text, ctx) => {
  const f = readFollowUp(ctx.services.content, text);
  if (!f) return undefined;
  const topic = ctx.topic;
  if (f.roles.length === 0) return { dialog: FOLLOW_UP_DIALOG, args: { aspect: f.aspect } };
  // A role named: a follow-up only about the route in hand ("how long does it take to become a nurse?" after the nurse route).
  const inTopic = new Set([topic?.toRoleId, topic?.fromRoleId].filter(Boolean));
  if (topic && f.roles.every((r) => inTopic.has(r.id))) return { dialog: FOLLOW_UP_DIALOG, args: { aspect: f.aspect } };
  return undefined;
};

export const followUp: Feature = {
  id: 'follow-up',
  wording: FOLLOW_UP_WORDING,
  dialogs: ({ services, hasDialog }) => [followUpDialog({ content: services.content, hasDialog })],
  routes: () => [followUpRule],
};
