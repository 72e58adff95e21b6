/**
 * A copy of the shipped content folder with some text changed, as a trust
 * would edit its own copy: each edit replaces one piece of text in one file,
 * and fails the test if that text is not there (so a test cannot pass because
 * its edit quietly did nothing).
 */
import { readFileSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadContent } from '../../src/content/load.js';
import type { Content } from '../../src/content/model.js';
import { defaultContentDir } from '../../src/paths.js';
import { wordingSpecs } from '../../src/app/wording.js';

/** File (inside the content folder) → pairs of [text as shipped, new text]. */
export type ContentEdits = Record<string, Array<[string, string]>>;

/** Copies the shipped content into `dir` and makes the edits; returns the copy's folder. */
export async function editedContentDir(dir: string, edits: ContentEdits): Promise<string> {
  await cp(defaultContentDir, dir, { recursive: true });
  for (const [file, changes] of Object.entries(edits)) {
    const path = join(dir, file);
    let text = await readFile(path, 'utf8');
    for (const [from, to] of changes) {
      if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}: the edit would change nothing.`);
      text = text.replace(from, to);
    }
    await writeFile(path, text);
  }
  return dir;
}

/** The edited copy, loaded and checked as the server loads it (every wording spec included). */
export async function editedContent(dir: string, edits: ContentEdits): Promise<Content> {
  return loadContent(await editedContentDir(dir, edits), { wording: wordingSpecs() });
}

/**
 * How the bot reads questions, as shipped: the words it knows, the examples it
 * learns from, and the topics it sends elsewhere. Every content folder needs
 * these, so small test folders take the shipped files.
 */
export const SHIPPED_READING: Readonly<Record<string, string>> = Object.fromEntries(
  ['understanding.yaml', 'intents.yaml', 'out-of-scope.yaml'].map((f) => [f, readFileSync(join(defaultContentDir, f), 'utf8')]),
);
