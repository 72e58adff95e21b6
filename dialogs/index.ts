/**
 * Every feature the bot has, one folder each. The order is the order in which
 * their rules get to claim typed text (before the understanding's intent rule).
 *
 * To add a feature: make its folder with an `index.ts` that exports a
 * `Feature` (src/feature.ts), and add it here.
 */
import type { Feature } from '../src/feature.js';
import { safety } from './safety/index.js';
import { welcome } from './welcome/index.js';
import { stay } from './stay/index.js';
import { privacy } from './privacy/index.js';
import { admin } from './admin/index.js';
import { myPlan } from './my-plan/index.js';
import { enrolment } from './enrolment/index.js';
import { checkins } from './checkins/index.js';
import { digest } from './digest/index.js';
import { team } from './team/index.js';
import { profile } from './profile/index.js';
import { glossary } from './glossary/index.js';
import { pathway } from './pathway/index.js';
import { resources } from './resources/index.js';
import { careerConversation } from './career-conversation/index.js';
import { clarify } from './clarify/index.js';
import { elsewhere } from './elsewhere/index.js';
import { social } from './social/index.js';
import { followUp } from './follow-up/index.js';

export const FEATURES: readonly Feature[] = [
  safety,
  welcome,
  stay,
  social,
  privacy,
  admin,
  team,
  myPlan,
  enrolment,
  checkins,
  digest,
  profile,
  glossary,
  pathway,
  resources,
  careerConversation,
  followUp,
  clarify,
  elsewhere,
];
