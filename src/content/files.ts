/** Finding the YAML files of a content folder. */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ContentProblem } from './problem.js';
import { WORDING_FOLDER } from './wording.js';

/** The YAML files of a content folder, sorted by their path inside it; null (with a problem) if there is no folder. */
export async function listYamlFiles(root: string, problems: ContentProblem[]): Promise<string[] | null> {
  try {
    const s = await stat(root);
    if (!s.isDirectory()) {
      problems.push({ file: '.', path: '', message: `${root} is not a folder`, fix: 'give the path of the content folder' });
      return null;
    }
  } catch {
    problems.push({
      file: '.',
      path: '',
      message: `the folder ${root} does not exist`,
      fix: 'check the path, or create the folder and add YAML files to it',
    });
    return null;
  }
  const out: string[] = [];
  const walk = async (d: string) => {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      // What the bot says is read by wording.ts, file by file, against each feature's spec.
      if (d === root && e.name === WORDING_FOLDER && e.isDirectory()) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && /\.ya?ml$/i.test(e.name)) out.push(p);
    }
  };
  await walk(root);
  const key = (p: string) => contentPath(root, p);
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** A file's path inside the content folder, with forward slashes, as problems name it. */
export function contentPath(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}
