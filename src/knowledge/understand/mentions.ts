/**
 * Step 3 of reading a question: finding the roles it mentions. Over the
 * content's phrase index, the longest phrase wins; short, ambiguous
 * abbreviations ("na", "ap") count only where the words around them make them
 * a role; "X to Y" completes an elliptical second role. Also the bands stated
 * next to a mention, and the sibling role with a stated band.
 */
import type { Content, Role } from '../../content/model.js';
import type { Index, Phrase } from './roles-index.js';
import { bandRank } from '../route-search.js';

export interface Mention {
  start: number;
  end: number;
  phrase: Phrase;
  role: Role;
  how: string;
}

/** After "who" or "that" following a job: a verb of what the job does ("nurses who work in mental health"). */
export const WHO_DOES = /^(?:do|does|give|gives|work|works|deal|deals|treat|treats|specialise|specialises|look|looks|care|cares|run|runs|help|helps|focus|focuses)$/;

/** Next to an everyday word that is also a job's initials, the words that make it that job. */
const JOB_BEFORE = new Set(['a', 'an', 'trainee', 'registered', 'qualified', 'become', 'becoming', 'senior', 'apprentice', 'student', 'newly']);
const JOB_AFTER = new Set(['apprenticeship', 'apprenticeships', 'apprentice', 'course', 'courses', 'programme', 'role', 'roles', 'training', 'post', 'posts', 'job', 'jobs', 'degree', 'route', 'routes', 'qualification', 'pathway', 'trainee', 'vacancy', 'vacancies', 'position', 'band', 'level']);

/** Each "band N" in the tokens, with where it starts. */
export function bandsOf(tokens: string[]): Array<{ at: number; band: string }> {
  const out: Array<{ at: number; band: string }> = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i] === 'band' && /^([1-9]|8[a-d])$/.test(tokens[i + 1]!)) out.push({ at: i, band: tokens[i + 1]! });
  }
  return out;
}

/** Role mentions in the tokens, in order: longest phrase first, short abbreviations only in context. */
export function findMentions(idx: Index, tokens: string[], capitals: ReadonlySet<string> = new Set(), sentences: readonly number[] = []): Mention[] {
  const candidates: Array<{ start: number; end: number; phrase: Phrase }> = [];
  /** Short names without the words around them that make them a role; kept in case they sit in a list of roles. */
  const inList: Array<{ start: number; end: number; phrase: Phrase }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const all = idx.byFirst.get(tokens[i]!);
    if (!all) continue;
    // Of the names starting with this word, only those of one word or with the next word second can match here (in their order).
    const { bySecond, single } = bySecondWord(all);
    const list = (i + 1 < tokens.length ? bySecond.get(tokens[i + 1]!) : undefined) ?? single;
    for (const p of list) {
      const n = p.tokens.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n; k++) {
        if (tokens[i + k] !== p.tokens[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      // "porter. supervisor. how", "stay on in finance. Assistant accountant?": a name does not run across the end of a sentence.
      if (sentences.some((b) => b > i && b < i + n)) continue;
      if (p.contextual) {
        const before = tokens[i - 1];
        const after = tokens[i + n];
        const bandBefore = tokens[i - 2] === 'band' && /^\d/.test(before ?? '');
        // "what do I need to be a PA?": an abbreviation written in capitals is a role's name, unless it is a common word ("IT", "AM")
        // or a system worked on ("chase referrals on PAS", "book it in using PAS").
        const capital = capitals.has(p.text) && !idx.vocabulary.common.has(p.text) && !/^(?:on|onto|using|via|through|off)$/.test(before ?? '');
        // "never had to", "we had and lost": an everyday word that is also a job's initials ("had"), in small letters, is
        // that job only next to a word of jobs ("a HAD", "HAD apprenticeship"), not next to "to", "and", "now" or "is".
        const plain = p.initials === true && !capitals.has(p.text);
        const near = plain ? (before !== undefined && JOB_BEFORE.has(before)) || (after !== undefined && JOB_AFTER.has(after)) : (before !== undefined && idx.vocabulary.contextBefore.has(before)) || (after !== undefined && idx.vocabulary.contextAfter.has(after));
        if (!(near || bandBefore || capital)) {
          inList.push({ start: i, end: i + n, phrase: p });
          continue;
        }
      }
      candidates.push({ start: i, end: i + n, phrase: p });
      break; // longest at this position (list is longest first)
    }
  }
  // A band in a name ("hcsw band 3") is not a word of the job: in "senior HCSW band 3" the job is "senior HCSW",
  // and the band next to it picks its band later.
  const length = (c: { start: number; end: number; phrase: Phrase }) => c.end - c.start - (c.phrase.priority > 0 && c.phrase.tokens.includes('band') ? 2 : 0);
  candidates.sort((a, b) => length(b) - length(a) || a.phrase.priority - b.phrase.priority || a.start - b.start);
  const taken = new Array<boolean>(tokens.length).fill(false);
  const out: Mention[] = [];
  for (const c of candidates) {
    let free = true;
    for (let k = c.start; k < c.end; k++) if (taken[k]) free = false;
    if (!free) continue;
    for (let k = c.start; k < c.end; k++) taken[k] = true;
    out.push({ start: c.start, end: c.end, phrase: c.phrase, role: c.phrase.roles[0]!, how: '' });
  }
  // A short name in a list of roles ("nursing, OT, maybe paramedic"): the roles around it are its context.
  const listWord = (t: string | undefined) => t === 'or' || t === 'and' || t === 'maybe' || t === 'vs' || t === 'then';
  for (const c of inList) {
    if (taken.slice(c.start, c.end).some(Boolean)) continue;
    // "porter rn", "hca rn", "NA bnd4 rn": "rn" in small letters right after a job (or its band) is "right now", not a registered nurse.
    if (c.phrase.text === 'rn' && !capitals.has('rn') && out.some((m) => m.end === c.start || (m.end === c.start - 2 && tokens[m.end] === 'band'))) continue;
    const next = out.some((m) => m.end === c.start || (m.end === c.start - 1 && listWord(tokens[m.end])) || m.start === c.end || (m.start === c.end + 1 && listWord(tokens[c.end])));
    if (!next) continue;
    for (let k = c.start; k < c.end; k++) taken[k] = true;
    out.push({ start: c.start, end: c.end, phrase: c.phrase, role: c.phrase.roles[0]!, how: '' });
  }
  // A short name said again ("nursing or OT, leaning OT"): once it is a role in the message, it is the same role here.
  for (const c of inList) {
    if (taken.slice(c.start, c.end).some(Boolean)) continue;
    if (!out.some((m) => m.role === c.phrase.roles[0])) continue;
    for (let k = c.start; k < c.end; k++) taken[k] = true;
    out.push({ start: c.start, end: c.end, phrase: c.phrase, role: c.phrase.roles[0]!, how: '' });
  }
  // Elliptical second role: "healthcare science assistant to associate" -> "healthcare science associate".
  for (const m of [...out]) {
    const link = tokens[m.end];
    if (link !== 'to' && link !== 'into' && link !== 'or') continue;
    for (let j = 2; j >= 1; j--) {
      const s = m.end + 1;
      if (s + j > tokens.length) continue;
      let free = true;
      for (let k = s; k < s + j; k++) if (taken[k]) free = false;
      if (!free) continue;
      const words = tokens.slice(s, s + j);
      if (words.some((w) => w.length < 3)) continue;
      const text = [...m.phrase.tokens.slice(0, m.phrase.tokens.length - j), ...words].join(' ');
      const p = idx.byText.get(text);
      if (p && p.roles[0] !== m.role && m.phrase.tokens.length > j) {
        for (let k = s; k < s + j; k++) taken[k] = true;
        out.push({ start: s, end: s + j, phrase: p, role: p.roles[0]!, how: `completed "${words.join(' ')}" as "${text}"` });
        break;
      }
    }
  }
  // The same job in another field, said by the field only: "adult nurse, want to move to paeds",
  // "diagnostic radiographer thinking of switching to therapeutic", "mental health nurse … to learning disability".
  for (const m of [...out]) {
    const t = m.phrase.tokens;
    if (t.length < 2 && !/^(?:who|that)$/.test(tokens[m.end] ?? '')) continue;
    // The job word(s) kept: all but the first word, or the last word only.
    const heads = [...new Set([t.slice(1).join(' '), t[t.length - 1]!])].filter((h) => h !== '');
    let done = false;
    for (let k = m.end + 1; k < Math.min(tokens.length, m.end + 13) && !done; k++) {
      // Also "nurses who work in mental health": "in" or "with" just after what the job does.
      const who = /^(?:who|that)$/.test(tokens[m.end] ?? '') && WHO_DOES.test(tokens[m.end + 1] ?? '') && k <= m.end + 4 && /^(?:in|with)$/.test(tokens[k - 1]!);
      if ((!who && !/^(?:to|into|or|towards)$/.test(tokens[k - 1]!)) || tokens[k]!.length < 3) continue;
      // The field in one or two words: "to paeds", "to learning disability".
      for (const j of [2, 1]) {
        // ("to band 3 senior hca": words just before another job named are that job's band, not a field.)
        if (k + j > tokens.length || taken.slice(k, k + j).some(Boolean) || (tokens[k] === 'band' && taken[k + j])) continue;
        const words = tokens.slice(k, k + j);
        const head = heads.find((h) => {
          const p = idx.byText.get(`${words.join(' ')} ${h}`);
          return p !== undefined && p.priority <= 1 && !p.roles.includes(m.role);
        });
        if (head === undefined) continue;
        const text = `${words.join(' ')} ${head}`;
        const p = idx.byText.get(text)!;
        for (let q = k; q < k + j; q++) taken[q] = true;
        out.push({ start: k, end: k + j, phrase: p, role: p.roles[0]!, how: `completed "${words.join(' ')}" as "${text}"` });
        done = true;
        break;
      }
    }
  }
  // Two fields sharing the job word after the second: "paeds or LD nursing", "adult or mental health nursing",
  // "diagnostic or therapeutic radiography": the field before "or" is the same job in that field.
  for (const m of [...out]) {
    const t = m.phrase.tokens;
    if (t.length < 2 || !/^(?:or|and|vs)$/.test(tokens[m.start - 1] ?? '')) continue;
    const heads = [...new Set([t.slice(1).join(' '), t[t.length - 1]!])].filter((h) => h !== '');
    for (const j of [2, 1]) {
      const k = m.start - 1 - j;
      if (k < 0 || taken.slice(k, k + j).some(Boolean) || sentences.some((b) => b > k && b <= m.start)) continue;
      const words = tokens.slice(k, k + j);
      const p = heads.map((h) => idx.byText.get(`${words.join(' ')} ${h}`)).find((x) => x !== undefined && x.priority <= 1 && !x.roles.includes(m.role));
      if (!p) continue;
      for (let q = k; q < k + j; q++) taken[q] = true;
      out.push({ start: k, end: k + j, phrase: p, role: p.roles[0]!, how: `completed "${words.join(' ')}" as "${p.text}"` });
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const secondWords = new WeakMap<readonly Phrase[], { bySecond: Map<string, Phrase[]>; single: Phrase[] }>();

/** Names starting with the same word, by their second word (each list with the one-word names too, in the order given); once per list. */
function bySecondWord(list: readonly Phrase[]): { bySecond: Map<string, Phrase[]>; single: Phrase[] } {
  let out = secondWords.get(list);
  if (!out) {
    const bySecond = new Map<string, Phrase[]>();
    for (const p of list) if (p.tokens.length > 1 && !bySecond.has(p.tokens[1]!)) bySecond.set(p.tokens[1]!, list.filter((x) => x.tokens.length === 1 || x.tokens[1] === p.tokens[1]));
    out = { bySecond, single: list.filter((x) => x.tokens.length === 1) };
    secondWords.set(list, out);
  }
  return out;
}

/**
 * "a nursery nurse on NICU": a job the bot has no role for, whose name holds a role's name
 * (understanding.yaml `otherJobs`). A mention inside one is left out.
 */
export function dropOtherJobs(idx: Index, tokens: string[], mentions: Mention[]): Mention[] {
  const jobs = idx.vocabulary.otherJobs;
  if (jobs.length === 0) return mentions;
  if (mentions.length === 0) return mentions;
  const byFirst = otherJobsByFirst(jobs);
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    for (const job of byFirst.get(tokens[i]!) ?? []) {
      if (job.every((w, k) => tokens[i + k] === w)) for (let k = 0; k < job.length; k++) covered[i + k] = true;
    }
  }
  return mentions.filter((m) => !covered.slice(m.start, m.end).every(Boolean));
}

const otherJobsIndex = new WeakMap<readonly (readonly string[])[], Map<string, Array<readonly string[]>>>();

/** The other jobs by their first word, worked out once per list: each place in a message is tried only against those that start there. */
function otherJobsByFirst(jobs: readonly (readonly string[])[]): Map<string, Array<readonly string[]>> {
  let index = otherJobsIndex.get(jobs);
  if (!index) {
    index = new Map();
    for (const job of jobs) {
      if (job.length === 0) continue;
      let list = index.get(job[0]!);
      if (!list) index.set(job[0]!, (list = []));
      list.push(job);
    }
    otherJobsIndex.set(jobs, index);
  }
  return index;
}

/**
 * A role like `role` (same id stem, e.g. hcsw-band-2 / hcsw-band-3) that has `band`. With `trainee` ("a band 4 trainee
 * cardiac physiologist"), a trainee below the bands of the job named: the job of its family at that band whose title
 * shares most words with the job's.
 */
export function siblingWithBand(content: Content, role: Role, band: string, phrase?: Phrase, trainee = false): Role | null {
  if (trainee && !role.bands.includes(band as Role['bands'][number]) && role.bands.every((b) => bandRank(b) > bandRank(band))) {
    // The words of the job's own name count most: "trainee audiologist" is an associate audiologist, not a healthcare science associate.
    const wordsOf = (t: string) => t.toLowerCase().split(/\W+/).filter((w) => w !== '');
    const own = new Set(wordsOf(role.title.replace(/\s*\(.*\)\s*$/, '')));
    const words = new Set(wordsOf(role.title));
    const kin = [...content.roles.values()]
      .filter((r) => r !== role && r.family === role.family && r.bands.includes(band as Role['bands'][number]))
      .map((r) => ({ r, shared: wordsOf(r.title).reduce((n, w) => n + (own.has(w) ? 10 : words.has(w) ? 1 : 0), 0) }))
      .sort((a, b) => b.shared - a.shared);
    if (kin[0] && kin[0].shared > 0 && (kin.length === 1 || kin[0].shared > kin[1]!.shared)) return kin[0].r;
  }
  if (role.bands.includes(band as Role['bands'][number])) return role;
  if (phrase) {
    const r = phrase.roles.find((x) => x.bands.includes(band as Role['bands'][number]));
    if (r) return r;
  }
  const stem = role.id.replace(/-band-[0-9a-d]+$/, '');
  for (const r of content.roles.values()) {
    if (r.id === role.id) continue;
    if (r.id.replace(/-band-[0-9a-d]+$/, '') === stem && r.id !== stem && r.bands.includes(band as Role['bands'][number])) return r;
    if (role.id !== stem && r.id === stem && r.bands.includes(band as Role['bands'][number]) && r.family === role.family) return r;
  }
  return null;
}

/**
 * "PA to a director", "a PA for the chief nurse": "PA" before "to" or "for" and the person worked for is
 * a personal assistant, not a physician associate. The boss is part of the name, not a goal.
 */
/** The initials of a chief officer: "c", one letter for what they lead, "o" (chief executive officer, chief operating officer). */
const CHIEF_OFFICER = /^c[a-z]o$/;

export function personalAssistants(idx: Index, tokens: string[], mentions: Mention[]): Mention[] {
  const assistant = idx.byText.get('personal assistant');
  if (!assistant) return mentions;
  // The titles are the content's (understanding.yaml `bossTitles`), or a chief officer by the initials staff write
  // ("the COO", "the CFO": chief … officer).
  const isBoss = (t: string | undefined) => t !== undefined && (idx.vocabulary.bossTitles.has(t) || CHIEF_OFFICER.test(t));
  let out = mentions;
  for (const m of mentions) {
    if (!/^pas?$/.test(tokens[m.end - 1] ?? '') || m.role === assistant.roles[0]) continue;
    // "the COO's PA": the person worked for just before.
    if (m.end - m.start === 1 && CHIEF_OFFICER.test(tokens[m.start - 1] ?? '')) {
      out = out.filter((x) => x !== m);
      out.push({ start: m.start - 1, end: m.end, phrase: assistant, role: assistant.roles[0]!, how: `read "${tokens.slice(m.start - 1, m.end).join(' ')}" as a personal assistant` });
      continue;
    }
    if (!/^(?:to|for)$/.test(tokens[m.end] ?? '')) continue;
    let k = m.end + 1;
    if (/^(?:a|an|the|my|our|one|two|three|several)$/.test(tokens[k] ?? '')) k++;
    // "the medical director", "a clinical director", "the chief nurse": one word may come before the boss's own word.
    const at = isBoss(tokens[k]) ? k : isBoss(tokens[k + 1]) ? k + 1 : -1;
    if (at < 0) continue;
    // The boss's own title, when it is a role's name, goes with the PA ("PA to the director of nursing").
    const boss = out.find((x) => x.start >= m.end && x.start <= at && x.end > at);
    const end = boss ? boss.end : at + 1;
    out = out.filter((x) => x !== m && !(x.start >= m.end && x.start < end));
    out.push({ start: m.start, end, phrase: assistant, role: assistant.roles[0]!, how: `read "${tokens.slice(m.start, end).join(' ')}" as a personal assistant` });
  }
  return out === mentions ? mentions : out.sort((a, b) => a.start - b.start);
}
