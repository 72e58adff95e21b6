/**
 * The role families added for pharmacy, named support roles, estates and facilities, the
 * ambulance service, the laboratory, mental health, advanced practice and more allied health
 * professions: questions as staff ask them go through the real understanding and the real
 * pathway engine on the shipped content, and must name the right roles and find a route.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { Content } from '../../src/content/model.js';
import { defaultContentDir } from '../../src/paths.js';
import { understand } from '../../src/knowledge/understand.js';
import { findPathways, optionsFrom, type Pathway } from '../../src/knowledge/pathways.js';

let content: Content;
beforeAll(async () => {
  content = await loadContent(defaultContentDir);
});

interface Case {
  text: string;
  /** The role wanted, and the role held (null: none named). */
  to: string;
  from: string | null;
  /** A route id the best pathway (or, with `anyPathway`, one of the pathways found) must use. */
  via: string;
  anyPathway?: boolean;
}

const CASES: Case[] = [
  { text: 'how do I become a pharmacy technician', to: 'pharmacy-technician', from: null, via: 'trainee-pharmacy-technician' },
  { text: "I'm a pharmacy assistant, how do I become a pharmacy tech?", to: 'pharmacy-technician', from: 'pharmacy-support-worker', via: 'trainee-pharmacy-technician' },
  { text: 'how do I become a pharmacist', to: 'pharmacist', from: null, via: 'pharmacist-mpharm' },
  { text: "I'm an ambulance support worker, how do I become a paramedic?", to: 'paramedic', from: 'ambulance-support-worker', via: 'paramedic-degree-apprenticeship' },
  { text: 'im an ECA how do i become a paramedic', to: 'paramedic', from: 'ambulance-support-worker', via: 'paramedic-degree-apprenticeship' },
  { text: "I'm an associate ambulance practitioner, how do I train as a paramedic", to: 'paramedic', from: 'associate-ambulance-practitioner', via: 'paramedic-degree-apprenticeship' },
  { text: 'how do I become an associate ambulance practitioner? I am an emergency care assistant', to: 'associate-ambulance-practitioner', from: 'ambulance-support-worker', via: 'associate-ambulance-practitioner-apprenticeship' },
  { text: "I'm a phlebotomist and want to become a nurse", to: 'nurse-adult', from: 'phlebotomist', via: 'nurse-degree-apprenticeship-adult' },
  { text: "I'm a porter and I want to be an HCA", to: 'hcsw-band-2', from: 'porter', via: 'facilities-to-healthcare-support-worker' },
  { text: "I'm a domestic on the ward, how do I become a domestic supervisor?", to: 'facilities-supervisor', from: 'domestic-assistant', via: 'facilities-team-leader-step' },
  { text: "I'm a lab assistant, how do I become a biomedical scientist?", to: 'biomedical-scientist', from: 'healthcare-science-assistant', via: 'biomedical-scientist-degree-apprenticeship' },
  { text: "I'm a staff nurse, how do I become a midwife?", to: 'midwife', from: 'nurse-adult', via: 'shortened-midwifery-for-nurses' },
  { text: "I'm a physio, how do I become an advanced clinical practitioner", to: 'advanced-clinical-practitioner', from: 'physiotherapist', via: 'advanced-clinical-practitioner-apprenticeship' },
  { text: 'how do I become a physician associate', to: 'physician-associate', from: null, via: 'physician-associate-masters' },
  { text: 'how do I become a psychological wellbeing practitioner', to: 'psychological-wellbeing-practitioner', from: null, via: 'psychological-wellbeing-practitioner-training' },
  { text: 'how do I become a peer support worker', to: 'peer-support-worker', from: null, via: 'peer-support-worker-post' },
  { text: 'how do I become a dental nurse', to: 'dental-nurse', from: null, via: 'dental-nurse-apprenticeship' },
  { text: 'how do I become a phlebotomist', to: 'phlebotomist', from: null, via: 'trainee-phlebotomist-post' },
  { text: 'how do I become an orthoptist', to: 'orthoptist', from: null, via: 'orthoptist-degree' },
  { text: 'how do I become a music therapist', to: 'music-therapist', from: null, via: 'music-therapist-masters' },
  { text: 'how do I become a 999 call handler', to: 'call-handler', from: null, via: 'call-handler-post' },
  { text: "I'm a theatre support worker, how do I become an ODP?", to: 'operating-department-practitioner', from: 'theatre-support-worker', via: 'theatre-support-senior-hcsw-apprenticeship' },
];

const routeIds = (p: Pathway) => p.steps.map((s) => s.route.id);

describe('new role families, through the understanding and the pathway engine', () => {
  it.each(CASES)('$text', ({ text, to, from, via, anyPathway }) => {
    const u = understand(text, content);
    expect(u.intent).toBe('pathway');
    expect(u.role?.id).toBe(to);
    expect(u.from?.id ?? null).toBe(from);
    const r = findPathways(content, from ? { from, to } : { to });
    if (r.kind !== 'found') throw new Error(`no route from ${from ?? 'the assumed start'} to ${to}: ${r.kind}`);
    const pathways = anyPathway ? [r.best, ...r.alternatives] : [r.best];
    expect(pathways.some((p) => routeIds(p).includes(via)), pathways.map((p) => routeIds(p).join(' > ')).join(' | ')).toBe(true);
  });

  it('reads "I\'m a porter, what can I do next" as options from porter, which include moving into a healthcare support worker job', () => {
    const u = understand("I'm a porter, what can I do next", content);
    expect(u.intent).toBe('options');
    expect(u.from?.id).toBe('porter');
    const options = optionsFrom(content, 'porter').map((o) => o.to.id);
    expect(options).toEqual(expect.arrayContaining(['hcsw-band-2', 'facilities-supervisor']));
  });

  it('keeps the paramedic degree apprenticeship for ambulance trust staff: a hospital HCA goes through an ambulance job first', () => {
    const r = findPathways(content, { from: 'hcsw-band-2', to: 'paramedic' });
    if (r.kind !== 'found') throw new Error(r.kind);
    expect(routeIds(r.best)).toEqual(['ambulance-support-worker-post', 'paramedic-degree-apprenticeship']);
    const apprenticeship = content.routes.find((x) => x.id === 'paramedic-degree-apprenticeship')!;
    expect(apprenticeship.from).toEqual(['ambulance-support-worker', 'associate-ambulance-practitioner']);
    expect(apprenticeship.requires).toEqual(expect.arrayContaining(['level2-maths-english', 'ambulance-frontline-experience']));
  });

  it('does not send people round through another entry job to reach one they could apply for directly', () => {
    const r = findPathways(content, { to: 'hcsw-band-2' });
    if (r.kind !== 'found') throw new Error(r.kind);
    for (const p of [r.best, ...r.alternatives]) {
      expect(routeIds(p)).not.toContain('facilities-to-healthcare-support-worker');
    }
    const nurse = findPathways(content, { from: 'phlebotomist', to: 'nurse-adult' });
    if (nurse.kind !== 'found') throw new Error(nurse.kind);
    for (const p of [nurse.best, ...nurse.alternatives]) {
      expect(routeIds(p).some((id) => ['porter-post', 'domestic-assistant-post', 'catering-assistant-post'].includes(id))).toBe(false);
    }
  });

  it('still assumes a healthcare support worker post, not another Band 2 job, when the role is not known', () => {
    const r = findPathways(content, { to: 'nursing-associate' });
    if (r.kind !== 'found') throw new Error(r.kind);
    expect(r.startAssumed).toBe(true);
    expect(r.best.steps[0]!.from?.id).toBe('hcsw-band-2');
  });

  it('gives every new role a band source checked on a date, and every new route a checked source', () => {
    const newRoles = [
      'pharmacist', 'phlebotomist', 'theatre-support-worker', 'therapy-assistant', 'dental-nurse', 'porter', 'domestic-assistant',
      'catering-assistant', 'facilities-supervisor', 'ambulance-support-worker', 'associate-ambulance-practitioner', 'call-handler',
      'biomedical-scientist', 'peer-support-worker', 'psychological-wellbeing-practitioner', 'mental-health-wellbeing-practitioner',
      'clinical-associate-psychology', 'advanced-clinical-practitioner', 'physician-associate', 'art-therapist', 'drama-therapist',
      'music-therapist', 'orthoptist', 'prosthetist-orthotist',
    ];
    expect(newRoles.length).toBeGreaterThanOrEqual(20);
    for (const id of newRoles) {
      const role = content.roles.get(id);
      expect(role, id).toBeDefined();
      expect(role!.sources.some((s) => s.checked === '2026-12-06'), id).toBe(true);
      const touching = content.routes.filter((r) => r.to === id || (r.from !== 'any' && r.from.includes(id)));
      expect(touching.length, `${id} has a route`).toBeGreaterThan(0);
    }
    const newRoutes = content.routes.filter((r) => newRoles.includes(r.to) || r.id === 'paramedic-degree-apprenticeship');
    expect(newRoutes.length).toBeGreaterThanOrEqual(20);
    for (const r of newRoutes) expect(r.sources.some((s) => s.checked === '2026-12-06'), r.id).toBe(true);
  });
});
