/**
 * Normalisation: checked entries, as the schema parsed them, to the `Content`
 * model (defaults filled in, durations in months, sources as objects).
 */
import type { WordingSource } from './wording.js';
import type {
  CalendarInput,
  CheckinInput,
  CheckinOffsetInput,
  CheckinQuestionInput,
  DurationInput,
  LocalExampleInput,
  NoteInput,
  ProgrammeInput,
  RequirementInput,
  ResourceInput,
  RoleInput,
  RouteInput,
  SignpostingInput,
  SourceInput,
  UnderstandingInput,
  IntentExamplesInput,
  OutOfScopeInput,
  GlossaryEntryInput,
} from './schema.js';
import type {
  Checkin,
  CheckinOffset,
  CheckinQuestion,
  Content,
  Duration,
  LocalExample,
  Note,
  Programme,
  Requirement,
  Resource,
  Role,
  Route,
  Signposting,
  SignpostingService,
  Source,
  UnderstandingWords,
} from './model.js';

/** The checked entries of a content folder, by section. */
export interface CheckedEntries {
  roles: RoleInput[];
  routes: RouteInput[];
  requirements: RequirementInput[];
  resources: ResourceInput[];
  notes: NoteInput[];
  programmes: ProgrammeInput[];
  signposting: SignpostingInput;
  calendar: CalendarInput | undefined;
  understanding: UnderstandingInput;
  intentExamples: IntentExamplesInput;
  outOfScope: OutOfScopeInput;
  glossary: GlossaryEntryInput[];
}

/** The `Content` of the folder `dir`, from entries that passed every check. */
export function toContent(dir: string, e: CheckedEntries, wording: WordingSource): Content {
  return {
    dir,
    roles: new Map(e.roles.map((r) => [r.id, normaliseRole(r)])),
    routes: e.routes.map((r) => normaliseRoute(r)),
    requirements: new Map(e.requirements.map((r) => [r.id, normaliseRequirement(r)])),
    resources: e.resources.map((r) => normaliseResource(r)),
    notes: e.notes.map((r) => normaliseNote(r)),
    programmes: new Map(e.programmes.map((r) => [r.id, normaliseProgramme(r)])),
    signposting: normaliseSignposting(e.signposting),
    bankHolidays: new Set(e.calendar?.bankHolidays.dates ?? []),
    understanding: normaliseUnderstanding(e.understanding),
    intentExamples: e.intentExamples,
    outOfScope: e.outOfScope.topics.map((t) => ({ id: t.id, words: [...t.words], answer: t.answer })),
    glossary: e.glossary.map((g) => ({ id: g.id, term: g.term, also: [...g.also], meaning: g.meaning, checked: g.checked, explainInRoutes: g.explainInRoutes, sources: g.sources.map(normaliseSource) })),
    wording,
  };
}

function normaliseSource(s: SourceInput): Source {
  if (typeof s === 'string') return { url: s };
  const out: Source = { url: s.url };
  if (s.label !== undefined) out.label = s.label;
  if (s.status !== undefined) out.status = s.status;
  if (s.checked !== undefined) out.checked = s.checked;
  return out;
}

export function toMonths(d: DurationInput): Duration {
  const conv = (n: number) =>
    d.unit === 'weeks' ? Math.round(((n / 52) * 12) * 10) / 10 : d.unit === 'years' ? n * 12 : n;
  return { minMonths: conv(d.min), maxMonths: conv(d.max) };
}

function normaliseRole(r: RoleInput): Role {
  const out: Role = {
    id: r.id,
    title: r.title,
    synonyms: [...r.synonyms],
    describedBy: [...r.describedBy],
    bands: [...r.bands],
    bandVaries: r.bandVaries,
    family: r.family,
    summary: r.summary,
    regulator: r.regulator ? { ...r.regulator } : null,
    entry: [...r.entry],
    caveats: [...r.caveats],
    sources: r.sources.map(normaliseSource),
  };
  if (r.common !== undefined) out.common = r.common;
  if (r.payFramework !== undefined) out.payFramework = r.payFramework;
  if (r.bandsUnconfirmed) out.bandsUnconfirmed = true;
  return out;
}

function normaliseExample(e: LocalExampleInput): LocalExample {
  return { trust: e.trust, summary: e.summary, sources: e.sources.map(normaliseSource) };
}

function normaliseRoute(r: RouteInput): Route {
  return {
    id: r.id,
    title: r.title,
    from: r.from === 'any' ? 'any' : [...r.from],
    to: r.to,
    kind: r.kind,
    level: r.level,
    duration: toMonths(r.duration),
    studyPattern: r.studyPattern,
    funding: r.funding,
    requires: [...r.requires],
    notes: [...r.notes],
    examples: r.examples.map(normaliseExample),
    sources: r.sources.map(normaliseSource),
  };
}

function normaliseRequirement(r: RequirementInput): Requirement {
  const out: Requirement = {
    id: r.id,
    title: r.title,
    how: r.how,
    implies: [...r.implies],
    askInProfile: r.askInProfile,
    sources: r.sources.map(normaliseSource),
  };
  if (r.duration) out.duration = toMonths(r.duration);
  if (r.funding !== undefined) out.funding = r.funding;
  return out;
}

function normaliseResource(r: ResourceInput): Resource {
  return {
    id: r.id,
    title: r.title,
    url: r.url,
    description: r.description,
    areas: [...r.areas],
    audience: [...r.audience],
    cost: r.cost,
    format: r.format,
    tags: [...r.tags],
    roles: [...r.roles],
    routes: [...r.routes],
    priority: r.priority,
    sources: r.sources.map(normaliseSource),
  };
}

function normaliseOffset(a: CheckinOffsetInput): CheckinOffset {
  return { months: a.months ?? 0, days: (a.weeks ?? 0) * 7 + (a.days ?? 0) };
}

function normaliseQuestion(q: CheckinQuestionInput): CheckinQuestion {
  return {
    id: q.id,
    kind: q.kind,
    text: q.text,
    optional: q.optional ?? q.kind !== 'rating',
    options: (q.options ?? []).map((o) => ({ id: o.id, label: o.label })),
    ...(q.ifNo !== undefined ? { ifNo: q.ifNo } : {}),
  };
}

function normaliseCheckin(c: CheckinInput): Checkin {
  return {
    id: c.id,
    title: c.title,
    offset: normaliseOffset(c.after),
    intro: c.intro,
    questions: c.questions.map(normaliseQuestion),
  };
}

function normaliseProgramme(p: ProgrammeInput): Programme {
  const out: Programme = {
    id: p.id,
    title: p.title,
    summary: p.summary,
    audience: p.audience,
    kind: p.kind,
    standard: p.standard,
    roles: [...p.roles],
    words: [...p.words],
    lengthMonths: p.lengthMonths,
    escalation: { lowRatingAtOrBelow: p.escalation.lowRatingAtOrBelow, notify: [...p.escalation.notify] },
    checkins: p.checkins.map(normaliseCheckin),
    sources: p.sources.map(normaliseSource),
  };
  if (p.localExample) out.localExample = normaliseExample(p.localExample);
  if (p.nudgeAfterHours !== undefined) out.nudgeAfterHours = p.nudgeAfterHours;
  return out;
}

function normaliseSignposting(s: SignpostingInput): Signposting {
  const w = s.trust.wellbeingService;
  const wellbeingService: Signposting['trust']['wellbeingService'] = { name: w.name, detail: w.detail };
  if (w.phone !== undefined) wellbeingService.phone = w.phone;
  if (w.url !== undefined) wellbeingService.url = w.url;
  const services = s.distress.services.map((x): SignpostingService => {
    // A local service without a name is the trust's own wellbeing service.
    const from = x.local && x.name === undefined ? wellbeingService : x;
    const out: SignpostingService = {
      id: x.id,
      name: from.name ?? '',
      detail: from.detail ?? '',
      local: x.local,
      anyHour: x.anyHour,
      sources: x.sources.map(normaliseSource),
    };
    if (from.phone !== undefined) out.phone = from.phone;
    if (from.url !== undefined) out.url = from.url;
    return out;
  });
  const trust: Signposting['trust'] = { name: s.trust.name, wellbeingService };
  const f = s.trust.freedomToSpeakUp;
  if (f) {
    trust.freedomToSpeakUp = { name: f.name, detail: f.detail };
    if (f.phone !== undefined) trust.freedomToSpeakUp.phone = f.phone;
    if (f.url !== undefined) trust.freedomToSpeakUp.url = f.url;
  }
  return {
    distress: { phrases: [...s.distress.phrases], intro: s.distress.intro, services },
    stress: { phrases: [...s.stress.phrases] },
    trust,
  };
}

/** The understanding's words, copied as written (order kept: the code sorts what needs sorting). */
export function normaliseUnderstanding(u: UnderstandingInput): UnderstandingWords {
  return {
    spellings: { ...u.spellings },
    numberWords: { ...u.numberWords },
    keywords: [...u.keywords],
    commonWords: [...u.commonWords],
    abbreviations: { needContext: [...u.abbreviations.needContext], neverAlone: [...u.abbreviations.neverAlone] },
    otherJobs: [...u.otherJobs],
    bossTitles: [...u.bossTitles],
    roleContext: { before: [...u.roleContext.before], after: [...u.roleContext.after] },
    fieldForms: Object.fromEntries(Object.entries(u.fieldForms).map(([k, v]) => [k, [...v]])),
    fillerWords: [...u.fillerWords],
    cues: { target: [...u.cues.target], current: [...u.cues.current] },
    resourceTopics: Object.fromEntries(Object.entries(u.resourceTopics).map(([k, v]) => [k, [...v]])),
    statedFacts: structuredClone(u.statedFacts),
  };
}

function normaliseNote(n: NoteInput): Note {
  return {
    id: n.id,
    title: n.title,
    text: n.text,
    checked: n.checked,
    appliesTo: [...n.appliesTo],
    changes: [...n.changes],
    sources: n.sources.map(normaliseSource),
  };
}
