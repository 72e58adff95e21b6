/**
 * Every wording spec: the engine's own and each feature's. Content is checked
 * against all of them at start-up and by `content check`.
 */
import type { WordingDef } from '../content/wording.js';
import { CORE_WORDING } from '../core/words.js';
import { TIMELINE_WORDING } from '../knowledge/timeline.js';
import { ROUTE_WORDING } from '../knowledge/route-wording.js';
import { CHANNEL_WORDING } from '../channels/wording.js';
import type { Feature } from '../feature.js';
import { FEATURES } from '../../dialogs/index.js';

export function wordingSpecs(features: readonly Feature[] = FEATURES): WordingDef[] {
  return [CORE_WORDING, TIMELINE_WORDING, ROUTE_WORDING, CHANNEL_WORDING, ...features.flatMap((f) => (f.wording ? [f.wording] : []))];
}
