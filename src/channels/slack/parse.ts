/**
 * Slack button presses and the inputs submitted with them, read back into
 * channel-neutral actions. Anything unexpected is refused, never trusted.
 */
import { SLACK_LIMITS } from './limits.js';

// ---------------------------------------------------------------------------------------
// Parsing a button press
// ---------------------------------------------------------------------------------------

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_ACTION_ID = 200;
const MAX_KEY = 200;
const MAX_KEYS = 200;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stateValue(entry: Record<string, unknown>): string | undefined {
  const optionValue = (o: unknown): string | undefined =>
    isPlainObject(o) && typeof o['value'] === 'string' ? o['value'] : undefined;
  if ('selected_options' in entry) {
    const list = entry['selected_options'];
    if (!Array.isArray(list)) return list === null ? '' : undefined;
    return list.map(optionValue).filter((v): v is string => v !== undefined).join(',');
  }
  if ('selected_option' in entry) {
    const o = entry['selected_option'];
    return o === null ? '' : optionValue(o);
  }
  for (const key of ['value', 'selected_date', 'selected_time']) {
    if (key in entry) {
      const v = entry[key];
      if (v === null) return '';
      if (typeof v === 'string') return v;
      if (typeof v === 'number' && Number.isFinite(v)) return String(v);
      return undefined;
    }
  }
  return undefined;
}

/**
 * Turns a press of one of our buttons (`action_id` `cc_<n>`, `value` `{"a","v"}`) back into
 * an action, with the values of the inputs submitted with it from `body.state.values`.
 * Values carried by the button win over input values of the same name. Empty inputs
 * come back as ''. Multiple choices are joined with commas. Returns undefined for
 * anything that is not ours.
 */
export function parseSlackAction(
  action: { action_id: string; value?: string },
  stateValues?: unknown,
): { id: string; value: Record<string, string> } | undefined {
  if (!isPlainObject(action)) return undefined;
  const actionId: unknown = action.action_id;
  const raw: unknown = action.value;
  if (typeof actionId !== 'string' || !/^cc_\d{1,9}$/.test(actionId)) return undefined;
  if (typeof raw !== 'string' || raw.length > SLACK_LIMITS.buttonValue) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isPlainObject(parsed)) return undefined;
  const id = parsed['a'];
  if (typeof id !== 'string' || id === '' || id.length > MAX_ACTION_ID) return undefined;
  const carried = parsed['v'];
  if (carried !== undefined && !isPlainObject(carried)) return undefined;

  const value: Record<string, string> = {};
  let n = 0;
  if (isPlainObject(stateValues)) {
    for (const blockId of Object.keys(stateValues)) {
      if (FORBIDDEN_KEYS.has(blockId)) continue;
      const block = stateValues[blockId];
      if (!isPlainObject(block)) continue;
      for (const key of Object.keys(block)) {
        if (n >= MAX_KEYS) break;
        if (FORBIDDEN_KEYS.has(key) || key.length > MAX_KEY) continue;
        const entry = block[key];
        if (!isPlainObject(entry)) continue;
        const v = stateValue(entry);
        if (v === undefined) continue;
        value[key] = v;
        n++;
      }
    }
  }
  if (carried) {
    let m = 0;
    for (const key of Object.keys(carried)) {
      if (m >= MAX_KEYS) break;
      if (FORBIDDEN_KEYS.has(key) || key.length > MAX_KEY) continue;
      const v = carried[key];
      if (typeof v === 'string') value[key] = v;
      else if (typeof v === 'number' && Number.isFinite(v)) value[key] = String(v);
      else continue;
      m++;
    }
  }
  return { id, value };
}
