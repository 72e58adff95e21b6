/**
 * `career-companion chat`: talk to the bot in a terminal, over the same core and
 * dialogs as Teams and Slack. Buttons become numbered choices; type the number.
 * It keeps its own data folder, so it can run beside a server.
 */
import { createInterface } from 'node:readline';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { destination } from 'pino';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import type { InboundMessage, OutboundMessage } from '../core/messages.js';
import { renderTerminal, parseTerminalInput, type TerminalRender } from '../channels/local/render.js';
import { isStartupError, loadDotEnv } from './serve.js';
import { readCommandLine } from './args.js';
import type { Command } from './io.js';

const USAGE = `Usage: career-companion chat [--data-dir <folder>] [--user <name>]

Talk to Career Companion in this terminal. Type a number to press a button.
Type "help" for help, and press Ctrl+D (or type /quit) to leave.
The chat keeps its data in ./data/chat unless you say otherwise.
`;

export const run: Command = async (args, io) => {
  const line = readCommandLine(args, io, { usage: USAGE, options: { 'data-dir': { type: 'string' }, user: { type: 'string' } } });
  if (typeof line === 'number') return line;
  loadDotEnv(io.env);
  const dataDir = resolve(line.values['data-dir'] ?? io.env['CHAT_DATA_DIR'] ?? './data/chat');
  const user = line.values.user ?? safeUserName();

  let core;
  try {
    const config = loadConfig({ ...io.env, DATA_DIR: dataDir, NODE_ENV: io.env['NODE_ENV'] === 'test' ? 'test' : 'development' });
    const { buildCore } = await import('../app/core.js');
    // Logs go to stderr at warn level so they do not mix with the conversation.
    const log = createLogger(io.env['LOG_LEVEL'] ?? 'warn', destination(2));
    core = await buildCore(config, { log });
  } catch (err) {
    if (isStartupError(err)) {
      io.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const { bot, store } = core;
  const base: Pick<InboundMessage, 'platform' | 'userKey' | 'conversationKey' | 'isDirect'> = {
    platform: 'local',
    userKey: `local:${user}`,
    conversationKey: `local:${user}:terminal`,
    isDirect: true,
  };

  let last: TerminalRender | undefined;
  /** Fields of an on-screen form still to be answered. */
  let form: { fields: NonNullable<TerminalRender['inputs']>['fields']; submit: { id: string; value: Record<string, string> }; values: Record<string, string> } | undefined;

  const show = (replies: OutboundMessage[]) => {
    let n = 0;
    for (const reply of replies) {
      const r = renderTerminal(reply, n);
      n += r.options.length;
      io.stdout.write(`\n${r.text}\n`);
      last = r.options.length > 0 || r.inputs ? r : last;
      if (r.inputs) {
        form = { fields: [...r.inputs.fields], submit: r.inputs.submit, values: {} };
      }
    }
    if (form?.fields[0]) io.stdout.write(`${form.fields[0].label}${form.fields[0].optional ? ' (optional, press Enter to skip)' : ''}:\n`);
    io.stdout.write('> ');
  };

  show(await bot.welcome({ ...base }));

  const rl = createInterface({ input: io.stdin, terminal: false });
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') break;
    if (form) {
      const field = form.fields.shift();
      if (field && line) form.values[field.id] = line;
      if (form.fields.length > 0) {
        io.stdout.write(`${form.fields[0]!.label}${form.fields[0]!.optional ? ' (optional, press Enter to skip)' : ''}:\n> `);
        continue;
      }
      const submit = form.submit;
      const values = form.values;
      form = undefined;
      show(await bot.handle({ ...base, action: { id: submit.id, value: { ...submit.value, ...values } } }));
      continue;
    }
    if (!line) {
      io.stdout.write('> ');
      continue;
    }
    const picked = last ? parseTerminalInput(line, last.options) : undefined;
    const inbound: InboundMessage = picked ? { ...base, action: picked } : { ...base, text: line };
    show(await bot.handle(inbound));
  }
  io.stdout.write('\nGoodbye.\n');
  await store.close();
  return 0;
};

function safeUserName(): string {
  try {
    return userInfo().username || 'me';
  } catch {
    return 'me';
  }
}
