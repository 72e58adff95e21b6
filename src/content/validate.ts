/**
 * One file's parsed data, checked against the content file schema and sorted
 * into sections. What is valid is kept entry by entry, so one bad entry does
 * not hide the rest (nor cause a flood of "unknown id" problems elsewhere).
 */
import type { z } from 'zod';
import type { ContentProblem } from './model.js';
import { describeValue, schemaProblems } from './problems.js';
import {
  ALL_SECTIONS,
  SECTIONS,
  SECTION_SCHEMAS,
  SINGLE_SCHEMAS,
  SINGLE_SECTIONS,
  type Collected,
  type Raw,
  type SingleItem,
} from './sections.js';
import type { Locator } from './yaml.js';

/**
 * Adds a file's entries to `into` and its problems to `problems`. False when
 * the file has no sections to read (it is not a mapping), so whole-content
 * checks such as "no roles at all" know something may be hidden.
 */
export function collectFile(file: string, data: unknown, lineAt: Locator, into: Collected, problems: ContentProblem[]): boolean {
  if (data === null || data === undefined) {
    problems.push({
      file,
      path: '',
      message: 'the file is empty',
      fix: `add a section such as "roles:" or delete the file`,
    });
    return true;
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      file,
      path: '',
      line: 1,
      message: `the file must be a mapping of sections (${ALL_SECTIONS.join(', ')}), not ${describeValue(data)}`,
      fix: 'start the file with a section name such as "roles:" and list the entries under it',
    });
    return false;
  }

  const { problems: found, checked } = schemaProblems(file, data, lineAt);
  problems.push(...found);

  // A file the whole schema accepts gives every entry as read; otherwise each entry is read on its own, to keep the valid ones.
  const record = data as Record<string, unknown>;
  const read = checked as Record<string, unknown> | undefined;
  for (const section of SECTIONS) {
    const list = record[section];
    if (!Array.isArray(list)) continue;
    const schema = SECTION_SCHEMAS[section] as z.ZodType;
    const readList = read?.[section] as unknown[] | undefined;
    list.forEach((entry: unknown, index) => {
      if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
        into.raw[section].push({ file, index, section, value: entry as Raw });
      }
      if (readList) {
        into.items[section].push({ file, index, section, value: readList[index] });
        return;
      }
      const r = schema.safeParse(entry);
      if (r.success) into.items[section].push({ file, index, section, value: r.data });
    });
  }
  for (const section of SINGLE_SECTIONS) {
    if (!(section in record)) continue;
    const single: SingleItem = { file, section, raw: record[section] };
    if (read) single.value = read[section];
    else {
      const r = (SINGLE_SCHEMAS[section] as z.ZodType).safeParse(record[section]);
      if (r.success) single.value = r.data;
    }
    into.singles[section].push(single);
  }
  return true;
}
