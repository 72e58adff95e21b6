/**
 * The `understanding` section of one content folder's `understanding.yaml`, read
 * on its own and at once, for code that reads text without a loaded `Content`
 * at hand (short answers are normalised with the shipped words). The loader
 * reads the section like any other; this is not a second way to load content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import type { UnderstandingWords } from './model.js';
import { normaliseUnderstanding } from './normalise.js';
import { understandingSchema } from './schema.js';

export const UNDERSTANDING_FILE = 'understanding.yaml';

/** The words in `<dir>/understanding.yaml`; throws if the file is missing or its section is not valid. */
export function readUnderstandingFile(dir: string): UnderstandingWords {
  const file = join(dir, UNDERSTANDING_FILE);
  const data: unknown = jsyaml.load(readFileSync(file, 'utf8'), { schema: jsyaml.CORE_SCHEMA, filename: file });
  const section = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)['understanding'] : undefined;
  const parsed = understandingSchema.safeParse(section);
  if (!parsed.success) {
    throw new Error(`${file} has no valid "understanding:" section; run "career-companion content check" on its folder to see why`);
  }
  return normaliseUnderstanding(parsed.data);
}
