/**
 * `career-companion content check [dir]`: validate a content folder and list
 * every problem, one per line, so a trust can fix its YAML without reading code.
 */
import type { Command } from './io.js';
import { checkContent } from '../content/load.js';
import { formatProblem } from '../content/model.js';
import { defaultContentDir } from '../paths.js';
import { wordingSpecs } from '../app/wording.js';

const USAGE =
  'Usage: career-companion content check [dir]\n\n' +
  'Checks the YAML content in dir (default: the shipped content folder): roles, routes, requirements,\n' +
  'resources, notes, check-in programmes, signposting (required), the calendar (optional), and what the bot\n' +
  'says (wording/*.yaml).\n';

export const run: Command = async (args, io) => {
  const [sub, dir, ...extra] = args;
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (sub !== 'check') {
    io.stderr.write(sub === undefined ? USAGE : `Unknown content command "${sub}".\n\n${USAGE}`);
    return 2;
  }
  if (extra.length > 0) {
    io.stderr.write(`Too many arguments: ${extra.join(' ')}\n\n${USAGE}`);
    return 2;
  }
  const target = dir ?? defaultContentDir;
  const result = await checkContent(target, { wording: wordingSpecs() });
  if (result.problems.length === 0) {
    io.stdout.write(`Content OK: ${result.summary}\n`);
    return 0;
  }
  for (const p of result.problems) io.stderr.write(`${formatProblem(p)}\n`);
  const n = result.problems.length;
  io.stderr.write(`${n} problem${n === 1 ? '' : 's'} in ${target} (${result.summary} valid)\n`);
  return 1;
};
