/**
 * Checks between entries, across files: ids unique per section, references
 * to other entries' ids (with a "did you mean"), role names used once, each
 * programme's own rules, and the single sections (each written once, distress
 * phrases and service ids distinct, bank holidays real weekdays, listed once,
 * no cue phrase both a target and a current cue).
 */
import type { ContentProblem } from './model.js';
import { checkProgramme } from './programme-check.js';
import { formatPath } from './problems.js';
import { normaliseDistressText } from './signposting.js';
import {
  SECTIONS,
  SECTION_NOUN,
  SINGLE_SECTIONS,
  list,
  mapping,
  str,
  strList,
  type Item,
  type Raw,
  type Section,
  type SingleItem,
  type SingleSection,
} from './sections.js';
import { closest, normName, suggestRole } from './suggest.js';
import type { Locator } from './yaml.js';

/** A problem at `path` in `file`, with its line when the file can be located. */
function problemAt(
  locators: Map<string, Locator>,
  file: string,
  path: (string | number)[],
  message: string,
  fix?: string,
): ContentProblem {
  const p: ContentProblem = { file, path: formatPath(path), message };
  if (fix) p.fix = fix;
  const line = locators.get(file)?.(path);
  if (line !== undefined) p.line = line;
  return p;
}

function where(item: Item<unknown>): string {
  return `${item.section}[${item.index}] in ${item.file}`;
}

/**
 * Checks references between entries. Runs over every entry that is a mapping,
 * valid or not, so a problem in one field does not hide a broken reference in another.
 */
export function crossCheck(all: Record<Section, Item<Raw>[]>, problems: ContentProblem[], locators: Map<string, Locator>): void {
  const add = (item: Item<unknown>, rest: (string | number)[], message: string, fix?: string) => {
    problems.push(problemAt(locators, item.file, [item.section, item.index, ...rest], message, fix));
  };

  // Duplicate ids, per section, across files.
  const ids = {} as Record<Section, Map<string, Item<Raw>>>;
  for (const section of SECTIONS) {
    const seen = new Map<string, Item<Raw>>();
    for (const item of all[section]) {
      const id = str(item.value.id);
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first) {
        add(
          item,
          ['id'],
          `the ${SECTION_NOUN[section]} id "${id}" is already used by ${where(first)}`,
          `give each ${SECTION_NOUN[section]} its own id, or remove one of the two`,
        );
      } else seen.set(id, item);
    }
    ids[section] = seen;
  }

  // Each glossary word, or other way of writing it, names one entry only.
  const words = new Map<string, string>();
  for (const item of all.glossary) {
    const entries: [(string | number)[], string | undefined][] = [
      [['term'], str(item.value.term)],
      ...strList(item.value.also).map(([i, w]): [(string | number)[], string] => [['also', i], w]),
    ];
    for (const [at, word] of entries) {
      if (word === undefined) continue;
      const key = word.trim().toLowerCase();
      const first = words.get(key);
      if (first !== undefined) {
        add(item, at, `"${word}" is already a word of ${first}`, 'give each word to one glossary entry only');
      } else words.set(key, `glossary entry "${str(item.value.id) ?? '?'}" in ${item.file}`);
    }
  }

  const known = (section: Section, id: string) => ids[section].has(id);
  const roleIds = [...ids.roles.keys()];
  const requirementIds = [...ids.requirements.keys()];
  const routeIds = [...ids.routes.keys()];

  const unknownRole = (item: Item<unknown>, rest: (string | number)[], bad: string) => {
    const near = suggestRole(bad, all.roles, roleIds);
    add(
      item,
      rest,
      `there is no role with id "${bad}"`,
      near ? `did you mean "${near}"? Otherwise add a role with id "${bad}"` : `add a role with id "${bad}"`,
    );
  };
  const unknownRequirement = (item: Item<unknown>, rest: (string | number)[], bad: string) => {
    const near = closest(bad, requirementIds, Infinity);
    add(
      item,
      rest,
      `there is no requirement with id "${bad}"`,
      near ? `did you mean "${near}"? Otherwise add it to the requirements section` : 'add it to the requirements section',
    );
  };

  for (const item of all.roles) {
    for (const [i, r] of strList(item.value.entry)) if (!known('requirements', r)) unknownRequirement(item, ['entry', i], r);
  }

  for (const item of all.requirements) {
    for (const [i, r] of strList(item.value.implies)) {
      if (r === item.value.id) add(item, ['implies', i], 'a requirement cannot imply itself', 'remove it from implies');
      else if (!known('requirements', r)) unknownRequirement(item, ['implies', i], r);
    }
  }

  for (const item of all.routes) {
    const to = str(item.value.to);
    if (to !== undefined && !known('roles', to)) unknownRole(item, ['to'], to);
    for (const [i, f] of strList(item.value.from)) {
      if (f === to) {
        add(item, ['from', i], `the route starts from the role it leads to ("${f}")`, `remove "${f}" from from`);
      } else if (!known('roles', f)) unknownRole(item, ['from', i], f);
    }
    for (const [i, q] of strList(item.value.requires)) {
      if (!known('requirements', q)) unknownRequirement(item, ['requires', i], q);
    }
  }

  for (const item of all.resources) {
    for (const [i, r] of strList(item.value.roles)) if (!known('roles', r)) unknownRole(item, ['roles', i], r);
    for (const [i, r] of strList(item.value.routes)) {
      if (!known('routes', r)) {
        const near = closest(r, routeIds, Infinity);
        add(
          item,
          ['routes', i],
          `there is no route with id "${r}"`,
          near ? `did you mean "${near}"?` : 'use the id of a route in the routes section',
        );
      }
    }
  }

  const anyIds = [...roleIds, ...routeIds, ...requirementIds, ...ids.resources.keys()];
  for (const item of all.notes) {
    for (const [i, a] of strList(item.value.appliesTo)) {
      if (!(['roles', 'routes', 'requirements', 'resources'] as const).some((s) => known(s, a))) {
        const near = closest(a, anyIds, Infinity);
        add(
          item,
          ['appliesTo', i],
          `there is no role, route, requirement or resource with id "${a}"`,
          near ? `did you mean "${near}"?` : undefined,
        );
      }
    }
    for (const [i, a] of strList(item.value.changes)) {
      if (!(['roles', 'routes', 'requirements'] as const).some((s) => known(s, a))) {
        const near = closest(a, [...roleIds, ...routeIds, ...requirementIds], Infinity);
        add(
          item,
          ['changes', i],
          `there is no role, route or requirement with id "${a}"`,
          near ? `did you mean "${near}"?` : 'use the id of the role, route or requirement the note changes',
        );
      }
    }
  }

  // A title or synonym should point at one role only, or questions that use it become ambiguous.
  const names = new Map<string, Item<Raw>>();
  for (const item of all.roles) {
    const id = str(item.value.id);
    const own = new Set<string>();
    const check = (name: string, rest: (string | number)[]) => {
      const n = normName(name);
      if (own.has(n)) return;
      own.add(n);
      const other = names.get(n);
      if (other && str(other.value.id) !== id) {
        add(
          item,
          rest,
          `"${name}" is also the title or a synonym of role "${str(other.value.id)}" (${where(other)})`,
          'keep each name on one role only, so questions that use it are not ambiguous',
        );
      } else names.set(n, item);
    };
    const title = str(item.value.title);
    if (title) check(title, ['title']);
    for (const [i, syn] of strList(item.value.synonyms)) check(syn, ['synonyms', i]);
  }

  for (const item of all.programmes) checkProgramme(item, add, unknownRole, (r) => known('roles', r));
}

/** Checks the single sections: each written once, phrases distinct, dates real and distinct. */
export function crossCheckSingles(
  singles: Record<SingleSection, SingleItem[]>,
  problems: ContentProblem[],
  locators: Map<string, Locator>,
): void {
  const add = (file: string, path: (string | number)[], message: string, fix?: string) => {
    problems.push(problemAt(locators, file, path, message, fix));
  };

  for (const section of SINGLE_SECTIONS) {
    const [first, ...rest] = singles[section];
    for (const other of rest) {
      add(
        other.file,
        [section],
        `the ${section} section is already in ${first!.file}`,
        `keep the ${section} section in one file only`,
      );
    }
  }

  for (const s of singles.signposting) {
    const distress = mapping(mapping(s.raw)?.distress);
    const seen = new Map<string, number>();
    for (const [i, phrase] of strList(distress?.phrases)) {
      const norm = normaliseDistressText(phrase);
      if (norm === '') continue;
      const first = seen.get(norm);
      if (first !== undefined) {
        add(s.file, ['signposting', 'distress', 'phrases', i], `"${phrase}" is the same phrase as phrases[${first}]`, 'remove one of the two');
      } else seen.set(norm, i);
    }
    const ids = new Map<string, number>();
    list(distress?.services).forEach((x, i) => {
      const id = str(mapping(x)?.id);
      if (id === undefined) return;
      const first = ids.get(id);
      if (first !== undefined) {
        add(s.file, ['signposting', 'distress', 'services', i, 'id'], `the service id "${id}" is already used by services[${first}]`, 'give each service its own id');
      } else ids.set(id, i);
    });
  }

  for (const u of singles.understanding) {
    // A phrase in both lists would always be read one way (the current role), never the other.
    const cues = mapping(mapping(u.raw)?.cues);
    const current = new Map(strList(cues?.current).map(([i, p]) => [p, i] as const));
    for (const [i, phrase] of strList(cues?.target)) {
      const other = current.get(phrase);
      if (other === undefined) continue;
      add(
        u.file,
        ['understanding', 'cues', 'target', i],
        `"${phrase}" is both a target cue and a current cue (current[${other}])`,
        'keep it in one of the two lists: target if the role after it is the one wanted, current if it is the one held now',
      );
    }
  }

  for (const c of singles.calendar) {
    const bank = mapping(mapping(c.raw)?.bankHolidays);
    const seen = new Map<string, number>();
    for (const [i, date] of strList(bank?.dates)) {
      const at = ['calendar', 'bankHolidays', 'dates', i];
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
      if (!m) continue; // zod reports the format
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      if (d.toISOString().slice(0, 10) !== date) continue; // zod reports impossible dates
      const first = seen.get(date);
      if (first !== undefined) {
        add(c.file, at, `${date} is listed twice (also dates[${first}])`, 'remove one of the two');
        continue;
      }
      seen.set(date, i);
      const day = d.getUTCDay();
      if (day === 0 || day === 6) {
        add(
          c.file,
          at,
          `${date} is a ${day === 0 ? 'Sunday' : 'Saturday'}; bank holidays in England and Wales fall on weekdays (a holiday at a weekend moves to a substitute weekday)`,
          'check the date on https://www.gov.uk/bank-holidays',
        );
      }
    }
  }
}

/**
 * A warning for each topic in understanding.yaml's `resourceTopics` that is no resource's tag: a
 * question about it gets the resources by area instead of a list of its own.
 */
export function resourceTopicWarnings(resources: Item<Raw>[], singles: Record<SingleSection, SingleItem[]>, locators: Map<string, Locator>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // A folder with no resources (a test folder, a trust starting out) has nothing to list for any topic yet.
  if (resources.length === 0) return problems;
  const tags = new Set(resources.flatMap((r) => strList(r.value['tags']).map(([, t]) => t.toLowerCase())));
  for (const u of singles.understanding) {
    const topics = mapping(mapping(u.raw)?.resourceTopics);
    for (const tag of Object.keys(topics ?? {})) {
      if (tags.has(tag.toLowerCase())) continue;
      problems.push(
        problemAt(locators, u.file, ['understanding', 'resourceTopics', tag], `"${tag}" is not a tag of any resource, so questions about it get the resources by area`, 'add the tag to the resources it is about (resources.yaml, tags), or remove the topic'),
      );
    }
  }
  return problems;
}
