/**
 * `career-companion eval understanding <file.jsonl> [--quiet] [--min-accuracy <percent>] [--max-confident-wrong <percent>]`
 *
 * Measures the question understanding on labelled messages (one JSON object a
 * line: {"text", "intent", "role"?, "from"?, "area"?}, as in
 * test/knowledge/corpus/): accuracy overall and per intent, roles, the
 * confusion table, how often it is confidently wrong, and the misses. With the
 * limits, exits 1 when the figures fall outside them.
 */
import { readFile } from 'node:fs/promises';
import { loadContent } from '../content/load.js';
import { ContentError } from '../content/model.js';
import { defaultContentDir } from '../paths.js';
import { wordingSpecs } from '../app/wording.js';
import { prepareIntentModel } from '../knowledge/understand/intent-model.js';
import { evaluate, formatReport, readLabelled } from '../knowledge/understand/evaluate.js';
import { readCommandLine, usageError } from './args.js';
import type { Command } from './io.js';

const USAGE =
  'Usage: career-companion eval understanding <file.jsonl> [--quiet] [--min-accuracy <percent>] [--max-confident-wrong <percent>]\n\n' +
  'Measures how well the bot reads questions, on messages labelled one a line as JSON:\n' +
  '{"text": "...", "intent": "pathway", "role": "nursing-associate", "from": "hcsw-band-2", "area": null}\n' +
  '--quiet leaves out the list of misses. With the limits, it exits 1 when a figure is outside them.\n';

const percent = (v: string | undefined, name: string): number | string | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : `${name} needs a percentage from 0 to 100.`;
};

export const run: Command = async (args, io) => {
  const line = readCommandLine(args, io, {
    usage: USAGE,
    options: { quiet: { type: 'boolean' }, 'min-accuracy': { type: 'string' }, 'max-confident-wrong': { type: 'string' } },
    positionals: 2,
  });
  if (typeof line === 'number') return line;
  const [what, file] = line.positionals;
  if (what !== 'understanding') return usageError(io, USAGE, what ? `Unknown thing to evaluate "${what}".` : '');
  if (!file) return usageError(io, USAGE, 'Give the file of labelled messages.');
  const minAccuracy = percent(line.values['min-accuracy'], '--min-accuracy');
  const maxWrong = percent(line.values['max-confident-wrong'], '--max-confident-wrong');
  for (const v of [minAccuracy, maxWrong]) if (typeof v === 'string') return usageError(io, USAGE, v);

  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    io.stderr.write(`Could not read ${file}.\n`);
    return 2;
  }
  const { rows, problems } = readLabelled(text);
  if (problems.length > 0) {
    for (const p of problems.slice(0, 20)) io.stderr.write(`${file}: ${p}\n`);
    if (problems.length > 20) io.stderr.write(`… and ${problems.length - 20} more.\n`);
    return 2;
  }
  if (rows.length === 0) {
    io.stderr.write(`${file} has no labelled messages.\n`);
    return 2;
  }
  let content;
  try {
    content = await loadContent(io.env['CONTENT_DIR'] || defaultContentDir, { wording: wordingSpecs() });
  } catch (err) {
    if (err instanceof ContentError) {
      io.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
  await prepareIntentModel(content);
  const report = evaluate(content, rows);
  io.stdout.write(formatReport(report, { misses: line.values.quiet !== true }));
  const accuracy = (report.intentCorrect / report.total) * 100;
  const wrong = (report.confidentWrong / report.total) * 100;
  let code = 0;
  if (typeof minAccuracy === 'number' && accuracy < minAccuracy) {
    io.stderr.write(`Intent accuracy ${accuracy.toFixed(1)}% is below ${minAccuracy}%.\n`);
    code = 1;
  }
  if (typeof maxWrong === 'number' && wrong > maxWrong) {
    io.stderr.write(`Confidently wrong ${wrong.toFixed(1)}% is above ${maxWrong}%.\n`);
    code = 1;
  }
  return code;
};
