/**
 * Warnings: things in a content folder that are not wrong today but need a
 * person to look at them. `content check` lists them and still passes; the
 * server starts with them.
 *
 * - The bank holiday list runs out within 18 months: check-ins would then be
 *   sent on bank holidays past its end.
 * - A route cites another route's page: a web address whose path names a
 *   different job from the one the route leads to (and not a job it starts
 *   from), such as a midwifery course page on a physiotherapy route. A page
 *   about one profession's course rarely says anything true of another's.
 *   A job is named by the words of its id and title that are not general
 *   (support, assistant, practitioner, nurse...; see GENERIC), compared on
 *   their first six letters, with the field's own word ("dietetics" for a
 *   dietitian, from understanding.fieldForms). An address naming the route's
 *   own job too is fine, and a route to a job named only in general words is
 *   not checked.
 */
import type { ContentProblem } from './model.js';
import { formatPath } from './problems.js';
import { list, mapping, str, strList, type Item, type Raw, type SingleItem } from './sections.js';
import type { Locator } from './yaml.js';

/** How far ahead the bank holiday list must reach. */
export const CALENDAR_MONTHS_AHEAD = 18;

function warningAt(locators: Map<string, Locator>, file: string, path: (string | number)[], message: string, fix: string): ContentProblem {
  const p: ContentProblem = { file, path: formatPath(path), message, fix };
  const line = locators.get(file)?.(path);
  if (line !== undefined) p.line = line;
  return p;
}

/** The ISO date `months` calendar months after `iso` (clamped to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** A warning when the last bank holiday listed is within 18 months of `today` (ISO date). */
export function calendarWarnings(calendars: SingleItem[], today: string, locators: Map<string, Locator>): ContentProblem[] {
  const out: ContentProblem[] = [];
  const horizon = addMonths(today, CALENDAR_MONTHS_AHEAD);
  for (const c of calendars) {
    const dates = strList(mapping(mapping(c.raw)?.bankHolidays)?.dates)
      .map(([, d]) => d)
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
    if (dates.length === 0) continue;
    const last = dates.reduce((a, b) => (b > a ? b : a));
    if (last >= horizon) continue;
    out.push(
      warningAt(
        locators,
        c.file,
        ['calendar', 'bankHolidays', 'dates'],
        `the bank holiday list ends on ${last}, less than ${CALENDAR_MONTHS_AHEAD} months from today (${today}); after it, check-ins are sent on bank holidays`,
        'add the next years\' dates from https://www.gov.uk/bank-holidays',
      ),
    );
  }
  return out;
}

/** Words in role titles and ids that name no one job, so never mark a page as another job's. */
const GENERIC = new Set([
  'senior', 'support', 'worker', 'assistant', 'associate', 'practitioner', 'practice', 'healthcare', 'health',
  'science', 'scientist', 'clinical', 'trainee', 'apprentice', 'apprenticeship', 'degree', 'registered', 'department',
  'manager', 'management', 'leader', 'director', 'officer', 'administrator', 'service', 'services', 'team', 'level',
  'band', 'general', 'advanced', 'specialist', 'therapist', 'therapy', 'language', 'nurse',
  'nursing', 'hearing', 'workforce', 'partner', 'business', 'consultant', 'advisor', 'adviser',
  // A whole service, not one job in it: an ambulance trust's page may be about any of its jobs.
  'ambulance',
]);

/** The first six letters: "physiotherapist" and "physiotherapy" both give "physio". */
const stem = (w: string) => w.slice(0, 6);

/** The words that name a job: its id's and title's words that are not generic, with the field's name ("dietetics"). */
function jobKeys(role: Raw, fieldForms: Map<string, string[]>): Set<string> {
  // Words in brackets only gloss the title ("Therapy assistant (allied health support worker)"): they name no job.
  const title = (str(role.title) ?? '').replace(/\([^)]*\)/g, ' ');
  const words = [...(str(role.id) ?? '').split('-'), ...title.toLowerCase().split(/[^a-z]+/)];
  const keys = new Set<string>();
  for (const w of words) {
    if (w.length < 5 || GENERIC.has(w)) continue;
    keys.add(stem(w));
  }
  // A field's own name, when its letters differ from the job's ("dietitian": "dietetics").
  const last = title.toLowerCase().split(/[^a-z]+/).filter(Boolean).pop();
  const forms = last ? fieldForms.get(last) : undefined;
  if (forms && last && !GENERIC.has(last)) {
    const alt = forms.map((f) => stem(f.split(' ')[0]!)).filter((f) => f !== stem(last));
    if (alt.length > 0) {
      keys.delete(stem(last));
      keys.add(`(${[stem(last), ...alt].join('|')})`);
    }
  }
  return keys;
}

/** Whether every key of a job is among a page address's words. */
function names(keys: Set<string>, words: Set<string>): boolean {
  if (keys.size === 0) return false;
  for (const k of keys) {
    const alternatives = k.startsWith('(') ? k.slice(1, -1).split('|') : [k];
    if (!alternatives.some((a) => words.has(a))) return false;
  }
  return true;
}

function addressWords(url: string): Set<string> {
  let path: string;
  try {
    const u = new URL(url);
    path = `${u.pathname} ${u.search}`;
  } catch {
    return new Set();
  }
  return new Set(path.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 5).map(stem));
}

/**
 * Warnings for route sources whose address names another job: a page about a
 * different profession's course. A page that names the route's own job, or a
 * job the route starts from, is fine.
 */
export function routeSourceWarnings(
  routes: Item<Raw>[],
  roles: Item<Raw>[],
  understanding: SingleItem[],
  locators: Map<string, Locator>,
): ContentProblem[] {
  const fieldForms = new Map<string, string[]>();
  const forms = mapping(mapping(understanding[0]?.raw)?.fieldForms);
  for (const [k, v] of Object.entries(forms ?? {})) fieldForms.set(k, strList(v).map(([, f]) => f));

  const keys = new Map<string, Set<string>>();
  const titles = new Map<string, string>();
  for (const r of roles) {
    const id = str(r.value.id);
    if (id === undefined) continue;
    keys.set(id, jobKeys(r.value, fieldForms));
    titles.set(id, str(r.value.title) ?? id);
  }
  const targets = new Set(routes.map((r) => str(r.value.to)).filter((t): t is string => t !== undefined));

  const out: ContentProblem[] = [];
  for (const route of routes) {
    const to = str(route.value.to);
    if (to === undefined) continue;
    // A job named only in general words ("healthcare science practitioner") cannot be looked
    // for in an address, so a page about one of its specialisms is not flagged.
    if ((keys.get(to)?.size ?? 0) === 0) continue;
    const own = new Set([to, ...strList(route.value.from).map(([, f]) => f)]);
    list(route.value.sources).forEach((s, i) => {
      const url = typeof s === 'string' ? s : str(mapping(s)?.url);
      if (url === undefined) return;
      const words = addressWords(url);
      if ([...own].some((id) => names(keys.get(id) ?? new Set(), words))) return;
      const other = [...targets].find((id) => !own.has(id) && names(keys.get(id) ?? new Set(), words));
      if (other === undefined) return;
      out.push(
        warningAt(
          locators,
          route.file,
          ['routes', route.index, 'sources', i],
          `${url} looks like a page about ${titles.get(other)} ("${other}"), not ${titles.get(to)}, the job this route leads to`,
          `cite a page about this route's own job, or remove it if it does not say what the route says`,
        ),
      );
    });
  }
  return out;
}
