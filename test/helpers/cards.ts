/**
 * Reading what the bot sent, as a person would see it: the text of an Adaptive
 * Card or of a Slack message's blocks (without the invisible characters the
 * renderers add to stop links and mentions), and a card's buttons.
 */
import { visibleCardText } from '../../src/channels/teams/render.js';
import type { SlackCall } from './fake-slack.js';

export function cardText(card: Record<string, any>): string {
  const out: string[] = [];
  const walk = (x: any) => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    if (x.type === 'TextBlock' && typeof x.text === 'string') out.push(x.text);
    if (x.type === 'FactSet') for (const f of x.facts ?? []) out.push(`${f.title} ${f.value}`);
    Object.values(x).forEach(walk);
  };
  walk(card.body);
  return visibleCardText(out.join('\n')).replace(/[\u200B-\u200D]/g, '');
}

export function submitActions(card: Record<string, any>): Array<{ title: string; data: any }> {
  const out: Array<{ title: string; data: any }> = [];
  const walk = (x: any) => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    if (x.type === 'Action.Submit') out.push({ title: x.title, data: x.data });
    Object.values(x).forEach(walk);
  };
  walk(card);
  return out;
}

export function blockText(call: SlackCall): string {
  const out: string[] = [];
  const walk = (x: any) => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    if ((x.type === 'mrkdwn' || x.type === 'plain_text') && typeof x.text === 'string') out.push(x.text);
    Object.values(x).forEach(walk);
  };
  walk(call.body['blocks']);
  return out.join('\n').replace(/[\u200B-\u200D\u2060]/g, '');
}
