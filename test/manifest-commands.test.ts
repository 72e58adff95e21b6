/**
 * What the Teams command menu offers must work when a person picks it: each
 * command title, typed as it stands (a title ending in "…" is the start of a
 * question, so it is finished with the example in its description), gets an
 * answer of its own, not the "did not understand" reply or the help card.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { talkingBot } from './helpers/transcript.js';

interface Command {
  title: string;
  description: string;
}

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'manifest', 'teams', 'manifest.json'), 'utf8')) as {
  bots: Array<{ commandLists: Array<{ scopes: string[]; commands: Command[] }> }>;
};
const commands = manifest.bots[0]!.commandLists.flatMap((l) => l.commands);

const NOT_UNDERSTOOD = 'Sorry, I did not understand that';
const HELP_CARD = 'You can type things like:';

/** What a person sends after picking the command. */
function typed(c: Command): string {
  if (!c.title.endsWith('…')) return c.title;
  const example = /for example:?\s*(.+?)\??$/i.exec(c.description)?.[1];
  if (!example) throw new Error(`The command "${c.title}" ends in "…" but its description gives no example to finish it`);
  return example;
}

describe('the Teams command menu', () => {
  const talk = talkingBot('local:menu');

  it('lists at most ten commands (the Teams limit)', () => {
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.length).toBeLessThanOrEqual(10);
  });

  it.each(commands.map((c) => [c.title, c] as const))('"%s" gets an answer of its own', async (_title, c) => {
    await talk.setProfile({ roleId: 'hcsw-band-2', band: '2' });
    const reply = await talk.t.say(typed(c));
    expect(reply).not.toContain(NOT_UNDERSTOOD);
    if (c.title !== 'help') expect(reply).not.toContain(HELP_CARD);
    else expect(reply).toContain(HELP_CARD);
  });
});
