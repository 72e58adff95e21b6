/**
 * What a word means: "what is a preceptor?", "what does supernumerary mean?",
 * "what's an AP?". The answer is the plain meaning from content/glossary.yaml,
 * where it comes from, and one button. Ways of asking are in
 * content/wording/glossary.yaml (`asks`); the rule claims a message only when
 * what is asked about is, all of it, a word of the glossary, so "how do I
 * become a nursing associate?" still finds the route.
 */
import type { Feature } from '../../src/feature.js';
import { message } from '../../src/core/messages.js';
import { startButton, type Dialog } from '../../src/core/dialog.js';
import { normalise } from '../../src/core/router.js';
import type { Content, GlossaryEntry } from '../../src/content/model.js';
import { defineWording, list, text } from '../../src/content/wording.js';
import { glossaryEntry } from '../../src/knowledge/glossary.js';

export const GLOSSARY_DIALOG = 'glossary';

export const GLOSSARY_WORDING = defineWording('glossary', {
  title: text(),
  asks: list('word'),
  fillers: list(),
  source: text('label'),
  more: text(),
  buttons: { route: text() },
});

const SLOT = 'qqwordslotqq';

interface Ask {
  before: string;
  after: string;
}

const asksCache = new WeakMap<Content, Ask[]>();

function asks(content: Content): Ask[] {
  let out = asksCache.get(content);
  if (!out) {
    out = GLOSSARY_WORDING.of(content)
      .asks({ word: SLOT })
      .map((a) => normalise(a))
      .filter((a) => a.includes(SLOT))
      .map((a) => {
        const [before = '', after = ''] = a.split(SLOT);
        return { before: before.trim(), after: after.trim() };
      });
    asksCache.set(content, out);
  }
  return out;
}

/** The glossary entry a message asks about, when the whole of what it asks about is one. */
export function glossaryQuestion(content: Content, typed: string): GlossaryEntry | undefined {
  if (content.glossary.length === 0) return undefined;
  const t = normalise(typed);
  if (t === '') return undefined;
  const fillers = new Set(GLOSSARY_WORDING.of(content).fillers.map((f) => normalise(f)));
  for (const ask of asks(content)) {
    if (ask.before && !(t === ask.before || t.startsWith(`${ask.before} `))) continue;
    if (ask.after && !(t === ask.after || t.endsWith(` ${ask.after}`))) continue;
    let words = t.slice(ask.before.length, t.length - ask.after.length).trim().split(' ');
    while (words.length > 1 && fillers.has(words[words.length - 1]!)) words = words.slice(0, -1);
    const entry = glossaryEntry(content, words.join(' '));
    if (entry) return entry;
  }
  return undefined;
}

function glossaryDialog(content: Content, hasDialog: (id: string) => boolean): Dialog {
  return {
    id: GLOSSARY_DIALOG,
    title: GLOSSARY_WORDING.of(content).title,
    begin(ctx, args) {
      const c = ctx.services.content;
      const entry = c.glossary.find((g) => g.id === args['id']);
      if (!entry) return { start: 'help', args: { reason: 'not-understood' } };
      const w = GLOSSARY_WORDING.of(c);
      const source = entry.sources[0]!;
      const label = source.label ?? new URL(source.url).hostname.replace(/^www\./, '');
      const term = entry.term.charAt(0).toUpperCase() + entry.term.slice(1);
      ctx.say(
        message([
          { type: 'heading', text: term },
          { type: 'paragraph', text: entry.meaning },
          { type: 'links', links: [{ label: w.source({ label }), url: source.url }] },
          { type: 'paragraph', text: w.more, tone: 'muted' },
          ...(hasDialog('pathway') ? [{ type: 'choices' as const, choices: [startButton(w.buttons.route, 'pathway')] }] : []),
        ]),
      );
      return { end: true };
    },
    steps: {},
  };
}

export const glossary: Feature = {
  id: 'glossary',
  wording: GLOSSARY_WORDING,
  dialogs: ({ services, hasDialog }) => [glossaryDialog(services.content, hasDialog)],
  routes: ({ services }) => [
    (typed) => {
      const entry = glossaryQuestion(services.content, typed);
      return entry ? { dialog: GLOSSARY_DIALOG, args: { id: entry.id } } : undefined;
    },
  ],
};
