/**
 * `career-companion <command>`: the one entry point for the server and every tool.
 * Each command lives in src/cli/<name>.ts and is loaded only when used, so that
 * `career-companion ask` does not pay for starting the server.
 */
import { processIO, type CliIO, type Command } from './cli/io.js';

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  serve: { summary: 'Start the server (the default)', load: async () => (await import('./cli/serve.js')).run },
  chat: { summary: 'Talk to the bot in this terminal', load: async () => (await import('./cli/chat.js')).run },
  content: {
    summary: 'content check [dir]: validate a content folder',
    load: async () => (await import('./cli/content-check.js')).run,
  },
  reminders: {
    summary: 'reminders due|run [--now <ISO time>]: list what is due, or run one scheduler tick',
    load: async () => (await import('./cli/reminders.js')).run,
  },
  enrol: {
    summary: 'enrol --csv <file> [--dry-run]: enrol people on check-in programmes from a CSV file',
    load: async () => (await import('./cli/enrol.js')).run,
  },
  store: {
    summary: 'store check|backup|restore [--data-dir <dir>] [--file <backup>] [--yes]: check, back up or restore the data files',
    load: async () => (await import('./cli/store.js')).run,
  },
  migrate: {
    summary: 'migrate --from lowdb --to postgres [--data-dir <dir>]: copy the embedded store into Postgres (DATABASE_URL)',
    load: async () => (await import('./cli/migrate.js')).run,
  },
  privacy: {
    summary: 'privacy export|erase --user <key> [--out <file>] [--yes]: a person\'s data, for requests made outside the bot',
    load: async () => (await import('./cli/privacy.js')).run,
  },
  'package-teams': {
    summary: 'package-teams [--out <file>]: build the Teams app package (zip) from manifest/teams',
    load: async () => (await import('./cli/package-teams.js')).run,
  },
  ask: {
    summary: 'ask "<question>" [--from "<role>"] [--json]: answer a question as the chat would',
    load: async () => (await import('./cli/ask.js')).run,
  },
  eval: {
    summary: 'eval understanding <file.jsonl> [--quiet]: measure how well questions are read, on labelled messages',
    load: async () => (await import('./cli/eval.js')).run,
  },
};

export function usage(): string {
  const lines = ['Usage: career-companion <command> [options]', '', 'Commands:'];
  for (const [name, c] of Object.entries(commands)) lines.push(`  ${name.padEnd(14)} ${c.summary}`);
  return lines.join('\n');
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name = 'serve', ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage() + '\n');
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr.write(`Unknown command "${name}".\n\n${usage()}\n`);
    return 2;
  }
  const run = await command.load();
  return run(rest, io);
}
