/**
 * A problem found in a content folder.
 */

/** One thing wrong with a content folder, precise enough to fix without reading code. */
export interface ContentProblem {
  /** File path relative to the content folder. */
  file: string;
  /** Path inside the file, e.g. `routes[3].to`. Empty for problems with the whole file. */
  path: string;
  message: string;
  /** What to do about it, when we can say. */
  fix?: string;
  /** 1-based line in the file, when known. */
  line?: number;
}
