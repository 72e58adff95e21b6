/**
 * Cache files for start-up shortcuts (the checked content, the trained intent
 * model): named by a hash of everything they depend on, so a file is either
 * right for what asks for it or not found. Read from a list of folders in
 * order (the build's, then the temporary folder's); written whole, so a reader
 * never sees half a file.
 */
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Writes a cache file whole (a temporary file, then a rename); a folder that cannot be written only costs the shortcut. */
export async function writeCacheFile(cacheDir: string, name: string, data: string | Buffer, shared = false): Promise<void> {
  try {
    await mkdir(cacheDir, { recursive: true, mode: shared ? 0o755 : 0o700 });
    const file = join(cacheDir, name);
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, data, { mode: shared ? 0o644 : 0o600 });
    await rename(tmp, file);
  } catch {
    // A read-only temporary folder only costs the shortcut.
  }
}

/** What `open` makes of the file `name` in the first of the folders, in order, where it succeeds; undefined when it succeeds in none. */
async function fromFirstFolder<T>(dirs: ReadonlyArray<string | undefined>, name: string, open: (path: string) => Promise<T>): Promise<T | undefined> {
  for (const d of dirs) {
    if (!d) continue;
    try {
      return await open(join(d, name));
    } catch {
      // Not there: try the next folder.
    }
  }
  return undefined;
}

/** The file `name` from the first of the folders, in order, that can be read; undefined when none can. */
export function readCacheFile(dirs: ReadonlyArray<string | undefined>, name: string): Promise<string | undefined> {
  return fromFirstFolder(dirs, name, (path) => readFile(path, 'utf8'));
}

/** Like readCacheFile, as bytes. */
export function readCacheBytes(dirs: ReadonlyArray<string | undefined>, name: string): Promise<Buffer | undefined> {
  return fromFirstFolder(dirs, name, (path) => readFile(path));
}

/** The path of the file `name` in the first of the folders that holds one that can be read; undefined when none does. */
export function findCacheFile(dirs: ReadonlyArray<string | undefined>, name: string): Promise<string | undefined> {
  return fromFirstFolder(dirs, name, async (path) => {
    await access(path);
    return path;
  });
}
