/**
 * `career-companion content check [dir]`: validate a content folder and list
 * every problem, one per line, so a trust can fix its YAML without reading code.
 */
import { readCommandLine, usageError } from './args.js';
import type { Command } from './io.js';
import { checkContent } from '../content/load.js';
import { formatProblem } from '../content/model.js';
import { defaultContentDir } from '../paths.js';
import { wordingSpecs } from '../app/wording.js';
import { formatReadingReport } from '../content/reading.js';

const USAGE =
  'Usage: career-companion content check [dir]\n\n' +
  'Checks the YAML content in dir (default: the shipped content folder): roles, routes, requirements,\n' +
  'resources, notes, check-in programmes, signposting (required), the calendar (optional), and what the bot\n' +
  'says (wording/*.yaml), and the glossary.\n\n' +
  'Also warns, without failing, when the bank holiday list ends within 18 months, and when a route cites\n' +
  'a page whose address names another job (a page about a different route).\n' +
  'It also measures how plainly every sentence people are shown reads (Flesch-Kincaid grade) and warns\n' +
  'about each one above the limit in the reading: section (content/reading.yaml). Warnings do not fail the check.\n';

export const run: Command = async (args, io) => {
  const line = readCommandLine(args, io, { usage: USAGE, options: {}, positionals: 2 });
  if (typeof line === 'number') return line;
  const [sub, dir] = line.positionals;
  if (sub === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (sub !== 'check') return usageError(io, USAGE, sub === undefined ? '' : `Unknown content command "${sub}".`);
  const target = dir ?? defaultContentDir;
  const result = await checkContent(target, { wording: wordingSpecs(), reading: true });
  // Warnings do not fail the check: they are things to look at, not mistakes.
  for (const w of result.warnings) io.stderr.write(`warning: ${formatProblem(w)}\n`);
  const warned = result.warnings.length === 0 ? '' : ` (${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'})`;
  if (result.problems.length === 0) {
    // The reading figures are warnings only: measured once the content is valid.
    const reading = result.reading ? formatReadingReport(result.reading).map((l) => `${l}\n`).join('') : '';
    io.stdout.write(`Content OK: ${result.summary}${warned}\n${reading}`);
    return 0;
  }
  for (const p of result.problems) io.stderr.write(`${formatProblem(p)}\n`);
  const n = result.problems.length;
  io.stderr.write(`${n} problem${n === 1 ? '' : 's'} in ${target} (${result.summary} valid)\n`);
  return 1;
};
