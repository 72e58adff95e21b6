/**
 * "podiatrist band 6 - how do I get into management?", "want to move into management": management asked for as
 * a goal, with no job named for it, is the service or department manager's job. Not where it is set aside or
 * one choice of several ("apart from going into management", "stay clinical or go into management").
 */
import type { Role } from '../../content/model.js';
import type { Index } from './roles-index.js';

/** A wish or a question of how, a verb of moving, then "into management". */
const INTO_MANAGEMENT = /\b(?:how (?:do|can|could|would|should|to)(?: i| we| you)?|how|want to|wanting to|would like to|like to|hoping to|hope to|plan to|planning to|looking to|aiming to|route to|way to|best way to|help me|can i|could i)(?: \S+)? (?:get|go|move|step|progress)(?: up| across| over)? (?:into|in to|to) (?:general |service |department )?management\b/;
/** Before it: management set aside, doubted or one of a choice. */
const NOT_WANTED = /\b(?:not|no|dont|never|apart from|aside from|rather than|instead of|other than|besides|except|without|or|whether|if)\b/;

/** The service manager's role when management is asked for as the goal; else null. */
export function managementGoal(idx: Index, joined: string): Role | null {
  const m = INTO_MANAGEMENT.exec(joined);
  if (!m || NOT_WANTED.test(joined.slice(Math.max(0, m.index - 30), m.index + m[0].length))) return null;
  const p = idx.byText.get('service manager');
  return p && p.roles.length === 1 ? p.roles[0]! : null;
}
