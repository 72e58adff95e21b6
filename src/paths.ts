import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder, found from this file whether it runs from src/ or dist/src/. */
export const packageRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'content'))) return dir;
    dir = dirname(dir);
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '..');
})();

/** The content shipped with the package. */
export const defaultContentDir = join(packageRoot, 'content');

/** Font files bundled for drawing pictures (read where they are, from the package root, as content/ is). */
export const fontsDir = join(packageRoot, 'src', 'web', 'fonts');

/**
 * Caches the build makes for the shipped content (the checked content and the
 * trained intent model), read before the temporary folder's: see
 * src/cli/prepare-caches.ts.
 */
export const shippedCacheDir = join(packageRoot, 'dist', 'cache');
