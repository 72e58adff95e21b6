/**
 * `career-companion ask "<question>" [--from "<current role>"] [--json]`
 *
 * Prints the reply the chat would give, as plain text. With --json, prints one
 * JSON object on one line: {"intent","area","role","from","text","confidence",
 * "clarify"}, where `confidence` is how sure the understanding is (0 to 1) and
 * `clarify` the labels of the buttons the chat would offer when it asks which
 * was meant instead of answering (besides "None of these"), or null. With --json
 * and no question, reads one question per line from stdin and prints one JSON
 * object per line, in order, as each line arrives (blank lines are skipped).
 *
 * Content comes from CONTENT_DIR or the packaged content folder, with the
 * words in its wording/ folder. A content problem (a wording file that does
 * not match, too) prints its message to stderr and exits 1; bad usage exits 2.
 */
import { createInterface } from 'node:readline';
import { loadContent } from '../content/load.js';
import { ContentError, type Content, type Role } from '../content/model.js';
import { defaultContentDir } from '../paths.js';
import { answer, answerText } from '../../dialogs/pathway/answer.js';
import { prepareIntentModel } from '../knowledge/understand/intent-model.js';
import { wordingSpecs } from '../app/wording.js';
import { intentOwners, offeredReadings } from '../app/compose.js';
import { FEATURES } from '../../dialogs/index.js';
import { readingLabels } from '../../dialogs/clarify/index.js';
import { readCommandLine } from './args.js';
import type { CliIO, Command } from './io.js';

const USAGE = 'Usage: career-companion ask "<question>" [--from "<current role>"] [--json]\n' +
  '       career-companion ask --json < questions.txt   (one question per line)\n';

function roleJson(r: Role | null): { id: string; title: string } | null {
  return r ? { id: r.id, title: r.title } : null;
}

const owners = intentOwners(FEATURES);

function jsonLine(content: Content, question: string, from: string | undefined): string {
  const { understanding, reply } = answer(content, question, from !== undefined ? { from } : {});
  const readings = offeredReadings(understanding, (intent) => owners[intent]);
  const labels = readings ? readingLabels(content, readings) : [];
  return JSON.stringify({
    intent: understanding.intent,
    area: understanding.area,
    role: roleJson(understanding.role),
    from: roleJson(understanding.from),
    text: answerText(reply),
    confidence: understanding.confidence,
    clarify: labels.length > 0 ? labels : null,
  });
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}

export const run: Command = async (args: string[], io: CliIO): Promise<number> => {
  const line = readCommandLine(args, io, {
    usage: USAGE,
    options: { from: { type: 'string', missing: '--from needs a value, e.g. --from "band 2 HCA".' }, json: { type: 'boolean' } },
    positionals: Infinity,
  });
  if (typeof line === 'number') return line;
  const question = line.positionals.join(' ').trim() || null;
  const parsed = { question, from: line.values.from, json: line.values.json === true };
  if (parsed.question === null && !parsed.json) {
    io.stderr.write(USAGE);
    return 2;
  }

  let content: Content;
  try {
    // The wording is checked as at start-up, so a broken sentence is reported, not thrown mid-answer.
    content = await loadContent(io.env.CONTENT_DIR || defaultContentDir, { wording: wordingSpecs() });
    await prepareIntentModel(content);
  } catch (err) {
    if (err instanceof ContentError) {
      io.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }

  if (parsed.question !== null) {
    if (parsed.json) {
      await write(io.stdout, `${jsonLine(content, parsed.question, parsed.from)}\n`);
    } else {
      const { reply } = answer(content, parsed.question, parsed.from !== undefined ? { from: parsed.from } : {});
      await write(io.stdout, `${answerText(reply)}\n`);
    }
    return 0;
  }

  // Bulk: one question per line from stdin, one JSON object per line out, streamed.
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const q = line.trim();
    if (q === '') continue;
    await write(io.stdout, `${jsonLine(content, q, parsed.from)}\n`);
  }
  return 0;
};
