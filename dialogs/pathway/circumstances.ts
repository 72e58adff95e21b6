/**
 * What a person told us about their circumstances, applied to their routes:
 * "I can't afford uni" or "I need to keep earning" puts routes where they are paid
 * while they learn first, and says so; "no GCSE maths" is never assumed from their
 * role, so getting it comes first. The words are in content/wording/pathway.yaml.
 */
import type { Block } from '../../src/core/messages.js';
import type { Content } from '../../src/content/model.js';
import type { Profile } from '../../src/store/ports.js';
import { paysWhileLearning, type PathwayResult } from '../../src/knowledge/pathways.js';
import { pathwayWords } from './wording.js';

export interface CircumstanceQuery {
  lacks?: string[];
  earnWhileLearning?: boolean;
}

/** Whether money is the worry: they cannot pay for a degree, or must keep earning. */
export function needsToEarn(profile: Profile | undefined): boolean {
  return !!profile?.circumstances?.some((c) => c === 'cannot-self-fund' || c === 'keep-earning');
}

/** What the route search takes from the profile. */
export function circumstanceQuery(profile: Profile | undefined): CircumstanceQuery {
  const q: CircumstanceQuery = {};
  if (profile?.lacks?.length) q.lacks = [...profile.lacks];
  if (needsToEarn(profile)) q.earnWhileLearning = true;
  return q;
}

/** One line saying how what they told us shaped the route, when it did. */
export function circumstanceBlocks(content: Content, profile: Profile | undefined, result: PathwayResult): Block[] {
  if (result.kind !== 'found' || !needsToEarn(profile)) return [];
  const w = pathwayWords(content).circumstances;
  const paid = result.best.steps.every((s) => paysWhileLearning(s.route));
  const payer = result.best.steps[0]?.route.funding;
  if (!paid) return [{ type: 'paragraph', text: w.noPaidRoute }];
  return [{ type: 'paragraph', text: payer ? w.paid({ funding: payer }) : w.paidNoDetail }];
}
