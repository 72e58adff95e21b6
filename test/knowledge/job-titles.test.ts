/**
 * Job titles, short forms and misspellings that NHS staff in England use for jobs the content
 * has a role for. Each title is read both as the job someone wants ("how do I become a ...")
 * and as the job they hold ("I'm a ..."), through `understand`, as the ask command reads them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { Content } from '../../src/content/model.js';
import { defaultContentDir } from '../../src/paths.js';
import { prepareIntentModel } from '../../src/knowledge/understand/intent-model.js';
import { understand } from '../../src/knowledge/understand.js';

/** [title as staff write it, id of the role it names] */
const TITLES: ReadonlyArray<readonly [string, string]> = [
  // Support workers
  ['nurse auxiliary', 'hcsw-band-2'],
  // Registered nurses: titles that name no field are adult nursing's
  ['senior sister', 'nurse-adult'],
  ['theatre sister', 'nurse-adult'],
  ['deputy ward manager', 'nurse-adult'],
  ['CNS', 'nurse-adult'],
  ['crisis nurse', 'nurse-mental-health'],
  ['home treatment nurse', 'nurse-mental-health'],
  // Maternity
  ['NQM', 'midwife'],
  ['labour ward coordinator', 'midwife'],
  ['midwifery care assistant', 'maternity-support-worker'],
  // Theatres
  ['recovery practitioner', 'operating-department-practitioner'],
  ['theatre runner', 'theatre-support-worker'],
  // Therapies
  ['rehabilitation support worker', 'therapy-assistant'],
  ['physiotherapy helper', 'therapy-assistant'],
  // Pharmacy
  ['medicines management assistant', 'pharmacy-support-worker'],
  // Estates and facilities
  ['medical records porter', 'porter'],
  ['house keeper', 'domestic-assistant'],
  ['senior housekeeper', 'facilities-supervisor'],
  ['head housekeeper', 'facilities-supervisor'],
  ['catering manager', 'service-manager'],
  // Administration: coordinators, bookers and validators of patient lists
  ['MDT coordinator', 'administrator'],
  ['MDT co-ordinator', 'administrator'],
  ['multidisciplinary team coordinator', 'administrator'],
  ['cancer MDT coordinator', 'administrator'],
  ['pathway coordinator', 'administrator'],
  ['patient pathway coordinator', 'administrator'],
  ['cancer pathway coordinator', 'administrator'],
  ['waiting list coordinator', 'administrator'],
  ['patient access coordinator', 'administrator'],
  ['appointments coordinator', 'administrator'],
  ['booking coordinator', 'administrator'],
  ['bookings coordinator', 'administrator'],
  ['clinic coordinator', 'administrator'],
  ['RTT validator', 'administrator'],
  ['waiting list validator', 'administrator'],
  // Healthcare science
  ['cardiographer', 'healthcare-science-assistant'],
  ['bio medical scientist', 'biomedical-scientist'],
  // Nursing leadership
  ['chief nurse', 'senior-leader'],
  ['deputy chief nurse', 'senior-leader'],
  ['head of nursing', 'senior-leader'],
  // Advanced practice
  ['ANNP', 'advanced-clinical-practitioner'],
  ['advanced neonatal nurse practitioner', 'advanced-clinical-practitioner'],
];

const article = (title: string): string => (/^[aeiou]/i.test(title) ? 'an' : 'a');

/** Ways of saying one wants a job, and ways of saying one holds it. */
const WANTED = [
  (t: string) => `how do I become ${article(t)} ${t}?`,
  (t: string) => `what training do I need to work as ${article(t)} ${t}`,
];
const HELD = [
  (t: string) => `I'm ${article(t)} ${t}, what are my options?`,
  (t: string) => `I work as ${article(t)} ${t}, what could I do next?`,
];

let content: Content;
beforeAll(async () => {
  content = await loadContent(defaultContentDir);
  await prepareIntentModel(content);
});

describe('job titles staff use', () => {
  it('names only roles the content has', () => {
    const missing = TITLES.map(([, id]) => id).filter((id) => !content.roles.has(id));
    expect(missing).toEqual([]);
  });

  const wanted = TITLES.flatMap(([title, id]) => WANTED.map((say) => [say(title), id] as const));
  const held = TITLES.flatMap(([title, id]) => HELD.map((say) => [say(title), id] as const));

  it.each(wanted)('reads "%s" as wanting %s', (text, id) => {
    expect(understand(text, content).role?.id ?? null).toBe(id);
  });

  it.each(held)('reads "%s" as holding %s', (text, id) => {
    expect(understand(text, content).from?.id ?? null).toBe(id);
  });
});
