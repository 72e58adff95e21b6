/**
 * The kinds of failure seen on new wording, each with messages of its kind
 * (the first of each group as reported, the others written the same way) and
 * what the bot must read from them. The corpus has more of each kind, tagged
 * (direction, negation, on-behalf, several-roles, local-title, no-title, long,
 * wellbeing, out-of-scope).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/model.js';
import { loadContent } from '../../src/content/load.js';
import { defaultContentDir } from '../../src/paths.js';
import { wordingSpecs } from '../../src/app/wording.js';
import { understand } from '../../src/knowledge/understand.js';
import { prepareIntentModel } from '../../src/knowledge/understand/intent-model.js';

interface Case {
  text: string;
  /** Left out where the kind is about the roles only and the intent is a judgement call. */
  intent?: string;
  role?: string | null;
  from?: string | null;
  area?: string | null;
  topic?: string;
  onBehalf?: boolean;
  alsoWanted?: string[];
}

const KINDS: Record<string, Case[]> = {
  '"msw b2 want to get to b3 msw": the same job named twice, first with a band below the one said with the goal, is both the job held and the goal, a band up': [
    { text: 'pharmacy assistant band 2 want to be band 3 pharmacy assistant', role: 'pharmacy-support-worker', from: 'pharmacy-support-worker' },
    { text: 'MSW band 2, how do I get to be a band 3 MSW?', role: 'maternity-support-worker', from: 'maternity-support-worker' },
    { text: 'band 2 msw here, how do i become a band 3 msw', role: 'maternity-support-worker', from: 'maternity-support-worker' },
  ],
  '"is HCA band 3 a good job": only band 8 has lettered bands (8a to 8d), so "band 3 a" is band 3 and then the word "a"': [
    { text: 'Is HCA band 3 a step up for a domestic?', role: 'hcsw-band-3', from: 'domestic-assistant' },
    { text: 'is support worker band 3 a good job for a domestic', role: 'hcsw-band-3', from: 'domestic-assistant' },
    { text: 'service manager band 8 a, what next', from: 'service-manager' },
  ],
  '"I\'m now the manager for ward 12", "I\'m a new manager (band 7)": a plain "manager" said of the writer, with the ward or unit it runs or a band of 7 or more, is a ward or department manager; alone, or someone else\'s, it names no job': [
    { text: "I'm the manager on ward 4 now, any leadership courses?", from: 'service-manager' },
    { text: "I'm a band 7 manager, what leadership courses are there", from: 'service-manager' },
    { text: "I've just become the manager of the discharge unit, what next", from: 'service-manager' },
    { text: 'im a manager, where do i find the appraisal paperwork', role: null, from: null },
    { text: "my manager is band 7 and says I should do the TNA, I'm an HCA", role: 'trainee-nursing-associate', from: 'hcsw-band-2' },
  ],
  '"I do bloods, obs and washes": a list of duties of which taking bloods is only one is the support worker\'s work, not the phlebotomist\'s, and a band wanted with it is the support worker\'s next band': [
    { text: 'i do bloods and obs and washes, how do i get my band 3', role: 'hcsw-band-3', from: 'hcsw-band-2' },
    { text: 'I do the bloods, obs and washes on a surgical ward, what could i go for next', role: null, from: 'hcsw-band-2' },
    { text: 'I do washes, bloods and obs on nights, what next for me', role: null, from: 'hcsw-band-2' },
    { text: 'i do the bloods and the washes and obs on a care of the elderly ward, how do i go up to band 3', role: 'hcsw-band-3', from: 'hcsw-band-2' },
  ],
  '"I\'ve applied for 6 band 3 jobs", "shortlisted for two band 4 posts": the band of jobs sought is not the band of the job held': [
    { text: "I applied for loads of band 3 jobs this year. I'm an HCA on a surgical ward, what am I doing wrong", role: null, from: 'hcsw-band-2' },
    { text: "I've had 3 interviews for band 3 roles this year. I'm an HCA, any tips?", role: null, from: 'hcsw-band-2' },
  ],
  '"I\'m basically doing half the nurses\' job": the work of others in a job, which the writer does, is neither the job held nor the goal': [
    { text: "I'm an HCA and I'm basically doing all the nurses' work on nights, how do I get my band 3", role: 'hcsw-band-3', from: 'hcsw-band-2' },
    { text: "therapy assistant here doing half the physios' job, what are my options", role: null, from: 'therapy-assistant' },
    { text: "as an HCA I end up doing most of the nurses' job, is there a way to get paid for it", role: null, from: 'hcsw-band-2' },
  ],
  'jobs joined by "or" with no preference ("X or even Y", "whether X or becoming a Y", "X or Y band 4 first?", "X, is it worth it or should I go straight for Y") are all goals, the first named the one taken; none is the job held': [
    { text: 'I could see myself doing podiatry or OT or maybe dietetics, which has an apprenticeship?', role: 'podiatrist', from: null },
    { text: 'wondering whether nursing or becoming a paramedic would suit me more, hca b2', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'midwife or nursing associate band 4 first? porter on the maternity unit', role: 'midwife', from: 'porter' },
    { text: 'thinking paeds or adult nursing, band 2 hca', role: 'nurse-children', from: 'hcsw-band-2' },
    { text: "Podiatry or chiropody? I want to work in the foot clinic, HCA in outpatients now. Probably podiatry as it's NHS - how do I start?", role: 'podiatrist', from: 'hcsw-band-2' },
    { text: 'assistant practitioner, is it worth it or should I go straight for nursing', role: 'assistant-practitioner', from: null },
  ],
  '"paeds or LD nursing?", "diagnostic or therapeutic radiography": a field before "or" shares the job word after the second field, so it is that job in its own field, and the first of the two goals': [
    { text: "children's or learning disability nursing, which suits someone who loves kids? im a support worker", role: 'nurse-children', from: 'hcsw-band-2' },
    { text: 'adult or mental health nursing - which should I train in? HCA on a medical ward', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: "diagnostic or therapeutic radiography, I'm a porter in imaging, how do I start", role: 'radiographer', from: 'porter' },
    { text: 'LD or mental health nursing for someone who likes talking to people?', role: 'nurse-learning-disability' },
  ],
  '"Service manager here. I have a receptionist who\'d make a great team leader": someone the writer has in the team "who would make" or "be" a job is asked about; the writer\'s own job is neither held nor wanted': [
    { text: "Service manager for outpatients. I have a receptionist who'd make a great team leader. Is there any leadership training for band 3s moving up?", role: 'team-leader', from: 'administrator' },
    { text: "ward manager here, I've got an HCA who'd make a great nurse", role: 'nurse-adult', from: 'hcsw-band-2', onBehalf: true },
    { text: 'team leader in outpatients, I have a ward clerk who would make a brilliant medical secretary', role: 'medical-secretary', from: 'administrator' },
    { text: "we've got a domestic on the ward who would be a great HCA, how does she apply", role: 'hcsw-band-2', from: 'domestic-assistant' },
  ],
  '"I\'m an STR worker": a support, time and recovery worker in mental health is a healthcare support worker at band 3': [
    { text: "How do i become the mental health and wellbeing practitioner thing? I'm an STR worker", role: 'mental-health-wellbeing-practitioner', from: 'hcsw-band-3' },
    { text: 'support time and recovery worker in the crisis team, what can I do next', from: 'hcsw-band-3' },
    { text: 'STR worker on an acute ward, want to be an OT', role: 'occupational-therapist', from: 'hcsw-band-3' },
    { text: "I'm a support time recovery worker, how do I become a mental health nurse", role: 'nurse-mental-health', from: 'hcsw-band-3' },
  ],
  '"the PTP - can I get on it as a healthcare science associate?": a course named, then "get on it as", "apply for it as": the job after "as" is the one held': [
    { text: 'the PTP (practitioner training programme) - can I get on it as a healthcare science associate in cardiac physiology or do I have to leave and do it full time?', role: 'healthcare-science-practitioner', from: 'healthcare-science-associate' },
    { text: 'the TNA programme - can I apply for it as a porter?', role: 'trainee-nursing-associate', from: 'porter' },
    { text: 'STP - can I get on it as a BMS?', role: 'clinical-scientist', from: 'biomedical-scientist' },
    { text: 'the ODP apprenticeship, could I get onto it as an HCA?', role: 'operating-department-practitioner', from: 'hcsw-band-2' },
  ],
  '"how do I become a nurse? not adult - mental health": the usual job of a general name ruled out by its field word alone, and another field after it, is the nurse of that field': [
    { text: 'how do I become a nurse? not adult - mental health. currently HCA band 2 on an older adult ward', role: 'nurse-mental-health', from: 'hcsw-band-2' },
    { text: 'I want to be a nurse, not adult, mental health', role: 'nurse-mental-health' },
    { text: "I want to do nursing - not adult though, children's", role: 'nurse-children' },
    { text: 'want to become a nurse - not adult, learning disability. im a support worker', role: 'nurse-learning-disability', from: 'hcsw-band-2' },
  ],
  '"I don\'t want to be a nurse anymore, I\'m thinking dietitian now": a job the writer is "thinking" (or "leaning") with no "of" is the goal, not the job held': [
    { text: "delete my old goal please, I don't want to be a nurse anymore. I'm thinking dietitian now", role: 'dietitian' },
    { text: "I don't want to be a nurse anymore, thinking dietitian now", role: 'dietitian' },
    { text: "nursing is not for me after all, I'm thinking midwife now", role: 'midwife', from: null },
    { text: 'not sure about physio any more, thinking OT now', role: 'occupational-therapist', from: null },
    { text: "physio or OT, but I'm leaning OT. rehab assistant at the moment", role: 'occupational-therapist', from: 'therapy-assistant' },
  ],
  '"new to admin", "I came into portering": a job the writer is new to, or came into, is the job held, not one wanted': [
    { text: 'new to admin, new to the NHS, a bit lost, is this the check in?', role: null, from: 'administrator' },
    { text: 'new to portering, what training is there', role: null, from: 'porter' },
    { text: 'I came into admin after being made redundant from retail', role: null, from: 'administrator' },
    { text: "I'm quite new to being a ward clerk, any tips?", role: null, from: 'administrator' },
  ],
  '"OT support worker", "physio support worker": a therapy\'s support worker is the therapy assistant, not the therapist; a course in the field before a plain "support worker" leaves that the healthcare support worker': [
    { text: "I'm an OT support worker on the stroke ward, how do I become an OT", role: 'occupational-therapist', from: 'therapy-assistant' },
    { text: 'want to train as a physio support worker', role: 'therapy-assistant' },
    { text: 'SLT support worker here, band 3, what next', from: 'therapy-assistant' },
    { text: 'can I do the OT apprenticeship as a support worker on the wards?', role: 'occupational-therapist', from: 'hcsw-band-2' },
  ],
  '"I work as a rotational physio": a word for the kind of post (rotational, specialist, MSK, CT, scrub, paeds) between "work as a" and the job keeps it the job held': [
    { text: 'I work as a CT radiographer, any training for me', from: 'radiographer' },
    { text: 'working as an MSK podiatrist, what courses could I do', from: 'podiatrist' },
    { text: 'I work as a specialist paramedic, any courses?', from: 'paramedic' },
    { text: 'I work as a scrub nurse in main theatres, what could I learn next', from: 'nurse-adult' },
  ],
  '"I\'m an HCA and want to be a band 3 MSW": a band said with the job wanted is that job\'s band, not the band of the job held': [
    { text: 'HCA here, thinking about becoming a band 3 theatre support worker, how?', role: 'theatre-support-worker', from: 'hcsw-band-2' },
    { text: "I'm an HCA and want to apply for a band 3 therapy assistant post", role: 'therapy-assistant', from: 'hcsw-band-2' },
    { text: 'healthcare assistant on a medical ward, want to be an ECA band 3, what do I need', role: 'ambulance-support-worker', from: 'hcsw-band-2' },
  ],
  '"I\'m a scrub nurse, no wait, I\'m an AP": a job taken back at once ("no wait", "sorry no", "scratch that") for another named just after is not the job held': [
    { text: "I'm a band 2 HCA, no wait, I'm a senior HCA now. how do I become a nursing associate", role: 'nursing-associate', from: 'senior-hcsw' },
    { text: 'im a porter no wait im a domestic, how do i become an HCA', role: 'hcsw-band-2', from: 'domestic-assistant' },
    { text: 'I want to be a physio, scratch that, an OT', role: 'occupational-therapist' },
  ],
  '"is paramedic a good job for an HCA": a job weighed as a good or right job, move or step for the people in another is the goal, and theirs the job held': [
    { text: 'would midwifery be the right move for a maternity support worker', role: 'midwife', from: 'maternity-support-worker' },
    { text: 'is physio a sensible step for a rehab assistant?', role: 'physiotherapist', from: 'therapy-assistant' },
    { text: 'is pharmacy technician a good job for a porter', role: 'pharmacy-technician', from: 'porter' },
  ],
  'a field\'s nurse named by its ward, unit or "staff nurse" ("CAMHS nurse", "NICU nurse", "LD staff nurse") is the nurse of that field, not the adult nurse': [
    { text: "I'm a mental health staff nurse on an acute ward, what's next for me", from: 'nurse-mental-health' },
    { text: 'how would I become a SCBU nurse? im a HCA', role: 'nurse-children', from: 'hcsw-band-2' },
    { text: 'been an LD staff nurse 6 years, where can I go from here', from: 'nurse-learning-disability' },
    { text: 'I work as a CAMHS nurse in the community and want to progress', from: 'nurse-mental-health' },
    { text: 'intellectual disability nurse in my country, how I work as one here', role: 'nurse-learning-disability' },
  ],
  'a support job named after its department or its seniority ("maternity HCA", "midwife assistant", "senior CSW", "senior nursing assistant") is that named support role, not the general HCA': [
    { text: 'im a labour ward HCA, how do i get into midwifery', role: 'midwife', from: 'maternity-support-worker' },
    { text: 'I work as a midwifery assistant on the postnatal ward, what could I progress to', from: 'maternity-support-worker' },
    { text: 'senior nursing assistant on nights 4 yrs, is TNA worth it', role: 'trainee-nursing-associate', from: 'senior-hcsw' },
    { text: 'been a senior clinical support worker on a surgical ward for years, where next', from: 'senior-hcsw' },
    { text: 'senior CSW on a surgical ward, how do I become a nursing associate', role: 'nursing-associate', from: 'senior-hcsw' },
    { text: 'theatre care assistant here, how do I become an ODP', role: 'operating-department-practitioner', from: 'theatre-support-worker' },
  ],
  'old, foreign and international titles for the same job ("ODA", "radiation therapist", "logopedist", "ergotherapist", "nurse practitioner", "NQP", "auxiliary nurse") name it': [
    { text: 'I qualified as an ODA years ago, what can I do next', from: 'operating-department-practitioner' },
    { text: 'I was a radiation therapist in the Philippines, how can I work as one in the NHS', role: 'therapeutic-radiographer' },
    { text: 'logopedist from Poland, how I register here', role: 'speech-and-language-therapist' },
    { text: 'how do I become a nurse practitioner in A&E? band 6 staff nurse', role: 'advanced-clinical-practitioner', from: 'nurse-adult' },
    { text: 'NQP on the road, what are my options after preceptorship', from: 'paramedic' },
    { text: 'I am auxiliary nurse in the hospital, I want to become nurse', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'how do I become a 999 operator', role: 'call-handler' },
  ],
  'a job written with the US "theater" or a hyphenated "well-being" is the same job ("theater support worker", "psychological well-being practitioner")': [
    { text: 'I work as a theater support worker, how do I become an ODP', role: 'operating-department-practitioner', from: 'theatre-support-worker' },
    { text: 'how do I train as a psychological well-being practitioner', role: 'psychological-wellbeing-practitioner' },
    { text: 'im a mental health and well-being practitioner, what next', from: 'mental-health-wellbeing-practitioner' },
  ],
  '"I had a career break after being a paramedic. I\'m back as a ward clerk": the job the writer is back as is the job held now': [
    { text: "had a career break after being a nurse. I'm back as a porter. could I become a paramedic?", role: 'paramedic', from: 'porter' },
    { text: 'I left after being a midwife for 10 years, returned as a ward clerk. how do I become a medical secretary', role: 'medical-secretary', from: 'administrator' },
  ],
  '"I trained as a physio in Spain but I work as a pharmacy technician here. Is paramedic possible?": a job asked about as possible or realistic is a goal, before a job held abroad': [
    { text: 'I trained as a nurse in Portugal but I work as a domestic here. Is phlebotomist possible?', role: 'phlebotomist', from: 'domestic-assistant' },
    { text: 'qualified physio back home, now I am a porter. is OT realistic for me?', role: 'occupational-therapist', from: 'porter' },
  ],
  '"a midwife is not for me", "definitely not cut out to be a paramedic": a job said not to be for the writer is ruled out': [
    { text: 'nursing is not for me. I work as a HCA. physio though, how?', role: 'physiotherapist', from: 'hcsw-band-2' },
    { text: "I'm a porter and not cut out for being a nurse. phlebotomy appeals to me", role: 'phlebotomist', from: 'porter' },
  ],
  '"my manager keeps asking if I want to be a midwife. I\'m a healthcare assistant and I\'m not sure": a job others ask the writer about, with the writer unsure, is no goal, and the boss asking is no job': [
    { text: "my supervisor keeps asking if I would like to become a phlebotomist. I'm a porter and I'm not sure. can we talk", role: null, from: 'porter' },
    { text: 'people ask me whether I want to be a nurse. I am a HCA and I am not sure it is for me', role: null, from: 'hcsw-band-2' },
  ],
  '"I did ward clerk for years before becoming a porter", "after years as a paramedic I moved into ward clerk work": the job taken since an earlier one told in the past is the job held': [
    { text: 'I was a domestic for six years before becoming a HCA. Now I want to be a nursing associate', role: 'nursing-associate', from: 'hcsw-band-2' },
    { text: 'worked as a porter for ages until I became a ward clerk. could I be a medical secretary?', role: 'medical-secretary', from: 'administrator' },
    { text: 'After 8 years as a domestic I moved into portering. How would I become a paramedic?', role: 'paramedic', from: 'porter' },
    { text: 'after a long time as a HCA i moved into phlebotomy, next step biomedical scientist?', role: 'biomedical-scientist', from: 'phlebotomist' },
  ],
  '"porter? no. paramedic? yes.": a job asked as a question of its own and answered "no" is ruled out, and one answered "yes" is the goal': [
    { text: 'nursing? no. OT? yes. I am a HCA, how do I start', role: 'occupational-therapist', from: 'hcsw-band-2' },
    { text: 'midwife? nope. paramedic? definitely. im a porter', role: 'paramedic', from: 'porter' },
  ],
  '"everyone says porter, I say nursing associate", "people think I should go for paramedic but I\'m staying as a porter": a job others put forward, with the writer\'s own choice or staying put after it, is no goal': [
    { text: 'my mum says nursing, I say physio. I work as a HCA', role: 'physiotherapist', from: 'hcsw-band-2' },
    { text: 'everyone says OT, I would rather be a paramedic. I\'m a porter', role: 'paramedic', from: 'porter' },
    { text: 'my manager thinks I should become a nurse but I am staying as a HCA, can we talk about my development', role: null, from: 'hcsw-band-2' },
    { text: "they all said I should go for pharmacy technician but I'm sticking with being a pharmacy assistant", role: null, from: 'pharmacy-support-worker' },
  ],
  '"would I be better as a medical secretary or a phlebotomist? currently a ward clerk": the second job after "or" shares the first\'s "as", a goal': [
    { text: 'would I do better as an OT or as a physio? I\'m a HCA', role: 'occupational-therapist', from: 'hcsw-band-2' },
    { text: 'could I work as a phlebotomist or a ward clerk? currently a porter', role: 'phlebotomist', from: 'porter' },
  ],
  '"porter here. Not a ward clerk, never. a pharmacy technician is what I want": a job said to be what the writer wants, or their dream or goal, is the goal, also just after a sentence ruling out another': [
    { text: 'domestic here. not a HCA, no way. phlebotomist is what I want, how', role: 'phlebotomist', from: 'domestic-assistant' },
    { text: 'im porter now, radiographer is my dream, what I study', role: 'radiographer', from: 'porter' },
    { text: 'Not a nurse, never. An OT is what I really want. I work as a HCA', role: 'occupational-therapist', from: 'hcsw-band-2' },
  ],
  '"no interest in porter at all. I\'m a healthcare assistant": a job the writer has no interest in is ruled out': [
    { text: 'I have no interest in nursing. I am a HCA and want to be an OT', role: 'occupational-therapist', from: 'hcsw-band-2' },
    { text: 'zero interest in admin. im a domestic and want to be a phlebotomist', role: 'phlebotomist', from: 'domestic-assistant' },
  ],
  '"I\'m a porter and my husband is a healthcare assistant. He wants to become a paramedic": a relative\'s job, with their own wish after it, is the job of the person asked for, even after the writer\'s own job': [
    { text: "I'm a nurse and my wife is a domestic. She wants to be a HCA, where does she start?", role: 'hcsw-band-2', from: 'domestic-assistant', onBehalf: true },
    { text: 'I work as a ward clerk and my sister is a porter. she is keen to become a paramedic', role: 'paramedic', from: 'porter', onBehalf: true },
  ],
  '"chatting to one of the porters on my break who said I should look at paramedic": people in a job met on a break or at lunch, giving advice, are neither the job held nor the goal': [
    { text: 'I am a porter and was talking to one of the radiographers at lunch who said I should think about phlebotomy', role: 'phlebotomist', from: 'porter' },
    { text: 'HCA here. one of the physios on my placement said I should look at OT', role: 'occupational-therapist', from: 'hcsw-band-2' },
  ],
  '"trained as a porter years ago but never worked as one … came back as a healthcare assistant": the job the writer came back or returned as is the job held now': [
    { text: 'I qualified as a pharmacy technician years ago but never worked as one, then came back as a ward clerk in 2020. Could I become a medical secretary?', role: 'medical-secretary', from: 'administrator' },
    { text: 'did my paramedic training in 2010 but never used it, came back as a HCA after the kids. want to be a nursing associate', role: 'nursing-associate', from: 'hcsw-band-2' },
  ],
  '"thinking of leaving phlebotomist for staff nurse": the job the writer would leave is the job held, and the job they would leave it for is the goal': [
    { text: 'thinking about leaving porter work for phlebotomy, is it hard', role: 'phlebotomist', from: 'porter' },
    { text: 'would it be mad to leave my HCA job for a ward clerk job?', role: 'administrator', from: 'hcsw-band-2' },
    { text: 'not looking to leave pharmacy technician work, just want some courses', role: null, from: 'pharmacy-technician' },
  ],
  '"everyone asks when I\'ll become a paramedic but I\'m happy as a pharmacy technician": a job others ask after, turned down, is no goal': [
    { text: 'people keep asking when I will become a nurse but I am happy as a HCA', role: null, from: 'hcsw-band-2' },
    { text: "my family ask when I'm going to be a paramedic, but I'm content as an ambulance support worker", role: null, from: 'ambulance-support-worker' },
  ],
  '"is coding a good job for a porter": a job judged as a fit for someone makes the one after "for" the job held, and the one judged the goal': [
    { text: 'would a payroll job be a good move for a domestic?', role: 'payroll-officer', from: 'domestic-assistant' },
    { text: 'is clinical coding a decent job for a ward clerk', role: 'clinical-coder', from: 'administrator' },
    { text: 'is medical secretary a good fit for a receptionist', role: 'medical-secretary', from: 'administrator' },
  ],
  '"never had to do nights": an everyday word that is also a job\'s initials ("had"), in small letters, is that job only beside a word of jobs': [
    { text: 'i have had to do extra shifts all week, what next for a domestic', role: null, from: 'domestic-assistant' },
    { text: 'we had and lost two band 3 posts, I am a ward clerk, options?', role: null, from: 'administrator' },
    { text: 'how do I become a HAD', role: 'hearing-aid-dispenser' },
  ],
  '"switchboard supervisor band 4", "reception team leader": an office or facilities team\'s job with a lead job right after it is one job, the team\'s lead': [
    { text: 'band 4 reception supervisor, where can I go from here', role: null, from: 'team-leader' },
    { text: 'I am the health records team leader, what are my options', role: null, from: 'team-leader' },
    { text: 'domestic shift supervisor looking to move up', role: null, from: 'facilities-supervisor' },
  ],
  '"I\'d like to train as a band 5 analyst": a band said with the job wished for is that job\'s, and says nothing of the job held': [
    { text: 'would love to train as a band 5 information analyst', role: 'data-analyst', from: null },
    { text: 'planning to apply as a band 3 trainee coder next year', role: 'clinical-coder', from: null },
    { text: 'hoping to start as a band 3 clinical coder', role: 'clinical-coder', from: null },
  ],
  '"AP in the lab", "pathology AP": an associate practitioner named with a laboratory is the healthcare science associate': [
    { text: 'I am an AP in microbiology, what next', role: null, from: 'healthcare-science-associate' },
    { text: 'how do i become a blood sciences AP', role: 'healthcare-science-associate' },
  ],
  '"human resources adviser", "head of human resources": HR spelt out is read as "HR" is': [
    { text: 'I work as a human resources assistant, what could I do next', role: null, from: 'hr-administrator' },
    { text: 'im a human resources adviser, what next', role: null, from: 'hr-advisor' },
    { text: 'director of human resources is the goal, I am an HR advisor', role: 'director-of-workforce', from: 'hr-advisor' },
  ],
  '"head porter", "cleaning operative", "food service assistant": the local names of estates and facilities jobs': [
    { text: 'been a cleaning operative 2 yrs, what else is there', role: null, from: 'domestic-assistant' },
    { text: 'I am a food services assistant on the wards, options for me?', role: null, from: 'catering-assistant' },
    { text: 'porter here, how do I become head porter', role: 'facilities-supervisor', from: 'porter' },
  ],
  '"telephonist", "audio typist", "2nd line support": the local names of office and IT jobs': [
    { text: 'telephonist 5 yrs, want to be a medical secretary', role: 'medical-secretary', from: 'administrator' },
    { text: 'audio typist, how do I get into HR', role: 'hr-administrator', from: 'medical-secretary' },
    { text: 'how do i get a second line support job', role: 'digital-support-technician' },
  ],
  '"audiology AP", "echocardiographer", "clinical biochemist": the local names of laboratory, physiology and audiology jobs': [
    { text: 'I am an audiology AP, what are my options', role: null, from: 'associate-audiologist' },
    { text: 'how do I become an echocardiographer', role: 'healthcare-science-practitioner' },
    { text: 'currently a pathology support worker, want to be a BMS', role: 'biomedical-scientist', from: 'healthcare-science-assistant' },
    { text: 'want to train as a clinical biochemist', role: 'clinical-scientist' },
  ],
  '"how do you say pain in Polish": a word to translate is no question about the bot\'s own language': [
    { text: 'what is "wheelchair" in nepali', intent: 'unknown' },
    { text: 'translate please: "are you in pain" into romanian', intent: 'unknown' },
  ],
  '"please not share with my ward manager", "my ward manager is Mrs Patel now": the writer\'s own boss, kept from or named, is neither the job held nor a goal': [
    { text: 'please hide this from my line manager', intent: 'privacy', role: null, from: null },
    { text: 'my ward manager is Dr Okoye now', role: null, from: null },
    { text: 'dont share my answers with my team leader', intent: 'privacy', role: null, from: null },
  ],
  '"please not share with my ward manager": asking that what is typed be kept from the manager is a privacy request': [
    { text: 'not tell my manager ok?', intent: 'privacy' },
    { text: 'keep this away from my supervisor please', intent: 'privacy' },
    { text: 'my boss must not know I ask this', intent: 'privacy' },
  ],
  '"I do HCA job in ward 5. nurse how": "I do", then a job and "job" or "work", is the job held': [
    { text: 'I do porter job 4 years. how I become HCA', role: 'hcsw-band-2', from: 'porter' },
    { text: 'I do the domestic job, want phlebotomy', role: 'phlebotomist', from: 'domestic-assistant' },
  ],
  '"my position is ward clerk, how medical secretary": "my position is" or "my post is" names the job held': [
    { text: 'my position is porter, how HCA?', role: 'hcsw-band-2', from: 'porter' },
    { text: 'My post is domestic, I want pharmacy assistant', role: 'pharmacy-support-worker', from: 'domestic-assistant' },
  ],
  '"5 yr plan help": a plan over years written with "yr" is a career plan, as with "year"': [
    { text: '10 yr plan', intent: 'career_conversation' },
    { text: 'help make 3 yr plan for me', intent: 'career_conversation' },
  ],
  '"My father passed in Nigeria and I could not travel. I am not ok at work. Is there any help": a death in the family, told with no wellbeing word, is a wellbeing question': [
    { text: 'my wife passed in march, I am back on the ward but not good. any help for me', intent: 'resources', area: 'wellbeing-resilience' },
    { text: 'lost my mum at christmas, anything for staff?', intent: 'resources', area: 'wellbeing-resilience' },
  ],
  'ESL negation without "do": "I no want to be nurse", "I not want become HCA": the job after it is ruled out, and the one wanted after is the goal': [
    { text: 'I no want to be HCA. I want be phlebotomist, what I need', role: 'phlebotomist' },
    { text: 'i not want become nurse, better physio for me. steps?', role: 'physiotherapist' },
    { text: 'me no want porter job forever... I not want to be domestic also. how I become pharmacy assistant', role: 'pharmacy-support-worker' },
  ],
  '"Me HCSW band 2. Mental health nurse. How?": "me" opening a sentence, then a job, is the writer\'s job held (ESL "I am")': [
    { text: 'Me HCA. Physio. How?', intent: 'pathway', role: 'physiotherapist', from: 'hcsw-band-2' },
    { text: 'me domestic. nurse. how long?', role: 'nurse-adult', from: 'domestic-assistant' },
    { text: 'Me porter band 2. Radiographer, what I need?', role: 'radiographer', from: 'porter' },
  ],
  '"I finish my apprenticeship business admin next month": an apprenticeship followed straight by its field is that field\'s apprentice job': [
    { text: 'doing my apprenticeship business admin, where can I go after?', from: 'business-administrator-apprentice' },
    { text: 'I am in first year of apprenticeship business admin, what next for me', from: 'business-administrator-apprentice' },
  ],
  '"Can I write in Tagalog?", "Is there Polish language option?": asking whether the bot works in the writer\'s own language is a question about the bot': [
    { text: 'can i message you in Hindi?', intent: 'help' },
    { text: 'bot work in polish language?', intent: 'help' },
    { text: 'is this chat available in other languages?', intent: 'help' },
    { text: 'does it understand nepali', intent: 'help' },
  ],
  '"how do i get back to the main menu": finding the way back round the bot is a question about the bot': [
    { text: 'how can I go back to main menu', intent: 'help' },
    { text: 'bring me back to start please', intent: 'help' },
    { text: 'where the main menu gone?', intent: 'help' },
  ],
  '"restart check ins I pressed stop by mistake", "stop the check in messages please": stopping or starting check-ins again is about the check-ins, not data or settings': [
    { text: 'stop all the check in messages', intent: 'checkin' },
    { text: 'I cancelled check ins wrongly, put them back on', intent: 'checkin' },
    { text: 'please start my check-ins again', intent: 'checkin' },
  ],
  '"where my check-in answers go after I submit?": what happens to a check-in answer or score once sent is about the check-ins': [
    { text: 'what happens to my check in answer after I send it', intent: 'checkin' },
    { text: 'I gave 2 in check-in, now what happen?', intent: 'checkin' },
  ],
  '"what job you have me down as? it should be medical secretary": asking what job or band the bot has recorded, and correcting it, is a profile question; the job named is the one held': [
    { text: 'what you have me down as? I am porter', intent: 'profile', from: 'porter' },
    { text: 'which band did you put me down as', intent: 'profile' },
    { text: 'what job you got me as, it should be domestic', intent: 'profile', from: 'domestic-assistant' },
  ],
  '"erase me": asking in a word or two to be deleted is a privacy request': [
    { text: 'erase me now', intent: 'privacy' },
    { text: 'please wipe me', intent: 'privacy' },
    { text: 'delete me from this bot', intent: 'privacy' },
  ],
  '"hit the ceiling as senior HCA. talk?": stuck at the top of a job, then asking to talk, is a career conversation': [
    { text: 'maxed out as HCA band 3. talk?', intent: 'career_conversation' },
    { text: 'top of my band as porter, want to talk', intent: 'career_conversation' },
  ],
  '"I got made team leader for the domestics … I was one of them for 6 years": leading the people one worked beside is learning in personal skills': [
    { text: "Two months ago they made me lead of the porters. I was one of them for ten years and now half of them won't listen and say I've changed. How do I handle it?", intent: 'resources', area: 'personal-skills' },
    { text: 'managing my old mates on the ward is so awkward, how do I do it', intent: 'resources', area: 'personal-skills' },
  ],
  '"Need to have a hard conversation with one of my domestics about her timekeeping. … Band 3 supervisor": one of the writer\'s staff to be told something hard is whom the writer talks to, not someone asked for; the writer\'s own job is the one held': [
    { text: 'catering supervisor here, I have to have a difficult conversation with one of my kitchen assistants about hygiene', intent: 'resources', role: null, from: 'facilities-supervisor', onBehalf: false },
    { text: 'Need to have a tough talk with one of my domestics about her phone, never done one. Band 3 supervisor', intent: 'resources', role: null, from: 'facilities-supervisor', onBehalf: false },
    { text: "I've got a career conversation with one of my HCAs tomorrow, how should I structure it", intent: 'career_conversation', from: 'hcsw-band-2', onBehalf: true },
  ],
  '"How do I get her on it? I\'m her sister on ward 9": in a message for someone the writer manages, a job said as "I am her …" or "as his …" is the writer\'s own, neither a goal nor the job of the one asked for': [
    { text: 'one of my porters wants to be a phlebotomist, I am his supervisor, what does he need', role: 'phlebotomist', from: 'porter', onBehalf: true, alsoWanted: [] },
    { text: 'my HCA wants to become a nursing associate, I am her ward manager', role: 'nursing-associate', from: 'hcsw-band-2', alsoWanted: [] },
    { text: 'my support worker wants to do suction training, how do I get her booked on? I am her ward sister', role: null, from: 'hcsw-band-2' },
  ],
  '"dont wanna be portering when im 50": a job not wanted for later ("when I\'m 60", "in ten years", "till I retire") is the job held now': [
    { text: 'I do not want to be a domestic when I am 60, what else could I do', role: null, from: 'domestic-assistant' },
    { text: 'dont want to still be an HCA in ten years but no idea what next', role: null, from: 'hcsw-band-2' },
    { text: "I don't want to be a porter till I retire, I want to be a radiographer", role: 'radiographer', from: 'porter' },
  ],
  '"Can I write to you in Polish?": asking which languages the bot reads is a help question': [
    { text: 'do you speak Polish? my English is weak', intent: 'help' },
    { text: 'can I send my questions in Spanish', intent: 'help' },
  ],
  '"Can I see the details you have for me? I think my ward is wrong": a detail of the record said to be wrong is a profile correction': [
    { text: 'I think my site is wrong on here', intent: 'profile' },
    { text: 'can I check the info you hold, I think my department is wrong', intent: 'profile' },
  ],
  '"Got told in my 1:1 that I come across rude in emails", "a hard conversation with one of my domestics": how one comes across, or a hard talk with one of one\'s own staff, is learning in personal skills, not a career talk': [
    { text: 'I need to have a tough chat with one of my HCAs about her phone use, first time', intent: 'resources', area: 'personal-skills' },
    { text: 'someone said I come across rude on the phone, how do I change that', intent: 'resources', area: 'personal-skills' },
  ],
  'a learning area named by a thing of it rather than its subject ("word and outlook, never learnt them", "new EPR went live", "What is shortlisting and why I never pass it?"): learning in that area': [
    { text: 'never used outlook or powerpoint before, any help', intent: 'resources', area: 'skills-for-life' },
    { text: 'my calendar and emails in outlook are a mess, can someone show me', intent: 'resources', area: 'skills-for-life' },
    { text: 'got another unsuccessful email for a band 3 post, what can I do better', intent: 'resources', area: 'career-progression' },
    { text: 'the new EPR system keeps confusing me, any training?', intent: 'resources', area: 'technical-skills' },
  ],
  'a worry told as a feeling or a life event with no wellbeing word ("PERIMENOPAUSE IS RUINING MY LIFE AND MY SHIFTS", "i dont want to be here anymore"): a wellbeing question': [
    { text: 'feel like im going under and nobody cares', intent: 'resources', area: 'wellbeing-resilience' },
    { text: 'grieving my nan and cant focus at work', intent: 'resources', area: 'wellbeing-resilience' },
    { text: 'I do not want to wake up tomorrow', intent: 'resources', area: 'wellbeing-resilience' },
    { text: 'im not ok and i dont know who to tell', intent: 'resources', area: 'wellbeing-resilience' },
  ],
  'a situation with people at work to handle, told with no skill word ("Need to have a hard conversation with one of my domestics about her timekeeping", "how to say no to nurse in charge"): learning in personal skills': [
    { text: 'I need to pull one of my porters up about his lateness, never done it before', intent: 'resources', area: 'personal-skills' },
    { text: 'never told off one of my own team before and I have to do it tomorrow', intent: 'resources', area: 'personal-skills' },
    { text: 'I always end up saying yes to the nurse in charge and then I am in tears on my break', intent: 'resources', area: 'personal-skills', role: null },
  ],
  'doubts about the job itself with no career word ("lost my spark for this tbh", "is this it for me"): a career conversation': [
    { text: 'the job is fine but it doesnt stretch me at all these days', intent: 'career_conversation' },
    { text: 'wondering if this is all there is for me at work', intent: 'career_conversation' },
    { text: 'two years in and I already cant stand this job, is that normal', intent: 'career_conversation' },
    { text: '62 now. worth trying anything different or just see out my time', intent: 'career_conversation' },
  ],
  '"im an apprentice hearing care assistant whats next to get to senior": "what\'s next to get to senior" names a goal, the senior job of the one held: a route question': [
    { text: 'apprentice in audiology, whats next to get to senior', intent: 'pathway', role: 'senior-hearing-care-assistant' },
    { text: 'band 2 HCA, whats next to get to senior HCA?', intent: 'pathway', role: 'senior-hcsw', from: 'hcsw-band-2' },
    { text: "I'm a hearing care assistant, what would be next to get up to senior?", intent: 'pathway', role: 'senior-hearing-care-assistant', from: 'hearing-care-assistant' },
  ],
  '"I always wanted to be a nurse and now I\'m not sure": a goal held for a long time, now in doubt, is a career conversation, not a route question': [
    { text: "I'd always planned on being a radiographer but now I'm not sure at all. imaging assistant band 3, I like the patients but not the shifts", intent: 'career_conversation' },
    { text: 'always wanted to be a paramedic and now im not so sure, im a call handler and love the job', intent: 'career_conversation' },
    { text: "my dream was midwifery for years, now I'm really not sure. MCA band 3, love the mums, hate the paperwork", intent: 'career_conversation' },
  ],
  '"what job have you saved for me? it should say radiographer": asking to see a detail saved about them, and what it should be, is a profile question; the job it should say is the job held': [
    { text: 'what role have you got saved for me? it should be porter', intent: 'profile', from: 'porter' },
    { text: "what job is on my profile? it's meant to be phlebotomist", intent: 'profile', from: 'phlebotomist' },
    { text: 'which band did you save for me, should be band 3', intent: 'profile' },
  ],
  '"for your records i\'m a senior leader, 8c, estates and facilities": facts given "for your records" or "for the record" are for the profile, whatever the job': [
    { text: 'for your records I am a consultant nurse, band 8a, in the emergency department', intent: 'profile' },
    { text: "for the record i'm a deputy director, 8d, in finance", intent: 'profile' },
    { text: 'for your records, head of nursing band 8c, medicine division', intent: 'profile' },
  ],
  '"newly qualified band 5 and overwhelmed, crying in the car after every shift": crying or in tears after shifts is a wellbeing worry, even when new in the job': [
    { text: 'new band 5 and I keep crying on my drive home after shifts', intent: 'resources', area: 'wellbeing-resilience' },
    { text: 'newly qualified nurse, in tears after every shift and dreading going in', intent: 'resources', area: 'wellbeing-resilience' },
    { text: 'preceptee here, crying in the changing room after most long days', intent: 'resources', area: 'wellbeing-resilience' },
  ],
  '"I work in the dispensary as a tech band 5", "I want to work in HR as administrator": a plain job word after "as", following a place that is itself named as a job, names the job of that place': [
    { text: "I'm in the dispensary as a technician, band 4, what can I move on to?", from: 'pharmacy-technician' },
    { text: 'porter wanting to start in the dispensary as a tech, how?', role: 'pharmacy-technician', from: 'porter' },
    { text: "I'd like to work in HR as administrator, I'm a ward clerk", role: 'hr-administrator', from: 'administrator' },
  ],
  '"Is possible to go in music therapy when I work catering assistant?": "go in" or "going in" before a job or its field is "go into", a goal': [
    { text: 'is it possible to go in physiotherapy? I am domestic', role: 'physiotherapist', from: 'domestic-assistant' },
    { text: 'can I go in radiography when I work as porter', role: 'radiographer', from: 'porter' },
    { text: 'how to going in nursing, I work kitchen assistant', role: 'nurse-adult', from: 'catering-assistant' },
  ],
  '"I do the invoices in accounts payable, band 3": the finance office\'s clerical teams (accounts payable or receivable, the purchase or sales ledger) are administrators, not accountants': [
    { text: 'accounts payable band 3 here, how do I become an assistant accountant?', role: 'assistant-accountant', from: 'administrator' },
    { text: 'accounts receivable band 3 how do I get into payroll', role: 'payroll-officer', from: 'administrator' },
    { text: "I'm on the sales ledger, band 2, what could I move up to?", from: 'administrator' },
  ],
  '"I\'m team leader band 4 on the estates helpdesk": a team leader of a department\'s helpdesk, office or desk leads office staff, not the department\'s floor team': [
    { text: 'supervisor on the catering office, band 4, where can I go from here?', from: 'team-leader' },
    { text: 'I lead the team on the facilities help desk, how do I become a service manager?', role: 'service-manager' },
    { text: 'team leader in the estates office, what can I step up to?', from: 'team-leader' },
  ],
  'the chat stuck, or the way back to its start or menu ("how do i get the menu back it just vanished", "i pressed something and now its stuck") is a question about using the bot': [
    { text: 'the screen has gone blank, how do I get back to the beginning', intent: 'help' },
    { text: 'everything is stuck after I pressed a button, what now', intent: 'help' },
    { text: 'go to main menu', intent: 'help' },
  ],
  'the pronouns the writer goes by ("Please use she/her for me") are for the profile': [
    { text: 'pronouns: she/they', intent: 'profile' },
    { text: 'just so you know I go by they/them', intent: 'profile' },
  ],
  'asking the bot for a joke or something funny is small talk it does not answer': [
    { text: 'tell me something funny', intent: 'unknown' },
    { text: 'cheer me up with a joke', intent: 'unknown' },
  ],
  'the job wanted told as the registered one a step below a nurse ("one step below a nurse", "just below a registered nurse") is the nursing associate': [
    { text: 'HCA here, I want the registered job one step below a nurse, what is it called and how do I train?', intent: 'pathway', role: 'nursing-associate', from: 'hcsw-band-2' },
    { text: 'what is the job just below a registered nurse and how do I train for it', intent: 'pathway', role: 'nursing-associate' },
  ],
  'undecided whether to stay or leave, with no talk asked for ("dont know whether to stay or move") is a career conversation': [
    { text: 'at the top of band 5 in ED, no idea whether to stay or look for something else', intent: 'career_conversation' },
    { text: 'stuck on band 2 for years, can\'t decide whether to stay or go', intent: 'career_conversation' },
    { text: 'torn between sticking with the ward and leaving for good', intent: 'career_conversation' },
  ],
  'asking to write to the bot another way ("Is possible to talk with you in Romanian?", "do I just write my question in the box?", "can I send a voice message?") is a question about using the bot': [
    { text: 'can I message you in Portuguese instead of English?', intent: 'help' },
    { text: 'do you take voice notes or do I have to type everything', intent: 'help' },
    { text: 'where do I put my question, just in the chat bar at the bottom?', intent: 'help' },
    { text: 'you understand Polish? my English is bad', intent: 'help' },
  ],
  'asking whether the bot can be used by a staff group, at a time of day or for free ("is free for use or the ward must pay?", "I can use this in the night?") is a question about the bot': [
    { text: 'does our department have to pay to use this bot?', intent: 'help' },
    { text: 'can I still message it on a Sunday night when nobody from education is in?', intent: 'help' },
    { text: 'It works also for the people in estates or only the nurses?', intent: 'help' },
  ],
  'what the bot is for and what to ask it, in a learner\'s word order or set against another system ("which things i can ask to you", "for what is it", "what does this do that ESR doesnt")': [
    { text: 'what questions I can ask you?', intent: 'help' },
    { text: 'who made this app and what is it for', intent: 'help' },
    { text: 'my friend tell me you help with jobs, how it works?', intent: 'help' },
    { text: 'what does this do that the learning hub cannot', intent: 'help' },
  ],
  'the regular questions skipped, moved or stopped without the word check-in, or by their programme\'s name ("skip this weeks one pls", "stop the preceptorship reminders")': [
    { text: 'can I miss this fortnight\'s one, we are really short staffed', intent: 'checkin' },
    { text: 'no more induction reminders please, I passed probation last month', intent: 'checkin' },
    { text: 'why do I keep getting messages about my preceptorship every morning', intent: 'checkin' },
    { text: 'I\'m on a new ward now, can the check ins be sent to my new preceptor', intent: 'checkin' },
  ],
  'a check-in answered twice, late or wrongly ("I put 1 by mistake it should of been 4", "I already filled this in, why\'s it asking again")': [
    { text: 'I pressed 2 but meant to press 5, can I redo it', intent: 'checkin' },
    { text: 'already answered these questions this morning, why has it sent them again', intent: 'checkin' },
    { text: 'sorry I never got round to last week\'s questions, can I do them now', intent: 'checkin' },
  ],
  'asking which job, band or ward the bot has saved for the writer ("what have you got saved as my job", "what band you have me on")': [
    { text: 'which band have you got me down as?', intent: 'profile' },
    { text: 'what job title is on my record on here', intent: 'profile' },
    { text: 'can you tell me what ward you have saved for me', intent: 'profile' },
  ],
  'a job held told as a bare label with its band or place and nothing asked ("band 3 HCSW on ortho") is about the writer\'s profile, and the job is the one held': [
    { text: 'band 2 porter at the main site', intent: 'profile', role: null, from: 'porter' },
    { text: 'pharmacy assistant in dispensary, band 2, 4 years here', intent: 'profile', role: null, from: 'pharmacy-support-worker' },
    { text: 'HCA on AMU band 3, nights mostly', intent: 'profile', role: null, from: 'hcsw-band-3' },
  ],
  'asking the bot to pass on a message or to step in at work ("pls tell my manager im running 10 mins late") is a question it does not answer': [
    { text: 'can you let the ward know I\'m stuck in traffic', intent: 'unknown' },
    { text: 'message my supervisor that I will be 20 minutes late', intent: 'unknown' },
    { text: 'my colleague keeps dumping the heavy jobs on me, can you sort it out', intent: 'unknown' },
  ],
  'small talk with the bot ("how r u today bot") is a question it does not answer': [
    { text: 'hows your day going bot', intent: 'unknown' },
    { text: 'are you having a good day?', intent: 'unknown' },
    { text: 'what is your favourite colour', intent: 'unknown' },
  ],
  '"Can I write to you in Polish?", "it works in arabic?": asking which languages the bot reads is a question about the bot': [
    { text: 'do you speak romanian?', intent: 'help' },
    { text: 'can I type in Portuguese to you', intent: 'help' },
    { text: 'Is it possible to use this in Urdu, my english is weak', intent: 'help' },
  ],
  '"translate \'are you in pain\' into Urdu": a word or text to put into another language is no question about the bot, which does not translate': [
    { text: 'what is the romanian word for nurse', intent: 'unknown' },
    { text: 'can you translate "are you cold" into Polish for me', intent: 'unknown' },
  ],
  '"I\'ve got 3 new HCAs starting Monday. How do I get them set up on this?", "as a preceptor can I use this too?": a manager, preceptor or educator asking how their staff join the bot, or whether they may use it, asks about the bot': [
    { text: 'I\'m a practice educator, how do I sign my new HCAs up to this and what does it send them?', intent: 'help' },
    { text: 'Our two new porters start next week, how do they get access to this?', intent: 'help' },
    { text: 'can a preceptor use this too or is it just for the newly qualified nurses?', intent: 'help' },
  ],
  '"just started on ward 7 yesterday. what will this bot be sending me": a new starter asking what the bot will send asks about the bot, not for a check-in': [
    { text: 'started on the ward last week, what messages will this bot send me?', intent: 'help' },
    { text: 'two days into my new job - what is this bot going to send me?', intent: 'help' },
  ],
  '"who made this and whats it for", "Which kind of question you can answer best?": who is behind the bot and what it answers best are questions about the bot': [
    { text: 'who set this bot up and why', intent: 'help' },
    { text: 'what questions are you best at', intent: 'help' },
    { text: 'Which topics you know the best?', intent: 'help' },
  ],
  '"Please call me Bisi, not Olubisi": the name the writer wants to be called by is a profile detail': [
    { text: 'can you call me Tunde instead of Babatunde, all my team do', intent: 'profile' },
    { text: 'please call me Gosia not Małgorzata', intent: 'profile' },
    { text: 'I go by Sam, my full name is Samantha', intent: 'profile' },
  ],
  '"what band do you have me down as", "whats my profile say": asking what the saved profile says is a profile question, not one about data': [
    { text: 'what have you got for my job title', intent: 'profile' },
    { text: 'which ward have you got me on', intent: 'profile' },
    { text: 'what does my profile show', intent: 'profile' },
    { text: 'can I see my profile', intent: 'profile' },
  ],
  '"Stop to send me the check ins please", "turn off notifications for checkins": stopping the check-ins, however it is worded, is about check-ins': [
    { text: 'Please stop to send me these check in messages', intent: 'checkin' },
    { text: 'switch off notifications for the check ins', intent: 'checkin' },
  ],
  '"Why it is pinging me every morning??": asking why the bot messages again and again is about the check-ins': [
    { text: 'why do you keep messaging me every day', intent: 'checkin' },
    { text: 'how come I get a message from this every monday morning', intent: 'checkin' },
    { text: 'this keeps buzzing my phone each week, why', intent: 'checkin' },
  ],
  '"skip this one": a few words passing over the check-in in hand are about check-ins': [
    { text: 'pass on this one', intent: 'checkin' },
    { text: 'can I skip today\'s', intent: 'checkin' },
    { text: 'not this time, skip', intent: 'checkin' },
  ],
  '"How to join NHS pension, I am new, I don\'t know if I am in it or not": a new starter unsure about the pension asks about pay, which the bot does not answer': [
    { text: 'I\'m new, how do I join the NHS pension? no idea if I\'m already in', intent: 'unknown' },
    { text: 'started last month, don\'t know if they put me in the pension or not', intent: 'unknown' },
  ],
  '"Got to present at the band 5 forum next month and I\'m dreading it": dreading a presentation, with a band and a date, asks for personal skills': [
    { text: 'Got to present at the band 6 study day in march and dreading it', intent: 'resources', area: 'personal-skills' },
    { text: 'presenting my project at the band 7 away day next week and feeling sick', intent: 'resources', area: 'personal-skills' },
  ],
  '"career options in healthcare science for me? currently assistant in microbiology": a field named as where options are wanted is not the job held; the job held is the one named after it': [
    { text: 'what can I do in healthcare science? I\'m an assistant in blood sciences now', role: null, from: 'healthcare-science-assistant' },
    { text: 'jobs in healthcare science for someone like me? assistant in haematology at the moment', role: null, from: 'healthcare-science-assistant' },
    { text: 'roles in healthcare science I could move to? currently an assistant in the biochemistry lab', role: null, from: 'healthcare-science-assistant' },
  ],
  '"we\'re about to roll this out to our porters and domestics": staff groups joined by "and" after "our" or "my" are all the staff asked for; the second is no goal': [
    { text: 'I manage the hotel services team. we are rolling this out to our domestics and porters, what can it do for them?', role: null, from: 'domestic-assistant' },
    { text: 'what could our pharmacy assistants and pharmacy technicians progress to?', role: null, from: 'pharmacy-support-worker' },
    { text: 'my porters and domestics want to become HCAs, where do they start?', role: 'hcsw-band-2', from: 'porter' },
  ],
  '"Senior hearing care assistant – associate audiologist, how long does it take?": a message opening with a job, a dash, then another job alone reads as an arrow: the job held, then the one wanted': [
    { text: 'Porter – phlebotomist, how long does it take?', role: 'phlebotomist', from: 'porter' },
    { text: 'pharmacy assistant - pharmacy technician?', role: 'pharmacy-technician', from: 'pharmacy-support-worker' },
    { text: 'band 3 HCA - I want to be a nurse one day, how?', role: 'nurse-adult' },
  ],
  '"everyone says go HCA but I don\'t want to do personal care. what about phlebotomy?": a job others say to "go", then turned down, is not the goal; the work turned down ("don\'t want to do personal care") is not a goal either': [
    { text: 'porter here, my manager says go HCA but I really don\'t want to. what about pharmacy assistant?', role: 'pharmacy-support-worker', from: 'porter' },
    { text: 'domestic, everyone says go HCA but I don\'t want to do personal care. what about phlebotomy?', role: 'phlebotomist', from: 'domestic-assistant' },
    { text: 'I\'m a domestic but I don\'t want to do personal care. what else is there?', role: null, from: 'domestic-assistant' },
    { text: 'porter here, I would not want to do bed baths. what about being a phlebotomist?', role: 'phlebotomist', from: 'porter' },
  ],
  '"what band would I start on as a trainee nursing associate?": the job started on as is the one wanted': [
    { text: 'what band would I start on as a paramedic? I\'m a call handler now', role: 'paramedic', from: 'call-handler' },
    { text: 'porter here, which band do you start on as a phlebotomist?', role: 'phlebotomist', from: 'porter' },
  ],
  '"work in the resturant": working in the hospital restaurant (however it is spelt) is the catering assistant': [
    { text: 'I work in the restaurant downstairs, could I become a pharmacy assistant?', role: 'pharmacy-support-worker', from: 'catering-assistant' },
    { text: 'how do I become an HCA? I\'m in the resturant at the moment', role: 'hcsw-band-2', from: 'catering-assistant' },
  ],
  '"111 call advisor": a call advisor or adviser on 111 or 999 is the call handler': [
    { text: '999 call advisor, how would I become a paramedic?', role: 'paramedic', from: 'call-handler' },
    { text: 'I\'m a 111 adviser on nights, what are my options?', from: 'call-handler' },
  ],
  '"IT 1st line support", "helpdesk agent for IT", "DST band 3": the IT service desk\'s local titles and initials are the digital support technician': [
    { text: 'I do first line support, band 3, what could I move on to?', from: 'digital-support-technician' },
    { text: 'I work as a helpdesk agent, how do I become a data analyst?', role: 'data-analyst', from: 'digital-support-technician' },
    { text: 'DST for 2 years, what\'s next for me?', from: 'digital-support-technician' },
  ],
  '"get into HR advice": HR advice as a field to move into is the HR adviser': [
    { text: 'payroll officer here, I\'d like to get into HR advice. where do I start?', role: 'hr-advisor', from: 'payroll-officer' },
    { text: 'ward clerk wanting to move into HR advice, what do I need?', role: 'hr-advisor', from: 'administrator' },
  ],
  '"What\'s the path to lab manager?": the lab manager is the service manager of the laboratory': [
    { text: 'I\'m a band 6 BMS and one day I\'d like to be lab manager. What\'s the route?', role: 'service-manager', from: 'biomedical-scientist' },
    { text: 'how would a biomedical scientist get to laboratory manager?', role: 'service-manager' },
  ],
  '"I scan and index the old paper notes onto the EPR system": scanning and indexing notes is records admin, not scanning patients': [
    { text: 'my job is scanning and indexing patient files onto the system. How could I become a clinical coder?', role: 'clinical-coder', from: 'administrator' },
    { text: 'I scan and index records for the EPR, where could I go from here?', from: 'administrator' },
  ],
  '"could I cope with a degree alongside two kids": children counted or called the writer\'s own are their family, not the children\'s field of the job wanted': [
    { text: "I'm a porter with two kids, could I train as a nurse?", role: 'nurse-adult', from: 'porter' },
    { text: 'band 2 HCA, is there a part time way to become a nurse with my kids still small?', role: 'nurse-adult', from: 'hcsw-band-2' },
  ],
  '"band 5 nurse on a mental health ward": a nurse named with their band, on a ward of a field, is that field\'s nurse': [
    { text: 'band 5 nurse on a learning disability ward, how do I become a ward manager?', role: 'service-manager', from: 'nurse-learning-disability' },
    { text: "band 5 nurse on the children's ward, how do I become an ACP?", role: 'advanced-clinical-practitioner', from: 'nurse-children' },
  ],
  '"HoHR", "RNC": initials of a job held': [
    { text: 'HoHR at 8b, what would the step to director of workforce look like?', role: 'director-of-workforce', from: 'head-of-hr' },
    { text: 'RNC on the childrens ward, can I do a shortened midwifery course?', role: 'midwife', from: 'nurse-children' },
  ],
  '"therapist assistant", "senior domestic", "111 health adviser": local and second-language titles of a job held': [
    { text: 'i am therapist assistant in OT department, band 3, what options I have', role: null, from: 'therapy-assistant' },
    { text: 'senior domestic on days, band 3, where can I go next?', role: null, from: 'facilities-supervisor' },
    { text: '111 health adviser, band 3, bored after five years', role: null, from: 'call-handler' },
  ],
  '"I take patients down for scans", "I do the blood sugars", "supervising the kitchen team": portering, ward and kitchen work as staff describe it': [
    { text: 'I take patients down for scans all day, how do I become a radiographer?', role: 'radiographer', from: 'porter' },
    { text: 'I do the blood sugars and obs on a surgical ward, how do I get to band 3?', role: 'hcsw-band-3', from: 'hcsw-band-2' },
    { text: 'kitchen assistant here, how do I move up to supervising the kitchen team?', role: 'facilities-supervisor', from: 'catering-assistant' },
  ],
  '"HCA on the stroke unit band 3, ten years in and fed up": a job opening the message, with where it is before its band and no goal asked, is the job held': [
    { text: 'HCA on the stroke unit band 3, ten years in and fed up', role: null, from: 'hcsw-band-3' },
    { text: 'physio assistant on the rehab unit band 3, six years in and bored', role: null, from: 'therapy-assistant' },
    { text: 'admin in the eye clinic band 2, been here years and fed up', role: null, from: 'administrator' },
  ],
  '"become a team lead and then a service manager": a goal after "and then a" is the later step, and the one wanted': [
    { text: 'how do I become a senior HCA and then an assistant practitioner?', role: 'assistant-practitioner', from: null },
    { text: 'band 5 physio, how do I become a team lead and then a department manager?', role: 'service-manager', from: 'physiotherapist' },
  ],
  '"I want learn take blood": "to" left out after a wish, as second-language writers may': [
    { text: 'i am catering assistant. i want learn take bloods from patients', role: 'phlebotomist', from: 'catering-assistant' },
    { text: 'i am porter and i want learn take bloods, possible?', role: 'phlebotomist', from: 'porter' },
  ],
  '"how do I get into management?": management asked for as the goal is the service manager\'s job (not when set aside)': [
    { text: 'dietitian band 6, how can I move into management?', role: 'service-manager', from: 'dietitian' },
    { text: 'band 5 radiographer wanting to step up into management, how?', role: 'service-manager', from: 'radiographer' },
    { text: 'options for a band 6 OT apart from going into management?', intent: 'options', role: null, from: 'occupational-therapist' },
  ],
  '"careers chat pls", "any ideas for someone on the switchboard?": a chat asked for, and ideas for someone in a job': [
    { text: "careers chat pls, I'm a band 2 porter and don't know what's next", intent: 'career_conversation' },
    { text: "any ideas for someone who answers phones on the switchboard? I'd love to work with kids some day", intent: 'options' },
  ],
  '"speech and language therapy assistant in schools, band 3.": a job opening the message with where it is and then its band is the job held': [
    { text: 'pharmacy technician in aseptics, band 5. I\'m not doing the pharmacy degree. Anything shorter?', from: 'pharmacy-technician' },
    { text: 'porter in the main hospital, band 2. I\'m not doing a degree. Anything shorter?', from: 'porter' },
  ],
  '"how could he get onto the ambulances": the ambulance crew\'s job, told by where it is got onto': [
    { text: 'I\'m a band 2 domestic, how could I get onto the ambulances?', role: 'ambulance-support-worker', from: 'domestic-assistant' },
    { text: 'one of my porters wants to get onto the ambulances, where does he start?', role: 'ambulance-support-worker', from: 'porter', onBehalf: true },
  ],
  '"band 2 HCA … how do I get to 3": after a band, a bare number got to is the band wanted (not years)': [
    { text: 'I\'m a band 2 HCA on a surgical ward, how do I get to 3', role: 'hcsw-band-3', from: 'hcsw-band-2' },
    { text: 'band 2 hcsw here, what\'s the quickest way of getting to 3?', role: 'hcsw-band-3', from: 'hcsw-band-2' },
    { text: 'band 2 HCA for 2 years, how do I get to 3 years\' experience', role: null },
  ],
  '"housekeeper on ward (2 yrs) and now I am a ward clerk. I want to stay in admin. Is team leader a thing for admin?": past jobs of a career told with their years, the field stayed in, and what is "a thing for" the job held now are the job held': [
    { text: 'porter for 3 years, then domestic on ward 2 yrs, now I\'m a band 2 receptionist. I want to stay in admin. Is supervisor a thing for admin?', from: 'administrator' },
    { text: 'I worked in catering, then I was a housekeeper on ward 3 years, and now I\'m a ward clerk. Is medical secretary a thing for admin?', role: 'medical-secretary', from: 'administrator' },
  ],
  '"want to go into projects": moving into projects describes the project manager': [
    { text: 'band 4 admin, I want to move into projects. what would I need?', role: 'project-manager', from: 'administrator' },
    { text: 'clinical coder b3, wanna go into projects eventually', role: 'project-manager', from: 'clinical-coder' },
  ],
  '"becoming a paramedic, tell me more": a job followed by "tell me more" is the one asked about, not someone speaking': [
    { text: 'I\'m a band 3 porter, thinking about becoming a paramedic, tell me more', role: 'paramedic', from: 'porter' },
    { text: 'domestic here, thinking of becoming an HCA. Tell me more please', role: 'hcsw-band-2', from: 'domestic-assistant' },
  ],
  '"staff nurse in mental health (RMN)": a grade before the general name of a nurse, with the field after it, is the nurse of that field': [
    { text: 'band 5 staff nurse in mental health, could I become a clinical associate in psychology?', role: 'clinical-associate-psychology', from: 'nurse-mental-health' },
    { text: 'I\'m a staff nurse in learning disabilities (RNLD). Could I train as a mental health nurse too?', role: 'nurse-mental-health', from: 'nurse-learning-disability' },
  ],
  '"trained in India, HCPC registered here", "a nurse from Kenya … so now I am RN band 5": a profession trained for abroad and now registered or held here is the job held, not a goal': [
    { text: 'I\'m a band 6 physiotherapist, trained in India, HCPC registered here since 2019. Could I become an advanced practitioner?', role: 'advanced-clinical-practitioner', from: 'physiotherapist' },
    { text: 'I am a nurse from Kenya and the NMC accepted me, so now I am RN band 5 on AMU. What can I do next?', role: null, from: 'nurse-adult' },
    { text: 'I\'m a radiographer, qualified in the Philippines, HCPC registered here now. What\'s next for me?', role: null, from: 'radiographer' },
  ],
  '"band 2 then band 3 since the rebanding", "was band 2 but now band 3": of a band and then another, the later one is the band of the job held': [
    { text: '6 years as an HCA, band 2 then band 3 after the rebanding. What else is out there for me?', role: null, from: 'hcsw-band-3' },
    { text: 'worked as a HCA for years, was band 2 but now band 3. could I be a nursing associate?', role: 'nursing-associate', from: 'hcsw-band-3' },
  ],
  '"in maternity as a band 3 support worker": a band before the job word is no place, and the place named before gives the support worker\'s job': [
    { text: 'back home I was a midwife. Here I work in maternity as a band 3 support worker. How do I get my registration?', from: 'maternity-support-worker' },
    { text: 'in theatres as a band 3 support worker for 5 years, I\'d like to do the ODP degree', role: 'operating-department-practitioner', from: 'theatre-support-worker' },
  ],
  '"I am an ambulance care assistant doing patient transport", "I work in pathology doing specimen reception": work the writer does now, named after "doing", is the job held': [
    { text: 'Can\'t choose between radiographer and physio. I\'m a band 2 porter doing patient transport between wards. help', role: 'radiographer', from: 'porter' },
    { text: 'I work in pathology doing specimen reception, band 2. I\'d like to be a phlebotomist', role: 'phlebotomist', from: 'healthcare-science-assistant' },
    { text: 'paramedic or nursing, which one? I\'m an ambulance care assistant doing patient transport', role: 'paramedic', from: 'ambulance-support-worker' },
  ],
  '"Associate audiologist or go straight for the audiologist degree?": the step named first is the goal, the way straight past it another asked about': [
    { text: 'band 3 HCA on a surgical ward. Nursing associate or go straight for the nursing degree? can\'t decide', role: 'nursing-associate', from: 'hcsw-band-3' },
    { text: 'I\'m a healthcare science assistant in microbiology. Associate or just go straight for the BMS degree?', role: 'healthcare-science-associate', from: 'healthcare-science-assistant' },
  ],
  '"whether data analyst or project manager suits me better": a question over two jobs is no preference for the second': [
    { text: 'I\'m a receptionist, band 2, thinking about whether medical secretary or HR administrator suits me better', role: 'medical-secretary', from: 'administrator' },
    { text: 'ward clerk here, wondering if data analyst or clinical coder suits me best', role: 'data-analyst', from: 'administrator' },
  ],
  '"would I need to go back to college?": going back to learning is no return to a job left': [
    { text: 'I\'m not a porter any more, I moved into the pharmacy dispensary as a support worker. I\'d like to do the technician training one day but would I have to go back to college?', role: 'pharmacy-technician', from: 'pharmacy-support-worker' },
    { text: 'not a domestic any more, I\'m a phlebotomist now. what could I do next, would I need to go back to college?', role: null, from: 'phlebotomist' },
  ],
  '"came back into a band 2 porter post", "redeployed from theatres admin into the hub as a HCA", "I was a band 4 receptionist before": a move already made, even told after the job it was from, or a return from a break, gives the job held; a job once held with its band is past': [
    { text: 'I was a band 4 receptionist in ED before my career break. Now I\'m back, redeployed to the discharge lounge as a HCA, and I\'d like to be a medical secretary. How?', role: 'medical-secretary', from: 'hcsw-band-2' },
    { text: 'I got redeployed from theatres admin into the swabbing centre as a HCA band 3 and stayed. I want to be a nursing associate now', role: 'nursing-associate', from: 'hcsw-band-3' },
    { text: 'I was a phlebotomist for years, then had my kids, and I came back in March into a band 2 porter post. Could I go for ambulance care assistant?', role: 'ambulance-support-worker', from: 'porter' },
  ],
  '"I don\'t want to go into catering", "not wanting to go into nursing": a field the writer does not want to go into is ruled out': [
    { text: 'porter band 2. I don\'t want to go into catering, I\'d like to be a phlebotomist', role: 'phlebotomist', from: 'porter' },
    { text: 'band 3 HCA, not wanting to go into nursing, is phlebotomy an option?', role: 'phlebotomist', from: 'hcsw-band-3' },
  ],
  '"keep being told to do the NA course. I have decided I am not doing it", "mentioned X for me but I prefer", "says I would make a great X but I am really not keen": a job others put forward, turned down, is no goal': [
    { text: 'I\'m a band 3 HCA and people keep telling me to do the nursing associate apprenticeship. I\'ve decided I\'m not doing it. Maybe assistant practitioner?', role: 'assistant-practitioner', from: 'hcsw-band-3' },
    { text: 'I\'m a band 6 HR adviser. My manager mentioned HR business partner for me but I honestly prefer the numbers. Is data analyst realistic?', role: 'data-analyst', from: 'hr-advisor' },
    { text: 'band 5 data analyst here, my boss says I\'d make a great project manager but I\'m really not keen. what else could I do?', role: null, from: 'data-analyst' },
  ],
  '"hca3", "HCA 3", "dom": a support worker\'s band written onto or after its short name, and "dom" for a domestic': [
    { text: 'hca3 → AP? how long', role: 'assistant-practitioner', from: 'hcsw-band-3' },
    { text: 'dom b2, want 2 b a porter', role: 'porter', from: 'domestic-assistant' },
    { text: 'what jobs after HCA 3', role: null, from: 'hcsw-band-3' },
  ],
  '"domestic. supervisor. how?": a job name does not run across a full stop, and a job alone in a sentence, then another just after it, is held, then wanted': [
    { text: 'domestic. supervisor. how?', role: 'facilities-supervisor', from: 'domestic-assistant' },
    { text: 'b2 porter. ambulance care assistant?', role: 'ambulance-support-worker', from: 'porter' },
    { text: 'I\'m an admin apprentice and I love working in finance. Assistant accountant next?', role: 'assistant-accountant' },
  ],
  '"my band 4 associates" in a lab: associates named with their place are that place\'s associates': [
    { text: "I'm a lab manager and two of my band 4 associates want to do the BMS top up, how?", role: 'biomedical-scientist', from: 'healthcare-science-associate' },
    { text: 'one of the associates in our lab wants to train as a biomedical scientist, what is the route?', role: 'biomedical-scientist', from: 'healthcare-science-associate' },
  ],
  '"a technician in the orthotics workshop": a plain job word in a field\'s workshop or department is a job the bot has no role for, not the field\'s own job': [
    { text: "I'm a technician in the podiatry workshop, could I train as a podiatrist?", role: 'podiatrist', from: null },
    { text: 'prosthetics, could I do that? im a technician in the prosthetics workshop making the sockets', role: 'prosthetist-orthotist', from: null },
  ],
  '"been on the same ward doing obs and washes": where the writer has been and what they do there, with no "I", is the job held': [
    { text: 'bit fed up. been on the same ward doing obs and washes for years, band 2', from: 'hcsw-band-2' },
    { text: 'been on the tills in the staff canteen for 5 years, how do i become a HCA?', role: 'hcsw-band-2', from: 'catering-assistant' },
  ],
  '"not sure what I want to do. I do the payroll": "I do" opening a sentence is the writer\'s own work, even after one ending in "do"': [
    { text: 'not sure what I want to do. I do the payroll for the medical staff', role: null, from: 'payroll-officer' },
    { text: 'unsure what i want to do. I do the switchboard at nights', role: null, from: 'administrator' },
  ],
  '"what route for nursing associate? band 3 senior HCA, I do…": a job with its band opening a later sentence, before more about the work, is held, so the job after "route for" is the goal': [
    { text: 'what route for nursing associate? band 3 senior HCA, I do the bloods and obs on a medical ward', role: 'nursing-associate', from: 'senior-hcsw' },
    { text: 'what is the route for biomedical scientist? band 2 lab assistant, i book in the samples', role: 'biomedical-scientist', from: 'healthcare-science-assistant' },
  ],
  '"an apprentice in the estates office", "doing my level 3 business admin": an apprentice in an office, or on the level 3 business admin, is the business administrator apprentice': [
    { text: "I'm an apprentice in the estates office, could I become a project manager one day?", role: 'project-manager', from: 'business-administrator-apprentice' },
    { text: 'doing my level 3 business admin in the HR office, how do i become an HR adviser?', role: 'hr-advisor', from: 'business-administrator-apprentice' },
  ],
  '"health records", "outpatients booking", "IT support": office and IT jobs named by their department or kind of work ("it" is IT only right before a job word)': [
    { text: 'I work in health records, how could I become a medical secretary?', role: 'medical-secretary', from: 'administrator' },
    { text: 'plumber in the estates team, how do I get into IT support?', role: 'digital-support-technician', from: null },
    { text: 'can I do it as an apprenticeship? im a support worker on a surgical ward, want to be a nursing associate', role: 'nursing-associate', from: 'hcsw-band-2' },
  ],
  '"I manage the medical records team": the team the writer leads, named by its job, is neither their job nor a goal': [
    { text: 'I manage the medical records team, what could I do next?', role: null, from: 'team-leader' },
    { text: 'I run the reception team, what is next for me?', role: null, from: 'team-leader' },
  ],
  '"I help mums wash", "I rebook cancelled clinics", "the post and the phones": maternity and office work as staff describe it': [
    { text: 'I do breastfeeding support and help mums wash, what do i need to be a midwife?', role: 'midwife', from: 'maternity-support-worker' },
    { text: 'I send out the appointment letters and rebook cancelled clinics, how do i become a medical secretary?', role: 'medical-secretary', from: 'administrator' },
    { text: 'I do the post and the phones for the estates team, what next for me?', role: null, from: 'administrator' },
  ],
  '"I validate the results and run the QC", "I wire patients up for ECGs", "I roll out laptops": what the writer does, in the words of lab, physiology and IT work, is the job held': [
    { text: 'I validate the results and run the QC in blood sciences, how would I become a clinical scientist?', role: 'clinical-scientist', from: 'biomedical-scientist' },
    { text: 'how do i become a cardiac physiologist? I wire patients up for ECGs and fit the 24 hour tapes', role: 'healthcare-science-practitioner', from: 'healthcare-science-assistant' },
    { text: 'I roll out laptops and set up the accounts for new starters. could I become a data analyst?', role: 'data-analyst', from: 'digital-support-technician' },
  ],
  '"get into pharmacy, like working on the dispensary counter", "into management, like running the department": the goal told again after "like", by its name or its work, is the job wanted': [
    { text: 'how can I get into the lab, like working in specimen reception? im a porter', role: 'healthcare-science-assistant', from: 'porter' },
    { text: 'how do i move into pharmacy, like working in the dispensary? i am a domestic on the wards', role: 'pharmacy-support-worker', from: 'domestic-assistant' },
    { text: 'band 6 OT, how do I go into management, like running the department one day?', role: 'service-manager', from: 'occupational-therapist' },
  ],
  '"my old colleague is now a pharmacist, can I do that route": a friend\'s or colleague\'s job now, mentioned in passing, is not the writer\'s': [
    { text: 'pharmacy tech band 4 and my old collegue is now a pharmacist, can i do that route without a levels', role: 'pharmacist', from: 'pharmacy-technician' },
    { text: 'porter band 2, my mate is now a paramedic, can i do the same?', role: 'paramedic', from: 'porter' },
    { text: 'domestic band 2 - my friend is now an HCA, how did she do that?', role: 'hcsw-band-2', from: 'domestic-assistant' },
  ],
  '"radiography assistant" held: the support worker in the x-ray department, not the radiographer': [
    { text: 'im a radiography assistant, how do i become a radiographer?', role: 'radiographer', from: 'hcsw-band-2' },
    { text: 'radiography assistant, band 3. my friend did the radiographer apprenticeship, can i?', role: 'radiographer', from: 'hcsw-band-3' },
  ],
  '"my ward manager thinks I should go for band 6 sister": a boss giving advice is no job of the writer\'s': [
    { text: 'as a band 5 staff nurse, my ward manager thinks i should go for band 6 sister, how?', role: 'nurse-adult', from: 'nurse-adult' },
    { text: 'as a band 5 nurse my ward manager thought i should go for a band 6 sister job', role: 'nurse-adult', from: 'nurse-adult' },
  ],
  '"band 6 respiratory physio, route to consultant physio?": a job opening the message after its band and where it is, then a higher grade of it asked about, is held ("HSST" is no typo)': [
    { text: 'band 8a genetics clinical scientist, how do i get onto HSST?', role: null, from: 'clinical-scientist' },
    { text: 'band 6 respiratory physio, whats the route to consultant physio?', role: null, from: 'physiotherapist' },
    { text: 'band 6 stroke physio - route to consultant physio?', role: null, from: 'physiotherapist' },
  ],
  '"now, before that porter for two years", "before this i was an HCA": a job told as the one before is past, and the job opening the message is held': [
    { text: 'pharmacy technician band 5 now, before that dispensary assistant for 3 years, what could I do next?', role: null, from: 'pharmacy-technician' },
    { text: 'phlebotomist at the moment, before that porter for two years, what can i do next?', role: null, from: 'phlebotomist' },
    { text: "i'm a radiographer, before this i was an HCA, what's next for me?", role: null, from: 'radiographer' },
  ],
  '"before I can start the TNA": a job or course to be started is the one wanted, even in a learning question': [
    { text: 'need level 2 english before I can start the TNA, any free courses?', role: 'trainee-nursing-associate', from: null },
    { text: 'I need my maths GCSE before I can start the ODP, where can I get it quick?', role: 'operating-department-practitioner', from: null },
  ],
  '"therapy assistant band 4 in OT", "team leader band 5 in outpatient physio": a field named after a job and its band is where the job is, not a second job': [
    { text: 'therapy assistant band 4 in OT, what could I move up to?', role: null, from: 'therapy-assistant' },
    { text: 'team leader band 5 in outpatient physio, want to be a service manager eventually', role: 'service-manager', from: 'team-leader' },
  ],
  '"audiology clinical scientist": a field right before "scientist" is where the scientist works': [
    { text: 'im an audiology clinical scientist, what next', role: null, from: 'clinical-scientist' },
  ],
  '"better than what i do (porter band 2)", "new here (HCA band 2)": the writer\'s own job added in brackets after words about themselves is held': [
    { text: 'my mate is a paramedic and loves it, way better than what i do (porter band 2). how do i get into it?', role: 'paramedic', from: 'porter' },
    { text: 'new here (HCA band 2 on ward 5), what training should I do first?', role: null, from: 'hcsw-band-2' },
    { text: 'preceptee here (adult nurse band 5), who do I talk to about my competencies?', role: null, from: 'nurse-adult' },
  ],
  '"NA or AP, which is better for a senior HCA": two goals compared, then the job they are compared for, which is held': [
    { text: 'NA or AP, which is better for a senior HCA on a medical ward?', role: 'nursing-associate', from: 'senior-hcsw' },
    { text: 'OT or physio - which would be better for a band 3 therapy assistant?', role: 'occupational-therapist', from: 'therapy-assistant' },
    { text: 'nursing associate or assistant practitioner, which is quicker for a band 3 senior HCA?', role: 'nursing-associate', from: 'senior-hcsw' },
  ],
  '"next step assistant practitioner or go straight for the nursing degree": the next step named first is the goal': [
    { text: 'senior HCA band 3. next step assistant practitioner or go straight for the nursing degree?', role: 'assistant-practitioner', from: 'senior-hcsw' },
    { text: 'band 4 AP, next step nursing associate or go straight for registered nurse?', role: 'nursing-associate', from: 'assistant-practitioner' },
  ],
  '"IT help desk" written in three words: the service desk job': [
    { text: 'i work on the IT help desk, could I move into cyber security?', from: 'digital-support-technician' },
    { text: 'IT help desk band 3, what could i do next?', role: null, from: 'digital-support-technician' },
  ],
  'a job opening the message with its band, then "is there a pathway to" a job the bot has no role for ("management accountant"): the job opening is held, no goal': [
    { text: 'Accounts assistant band 4 - is there a pathway to management accountant? CIMA or ACCA?', role: null, from: 'assistant-accountant' },
    { text: 'Medical secretary band 4 - is there a pathway to practice manager in a GP surgery?', role: null, from: 'medical-secretary' },
    { text: 'Porter band 2 - is there a pathway to security officer?', role: null, from: 'porter' },
  ],
  'staff outside nursing naming their job by a local title ("x-ray department assistant", "desktop support engineer", "housekeeping", "the info team"): that job held': [
    { text: 'im an x-ray department assistant, how would i train as a radiographer?', role: 'radiographer', from: 'hcsw-band-2' },
    { text: 'x-ray assistant band 2, what can i move on to?', role: null, from: 'hcsw-band-2' },
    { text: 'desktop support engineer here, how do I get into cyber security or project work?', from: 'digital-support-technician' },
    { text: "I'm an IT support engineer, could I become a data analyst?", role: 'data-analyst', from: 'digital-support-technician' },
    { text: 'i work in housekeeping on the wards, what else could i do in the hospital?', role: null, from: 'domestic-assistant' },
    { text: "any excel courses? I'm in the info team and my spreadsheets are a mess", role: null, from: 'data-analyst' },
  ],
  '"started on 111 last week", "I just started in housekeeping": where a new job is, with no job named, gives the job held': [
    { text: 'started on 111 last week, the calls are hard but the team is lovely', intent: 'checkin', from: 'call-handler' },
    { text: 'just started in 111, is there a check in for new starters?', from: 'call-handler' },
    { text: 'I just started in housekeeping, first week done', from: 'domestic-assistant' },
  ],
  '"team leader in the switchboard": a lead job in a place with no lead job of its own is the general team leader, not the place\'s job': [
    { text: 'team leader in the switchboard, what could I move up to?', role: null, from: 'team-leader' },
  ],
  '"just got promoted to supervisor in catering" after "new team leaders": the job just promoted to is the one held now': [
    { text: 'what training is there for new team leaders? just got promoted to supervisor in catering last month', role: null, from: 'facilities-supervisor' },
    { text: 'any course on leading people for new supervisors? recently promoted to housekeeping supervisor', role: null, from: 'facilities-supervisor' },
    { text: "tips for new team leaders please, I've just been promoted to domestic supervisor", role: null, from: 'facilities-supervisor' },
  ],
  '"want to lead the dispensary team as team leader": a team named by its work is no job, so "as" still follows the wish': [
    { text: 'pharmacy technician, i want to run the dispensary team as team leader. how?', role: 'team-leader', from: 'pharmacy-technician' },
    { text: 'band 3 porter, want to lead the portering team as team leader one day, what do i need', role: 'facilities-supervisor', from: 'porter' },
  ],
  '"how do I get a permanent admin job": a permanent job sought is the goal, not the job held': [
    { text: 'bank HCA on the wards, how do I get a permanent admin job?', role: 'administrator', from: 'hcsw-band-2' },
    { text: 'agency domestic at the moment, how can I get a permanent porter band 2 job', role: 'porter', from: 'domestic-assistant' },
  ],
  '"payroll clerk band 3 … become a senior payroll officer": one role held under a lower name and wanted under a higher one is both held and wanted': [
    { text: 'payroll clerk band 3, how do i become a senior payroll officer?', role: 'payroll-officer', from: 'payroll-officer' },
    { text: 'HR assistant band 3 - route to HR administrator band 4?', role: 'hr-administrator', from: 'hr-administrator' },
  ],
  '"TI" (a technical instructor, the senior therapy support job) held: the therapy assistant': [
    { text: "I'm a TI on the stroke ward, band 4, how do I become a physio?", role: 'physiotherapist', from: 'therapy-assistant' },
    { text: 'band 4 TI in community rehab, thinking about the OT apprenticeship', role: 'occupational-therapist', from: 'therapy-assistant' },
  ],
  'goals asked about ("physio or OT??"), then in a new sentence a band and the job held ("band 3 HCA"): the band is that job\'s, and the last goal is no job held': [
    { text: 'physio or OT?? band 3 HCA, 2 years, medical ward', role: 'physiotherapist', from: 'hcsw-band-3' },
    { text: 'nursing associate or AP? band 2 HCA on care of the elderly', role: 'nursing-associate', from: 'hcsw-band-2' },
    { text: 'ACP or PA? band 6 staff nurse in ED', role: 'advanced-clinical-practitioner', from: 'nurse-adult' },
  ],
  'the job held told by whom the writer helps ("helping the physios", "I help the OTs", "helping the speech therapists"): their assistant, not the professionals named': [
    { text: 'I work on the stroke unit helping the physios get people moving again after falls, any options?', role: null, from: 'therapy-assistant' },
    { text: 'I help the OTs with home visits and kitchen assessments, band 3, what can I do next', role: null, from: 'therapy-assistant' },
    { text: "most days I'm helping the speech therapists with their groups, where could I go from here", role: null, from: 'therapy-assistant' },
  ],
  'whether to "stay in" a field or place ("stay in data", "stay on the tills") or move: the field stayed in is where the writer works now': [
    { text: 'trying to decide whether to stay in data or go into management, can we talk', role: null, from: 'data-analyst' },
    { text: "can't decide if I should stay on the tills or go for something else", role: null, from: 'catering-assistant' },
  ],
  'a job opening the message alone, then "any routes other than…" or "what else is open": options from the job held': [
    { text: 'ambulance call handler. any routes other than going on the road? i get car sick lol', intent: 'options', role: null, from: 'call-handler' },
  ],
  'a job trained for abroad, and another asked about "in the meantime" or "for now": the registered job is the goal': [
    { text: 'I was a physio in India, now HCA. could I be a therapy assistant for now while my HCPC is processed?', role: 'physiotherapist', from: 'hcsw-band-2' },
    { text: 'I am nurse from Kenya waiting for my PIN, can I work as a nursing associate in the meantime?', role: 'nurse-adult' },
  ],
  '"an IT job" wanted: the digital support technician (the way into IT)': [
    { text: 'My nephew is a porter here and wants an IT job in the trust, how does he start?', role: 'digital-support-technician', from: 'porter', onBehalf: true },
    { text: "I'm a domestic and want an IT job, is there an apprenticeship?", role: 'digital-support-technician', from: 'domestic-assistant' },
  ],
  '"after I qualify as a nursing associate, … the RN top up": the job qualified in first is a step, the job named after it the goal': [
    { text: "student nursing associate here. after I qualify as a nursing associate, how long is the RN top up for children's nursing?", role: 'nurse-children', from: 'trainee-nursing-associate' },
    { text: 'TNA, 2nd year. after I qualify as NA how long would the RN top up be?', role: 'nurse-adult', from: 'trainee-nursing-associate' },
  ],
  'a career history by years ("porter 2012-2016, ward clerk 2020-now"): the job whose years run to now is held, the closed ones are past': [
    { text: 'porter 2012-2016, domestic 2016-2020, ward clerk 2020-now. what are my options?', role: null, from: 'administrator' },
    { text: 'HCA 2015-2019 then phlebotomist 2019-present, how do I become an AP?', role: 'assistant-practitioner', from: 'phlebotomist' },
  ],
  'a job held said with "works on" or "stepped up to" (a move already made): the job held, not a goal': [
    { text: 'My daughter works on the IT service desk and wants to be a data analyst, what does she need?', role: 'data-analyst', from: 'digital-support-technician' },
    { text: 'just stepped up to band 6 team leader in medical records, any leadership courses?', role: null, from: 'team-leader' },
    { text: 'I stepped up to ward manager last month, what leadership training is there?', role: null, from: 'service-manager' },
  ],
  'the job held told by its work ("I work like a helper in the pharmacy", "I do 999 calls"), or its name in brackets after the work, or spelled out ("speech and language therapy assistant")': [
    { text: 'i work like a helper in the pharmacy, packing the boxes for the wards. what next?', from: 'pharmacy-support-worker' },
    { text: 'I push the tea trolley round the wards (ward host). Could I move into something else?', role: null, from: 'catering-assistant' },
    { text: 'i do 999 calls at the moment, how do i become a paramedic', role: 'paramedic', from: 'call-handler' },
    { text: 'speech and language therapy assistant here, band 4, what are my options', role: null, from: 'therapy-assistant' },
  ],
  '"wants to move into data", "wanting to move into data": the goal is the data analyst': [
    { text: "I'm a ward clerk wanting to move into data, where do I start?", role: 'data-analyst', from: 'administrator' },
    { text: 'my colleague on reception wants to move into data, how does she start', role: 'data-analyst' },
  ],
  'a job others put forward ("all the physios say go for physio", "my manager says go for nursing") set aside by "but honestly I want…", or a goal given up ("I thought I wanted midwifery but no, not for me")': [
    { text: 'the physios all say go for physio but honestly i want to help people with their speech, so SLT?', role: 'speech-and-language-therapist' },
    { text: 'my manager says go for nursing but honestly i want to work with the babies, so midwifery?', role: 'midwife', from: null },
    { text: 'i thought i wanted midwifery but no, not for me. maybe childrens nursing?', role: 'nurse-children', from: null },
  ],
  'a general job name ("a nurse") whose usual job is then ruled out ("but not adult nursing"), with a field named after it: the job of that field': [
    { text: 'I want to be a nurse but not adult nursing, learning disabilities', role: 'nurse-learning-disability' },
    { text: 'want to train as a nurse, not adult nursing though, children', role: 'nurse-children' },
  ],
  'a nurse recruited from abroad who already works here as one (a preceptee, "weeks in as"): the job held; and "feel like an HCA again", a likeness, is no goal': [
    { text: "I'm a preceptor for an overseas nurse who joined in May, how can I help her plan her career?", role: null, from: 'nurse-adult', onBehalf: true },
    { text: '3 weeks in as an internationally educated nurse, still waiting for my IV training, is that normal?', role: null, from: 'nurse-adult' },
    { text: 'I feel like an HCA again most days, not a nurse. Is that normal in preceptorship?', role: null },
  ],
  'a returner: the one job told in the past, with its band ("before that I was a band 4 …"), then "get back in" or "return": that job is the goal, and no job is held': [
    { text: 'I was a band 5 dietitian before I took ten years out for my children. How do I get back in?', role: 'dietitian', from: null },
    { text: 'Before my illness I was a band 3 phlebotomist. is there a way back in after 4 years out?', role: 'phlebotomist', from: null },
    { text: 'I used to be a radiographer, took 8 years out for the kids. how do I return?', role: 'radiographer', from: null },
  ],
  'a write-up of one\'s career asked for, or "what is right for me": a career conversation; "could you give some ideas" for someone: options': [
    { text: 'can you write a summary of my career so far for my new manager? band 6 physio since 2019, MSK lead now', intent: 'career_conversation' },
    { text: 'my team say do nursing, my partner says stay in admin, what is right for me', intent: 'career_conversation' },
    { text: 'my staff member wants off the wards, could you give some ideas', intent: 'options' },
  ],
  'someone the writer asks for, and where they work ("my husband works in the hospital kitchen", "she works on the tills"): their job held': [
    { text: 'my husband works in the hospital kitchen, he wants to become a porter. how does he do it', role: 'porter', from: 'catering-assistant' },
    { text: 'my son works in the hospital kitchen, can he apply to be a porter', role: 'porter', from: 'catering-assistant' },
    { text: 'she works on the tills in the canteen, wants to be a receptionist, how does she start', role: 'administrator', from: 'catering-assistant' },
  ],
  'kitchen and lab work told by its tasks ("the tea trolley", "the glassware and the media") or a local title ("lab helper"): the job held': [
    { text: 'my sister works on the tea trolley and wants to be a ward clerk, what does she need', role: 'administrator', from: 'catering-assistant' },
    { text: "I've done the tea trolley on elderly care for 3 years, could I be a HCA", role: 'hcsw-band-2', from: 'catering-assistant' },
    { text: 'i do the glassware and make up the media in the lab, how do i become a biomedical scientist', role: 'biomedical-scientist', from: 'healthcare-science-assistant' },
    { text: "I'm a lab helper in haematology, could I train as a biomedical scientist?", role: 'biomedical-scientist', from: 'healthcare-science-assistant' },
  ],
  '"I do the payroll": a job\'s field after "I do the", with nothing after it that it names, is the work the writer does': [
    { text: "I do the payroll at the trust and I'd love a proper career chat", role: null, from: 'payroll-officer' },
    { text: 'i do the payroll. thinking about leaving, can we talk', role: null, from: 'payroll-officer' },
  ],
  'the work itself, then "all day" or "all shift", with no wish ("answering 111 calls all day"): the job held': [
    { text: "answering 111 calls all day, I'm exhausted. who can I talk to", role: null, from: 'call-handler' },
    { text: 'taking the 999 calls all shift, need to talk about my career', role: null, from: 'call-handler' },
  ],
  'a ward, then a registered band said to be new ("preceptorship in ICU, newly qualified band 5"): a ward nurse': [
    { text: 'second week of preceptorship in ICU, newly qualified band 5 and finding the nights hard', from: 'nurse-adult' },
    { text: 'on a surgical ward, new band 5, how do I get into ACP eventually', role: 'advanced-clinical-practitioner', from: 'nurse-adult' },
  ],
  'a support band in a place with no job named ("stuck at band 3 in the lab"): that place\'s assistant': [
    { text: 'been at band 3 in the lab since 2019, can we chat about my future', role: null, from: 'healthcare-science-assistant' },
    { text: "still band 3 in the lab after 6 years, what's next", role: null, from: 'healthcare-science-assistant' },
    { text: "i'm band 2 in the kitchens and want to talk about my future", role: null, from: 'catering-assistant' },
  ],
  'a move made to a job with its band before it ("moved from band 2 HCA to band 3 ward clerk"): the new job is held, and its band is no job of its own': [
    { text: 'moved from band 2 hca to band 3 phlebotomist in march, can you update me', role: null, from: 'phlebotomist' },
    { text: 'moved from band 2 HCA to band 3 ward clerk last week, please update my profile', role: null, from: 'administrator' },
  ],
  'a job in a field named past one word of its own ("receptionist in community nursing"): the field is where the job is, not a job': [
    { text: 'receptionist in community nursing, how do I become a clinical coder', role: 'clinical-coder', from: 'administrator' },
    { text: "I'm the team clerk in community nursing and want to be a medical secretary", role: 'medical-secretary', from: 'administrator' },
    { text: 'an admin in community nursing, want to become a medical secretary', role: 'medical-secretary', from: 'administrator' },
  ],
  '"is data analysis something I could actually move into": a field asked about as a goal, with a word of how likely between': [
    { text: 'Is data analysis something I could actually move into with no degree?', role: 'data-analyst', from: null },
  ],
  'a band written "AfC 6", "afc band 4" or "afc3": the band of the job held': [
    { text: 'physio AfC 6 how long til ACP', role: 'advanced-clinical-practitioner', from: 'physiotherapist' },
    { text: 'HCA AfC 3, want to be a nursing associate', role: 'nursing-associate', from: 'hcsw-band-3' },
  ],
  'a job with its own band opening the message, then a question and another job ("OT band 6 how long until ACP"): the first is held, the other wanted': [
    { text: 'OT band 6 how long until ACP', role: 'advanced-clinical-practitioner', from: 'occupational-therapist' },
    { text: 'dietitian b6 how long before ACP', role: 'advanced-clinical-practitioner', from: 'dietitian' },
  ],
  'a postgraduate course or an application right after a job ("drama therapy MSc", "my TNA application", a misspelt "statemnt"): the job aimed at': [
    { text: 'drama therapy MSc, does the NHS pay for it? hcsw b2 in outpatients', role: 'drama-therapist', from: 'hcsw-band-2' },
    { text: 'physio msc worth it? hcsw b3 on the stroke unit', role: 'physiotherapist', from: 'hcsw-band-3' },
    { text: 'help with my TNA application pls', role: 'trainee-nursing-associate', from: null },
    { text: 'nursing associate application statemnt help', role: 'nursing-associate', from: null },
  ],
  'a course "for" a job with its own band ("maths course for porter band 2"): a course for the writer, in the job held': [
    { text: 'maths course for porter band 2?', role: null, from: 'porter' },
    { text: 'functional skills course for HCA b3', role: null, from: 'hcsw-band-3' },
    { text: 'english course for domestic b2 pls', role: null, from: 'domestic-assistant' },
  ],
  'goals listed and closed by a question mark, then a job with its band ("physio or OT?? therapy assistant in stroke b3"): the last job is held, not one more goal': [
    { text: 'physio or OT?? therapy assistant in stroke b3', role: 'physiotherapist', from: 'therapy-assistant' },
    { text: 'nursing or midwifery??? MSW on the labour ward band 3', role: 'nurse-adult', from: 'maternity-support-worker' },
  ],
  'a job opening the message, then an arrow or "to" and a job the bot has no role for ("porter -> chef?"): the job named is held': [
    { text: 'porter -> chef?', role: null, from: 'porter' },
    { text: 'receptionist to teacher?', role: null, from: 'administrator' },
  ],
  '"any routes up", "routes up?" after a job and its band: the options from the job held': [
    { text: 'domestic b2 any routes up', intent: 'options', role: null, from: 'domestic-assistant' },
    { text: 'kitchen porter b2 - routes up?', intent: 'options', role: null, from: 'catering-assistant' },
  ],
  'short job names staff use: "SSW" a senior support worker, "EMT" an emergency medical technician (read as the associate ambulance practitioner, as the corpus has it)': [
    { text: 'SSW on the rehab ward, want to be a nurse', role: 'nurse-adult', from: 'senior-hcsw' },
    { text: 'SSW band 3 - how do i become a nursing associate', role: 'nursing-associate', from: 'senior-hcsw' },
    { text: 'EMT now, how do i become a paramedic', role: 'paramedic', from: 'associate-ambulance-practitioner' },
    { text: 'want to be an EMT, im a porter', role: 'associate-ambulance-practitioner', from: 'porter' },
  ],
  'short forms of words: "mgmt" is management ("project mgmt"), "precep" is preceptorship (a check-in)': [
    { text: 'admin b4 want to move into project mgmt', role: 'project-manager', from: 'administrator' },
    { text: 'what is the route into project mgmt from band 3 admin', role: 'project-manager', from: 'administrator' },
    { text: 'precep wk 8 RN, feeling better', intent: 'checkin', role: null, from: 'nurse-adult' },
    { text: 'precep ODP wk 3, feelin ok', intent: 'checkin', from: 'operating-department-practitioner' },
  ],
  'a career summary asked for, to send to a manager: a career conversation': [
    { text: 'career summary pls, for my line manager', intent: 'career_conversation' },
  ],
  'someone of the writer\'s family and their job ("My wife is a domestic… she wants…"), before any job of the writer\'s own: asked for them, their job held': [
    { text: "My wife is a domestic at the hospital and asked me to send this as she doesn't use Teams much. She wants to work in the kitchens or maybe be a ward housekeeper, she'd prefer the kitchens. How does she move across?", onBehalf: true },
    { text: 'my mum is a domestic and she wants to work in the kitchens, how does she move across', role: 'catering-assistant', from: 'domestic-assistant', onBehalf: true },
    { text: "My daughter is a band 2 HCA, she'd like to do her nursing. What are her options?", from: 'hcsw-band-2', onBehalf: true },
    { text: 'My husband works as a porter and he would like to become a phlebotomist, what does he need?', role: 'phlebotomist', from: 'porter', onBehalf: true },
    { text: "I'm a HCSW in outpatients, band 2, mostly doing height and weight and chaperoning. My partner is a paramedic and I've always fancied it but I'm 38 and worried I'm too old for uni. Is there a paid route with an ambulance trust?", role: 'paramedic', from: 'hcsw-band-2', onBehalf: false },
  ],
  'a move already made told first ("I was redeployed to…"), then a question of routes from the job held: options, not a change to the profile': [
    { text: "I was redeployed to the discharge team from the sterilisation unit and my old job isn't coming back. I'm band 3 admin now. What routes are there from admin?", intent: 'options' },
    { text: "Got redeployed to the switchboard when the clinic shut, I'm band 2 admin now. What routes are open to me from here?", intent: 'options' },
    { text: "I was redeployed to the porters from catering and the old post has gone. What can I go on to from portering?", intent: 'options' },
  ],
  'an appeal against one\'s own banding review or regrade is a pay matter the bot does not deal with': [
    { text: 'My band 2 to band 3 banding review was refused, I want to appeal it. Who do I contact?', intent: 'unknown' },
    { text: 'my regrade to band 4 got turned down, how do I appeal it', intent: 'unknown' },
    { text: 'banding review said no to band 3 for me, who do I see to challenge that', intent: 'unknown' },
  ],
  'a course asked for first ("any advanced excel or power BI courses?"), then the job held and a goal it leads towards: a question about learning': [
    { text: 'any advanced excel or power BI courses? admin band 3, want to move towards data analyst', intent: 'resources' },
    { text: 'any SQL courses going? med sec band 4, want to move towards information analyst', intent: 'resources' },
    { text: 'power BI course? ward clerk band 2, hoping to head towards data work', intent: 'resources' },
  ],
  'a move already made, said with "redeployed" or "seconded", or told the other way round ("redeployed to the phlebotomy team from outpatients admin"): the job moved to is held, the one left is past': [
    { text: "For your records, I've been redeployed to the phlebotomy team from outpatients admin, same band 2", role: null, from: 'phlebotomist' },
    { text: 'Got redeployed from outpatients admin to the discharge lounge as an HCA after the restructure. Turns out I love patient care!! Would like to go all the way to nursing associate. Band 2.', role: 'nursing-associate', from: 'hcsw-band-2' },
    { text: 'got redeployed from the ward to outpatients as a receptionist, want to become a medical secretary', role: 'medical-secretary', from: 'administrator' },
    { text: 'seconded to the phlebotomy team from my HCA job, could I become an assistant practitioner', role: 'assistant-practitioner', from: 'phlebotomist' },
  ],
  '"as" after a move told in the past ("came back in January as receptionist", "moved into the lab last spring as an assistant"): the job held now, not a goal': [
    { text: 'I was an audiology assistant for 3 years before going on maternity leave, came back in January as receptionist in ENT because the hours suit better with nursery. Would like to get back to audiology and actually qualify as an audiologist when the kids are bigger. Is there a part time route at all?', role: 'audiologist', from: 'administrator' },
    { text: 'not a porter any more, moved into the lab last spring as an assistant, booking in and spinning samples mostly. long term id like to be a biomedical scientist but no degree, left school at 16. realistic or not?', role: 'biomedical-scientist', from: 'healthcare-science-assistant' },
    { text: 'after my career break I came back as a ward clerk, how do I become a medical secretary', role: 'medical-secretary', from: 'administrator' },
    { text: 'I moved into pharmacy last year as a support worker, how do I become a pharmacy technician', role: 'pharmacy-technician', from: 'pharmacy-support-worker' },
  ],
  '"now back to bank HCA", "now I\'m doing the admin for the hub": the work taken up now, after a move told, is the job held': [
    { text: 'Was redeployed twice in 2 years (outpatients, then the vaccination centre, now back to bank HCA). I feel like my career just happened to me. Would like to sit down and plan it properly this time.', role: null, from: 'hcsw-band-2' },
    { text: "I was redeployed to the vaccination hub during covid from my job as a catering assistant and never really went back. now I'm doing the admin for the hub which is closing in march. I think I want to be a clinical coder, I liked the data bit. where do I start", role: 'clinical-coder', from: 'administrator' },
    { text: 'did a year in the lab, now back to portering, how do I become a supervisor', role: 'facilities-supervisor', from: 'porter' },
    { text: "I was redeployed to the discharge lounge from my job as a catering assistant, now I'm doing the admin there. how do I become a medical secretary", role: 'medical-secretary', from: 'administrator' },
  ],
  'a job ruled out by "not wanting to be", "not looking to be", "not planning to become"': [
    { text: "I'm a maternity support worker but NOT wanting to be a midwife (everyone assumes!). I'd really like to do the psychological wellbeing practitioner training. Is that possible from here?", role: 'psychological-wellbeing-practitioner', from: 'maternity-support-worker' },
    { text: 'HCA here, not looking to be a nurse, what about the assistant practitioner route', role: 'assistant-practitioner', from: 'hcsw-band-2' },
    { text: 'porter, not planning to become a supervisor, but could I do phlebotomy', role: 'phlebotomist', from: 'porter' },
  ],
  'a job the writer doubts still fits them ("not sure the ward clerk job still fits me") is the job held': [
    { text: 'feeling lost since coming back from mat leave, not sure the ward clerk job still fits me. chat?', role: null, from: 'administrator' },
    { text: 'not sure my HCA job is still right for me, can we chat', role: null, from: 'hcsw-band-2' },
    { text: 'wondering if the porter role still suits me after 10 years', role: null, from: 'porter' },
  ],
  'a job held abroad, said as where the writer worked and then the job ("I was working in Spain like nurse", "worked in India as a staff nurse"), gives way to the job held here': [
    { text: 'I was working in Spain like nurse, here my registration is not accepted yet. Now I work bank HCA and I want to be nurse for the children. What are the steps?', role: 'nurse-children', from: 'hcsw-band-2' },
    { text: 'I worked in India as a staff nurse for 5 years, now I am HCA, how do I get my NMC pin', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'worked in Poland like physio, here I am a therapy assistant. how to register as physio', role: 'physiotherapist', from: 'therapy-assistant' },
  ],
  '"ASW" (ambulance support worker) and "therapies assistant": short and local names of jobs': [
    { text: "I'm an ASW in the ambulance service but my knees are going and I can't lift any more. What can I do that's not on the road?", role: null, from: 'ambulance-support-worker' },
    { text: 'ASW on the road 4 years, how do I become a paramedic', role: 'paramedic', from: 'ambulance-support-worker' },
    { text: "I'm a therapies assistant in paeds, band 3. The kids team suggested I look at OT but actually it's speech therapy I'm drawn to, not OT. what qualifications do I need", role: 'speech-and-language-therapist', from: 'therapy-assistant' },
    { text: 'therapies assistant band 4, can I do the OT apprenticeship', role: 'occupational-therapist', from: 'therapy-assistant' },
  ],
  'a short name, then in brackets the job it stands for ("PSW band 3 (peer support)"): that job': [
    { text: "Mental health and wellbeing practitioner - how do I train for it? I'm a PSW band 3 (peer support) in the community team", role: 'mental-health-wellbeing-practitioner', from: 'peer-support-worker' },
    { text: 'im a PSW (peer support worker), could i become a PWP', role: 'psychological-wellbeing-practitioner', from: 'peer-support-worker' },
    { text: 'HCA (hearing care assistant) band 3, how do I become an audiologist', role: 'audiologist', from: 'hearing-care-assistant' },
  ],
  'a job opening the message with its band, then "thinking of becoming" a job the bot has no role for: the job held': [
    { text: 'dental nurse band 4 in the maxfax clinic. thinking of becoming a hygienist, how?', role: null, from: 'dental-nurse' },
    { text: 'porter band 2 on nights. thinking of becoming an electrician, how?', role: null, from: 'porter' },
    { text: 'domestic band 2 in outpatients. thinking of becoming a chef', role: null, from: 'domestic-assistant' },
  ],
  '"the patients who come in for day surgery": "who" after the people cared for tells of them, not of a job wanted': [
    { text: "I look after the patients who come in for day surgery - obs, getting them changed, walking them down to theatre. Band 3. I'd like to be the one inside theatre doing the anaesthetic side", role: 'operating-department-practitioner', from: 'hcsw-band-3' },
    { text: "I look after the patients who come in for endoscopy, obs and cannulas. I'd like to be the one doing the anaesthetic side in theatre", role: 'operating-department-practitioner' },
  ],
  'of two bands, one a goal ("the band 4 role"), the one the writer says they are on ("currently band 3", "I\'m band 3") is the band of the job held': [
    { text: 'Progression from ward HCA to the one who can give meds and do dressings on their own caseload, the band 4 role?? currently band 3', from: 'hcsw-band-3' },
    { text: 'I\'m a HCA, I\'m band 3, thinking about band 5 nursing roles eventually', from: 'hcsw-band-3' },
  ],
  'a field\'s name before a place word ("on the physio gym", "in the x-ray room", "the dialysis bay") is where the writer works, not a goal': [
    { text: 'I help people with their exercises on the physio gym, what\'s the next step up from rehab assistant?', intent: 'options', role: null, from: 'therapy-assistant' },
    { text: 'i work in the x-ray room as a support worker, what are my options', role: null, from: 'hcsw-band-2' },
    { text: 'im a HCA in the dialysis bay, what\'s next for me', role: null, from: 'hcsw-band-2' },
  ],
  'the job held told by everyday work the roles had no words for (sitting with patients, helping them to the toilet, doing the cleaning, cleaning ear moulds, newborn hearing screens, restocking theatres, notes and letters, sample sorting, working with the AHPs)': [
    { text: 'what can i become? i sit with patients on the mental health ward, do their obs and sit with them when theyre upset', role: null, from: 'hcsw-band-2' },
    { text: 'i sit with patients on the dementia ward and help them to the toilet, how do i become a nurse', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'path into peer support work? I\'ve got lived experience of psychosis and I currently do the cleaning on the MH unit', role: 'peer-support-worker', from: 'domestic-assistant' },
    { text: 'I do the newborn hearing screening on the postnatal ward, can I train as a midwife', role: 'midwife', from: 'maternity-support-worker' },
    { text: 'courses on interview skills? I do the notes and letters on the ward and keep failing interviews', role: null, from: 'administrator' },
    { text: 'I work in the lab doing the sample sorting, band 2. remember that', role: null, from: 'healthcare-science-assistant' },
    { text: 'options please. i work with the AHPs doing assessments on the falls team', role: null, from: 'therapy-assistant' },
    { text: 'I restock the theatres and check the sterile kit, how do I become an ODP', role: 'operating-department-practitioner', from: 'theatre-support-worker' },
  ],
  'a goal told by its work ("running the cleaning team", "sorts out the laptops and passwords", "leading a team"), after "step up to", "get to" or "into"; and "done the domestic job 4 yrs" is the job held': [
    { text: 'How do I step up to running the cleaning team for my zone? Done the domestic job 4 yrs', role: 'facilities-supervisor', from: 'domestic-assistant' },
    { text: 'im a domestic, how do i get to lead the cleaning team', role: 'facilities-supervisor', from: 'domestic-assistant' },
    { text: 'Want to be someone who sorts out the laptops and passwords for staff when they break. What do I need? I work as a ward clerk on AMU', role: 'digital-support-technician', from: 'administrator' },
    { text: 'how do I get into leading a team? I\'m a porter', role: 'team-leader', from: 'porter' },
    { text: 'how do I become a phlebotomist, done the porter job 6 years', role: 'phlebotomist', from: 'porter' },
  ],
  'what the writer does, told with "I go", "I greet" or "I raise" ("I go into people\'s homes to help them get washed and dressed", "I greet people and check them in")': [
    { text: 'i go into peoples homes to help them get washed and dressed on the reablement team. want to be a district nurse one day', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'I greet people and check them in at the GP-style desk in the urgent treatment centre. how do I get to be a medical secretary', role: 'medical-secretary', from: 'administrator' },
    { text: 'i raise purchase orders for the wards, what else could i do', role: null, from: 'administrator' },
    { text: 'I go round the wards with the tea trolley, how do I become a HCA', role: 'hcsw-band-2', from: 'catering-assistant' },
  ],
  'a sentence or clause opening on where the writer works, with no "I" ("… 999 calls. work in the canteen atm", "…, working on the patient transport desk")': [
    { text: 'wat do i need to do to b the one who answers 999 calls. work in the canteen atm serving dinners', role: 'call-handler', from: 'catering-assistant' },
    { text: 'i want to be a phlebotomist, working on the patient transport desk booking ambulances right now', role: 'phlebotomist', from: 'administrator' },
    { text: 'how do i become a porter, work in the canteen at the moment', role: 'porter', from: 'catering-assistant' },
    { text: 'options? work in the kitchens atm doing the breakfasts', role: null, from: 'catering-assistant' },
  ],
  '"I\'m the person who restocks the theatres", "I\'m the one who pushes the beds": the writer told by their work, not a goal': [
    { text: 'Not sure what I want next. I\'m the person who restocks the theatres and checks the sterile kit dates. help me think it through?', role: null, from: 'theatre-support-worker' },
    { text: 'I\'m the one who pushes the beds between wards all day, what can I move on to', role: null, from: 'porter' },
  ],
  'a field named after "in" ("I work in audiology doing the hearing aid repairs"): what the writer does there says which of its jobs is theirs': [
    { text: 'what are my options? I work in audiology doing the hearing aid repairs and battery drop-in', role: null, from: 'hearing-care-assistant' },
    { text: 'Could I become the person who does the hearing tests in clinic? Right now I book patients in and clean the ear moulds in audiology', from: 'hearing-care-assistant' },
    { text: 'i work in audiology cleaning the ear moulds, how do i become an audiologist', role: 'audiologist', from: 'hearing-care-assistant' },
  ],
  'the one the writer works under ("the wound clinic under the tissue viability nurse") is not their job; "I\'m the band 3 who…" is the support worker of that band': [
    { text: 'my manager says I should think about the assistant practitioner role. what\'s involved? I\'m the band 3 who does the wound clinic under the tissue viability nurse', role: 'assistant-practitioner', from: 'hcsw-band-3' },
    { text: 'I run the leg ulcer clinic under the district nurses, band 3, how do I become a nursing associate', role: 'nursing-associate', from: null },
    { text: 'I do the ECGs under the cardiac physiologists, what are my options', role: null, from: 'healthcare-science-assistant' },
    { text: 'I\'m the band 2 who does the teas on ward 4, can I become a nurse', role: 'nurse-adult', from: 'hcsw-band-2' },
  ],
  'local words for jobs held: "porting" for portering, "radiotherapy helper" or "x-ray helper" for a support worker, "theatre support staff", "the reception and phones"': [
    { text: 'ive been porting for 6 yrs mostly pushing beds between wards and theatres. what else is out there for someone like me', role: null, from: 'porter' },
    { text: 'been porting 3 years, how do i become a paramedic', role: 'paramedic', from: 'porter' },
    { text: 'what do i need to become a radiotherapy radiographer? the ones who line people up on the linac. i\'m a radiotherapy helper band 2', role: 'therapeutic-radiographer', from: 'hcsw-band-2' },
    { text: 'theatre support staff here, how do i become an ODP', role: 'operating-department-practitioner', from: 'theatre-support-worker' },
    { text: 'how do i get from doing the reception and phones in estates to being an estates supervisor', role: 'facilities-supervisor', from: 'administrator' },
  ],
  'wanting to work on or in a team ("I want to work on the clinical coding team") is wanting its job': [
    { text: 'I want to work on the clinical coding team. I\'m currently scanning and prepping case notes in medical records', intent: 'pathway', role: 'clinical-coder', from: 'administrator' },
    { text: 'i would love to work in the phlebotomy team, im a domestic', role: 'phlebotomist', from: 'domestic-assistant' },
    { text: 'I\'d like to work on the coding team, I\'m a ward clerk', role: 'clinical-coder', from: 'administrator' },
  ],
  'a job named at the band wanted, "from" the band held ("how do i get band 3 hca from band 2"): the same job one band down is held': [
    { text: 'how do i get band 3 hca from band 2', role: 'hcsw-band-3', from: 'hcsw-band-2' },
    { text: 'how do i get band 3 hcsw from band 2', role: 'hcsw-band-3', from: 'hcsw-band-2' },
    { text: 'how would i get band 3 healthcare assistant from band 2?', role: 'hcsw-band-3', from: 'hcsw-band-2' },
  ],
  'the job held told in text-speak by its work: "clean the bays", "take pts down to theatres", "do bloods n ecgs"': [
    { text: 'i make the teas n clean the bays, want hca job', role: 'hcsw-band-2', from: 'domestic-assistant' },
    { text: 'i take pts down to theatres and xray all day, what else could i do', intent: 'options', role: null, from: 'porter' },
    { text: 'i take pts to xray n back all shift, can i be a radiographer', role: 'radiographer', from: 'porter' },
    { text: 'i do bloods n ecgs on opd, band 3, whats my next move', role: null, from: 'phlebotomist' },
  ],
  'a general job wanted by another of its names ("team lead"), narrowed by the family of the job held: a facilities team leader': [
    { text: 'team lead job, how do i get 1? domestics b2', role: 'facilities-supervisor', from: 'domestic-assistant' },
    { text: 'how do i become a team lead, porter b2', role: 'facilities-supervisor', from: 'porter' },
    { text: 'catering asst b2, want to be a team lead', role: 'facilities-supervisor', from: 'catering-assistant' },
  ],
  'two goals joined by a bare "then" ("want AAP then para"): the first is the one wanted, the second a later step': [
    { text: 'lab asst b2 want healthcare sci practitioner then clinical scientist', role: 'healthcare-science-practitioner', from: 'healthcare-science-assistant' },
    { text: 'want to be a TNA then RN, im a hca', role: 'trainee-nursing-associate', from: 'hcsw-band-2' },
    { text: 'porter. want to be an ECA then paramedic', role: 'ambulance-support-worker', from: 'porter' },
  ],
  'short forms typed in a hurry: "snr" for senior, "wnt 2b" for want to be, "knw" for know': [
    { text: 'whats above snr hcsw', intent: 'options', role: null, from: 'senior-hcsw' },
    { text: 'update - snr hcsw b3', from: 'senior-hcsw' },
    { text: 'snr hca on ward 7, how do i become a nurse', role: 'nurse-adult', from: 'senior-hcsw' },
    { text: 'wnt 2b a service manager 1 day. team leader b4 outpatients', intent: 'pathway', role: 'service-manager', from: 'team-leader' },
    { text: 'need to knw how to be a midwife. snr hca', role: 'midwife', from: 'senior-hcsw' },
  ],
  'short local names of a job: "TA", "HCSA", "lab support", "hc sci associate", "IT desk", "cater asst", "HCA audiology" (and a TA in a school is no therapy assistant)': [
    { text: 'SLT pls. im a TA in paeds, bnd 3', role: 'speech-and-language-therapist', from: 'therapy-assistant' },
    { text: 'speech therapist or dietician? TA band 4 in community', role: 'speech-and-language-therapist', from: 'therapy-assistant' },
    { text: 'route to BMS from HCSA band 3?', role: 'biomedical-scientist', from: 'healthcare-science-assistant' },
    { text: 'lab support b2 options??', intent: 'options', role: null, from: 'healthcare-science-assistant' },
    { text: 'hc sci associate pls. mla band 3', role: 'healthcare-science-associate', from: 'healthcare-science-assistant' },
    { text: 'it desk b3 options', intent: 'options', role: null, from: 'digital-support-technician' },
    { text: 'need to knw how to be a dietitan. cater asst', role: 'dietitian', from: 'catering-assistant' },
    { text: 'snr hca audiology b3 options', intent: 'options', role: null, from: 'senior-hearing-care-assistant' },
    { text: 'hca in audiology, how do i become an audiologist', role: 'audiologist', from: 'hearing-care-assistant' },
  ],
  'a band written onto "bnd" ("bnd4"), and "rn" after a job and its band, which is "right now"': [
    { text: 'ACP eventually. NA bnd4 rn', role: 'advanced-clinical-practitioner', from: 'nursing-associate' },
    { text: 'nurse one day. hca bnd2 rn', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'how do i get to be a TNA, im hcsw bnd3', role: 'trainee-nursing-associate', from: 'hcsw-band-3' },
  ],
  'a job named, then after "??" or a comma the job held ("ambulance tech?? porter atm"): the first is a goal, not where the second works': [
    { text: 'ambulance tech?? porter atm', role: 'ambulance-support-worker', from: 'porter' },
    { text: 'wanna get into 999 call handling, domestic rn', role: 'call-handler', from: 'domestic-assistant' },
    { text: 'pharmacy tech? porter b2', role: 'pharmacy-technician', from: 'porter' },
  ],
  'a job opening the message with its band, then "how to become" a job the bot has no role for, written with no "a" ("how to become hygienist"), is the job held': [
    { text: 'dental nurse b4 how to become hygienist', role: null, from: 'dental-nurse' },
    { text: 'porter b2 how to become electrician', role: null, from: 'porter' },
    { text: 'hca band 2 how do i become a nurse', role: 'nurse-adult', from: 'hcsw-band-2' },
  ],
  '"theatre sw": a short form of theatre support worker': [
    { text: 'wat quals 4 ODP, theatre sw b3', role: 'operating-department-practitioner', from: 'theatre-support-worker' },
    { text: 'im a theatre sw, can i do the ODP apprenticeship', role: 'operating-department-practitioner', from: 'theatre-support-worker' },
  ],
  'CPD and its funding, and an advanced Excel course, asked for in a job held, are questions about learning': [
    { text: 'CPD for BMS band 5 any funding', intent: 'resources', role: null, from: 'biomedical-scientist' },
    { text: 'CPD funding for band 5 radiographers?', intent: 'resources', role: null, from: 'radiographer' },
    { text: 'payroll officer b4 need advanced excel course', intent: 'resources', role: null, from: 'payroll-officer' },
    { text: 'ward clerk b3 looking for an advanced excel course', intent: 'resources', role: null, from: 'administrator' },
  ],
  'training in a job\'s skill for a purpose that is not that job ("phlebotomy training so i can take bloods on the ward") is no goal': [
    { text: 'need phlebotomy training so i can take bloods on the ward im HCA b2', role: null, from: 'hcsw-band-2' },
    { text: 'phlebotomy course so i can do bloods for my patients, im a senior hca', role: null, from: 'senior-hcsw' },
    { text: 'want to do a phlebotomy course so i can become a phlebotomist', role: 'phlebotomist', from: null },
  ],
  'a job named after how far the writer is into it ("preceptorship wk 12 ODP…", "month 2 of preceptorship, RN on…") is the job held': [
    { text: 'preceptorship wk 12 ODP in main theatres feeling more confident', role: null, from: 'operating-department-practitioner' },
    { text: 'month 2 of preceptorship, RN on respiratory, getting there', role: null, from: 'nurse-adult' },
    { text: 'probation nearly done, phleb in outpatients, loving it', role: null, from: 'phlebotomist' },
    { text: 'week 3 of induction new porter, still getting lost', role: null, from: 'porter' },
  ],
  'a move wished for into a team or side ("can i move to catering side"): joining it is taking its job, the goal': [
    { text: 'im domestic can i move to catering side', role: 'catering-assistant', from: 'domestic-assistant' },
    { text: 'im a porter, can i move to domestic side', role: 'domestic-assistant', from: 'porter' },
    { text: 'im catering can i move to the portering side', role: 'porter', from: 'catering-assistant' },
    { text: 'hca here, could i transfer to the phlebotomy team', role: 'phlebotomist', from: 'hcsw-band-2' },
  ],
  'a job described, then "what job is that": the words before the question describe the job wanted': [
    { text: 'i have lived experience of mental health and want to use it to help others on the wards what job is that', role: 'peer-support-worker', from: null },
    { text: 'been through mental health services myself, want to help others with my lived experience, which job is that', role: 'peer-support-worker', from: null },
    { text: 'i love fitting hearing aids for old people, what job is that', role: 'hearing-aid-dispenser', from: null },
    { text: 'someone who does the ecgs on the wards, which job is that? im a porter', role: 'healthcare-science-assistant', from: 'porter' },
  ],
  'a job named first with its band, then "I want the job where you…": the job described is the goal even when its words also fit the job named, which is held': [
    { text: 'receptionist in outpatients b2 i want the job where you type up clinic letters for the consultants', role: 'medical-secretary', from: 'administrator' },
    { text: 'ward clerk on b2 i want the job where you type up letters for the consultants', role: 'medical-secretary', from: 'administrator' },
    { text: 'admin b3 i want to be the one who types the clinic letters', role: 'medical-secretary', from: 'administrator' },
  ],
  'ward clerk work described ("I do the ward rota… at the nurses station"): the job held is the ward clerk, and the nurses\' station is a place, not a nurse': [
    { text: 'i do the ward rota n order stock n answer the phone at the nurses station what jobs could i move to', role: null, from: 'administrator' },
    { text: 'i sit at the nurses station and do the ward rota, what else could i do', role: null, from: 'administrator' },
    { text: 'i answer the phone and do the rotas on a surgical ward, how do i become a medical secretary', role: 'medical-secretary', from: 'administrator' },
  ],
  'a course already named for one job, then "for" another ("OT apprenticeship for rehab assistant b3"): the second is the job held': [
    { text: 'occupasional therapy apprentiship for rehab assistant b3', role: 'occupational-therapist', from: 'therapy-assistant' },
    { text: 'nursing degree apprenticeship for hca band 3, does the trust fund it', role: 'nurse-adult', from: 'hcsw-band-3' },
    { text: 'physio degree for a therapy assistant, can i do it part time', role: 'physiotherapist', from: 'therapy-assistant' },
    { text: 'is there a degree apprenticeship for OT', role: 'occupational-therapist', from: null },
  ],
  'a subject studied ("biomed grad", "psych degree") is neither the job held nor the goal': [
    { text: 'physician associate course, im biomed grad but working as hca b2', role: 'physician-associate', from: 'hcsw-band-2' },
    { text: 'clinical associate in psychology, need a psych degree?', role: 'clinical-associate-psychology', from: null },
    { text: 'how do i become a PA, im a biomed graduate working as a phleb', role: 'physician-associate', from: 'phlebotomist' },
    { text: 'do i need a psych degree to be a PWP', role: 'psychological-wellbeing-practitioner', from: null },
  ],
  'short names of healthcare science jobs: "HSA" is a healthcare science assistant; an associate practitioner "in micro", "in haem" is a healthcare science associate': [
    { text: 'HSA in cellular path b3 how do i move up to associate', role: 'healthcare-science-associate', from: 'healthcare-science-assistant' },
    { text: 'BMS registration portfolio how long, im band 4 associate practitioner in micro', role: 'biomedical-scientist', from: 'healthcare-science-associate' },
    { text: 'im a band 4 associate practitioner in haem, want to be a BMS', role: 'biomedical-scientist', from: 'healthcare-science-associate' },
    { text: 'HSA b3, where can i go from here', role: null, from: 'healthcare-science-assistant' },
  ],
  'short names of office and leadership jobs: "ops director" is a senior leader; "apprentice bus admin", "apprentice business admin" is the business administrator apprentice': [
    { text: 'service mgr 8a how do i get to 8b ops director level', role: 'senior-leader', from: 'service-manager' },
    { text: 'ward manager wanting to be ops director, what quals', role: 'senior-leader', from: 'service-manager' },
    { text: 'apprentice bus admin finishing in june whats next', role: null, from: 'business-administrator-apprentice' },
    { text: 'apprentice business admin, nearly done, what jobs can i apply for', role: null, from: 'business-administrator-apprentice' },
  ],
  'a job opening the message with its band ("payroll officer b4 …", "clinical coder b3 …"), with no question about getting into it, is the job held': [
    { text: 'payroll officer b4 need advanced excel course', role: null, from: 'payroll-officer' },
    { text: 'clinical coder b3 where can coding lead', role: null, from: 'clinical-coder' },
    { text: 'medical secretary b4 looking for a minute taking course', role: null, from: 'medical-secretary' },
    { text: 'phlebotomist b2 need to learn cannulation', role: null, from: 'phlebotomist' },
    { text: 'med secretary band 4 what do i need', role: 'medical-secretary', from: null },
  ],
  '"CPD for BMS", "induction done for new MSW job": CPD, induction, preceptorship or revalidation for a job is for the job held': [
    { text: 'CPD for BMS band 5 any funding', role: null, from: 'biomedical-scientist' },
    { text: 'induction done for new MSW job on postnatal bit nervous about baby checks', role: null, from: 'maternity-support-worker' },
    { text: 'induction for my new porter job what do i need to bring', role: null, from: 'porter' },
    { text: 'any CPD for physios', role: null, from: 'physiotherapist' },
  ],
  '"can a hca b2 become a doctor": the job asked about may have its band before or after it, and is still the job held': [
    { text: 'can a hca b2 become a doctor', role: null, from: 'hcsw-band-2' },
    { text: 'could a band 3 porter become a surgeon', role: null, from: 'porter' },
    { text: 'can a domestic band 2 become a chef', role: null, from: 'domestic-assistant' },
  ],
  "a job's training asked for by someone staying in their job (\"phlebotomy training … not wanting to change job, just add the skill\") is a skill, not a job wanted": [
    { text: 'Phlebotomy training - how do I get on the course? band 2 HCA in outpatients, not wanting to change job just add the skill', role: null, from: 'hcsw-band-2' },
    { text: "phlebotomy course for a ward clerk? I don't want to change jobs, just add the skill", role: null, from: 'administrator' },
    { text: 'Is there phlebotomy training for band 3 HCAs? Not looking to move, I just want to have that skill', role: null },
  ],
  '"can you remember that I want to be a radiographer?": a goal given to the bot to keep is a profile update, the goal kept as the role wanted': [
    { text: "Can you remember that I want to be a radiographer? I'm a band 2 HCA in imaging", intent: 'profile', role: 'radiographer', from: 'hcsw-band-2' },
    { text: "could you remember I want to be a dietitian, I'm a therapy assistant", intent: 'profile', role: 'dietitian', from: 'therapy-assistant' },
  ],
  "\"what CPD is funded for AHPs? I'm a band 5 OT\": funded learning for a profession is a resources question": [
    { text: "what CPD is funded for AHPs? I'm a band 5 OT", intent: 'resources', from: 'occupational-therapist' },
    { text: 'what CPD is funded for dietitians? band 6', intent: 'resources' },
    { text: 'what CPD does the trust fund for a band 5 SLT?', intent: 'resources' },
  ],
  'trained abroad, now in another job here, asking "what options/possibilities do I have": a question about options, not a route back to the job abroad': [
    { text: 'I was a lab technician in Ghana 6 years. Now I am HCA band 2 because my qualification is not recognised. What options do I have?', intent: 'options', from: 'hcsw-band-2' },
    { text: 'Hola, I am theatre support worker band 2, before I was nurse in Spain but I am not registered here yet. What possibilities I have?', intent: 'options', from: 'theatre-support-worker' },
    { text: 'In Romania I was a radiographer, here I am a porter band 2 because my papers are not accepted yet. What possibilities do I have?', intent: 'options', from: 'porter' },
  ],
  'the radiographer described by what the writer would do ("be the one actually taking the pictures")': [
    { text: "I take patients down to x-ray all day in wheelchairs and on trolleys and I'd love to be the one actually taking the pictures. how do I get there", role: 'radiographer', from: 'porter' },
    { text: "I'd love to be the one actually taking the pictures. how do I get there", role: 'radiographer' },
    { text: "I want to be the one who takes the pictures of people's bones, I'm an HCA in ED", role: 'radiographer', from: 'hcsw-band-2' },
  ],
  'a choice of two goals, the second cued as a goal ("PWP or the clinical associate in psychology role - which…"): the first named is the role wanted, the second another': [
    { text: "I've got a psychology degree but I'm a band 3 HCA on an acute mental health ward. PWP or the clinical associate in psychology role - which gets me closer to clin psych eventually?", role: 'psychological-wellbeing-practitioner', from: 'hcsw-band-3' },
    { text: 'band 2 porter. HCA or the phlebotomy job - which pays better long term?', role: 'hcsw-band-2', from: 'porter' },
    { text: "ODP or the TNA apprenticeship, which is quicker? I'm a theatre support worker", role: 'operating-department-practitioner', from: 'theatre-support-worker' },
  ],
  "a band after a question that ends in \"to\" (\"who do I talk to? band 3\") is the writer's band, not a band wanted": [
    { text: 'ECA 3 years on the road. Want my paramedic degree apprenticeship, who do I talk to? band 3', role: 'paramedic', from: 'ambulance-support-worker' },
    { text: 'HCA on ortho. Want my nursing degree apprenticeship, who do I speak to? band 2', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'theatre support worker. want my ODP apprenticeship, who do I apply to? band 3', role: 'operating-department-practitioner', from: 'theatre-support-worker' },
  ],
  "a lead job with its team in its name (\"the portering supervisor\", \"domestic supervisor\"), asking for \"a lad on my team\" or \"one of my girls\", gives the team's job as the one held, on that person's behalf": [
    { text: "Hiya, I'm the portering supervisor. Got a lad on my team, band 2, keen to get into the ambulance service. Best entry point for him - ECA? He's 23, full licence but no C1 yet.", role: 'ambulance-support-worker', from: 'porter', onBehalf: true },
    { text: "I'm the domestic supervisor and one of my girls wants to be an HCA, where does she start?", role: 'hcsw-band-2', from: 'domestic-assistant', onBehalf: true },
    { text: "catering supervisor here, there's a lad on my team who wants to be a chef, he's band 2", role: null, from: 'catering-assistant', onBehalf: true },
  ],
  "ESL: where the writer works, then after a comma a job on its own (\"i am working in kitchen of hospital, catering assistant.\"), is the job held, also when the goal is no role of the bot's": [
    { text: 'hello, i am working in kitchen of hospital, catering assistant. i want to be chef in future but in hospital. is possible?', role: null, from: 'catering-assistant' },
    { text: 'I work at the hospital in estates, porter. how i become electrician?', role: null, from: 'porter' },
    { text: 'i am working in the lab, MLA band 2. i want to be police officer, is possible?', role: null, from: 'healthcare-science-assistant' },
    { text: 'Hi, I work on the wards, a HCA. How do I become a plumber?', role: null, from: 'hcsw-band-2' },
  ],
  'a job wanted at a band above all of its own ("service manager 8a … get to 8b/8c general manager level") is the one role of its family at that band; "8a" alone is a band': [
    { text: 'service manager 8a in surgery, how do people usually get to 8b/8c general manager level', role: 'senior-leader', from: 'service-manager' },
    { text: "I'm a general manager on 8a, how would I get to an 8c operations manager post?", role: 'senior-leader', from: 'service-manager' },
    { text: 'band 7 ward manager, how do I get up to band 8b service manager', role: 'senior-leader', from: 'service-manager' },
    { text: 'ops manager 8a, what would I need to step up to 8b department manager', role: 'senior-leader', from: 'service-manager' },
  ],
  "\"my shifts on the 999 desk\", \"on the 111 line\": the desk or line of the calls is the call handler's job": [
    { text: 'I get really anxious before my shifts on the 999 desk. Is there any support?', role: null, from: 'call-handler' },
    { text: '3 years on the 111 desk, what else could I do?', role: null, from: 'call-handler' },
    { text: 'been on the 999 line 2 years, want to be a paramedic', role: 'paramedic', from: 'call-handler' },
    { text: 'nights on the 111 desk are wrecking my sleep, any help?', role: null, from: 'call-handler' },
  ],
  '"my preceptee is a band 5 staff nurse", "my mentee is…", "my colleague is…": the job of someone the writer brings on or works with is the person asked for': [
    { text: "My preceptee is a band 5 staff nurse on surgical. She's struggling with basic maths - fractions, percentages - and it's affecting her drug calcs. Anything I can point her to?", role: null, from: 'nurse-adult', onBehalf: true },
    { text: "My mentee is a band 3 HCA and she's really nervous about her interview, any tips I can share?", role: null, from: 'hcsw-band-3', onBehalf: true },
    { text: 'My apprentice is a business admin apprentice in outpatients, she needs help with her English functional skills', role: null, from: 'business-administrator-apprentice', onBehalf: true },
    { text: 'my colleague is an OT assistant and wants to know what she could go into.', from: 'therapy-assistant', onBehalf: true },
  ],
  '"3 weeks into the domestic job", "six weeks into my TNA": a job some days, weeks or months in is the job held, not a goal': [
    { text: "I'm 3 weeks into the domestic job on nights. Nobody's done my induction checklist yet", role: null, from: 'domestic-assistant' },
    { text: "I'm a month into the porter job and nobody has checked in on me", role: null, from: 'porter' },
    { text: "I'm 5 days into being a ward clerk, is there a checklist", role: null, from: 'administrator' },
    { text: 'Six weeks into my TNA, how do I fit study in around shifts', role: null, from: 'trainee-nursing-associate' },
  ],
  'a job with its band, making up the whole first part of a sentence ("Senior HCA band 3. Want to…", "Burnout. Band 6 BMS, 3 staff down"), is the job held': [
    { text: 'Burnout. Band 6 BMS, 3 staff down, on call every week.', role: null, from: 'biomedical-scientist' },
    { text: 'Senior HCA band 3. Want to do the level 5 foundation degree apprenticeship - how do I sign up and does my manager have to agree?', from: 'senior-hcsw' },
    { text: 'Porter band 2. Want to learn to drive, any help?', role: null, from: 'porter' },
    { text: 'Tired. Band 3 HCA, short staffed every shift.', role: null, from: 'hcsw-band-3' },
  ],
  '"X, but honestly it is Y I want": a job set against another after "but … it is" is the one preferred': [
    { text: "I've been permanent as a band 3 HCA in ED for 2 years now. Everyone says I should do my nursing but honestly it's the paramedics I watch and think, that's me. Can I get there from here at 44?", role: 'paramedic', from: 'hcsw-band-3' },
    { text: "people keep telling me to do nursing but really it's midwifery I want. I'm an MSW", role: 'midwife', from: 'maternity-support-worker' },
    { text: "I could do OT but honestly it's physio that I love, I'm a therapy assistant", role: 'physiotherapist', from: 'therapy-assistant' },
    { text: "my manager says I should go for the TNA but actually it's the ODP I'm drawn to. theatre support worker band 2", role: 'operating-department-practitioner', from: 'theatre-support-worker' },
  ],
  'people in a job who give advice, with a word of how often or where they work between ("the physios always say I would make a good rehab assistant"), are neither the job held nor the goal': [
    { text: "Joined the trust 2 years ago as a domestic on the stroke unit and honestly I love being around the patients. The physios always say I'd make a good rehab assistant. I'm 41 - is it too late, and how would I even start?", role: 'therapy-assistant', from: 'domestic-assistant' },
    { text: "The OTs on my ward often tell me I'd be a great therapy assistant, I'm a porter", role: 'therapy-assistant', from: 'porter' },
    { text: "The midwives always say I'd be a brilliant MSW. I'm a band 2 HCA on postnatal, where do I start?", role: 'maternity-support-worker', from: 'hcsw-band-2' },
    { text: "The physios on the ward have always said I'd make a good OT assistant. I'm a domestic", role: 'therapy-assistant', from: 'domestic-assistant' },
  ],
  '"I manage the domestic team", "I lead the porters team": the writer leads the team, so holds its lead job, unless someone in it is asked for': [
    { text: 'I manage the domestic team, where can I go from here', role: null, from: 'facilities-supervisor' },
    { text: 'I manage the porters team, what leadership courses are there for me', role: null, from: 'facilities-supervisor' },
    { text: "I lead the porters team on days, what's next", role: null, from: 'facilities-supervisor' },
    { text: 'I lead the domestic team, where could I go from here', role: null, from: 'facilities-supervisor' },
    { text: 'I manage the porters team, one of them wants to be an HCA', role: 'hcsw-band-2', from: 'porter', onBehalf: true },
  ],
  '"how do I get trained to take bloods? HCA band 2 on AMU": getting trained in a clinical skill in the job held is a question about learning, not a route to another job': [
    { text: 'how do I get trained to take bloods? HCA band 2 on AMU', intent: 'resources', from: 'hcsw-band-2' },
    { text: 'how do I get trained to do catheters? HCA band 2 on a surgical ward', intent: 'resources' },
    { text: 'how can I get trained to take bloods on the ward? band 3 HCA', intent: 'resources' },
  ],
  '"theatre porter band 2 - can i go for the theatre support worker jobs without an NVQ": whether one can go for a job without a qualification is a question about the route to it': [
    { text: 'theatre porter band 2 - can i go for the theatre support worker jobs without an NVQ', intent: 'pathway', role: 'theatre-support-worker', from: 'porter' },
    { text: 'domestic band 2 - can i go for the HCA jobs without any qualifications', intent: 'pathway' },
    { text: 'HCA band 3 - can i go for the AP jobs without a foundation degree', intent: 'pathway' },
    { text: 'kitchen assistant band 2, can I go for the domestic supervisor jobs without any experience', intent: 'pathway' },
  ],
  '"any level 2 or 3 apprenticeships I can sign up to? porter, band 2": asking which apprenticeships there are to sign up to, with the job held after, is a question about learning': [
    { text: 'are there any level 2 or 3 apprenticeships I can sign up to? porter, band 2', intent: 'resources', role: null, from: 'porter' },
    { text: 'any level 3 apprenticeships I could sign up for? HCA band 2', intent: 'resources' },
    { text: 'which apprenticeships can I sign up to at level 2? catering assistant band 2', intent: 'resources' },
    { text: 'what apprenticeships are there for me to sign up to, band 2 domestic', intent: 'resources' },
  ],
  '"Is dietitian something I could work towards?", "would podiatry be a job I could do": a job asked about as one to aim for is the goal, over a job the work is for; making up special diets in the kitchen is catering work': [
    { text: 'I make up the special diets in the kitchen - coeliac, renal, the texture modified meals for SALT. Is dietitian something I could work towards without a degree?', role: 'dietitian', from: 'catering-assistant' },
    { text: 'I work on reception for the physios. would podiatry be a job I could do without a degree?', role: 'podiatrist', from: 'administrator' },
    { text: 'I do the texture modified meals for the wards, is dietitian a career someone like me could go for', role: 'dietitian', from: 'catering-assistant' },
  ],
  '"I want to stay on as a ward clerk once I finish": a job to stay on as, after an apprenticeship or bank work, is the goal (unless it is the job held)': [
    { text: "I'm the business admin apprentice on the wards, I want to stay on as a ward clerk once I finish, how do I make that happen", role: 'administrator', from: 'business-administrator-apprentice' },
    { text: "I'm a business admin apprentice in outpatients, could I stay on as a medical secretary after", role: 'medical-secretary', from: 'business-administrator-apprentice' },
    { text: "I'm a bank porter at the moment, can I stay on as an HCA when my contract ends", role: 'hcsw-band-2', from: 'porter' },
    { text: 'im a porter on the bank, could i stay on as a porter permanently', from: 'porter' },
  ],
  '"I\'m in the estates maintenance team … become the supervisor over the team": a lead job "over the team" leads the team named before, and the team the writer says they are in is their job': [
    { text: "I'm in the estates maintenance team doing the PPMs and the reactive jobs. How would I become the supervisor over the team?", role: 'facilities-supervisor', from: null },
    { text: 'I work in the portering team, how do I become the team leader of the team', role: 'facilities-supervisor', from: 'porter' },
    { text: 'I work in the catering team, how would I become the supervisor of the team', role: 'facilities-supervisor', from: 'catering-assistant' },
    { text: "I'm in the domestic team on nights, could I be the supervisor for the team one day?", role: 'facilities-supervisor', from: 'domestic-assistant' },
  ],
  '"should I get some HCA bank shifts first": shifts or experience in a job, weighed as a step before the goal, are neither the job held nor the goal': [
    { text: "I'm on the 111 line, been there 2 years, band 3. Really want to get on the road but I don't drive yet (lessons booked!) and I'm not sure if I need my C1 before I can even apply for the ECA jobs. Also do they take people with no clinical background or should I get some HCA bank shifts first?", role: 'ambulance-support-worker', from: 'call-handler' },
    { text: 'want to apply for the TNA, I work in the kitchens. do I need to do some HCA shifts first', role: 'trainee-nursing-associate', from: 'catering-assistant' },
  ],
  '"I\'m on the 111 line", "on the 999 line": where a call handler works names the job held': [
    { text: "I'm on the 111 line, what do I need to become an ECA", role: 'ambulance-support-worker', from: 'call-handler' },
    { text: "I'm on the 999 line and I want to be a paramedic one day", role: 'paramedic', from: 'call-handler' },
    { text: 'im on the 111 line nights, could i train as an ECA', role: 'ambulance-support-worker', from: 'call-handler' },
  ],
  '"the entry level job in audiology", "the bottom rung in the lab": the job a field starts with is its assistant or support worker, not the field\'s qualified job': [
    { text: "what's the entry level job in audiology, helping with hearing tests and fixing aids? how do i get in. I'm admin in ENT, band 2", role: 'hearing-care-assistant', from: 'administrator' },
    { text: "what is the entry level job in pharmacy? I'm a domestic", role: 'pharmacy-support-worker', from: 'domestic-assistant' },
    { text: "I'm a porter, what's the bottom rung in the lab and how do I get it", role: 'healthcare-science-assistant', from: 'porter' },
    { text: 'how do I get an entry level role in physio? I work in catering', role: 'therapy-assistant', from: 'catering-assistant' },
  ],
  '"SLT assistant want to qualify": an assistant wishing to qualify, with no goal named, holds the assistant job and wants the job its name starts with': [
    { text: 'SLT assistant want to qualify', role: 'speech-and-language-therapist', from: 'therapy-assistant' },
    { text: 'physio assistant, hoping to get qualified one day', role: 'physiotherapist', from: 'therapy-assistant' },
    { text: 'podiatry assistant want to qualify, how', role: 'podiatrist', from: 'therapy-assistant' },
    { text: 'OT assistant 3 years, looking to qualify', role: 'occupational-therapist', from: 'therapy-assistant' },
  ],
  '"Doing the MLA job here", "… for HCPC as a BMS": a job done, opening a sentence with "doing", is the job held; a job after "HCPC as" or "NMC as" is the one to register as, the goal': [
    { text: 'Trained as a medical lab scientist in Ghana. Doing the MLA job here, band 3. What do I need for HCPC as a BMS?', role: 'biomedical-scientist', from: 'healthcare-science-assistant' },
    { text: 'Doing the porter job at the moment. what do I need for HCPC as a paramedic?', role: 'paramedic', from: 'porter' },
    { text: 'doing MLA job in microbiology, what is needed for HCPC as a biomedical scientist', role: 'biomedical-scientist', from: 'healthcare-science-assistant' },
  ],
  '"chase referrals on PAS": PAS in capitals after "on" or "using" is the patient administration system worked on, not physician associates': [
    { text: 'I book the outpatient clinics and chase referrals on PAS. How do I get into clinical coding?', role: 'clinical-coder', from: 'administrator' },
    { text: 'I book the clinics on PAS all day, how do I become a medical secretary', role: 'medical-secretary', from: 'administrator' },
    { text: 'I answer the phones and update the notes on PAS, could I train as a clinical coder', role: 'clinical-coder', from: 'administrator' },
  ],
  '"I supervise the domestic team", "I run the domestic team on nights": leading a team named by its job is the lead job held, and the team is no goal (unless the writer goes on to ask for someone in it)': [
    { text: 'I supervise the domestic team on nights, band 3. Where could I go from here if I want to move up in facilities?', role: null, from: 'facilities-supervisor' },
    { text: 'I run the domestic team on nights, band 3. Where could I go from here?', role: null, from: 'facilities-supervisor' },
    { text: 'I supervise the porters on nights, what could I move up to', role: null, from: 'facilities-supervisor' },
    { text: 'I supervise the domestic team, what courses could help me move up', role: null, from: 'facilities-supervisor' },
    { text: 'I supervise the porters team, one of them wants to be an HCA', role: 'hcsw-band-2', from: 'porter' },
  ],
  '"directors of workforce", "heads of HR": the plural of a job named "… of …" is on the word before "of"': [
    { text: "I'm Head of HR (8c). How did most directors of workforce get there - do I need a masters?", role: 'director-of-workforce', from: 'head-of-hr' },
    { text: "how do heads of HR usually get there? I'm an HR business partner", role: 'head-of-hr', from: 'hr-business-partner' },
    { text: 'what did directors of workforce do before? head of HR here', role: 'director-of-workforce', from: 'head-of-hr' },
  ],
  'a job said with its band and no goal word is the writer\'s own: opening the message before a question about another job ("band 3 nursing assistant on PICU, how do I get my RMN"), as a part of its own at the end ("…, band 5 podiatrist"), or opening a message that asks nothing about a job': [
    { text: 'band 3 nursing assistant on PICU, how do I get my RMN', role: 'nurse-mental-health', from: 'hcsw-band-3' },
    { text: 'band 4 AP on the surgical ward, how do I get my RGN', role: 'nurse-adult', from: 'assistant-practitioner' },
    { text: 'band 3 support worker on the acute ward, how do I get my RMN', role: 'nurse-mental-health', from: 'hcsw-band-3' },
    { text: 'band 2 HCA on nights, what is the way to get my NA', role: 'nursing-associate', from: 'hcsw-band-2' },
    { text: 'need CPD ideas for my HCPC renewal, band 5 podiatrist', from: 'podiatrist' },
    { text: 'what courses are there, band 2 HCA', role: null, from: 'hcsw-band-2' },
    { text: 'any good CPD for my revalidation, band 6 midwife', from: 'midwife' },
    { text: "porters' supervisor band 3, been told I have to do the rotas in Excel now and I'm rubbish at it", from: 'facilities-supervisor' },
    { text: "pharmacy technician band 5, been asked to take on the training of the new starters and I'm nervous", from: 'pharmacy-technician' },
  ],
  'everyday work said of oneself that names the job held: the mortuary and gas-cylinder runs, moving patients on trolleys, rapid response cleans, handing out meds at the hatch, purchase orders, samples into the centrifuge, 1:1 obs': [
    { text: 'I take the deceased to the mortuary, do the blood runs and swap the gas cylinders. What else could I do in this hospital without going back to college?', role: null, from: 'porter' },
    { text: 'I do the rapid response cleans and the HPV fogging for infection control. could I ever be a lab assistant', role: 'healthcare-science-assistant', from: 'domestic-assistant' },
    { text: "I move the patients round the hospital on trolleys and in wheelchairs. is there a route into ambulance work? I'd like to be an ECA", role: 'ambulance-support-worker', from: 'porter' },
    { text: 'I hand out the meds at the pharmacy hatch, how do I become a pharmacy technician', role: 'pharmacy-technician', from: 'pharmacy-support-worker' },
    { text: 'i receive the samples and put them in the centrifuge, how would i become a biomedical scientist', role: 'biomedical-scientist', from: 'healthcare-science-assistant' },
    { text: 'I sit with patients on enhanced obs on a mental health ward, how do I become an RMN', role: 'nurse-mental-health', from: 'hcsw-band-2' },
    { text: 'I do the purchase orders for the estates team, could I train as an assistant accountant', role: 'assistant-accountant', from: 'administrator' },
    { text: 'I swap the gas cylinders and take the deceased to the mortuary, how do I become an HCA', role: 'hcsw-band-2', from: 'porter' },
  ],
  '"I\'m the person who pushes the beds", "I recieve the samples", "I hand out the meds": the writer described as a person, misspelt or with another verb of work, saying what they do': [
    { text: 'im the person who pushes the beds to x-ray and back all day lol, how would i become a radiographer', role: 'radiographer', from: 'porter' },
    { text: 'i recieve the samples into the lab, book them on and spin them in the centrifuge. band 2. what can i progress to', from: 'healthcare-science-assistant' },
    { text: "I'm the guy who pushes the wheelchairs round outpatients, could I be a phlebotomist", role: 'phlebotomist', from: 'porter' },
    { text: 'im the lady who does the washes and feeds on ward 7, how do i become a nurse', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'I recieve the deliveries and book in the samples in the lab, could I be a BMS one day', role: 'biomedical-scientist', from: 'healthcare-science-assistant' },
  ],
  '"I\'m the helper in x-ray, I get patients changed…, how would I train as a radiographer": where the writer works names the goal\'s field, so what they do says the job held': [
    { text: "how would I train as a radiographer? I'm the helper in x-ray, I get patients changed into gowns, chaperone and help them up onto the table. Band 2 in imaging", role: 'radiographer', from: 'hcsw-band-2' },
    { text: "I'm in x-ray, I get the patients changed and ready for their scans. how do I become a radiographer", role: 'radiographer', from: 'hcsw-band-2' },
    { text: 'how would I train as a radiographer? I work in x-ray, I get the patients changed and help them onto the table', role: 'radiographer', from: 'hcsw-band-2' },
  ],
  '"I\'m the one resetting passwords … on the service desk": a job named with no cue as where the writer does that job\'s work is the job held, not a goal': [
    { text: "I'm the one resetting passwords and setting up laptops all day on the service desk, band 3. whats above me", role: null, from: 'digital-support-technician' },
    { text: 'im the one booking patients in all day on main reception, band 2. whats above me', role: null, from: 'administrator' },
    { text: "I'm the one resetting passwords on the IT helpdesk all day. what's above me?", role: null, from: 'digital-support-technician' },
  ],
  '"I\'ve just started as a ward clerk after 6 years as a domestic", "since qualifying as a nursing associate": a job just started, or qualified into, is the one held now': [
    { text: "I've just started as a ward clerk after 6 years as a domestic. options?", role: null, from: 'administrator' },
    { text: 'I recently started as a porter after years in retail, what next?', role: null, from: 'porter' },
    { text: 'Since qualifying as a nursing associate I feel stuck, what next?', role: null, from: 'nursing-associate' },
    { text: "since becoming a senior HCA I've had no training, any courses?", role: null, from: 'senior-hcsw' },
  ],
  '"wondering if HR is right for me", "not sure whether nursing is for me": a job or field in doubt is no goal': [
    { text: "Can you help me think about what I want? I'm no longer an HR administrator, I've just moved up to HR adviser, band 5, and I'm already wondering if HR is right for me", role: null, from: 'hr-advisor' },
    { text: "I'm an HCA and not sure whether nursing is for me, can we talk?", role: null, from: 'hcsw-band-2' },
    { text: "wondering if physio is the right job for me, I'm a rehab assistant", role: null, from: 'therapy-assistant' },
  ],
  '"does pharmacy pay more than nursing? I\'m an HCA": a yes-or-no question setting two jobs side by side, with nothing of the writer\'s, does not make the second the job held': [
    { text: "does pharmacy pay more than nursing? I'm an HCA", from: 'hcsw-band-2' },
    { text: "do ODPs earn more than nurses? I'm an HCA in theatres", role: 'operating-department-practitioner', from: 'hcsw-band-2' },
    { text: 'looking for something that pays more than HCA', role: null, from: 'hcsw-band-2' },
  ],
  '"not really a nurse", "anything but nursing" rule a job out; "just want to be a better phlebotomist" is getting better at the job held, not a goal': [
    { text: "I'm not really a nurse, more of a carer on a nursing home, how do I get an HCA job in the hospital", role: 'hcsw-band-2', from: null },
    { text: "anything but nursing, I'm a band 2 HCA - what else?", role: null, from: 'hcsw-band-2' },
    { text: 'not interested in management, just want to be a better phlebotomist. any courses?', role: null, from: 'phlebotomist' },
    { text: "how can I become a more confident HCA? I'm new", role: null, from: 'hcsw-band-2' },
  ],
  'jobs compared: "physio pays the same as OT" is no job held; "would I earn more as a phlebotomist than as a band 2 HCA" names the goal, then the job held': [
    { text: "physio pays the same as OT right? I'm a therapy assistant deciding", role: 'physiotherapist', from: 'therapy-assistant' },
    { text: "is an AP paid the same as a nursing associate? I'm a band 3 HCA", role: 'assistant-practitioner', from: 'hcsw-band-3' },
    { text: 'would I earn more as a phlebotomist than as a band 2 HCA?', role: 'phlebotomist', from: 'hcsw-band-2' },
    { text: "could I make more money as a pharmacy tech than as an assistant? i'm a pharmacy assistant", role: 'pharmacy-technician', from: 'pharmacy-support-worker' },
  ],
  '"I\'m a nurse, not a midwife, but I\'d like to be one": a job the writer is not yet, then "but" and "one", is the goal': [
    { text: "I'm a nurse, not a midwife, but I'd like to be one. how?", role: 'midwife', from: 'nurse-adult' },
    { text: 'im not a physio yet but i want to become one, im a rehab assistant', role: 'physiotherapist', from: 'therapy-assistant' },
    { text: "I'm an HCA, not a nurse, but I'd love to be one someday", role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: "I'm not a nurse and I don't want to be one, I'm an HCA. options?", role: null, from: 'hcsw-band-2' },
  ],
  '"I stopped being a porter", "porter till last month", "was going to do the paramedic degree but decided against it", "I\'d never be a nurse": a job left, or a plan dropped, is neither the goal nor the job held': [
    { text: "I stopped being a porter last year, I'm a domestic now. what next?", role: null, from: 'domestic-assistant' },
    { text: "porter till last month, now I'm a band 2 HCA. how do I become a TNA?", role: 'trainee-nursing-associate', from: 'hcsw-band-2', alsoWanted: [] },
    { text: 'HCA until 2 years ago, now a ward clerk, what next?', role: null, from: 'administrator' },
    { text: 'was going to do the paramedic degree but decided against it, im an ECA, what else could i do', role: null, from: 'ambulance-support-worker' },
    { text: "I was going to be a nurse but I'm happy as an HCA now", role: null, from: 'hcsw-band-2' },
    { text: "I'd never be a nurse, too much stress. im an HCA, what else?", role: null, from: 'hcsw-band-2' },
  ],
  '"I want my band 3", "band 6 is the goal": a band wanted, said with "want" or named as the goal, is a band goal (the job held at that band where there is one)': [
    { text: "I want my band 3, I'm a band 2 HCA", role: 'hcsw-band-3', from: 'hcsw-band-2' },
    { text: 'i want band 3, im a band 2 hca on nights', role: 'hcsw-band-3', from: 'hcsw-band-2' },
    { text: 'Band 6 is the goal. currently band 3 ward clerk. which jobs get me there??', role: null, from: 'administrator' },
  ],
  'a job held in another country is a goal to qualify for here only in a question about a route or learning, not in a check-in, a talk about a career or a question about options': [
    { text: 'I was a nurse in Philippines, here I am HCA band 3 for now. 3 weeks in, induction is ok, people are kind to me', role: null, from: 'hcsw-band-3' },
    { text: "I was a nurse in Zimbabwe for eleven years, I'm a domestic here now. I don't know where to start, I need to talk to someone about my career", role: null, from: 'domestic-assistant' },
    { text: 'used to be a nurse back home, now a domestic here. what options do i have', role: null, from: 'domestic-assistant' },
    { text: 'I was a nurse in India, now HCA here. how do I get my NMC pin?', role: 'nurse-adult', from: 'hcsw-band-2' },
  ],
  '"not sure I want to be a manager", "not sure if I want nursing": a goal the writer doubts is no goal (with "still" or "even", the job held)': [
    { text: 'data analyst band 6 – what does progression look like beyond this? not sure i want to be a manager', role: null, from: 'data-analyst' },
    { text: "what paths are there from being a mental health HCA? I'm not sure I want to be an RMN", role: null, from: 'hcsw-band-2' },
    { text: "I'm a porter, not sure I want to be a supervisor, what else is there?", role: null, from: 'porter' },
    { text: "I'm a band 4 AP and feel really stuck, not sure if I want nursing or something else", role: null, from: 'assistant-practitioner' },
    { text: 'not sure I still want to be a midwife, can we talk?', role: null, from: 'midwife' },
  ],
  '"I\'m a clinical director and want…": "clinical" between "I am a" and the job says what kind of job it is, so the job is the one held': [
    { text: "I'm a clinical director and want a quick rundown of what this tool does before I recommend it", role: null, from: 'senior-leader' },
    { text: "I'm a clinical team leader and want to move up, what's next?", role: null, from: 'team-leader' },
  ],
  '"does HR see that?", "I\'ve emailed HR": a department asked, told or seeing is no job (a goal of "finance or HR?" still is)': [
    { text: "If I tell you I'm thinking of leaving portering, does HR see that?", role: null, from: 'porter' },
    { text: "will HR know if I ask about other jobs? I'm a porter", role: null, from: 'porter' },
    { text: "I've emailed HR three times about my contract and heard nothing, who else can I ask?", role: null, from: null },
    { text: "finance or HR? I'm a band 3 admin", role: 'hr-administrator', from: 'administrator' },
  ],
  '"please don\'t tell my supervisor", "does my ward manager get a copy of these chats": the writer\'s own boss, told or seeing, is no job of theirs': [
    { text: "I'm a porter and want to get better at reading and writing, please don't tell my supervisor", role: null, from: 'porter' },
    { text: 'does my ward manager get a copy of these chats', role: null, from: null },
    { text: "will my team leader see this? I'm a band 2 domestic", role: null, from: 'domestic-assistant' },
    { text: 'will my ward manager see my answers', role: null, from: null },
  ],
  '"don\'t fancy doing the RN top-up", "I was on reception but I\'m a medical secretary now", "used to work in the kitchens": a job or course turned down with "doing", or a past place of work, is neither the goal nor the job held': [
    { text: "I'm a nursing associate but don't fancy doing the RN top-up. Other options for me?", role: null, from: 'nursing-associate' },
    { text: "I'm a band 3 HCA and I'm not keen on doing the TNA, what else is there?", role: null, from: 'hcsw-band-3' },
    { text: "I was on reception but I'm a medical secretary now. Please change my job", role: null, from: 'medical-secretary' },
    { text: "used to work in the kitchens, now I'm a porter. where can I go from here?", role: null, from: 'porter' },
  ],
  '"is it just for nurses?", "is the TNA only for HCAs?": who something is for is neither the goal nor the job held': [
    { text: 'Hi there, I work in the kitchens, can you help me with anything or is it just for nurses?', role: null, from: 'catering-assistant' },
    { text: "is the TNA only for HCAs? I'm a domestic", role: 'trainee-nursing-associate', from: 'domestic-assistant', alsoWanted: [] },
    { text: 'what\'s this bot for, is it just for nurses?', role: null, from: null },
  ],
  'leaders asking about the bot itself, after saying who they are: "summarise what it does", "an overview of your features", "what the bot offers our staff", "is this bot only for clinical staff" (help); "can these chat logs be accessed by line managers" (privacy)': [
    { text: "Good morning. I'm a senior leader (8c) and I've been asked to promote this tool across my directorate — could you summarise what it does?", intent: 'help' },
    { text: 'Is this bot only for clinical staff? I\'m a data analyst', intent: 'help' },
    { text: "Hi! I'm head of HR here and want to know what the bot offers our band 2-4 staff before we launch it", intent: 'help' },
    { text: "I'm the director of workforce — give me the one-paragraph overview of your features please", intent: 'help' },
    { text: "I'm a clinical director and want a quick rundown of what this tool does before I recommend it", intent: 'help' },
    { text: 'Is this bot just for nurses? I work in finance', intent: 'help' },
    { text: "we're about to roll this out to our porters and domestics, what does the bot offer them?", intent: 'help' },
    { text: 'As an HR business partner I need to know whether these chat logs can be accessed by line managers - staff keep asking me', intent: 'privacy' },
  ],
  '"where do porters park if we start at 6am?": a question about the people in a job, then "we", says the writer is one of them (the job held)': [
    { text: 'where do porters park if we start at 6am?', role: null, from: 'porter' },
    { text: 'do HCAs get paid breaks on nights? we never get one', role: null, from: 'hcsw-band-2' },
    { text: 'when do radiographers get their uniform allowance, we were told April', role: null, from: 'radiographer' },
    { text: 'can domestics get the flu jab at work or do we have to go to the GP?', role: null, from: 'domestic-assistant' },
  ],
  '"my apprentice (business admin, band 2)", "my apprentice is doing business admin": an apprentice\'s field, right after, before a band, or after "is doing" or "on the", names the apprentice job': [
    { text: 'My apprentice (business admin, band 2) finishes in May - what roles could she move into?', role: null, from: 'business-administrator-apprentice' },
    { text: 'my apprentice is doing business admin and finishes soon, what could she apply for?', role: null, from: 'business-administrator-apprentice' },
    { text: 'my apprentice on the business admin course is band 2, where can she go from here?', role: null, from: 'business-administrator-apprentice' },
  ],
  '"got told I should go for the paramedic degree but I\'m happy as an ECA": a goal others put forward, which the writer turns down, is no goal; "content being a porter", "love being an HCA" say the job held': [
    { text: 'got told i should go for the paramedic degree but im happy on the trucks as an ECA, am i wrong not to want more?', role: null, from: 'ambulance-support-worker' },
    { text: "my manager says I should go for the TNA but I'm happy as a band 2 HCA, is that ok?", role: null, from: 'hcsw-band-2' },
    { text: 'everyone keeps telling me to apply for team leader but im content being a porter', role: null, from: 'porter' },
    { text: "people say I should train as a nurse but I love being an HCA. is it bad I don't want to progress?", role: null, from: 'hcsw-band-2' },
    { text: 'I really enjoy being a domestic, is it ok not to want to move up?', role: null, from: 'domestic-assistant' },
    { text: 'manager keeps saying i should be a team leader but no thanks. what else is there for a domestic?', role: null, from: 'domestic-assistant' },
    { text: "Everyone tells me I should do my nursing but I'm not sure it's for me. I'm a maternity support worker and I like what I do. Is it bad to not want to move up?", role: null, from: 'maternity-support-worker' },
    { text: "my sister says I should train as a paramedic but it's not for me, I'm an ECA", role: null, from: 'ambulance-support-worker' },
  ],
  '"I\'d love to work with people with learning disabilities as a proper registered nurse": a verb of moving reaches "as" past words of the job\'s kind ("proper", "fully qualified"), and "registered nurse" is narrowed by what the work is': [
    { text: "I'd love to work with people with learning disabilities as a proper registered nurse. At the min I'm a support worker band 3 on an LD inpatient unit.", role: 'nurse-learning-disability', from: 'hcsw-band-3' },
    { text: "I'd like to work in mental health as a proper nurse one day, im a band 2 HCA", role: 'nurse-mental-health', from: 'hcsw-band-2' },
    { text: 'want to work in the community as a fully qualified physio, im a rehab assistant', role: 'physiotherapist', from: 'therapy-assistant' },
    { text: 'would love to work with sick kids as a proper registered nurse, currently a band 2 HCA', role: 'nurse-children', from: 'hcsw-band-2' },
    { text: "I want to become a registered nurse looking after people with learning disabilities, I'm a support worker", role: 'nurse-learning-disability', from: 'hcsw-band-2' },
    { text: 'what mandatory training do I need to do as a new ward clerk?', role: null, from: 'administrator' },
  ],
  '"going back to work after mat leave as a medical secretary": a job gone back to after leave (maternity, sick) is the job held, unless wished for': [
    { text: "Going back to work after mat leave as a medical secretary and I'm not sure I even want the same job any more. Can we have a chat about it?", role: null, from: 'medical-secretary' },
    { text: "I'm returning to work as a porter after long term sick, what options are there?", role: null, from: 'porter' },
    { text: 'back off mat leave in June, going back as a ward clerk part time - what else could I do?', role: null, from: 'administrator' },
    { text: 'coming back from maternity leave next month as a band 3 HCA and thinking about a change, can we talk?', role: null, from: 'hcsw-band-3' },
    { text: 'after my career break I want to go back as a physio, how do I get my registration back?', role: 'physiotherapist', from: null },
  ],
  '"put forward for the senior HCA post but I don\'t want it": a job the writer turns down, named again as "it" or "that", is neither the goal nor the job held': [
    { text: "Theyve put me forward for the senior HCA post but I don't want it, I want to do phlebotomy full time. band 2 HCA. how do i get a phleb job", role: 'phlebotomist', from: 'hcsw-band-2' },
    { text: "my manager keeps pushing the TNA but I'm not interested in it, I'd rather be a phlebotomist. how?", role: 'phlebotomist', from: null },
    { text: "I've been offered the band 3 supervisor job but I don't want that, I want to go into the lab as an MLA", role: 'healthcare-science-assistant', from: null },
    { text: "everyone says do nursing but I don't fancy it, how do I become an OT? im an HCA", role: 'occupational-therapist', from: 'hcsw-band-2' },
    { text: "I'm a porter but I don't want it for ever, what else is there", role: null, from: 'porter' },
  ],
  '"not as a doctor or nurse", "I don\'t want to be a nurse or a midwife": words that rule out the first job of a list with "or" rule out the rest, and "not as a" rules a job out': [
    { text: "My son is 17 and wants to work in the NHS but not as a doctor or nurse, what's out there for him?", role: null, from: null },
    { text: "I don't want to be a nurse or a midwife, what else is there for an HCA?", role: null, from: 'hcsw-band-2' },
    { text: 'not a doctor or a physio, something else - what jobs are there for school leavers', role: null, from: null },
    { text: 'she wants a job in the NHS, just not as a doctor or paramedic. ideas?', role: null, from: null },
    { text: 'my daughter wants to work in a hospital but not as a nurse, what else is there?', role: null, from: null },
  ],
  '"just been made team leader for the porters": a job the writer has been made or appointed to is the one held (for porters, the facilities team leader)': [
    { text: 'just been made team leader for the porters, was a porter myself till last month. any leadership stuff for new team leaders?', role: null, from: 'facilities-supervisor' },
    { text: "I've just been made team leader for the domestics, what training is there", role: null, from: 'facilities-supervisor' },
  ],
  'a lead job and its team ("supervisor in domestics"), with the writer asking for "my staff" or "one of my team", gives the team\'s job as the one held': [
    { text: "I'm a supervisor in domestics and want to do proper career chats with my staff, not just tick box. how", from: 'domestic-assistant' },
    { text: "I'm a supervisor in catering and one of my team wants to become an HCA, how can I help her?", role: 'hcsw-band-2', from: 'catering-assistant' },
    { text: "I'm team leader for domestics. One of my girls wants to be an HCA - how can I help her get there?", role: 'hcsw-band-2', from: 'domestic-assistant' },
  ],
  '"my NQ nurse preceptee…": a newly qualified member of staff, named with "NQ", is the person asked for': [
    { text: 'my NQ nurse preceptee is struggling with IV drug calcs, anything I can point her to', from: 'nurse-adult' },
    { text: 'my nq nurse needs help with her drug calcs, what can I give her', role: null, from: 'nurse-adult' },
  ],
  'a member of staff telling of their own wish ("one of my call handlers says she wants…") is the person asked for, not an adviser': [
    { text: 'One of my 111 call handlers says she wants to be a paramedic eventually. What would she need?', role: 'paramedic', from: 'call-handler' },
    { text: 'one of my porters told me he wants to be an HCA, what would he need', role: 'hcsw-band-2', from: 'porter' },
  ],
  '"the phleb in my team asked me…", "the porter on my ward wants…": someone in the writer\'s team is the person asked for': [
    { text: 'The phleb in my team asked me about going into nursing while still working. What routes are there for her?', from: 'phlebotomist' },
    { text: 'the porter on my ward wants to be an HCA, how can I help him', role: 'hcsw-band-2', from: 'porter', onBehalf: true },
  ],
  '"two of my staff … Both have been admin clerks": the job of the staff, said after the writer\'s own, is the one held': [
    { text: "I'm team leader in medical records and two of my staff want progression chats before their appraisals. Both have been admin clerks for over a decade, one is quite anxious about change and the other wants to move tomorrow. I want to give them a proper conversation rather than just signing the form. How should I prepare, what questions should I ask, and is there anything I can send them beforehand?", from: 'administrator' },
    { text: "I'm a ward manager and two of my team want to progress. They are both HCAs. what routes are there for them?", from: 'hcsw-band-2', onBehalf: true },
  ],
  '"my band 3 wants…", "my band 3 who\'s going for…": a member of staff named by band alone is the support worker at that band': [
    { text: 'My band 3 wants to go for the RMN apprenticeship – what does she need to get on it?', role: 'nurse-mental-health', from: 'hcsw-band-3' },
    { text: "any interview prep for my band 3 who's going for a TNA interview next week", from: 'hcsw-band-3' },
    { text: 'my band 2 wants to do the TNA, how do I support her', role: 'trainee-nursing-associate', from: 'hcsw-band-2', onBehalf: true },
  ],
  '"one of our international nurses", "an overseas trained nurse": a profession trained abroad is the goal here, and the job done here meanwhile is held': [
    { text: "I'm a practice educator supporting one of our international nurses. She trained and worked 9 years in the Philippines but here she's employed as a band 3 HCA while she sorts her NMC application. She's passed her English test but is confused about the CBT and OSCE and whether the trust will pay for it. Can you tell me the steps she needs to follow to get her PIN and work as a registered adult nurse here?", role: 'nurse-adult', from: 'hcsw-band-3' },
    { text: 'one of our international nurses, employed here as a band 3 HCA, wants to work as a registered adult nurse. what are her steps?', role: 'nurse-adult', from: 'hcsw-band-3', onBehalf: true },
  ],
  'a career told in order ("started as…, then…, now…", "for the last 18 months I\'ve been…", "moved to the porters last year"): the last job is the one held': [
    { text: "Bit of a zig zag career so far. I started as an HCA in a care home, did a couple of years as a phlebotomist at the community clinic, and now I'm on outpatients reception because the hours suited when my youngest was small. She's at secondary school now and I keep coming back to midwifery, it's what I wanted when I was 18. I don't have A levels. How would I actually get into it from where I am?", role: 'midwife', from: 'administrator' },
    { text: "I've done a bit of everything here. Started as a domestic on the surgical wards, moved to portering for a few years, and for the last 18 months I've been a lab assistant in microbiology, booking in samples and loading the analysers. How do I become a biomedical scientist from here without giving up my wage?", role: 'biomedical-scientist', from: 'healthcare-science-assistant' },
    { text: 'done 10 yrs in catering, moved to the porters last year. think I want to be a theatre support worker, what do I need', role: 'theatre-support-worker', from: 'porter' },
    { text: "I started as a domestic, then I did a couple of years as a porter, and now I'm on outpatients reception. how do I become a medical secretary", role: 'medical-secretary', from: 'administrator' },
    { text: 'was in catering for years, moved to the porters this year. how do I become an HCA', role: 'hcsw-band-2', from: 'porter' },
  ],
  'the job held said by what the writer got or does ("I got the HCA job", "I am doing MSW job", "HCA in the day", "now permanent as a porter")': [
    { text: "I'm not a domestic anymore, I got the HCA job!! Next I want to do TNA. How do I apply?", role: 'trainee-nursing-associate', from: 'hcsw-band-2' },
    { text: "I'm not a porter any more, I got the phlebotomist job! now I want to do the TNA, how do I apply", role: 'trainee-nursing-associate', from: 'phlebotomist' },
    { text: 'I was midwife in Philippines and currently I am doing MSW job band 3. How I can be midwife here in UK?', role: 'midwife', from: 'maternity-support-worker' },
    { text: 'at the moment I am doing HCA job on nights, how I become nurse', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'HCA in the day, want to do something in mental health but not sure what. PWP? MH nurse? peer support?', from: 'hcsw-band-2' },
    { text: "HCA in the day, want to do something with kids but not sure what. play specialist? children's nurse?", from: 'hcsw-band-2' },
    { text: 'used to be on the bank, now permanent as a porter – is my induction check-in still due?', role: null, from: 'porter' },
    { text: 'used to be agency, now permanent as an HCA - when is my check-in', role: null, from: 'hcsw-band-2' },
  ],
  '"colleague … is doing the hearing care assistant apprenticeship": someone on a course now is in the apprentice\'s job': [
    { text: 'colleague in audiology is doing the hearing care assistant apprenticeship, wants to be an audiologist one day – what comes after?', role: 'audiologist', from: 'hearing-care-assistant' },
    { text: "my colleague is doing the business admin apprenticeship and wants to be a medical secretary after, what's the route", role: 'medical-secretary', from: 'business-administrator-apprentice' },
  ],
  '"I\'ve decided on ODP", "settled on OT": of two goals, the one decided on': [
    { text: "Paramedic or ODP – I've decided on ODP after shadowing both. I'm a band 2 theatre support worker, what's my first step?", role: 'operating-department-practitioner', from: 'theatre-support-worker' },
    { text: "physio or OT... I've decided on OT. I'm a therapy assistant, what's the first step?", role: 'occupational-therapist', from: 'therapy-assistant' },
  ],
  '"an apprenticeship for healthcare science practitioner" (one job, named alone) is the way into it; "routes open to porters" are for the job held': [
    { text: 'is there an apprenticeship for healthcare science practitioner', role: 'healthcare-science-practitioner' },
    { text: 'is there a degree course for paramedic', role: 'paramedic', from: null },
    { text: "I manage a team of 8 porters and a few want to progress but don't know where to. what routes are open to porters?", role: null, from: 'porter' },
    { text: 'what jobs are open to domestics?', role: null, from: 'domestic-assistant' },
  ],
  '"I help the physios…, how do I become one myself": "one" is the people whose work the writer helps with': [
    { text: 'i help the physios get patients up and walking after their ops, how do I become one myself', role: 'physiotherapist', from: 'therapy-assistant' },
    { text: 'I help the midwives on the postnatal ward, could I train as one', role: 'midwife', from: 'maternity-support-worker' },
  ],
  '"support worker for the diet team": the diet team with a plain job word is a dietetic support worker (a therapy assistant)': [
    { text: 'I do the weighing and help with the menus for the diet team as a support worker. How would I become a dietitian?', role: 'dietitian', from: 'therapy-assistant' },
    { text: 'support worker in the diet team, what are my options', role: null, from: 'therapy-assistant' },
  ],
  '"one of the ones who go round doing the bloods": "doing" is "do" when a job is described by its work': [
    { text: 'i clean on the wards at the minute, how do i get to be one of the ones who go round doing the bloods', role: 'phlebotomist', from: 'domestic-assistant' },
    { text: "how do I become one of the people going round doing the bloods? I'm a porter", role: 'phlebotomist', from: 'porter' },
  ],
  '"I look after the cleaners and porters": a role joined by "and" or "or" to the end of a description of the writer\'s work is part of it, not a job of the writer\'s': [
    { text: 'I look after the cleaners and porters on my shift. How do I get to running the whole facilities department?', from: 'facilities-supervisor' },
    { text: 'I look after the porters and domestics on nights, what next for me', role: null, from: 'facilities-supervisor' },
    { text: 'i help the physios and OTs on the rehab ward, how do I become a physio', role: 'physiotherapist', from: 'therapy-assistant' },
  ],
  '"what else is there apart from going pharmacist": a move set aside ("apart from going", "rather than becoming") is no goal, and the job named alone is the one held': [
    { text: 'Pharmacy tech - what else is there apart from going pharmacist?', role: null, from: 'pharmacy-technician' },
    { text: 'HCA - what else apart from becoming a nurse?', role: null, from: 'hcsw-band-2' },
    { text: 'porter, what is there apart from going HCA', role: null, from: 'porter' },
  ],
  '"just got made up to supervisor": a promotion already made ("made up to", "been promoted to") is the job held; "get promoted to", "get made up to" is a goal': [
    { text: 'just got made up to supervisor in facilities, any leadership training', role: null, from: 'facilities-supervisor' },
    { text: 'just been made up to team leader, any courses', role: null, from: 'team-leader' },
    { text: 'how do I get promoted to team leader', role: 'team-leader', from: null },
    { text: 'what do I need to get made up to supervisor', role: 'team-leader', from: null },
  ],
  '"team leader in the appointments team": the team named after a lead job is where it is, not a job made of the team\'s name and "team"': [
    { text: 'how do I become team leader in the appointments team? been a booking clerk 3 yrs', role: 'team-leader', from: 'administrator' },
    { text: 'booking clerk, could I be a team leader in the appointments team one day', role: 'team-leader', from: 'administrator' },
  ],
  '"how do I get on the business admin apprenticeship? Currently a domestic": "currently" or "now" starting the next sentence goes with the job after it, not with a course or job asked about before it': [
    { text: 'How do I get on the business admin apprenticeship? Currently a domestic', role: 'business-administrator-apprentice', from: 'domestic-assistant' },
    { text: 'how do I get on the TNA course? currently a HCA', role: 'trainee-nursing-associate', from: 'hcsw-band-2' },
    { text: 'is it hard to get on the business admin apprenticeship? Currently a porter', role: 'business-administrator-apprentice', from: 'porter' },
  ],
  '"moved from portering to the domestics team": a move already made into a team, from a job or "over" or "across", makes the team\'s job the one held': [
    { text: "I've moved from portering to the domestics team, can you update my profile", from: 'domestic-assistant' },
    { text: "I've transferred from catering across to the domestics team, what could I do next", role: null, from: 'domestic-assistant' },
    { text: 'I moved over to the phlebotomy team last month, what training is there', role: null, from: 'phlebotomist' },
  ],
  'local titles: "medical staffing assistant", "estates supervisor", "apprentice admin" and "999 control" name their roles': [
    { text: 'medical staffing assistant, want to be an HRBP one day. what are the steps', role: 'hr-business-partner', from: 'hr-administrator' },
    { text: "I'm a medical staffing administrator, how do I get into recruitment as an HR advisor", role: 'hr-advisor', from: 'hr-administrator' },
    { text: "estates supervisor here, want to have a proper think about where I'm heading in the next 5 years", from: 'facilities-supervisor' },
    { text: 'estates team leader, what could I move into', role: null, from: 'facilities-supervisor' },
    { text: 'My apprentice admin finishes her level 3 in June, what could she go onto?', role: null, from: 'business-administrator-apprentice', onBehalf: true },
    { text: 'been in 999 control for 2 years, how do I become a paramedic', role: 'paramedic', from: 'call-handler' },
  ],
  'what the writer does, in plain words: "I work on 111", "I sort out the payslips", "I crew with the paramedic", "I look after the porters", and the goal "the one who does the final check on the scripts"': [
    { text: 'any learning on dealing with aggressive callers? I work on 111', from: 'call-handler' },
    { text: 'I sort out the payslips and overtime claims. Could I train as an assistant accountant in the finance team?', role: 'assistant-accountant', from: 'payroll-officer' },
    { text: 'I do everyones payslips, could I be an accountant', role: 'assistant-accountant', from: 'payroll-officer' },
    { text: 'im the one that crews with the paramedic on 999 jobs but im not registered. best way to become a para - uni or apprenticeship??', role: 'paramedic', from: 'ambulance-support-worker' },
    { text: 'I crew with the paramedic on nights, what are my options', role: null, from: 'ambulance-support-worker' },
    { text: 'I look after the porters on nights, how do I become a facilities manager', role: 'service-manager', from: 'facilities-supervisor' },
    { text: 'I make up the ward top ups and take them round the wards. How do I become the one who does the final check on the scripts? Not a pharmacist, the registered one under them', role: 'pharmacy-technician', from: 'pharmacy-support-worker' },
    { text: "how do I get to be the one doing the final check on the scripts, im a pharmacy assistant", role: 'pharmacy-technician', from: 'pharmacy-support-worker' },
  ],
  '"band 6 on AMU": a registered band (5 to 7) on a ward, said of the writer with no job named, is a ward nurse': [
    { text: "band 6 on AMU, thinking about ACP, what's involved", role: 'advanced-clinical-practitioner', from: 'nurse-adult' },
    { text: 'band 5 on the stroke ward, thinking about an ACP masters', role: 'advanced-clinical-practitioner', from: 'nurse-adult' },
    { text: 'how do I get to band 6 on a ward', from: null },
  ],
  '"medical sec", "digital support tech": a job\'s name with "sec" or "tech" for its last word names that job (never "sec" alone: "give me a sec")': [
    { text: 'medical sec, bored, what else could I do', from: 'medical-secretary' },
    { text: 'band 3 clinic sec, where can I go from here', from: 'medical-secretary' },
  ],
  '"pharmacy assistant 4 yrs", "ward clerk, want to move on": a job followed by how long the writer has done it, or by wanting to leave it, is the job held (not "2 years ago", not "2 years or 3?")': [
    { text: 'feeling bit lost with where im going tbh, pharmacy assistant 4 yrs', from: 'pharmacy-support-worker' },
    { text: 'digital support tech, want to move on, ideas?', role: null, from: 'digital-support-technician' },
    { text: 'lost a bit tbh, ward clerk 3 yrs', role: null, from: 'administrator' },
    { text: "ward clerk, want to move on, what's out there", role: null, from: 'administrator' },
  ],
  '"as NQN": a newly qualified nurse is a registered nurse': [
    { text: 'preceptorship check in month 3 as NQN, more confident with meds now', from: 'nurse-adult' },
    { text: "I'm an NQN on a surgical ward, what are my options after preceptorship", from: 'nurse-adult' },
  ],
  '"I answer the phones for 111": answering the phones for 111 or 999 is call handling, not general admin': [
    { text: 'I answer the phones for 111, want to be a paramedic eventually', role: 'paramedic', from: 'call-handler' },
    { text: "I'm on the phones for 999, how could I become a paramedic", role: 'paramedic', from: 'call-handler' },
  ],
  '"I am new in kitchen", "I am in the kitchen 3 years": where the writer is, after "I am" or "I am new", says the job held': [
    { text: 'I am new in kitchen since 2 weeks, everything good but I not understand the rota', from: 'catering-assistant' },
    { text: 'I am in the kitchen 3 years, what else I can do', from: 'catering-assistant' },
  ],
  '"PA to a director": a PA to or for the person worked for is a personal assistant, not a physician associate': [
    { text: 'whats the route to project manager, im PA to a director', role: 'project-manager', from: 'administrator' },
    { text: "I'm a PA for the medical director, could I become a service manager", role: 'service-manager', from: 'administrator' },
    { text: 'im PA to the chief exec, how do I get into HR', from: 'administrator' },
    { text: 'im PA to the CFO, how do i become a service manager', role: 'service-manager', from: 'administrator' },
    { text: 'PA for the coo, band 6, what could I do next', from: 'administrator' },
    { text: "I work as the CFO's PA, what are my options", from: 'administrator' },
  ],
  '"tech to pharmacist", "associate to practitioner in healthcare science": a bare job word before "to" a goal is the job of that name in the goal\'s family, or in the field named after both': [
    { text: 'tech to pharmacist possible?', role: 'pharmacist', from: 'pharmacy-technician' },
    { text: 'associate to practitioner in healthcare science, is BSc needed', role: 'healthcare-science-practitioner', from: 'healthcare-science-associate' },
    { text: 'assistant to technician in pharmacy, how long does it take', role: 'pharmacy-technician', from: 'pharmacy-support-worker' },
  ],
  '"always wanted to do my nursing": a training the writer wishes to do, after "my", is a goal, not someone the writer manages': [
    { text: "Hiya, so I've been a band 3 HCA on a busy medical ward for about 6 years now and I've always wanted to do my nursing but I've got 2 kids and a mortgage so I can't just pack in work and go to uni full time. My manager said something about an apprenticeship but she wasn't sure how it works. Is there a way I can become a registered nurse while still getting paid? Also I haven't got maths GCSE, I failed it years ago, does that stop me?", role: 'nurse-adult', from: 'hcsw-band-3' },
    { text: 'band 3 HCA, always wanted to do my nursing, my sister said she did an apprenticeship for it, how does that work?', role: 'nurse-adult', from: 'hcsw-band-3' },
  ],
  '"could I end up doing what the HCAs do": the work of a job, wished for, makes that job the goal': [
    { text: "Bit of background, I've been a domestic on the same ward for 11 years, kids are grown up now and I feel like it's finally my turn. The nurses always say I'm good with the patients and I'm the one who notices when someone's not right. I've got no GCSEs to speak of, left school at 15. Is there any way someone like me could end up doing what the HCAs do, and maybe more after? Where do I even start", role: 'hcsw-band-2', from: 'domestic-assistant' },
    { text: "The nurses on my ward are great, but is there a way I could end up doing what the ODPs do? I'm a domestic", role: 'operating-department-practitioner', from: 'domestic-assistant' },
    { text: 'Nurses are lovely here. Could someone like me end up doing what the phlebotomists do? I work in catering', role: 'phlebotomist', from: 'catering-assistant' },
  ],
  '"I am HCA from Romania": a job that needs no registration, said in the present with the country the writer is from, is the job held (a nurse or midwife "from Nigeria" still has to register here first)': [
    { text: 'I want improve my English for writing in the notes, I am HCA from Romania', from: 'hcsw-band-2' },
    { text: 'I am care assistant from Poland, how I become nurse', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'I am nurse from Philippines, how I register here', role: 'nurse-adult', from: null },
  ],
  '"my new ward manager", "my old line manager": the writer\'s boss is neither the job held nor a goal (a bare "my team leader" may be someone the writer manages)': [
    // (The job held here, a band 6 nurse after preceptorship, is not named, so it stays unread.)
    { text: "Just to update you: I've finished my preceptorship and I'm now a band 6 on the cardiology ward, not band 5 on respiratory anymore. My new ward manager started in January and my appraisal is booked for the 2nd of May.", role: null, from: null },
    { text: 'My new ward manager started last week, what should I ask her about my appraisal', role: null, from: null, onBehalf: false },
    { text: "my old line manager said I should apply for the TNA, I'm a HCA", role: 'trainee-nursing-associate', from: 'hcsw-band-2' },
  ],
  '"I take patients to and from theatres and x-ray": where patients are taken is a place, not a job; and after "what else could I do?", a sentence starting "I take…" says what the writer does': [
    { text: 'what else could I do? I take patients to and from theatres and x-ray all day', role: null, from: 'porter' },
    { text: 'what could I do? I push beds down to x-ray all day', role: null, from: 'porter' },
  ],
  'local titles: "ATO", "technical instructor", "therapy helper", "workforce assistant", "PSO", "finance admin", "physiologist" and "AAT" name their roles': [
    { text: "I'm an ATO what are my options", role: null, from: 'pharmacy-support-worker' },
    { text: "I'm an assistant technical officer, could I train as a pharmacy technician", role: 'pharmacy-technician', from: 'pharmacy-support-worker' },
    { text: "can I do an apprenticeship to be an OT? I'm a technical instructor in OT", role: 'occupational-therapist', from: 'therapy-assistant' },
    { text: 'technical instructor on the neuro rehab ward, how do I train as a physio', role: 'physiotherapist', from: 'therapy-assistant' },
    { text: 'steps to become an SLT pls. i help out on the stroke unit as a therapy helper', role: 'speech-and-language-therapist', from: 'therapy-assistant' },
    { text: 'what do I need to become an ER adviser? band 4 workforce assistant currently', role: 'hr-advisor', from: 'hr-administrator' },
    { text: "I'm a workforce assistant, what are my options", role: null, from: 'hr-administrator' },
    { text: "how do I become a project manager? I'm a PSO in the transformation team", role: 'project-manager', from: 'administrator' },
    { text: "I'm a project support officer, how do I become a business analyst", from: 'administrator' },
    { text: "AAT through work? i'm a finance admin", role: 'assistant-accountant', from: 'administrator' },
    { text: 'finance admin here, can I do AAT', role: 'assistant-accountant', from: 'administrator' },
    { text: 'how to go from cardiac physiology assistant to a qualified physiologist doing the echos', role: 'healthcare-science-practitioner', from: 'healthcare-science-assistant' },
  ],
  'a job wanted described by its work in plain words ("the one in charge of the domestics", "the job on the ambulance helping the paramedics", "the person in ambulance control", "the one who does the bloods, ECGs and cannulas", "an office job, booking appointments, typing letters")': [
    { text: "how do I become the one in charge of the domestics? I've been cleaning on the wards 6 years", role: 'facilities-supervisor', from: 'domestic-assistant' },
    { text: "how would I get to be the one in charge of the porters, I'm a porter", role: 'facilities-supervisor', from: 'porter' },
    { text: "how do i get into the ambulance service, like the job on the ambulance helping the paramedics? I'm a porter at the hospital", role: 'ambulance-support-worker', from: 'porter' },
    { text: "what's the route to a job helping the paramedics on the ambulance? I'm a domestic", role: 'ambulance-support-worker', from: 'domestic-assistant' },
    { text: 'how does someone become the person in ambulance control sending the crews out', role: 'call-handler' },
    { text: "I want to work in ambulance control, I'm a ward clerk", role: 'call-handler', from: 'administrator' },
    { text: 'how do I get to be the senior one who does the bloods, ECGs and cannulas? band 3 HCSW at the moment', role: 'senior-hcsw', from: 'hcsw-band-3' },
    { text: "I've been portering for 14 years and my knees are shot. How do I get into an office job, booking appointments, typing letters, that kind of thing?", role: 'administrator', from: 'porter' },
    { text: "what's the route into a job typing letters and booking appointments, I'm a domestic", role: 'administrator', from: 'domestic-assistant' },
  ],
  '"becoming one of the talking therapy people", "the helper in theatres", "jobs where you…": more ways of starting a description of the job wanted': [
    { text: "how would I go about becoming one of the talking therapy people, like low intensity CBT for anxiety and depression. I'm a support worker on an acute mental health ward", role: 'psychological-wellbeing-practitioner', from: 'hcsw-band-2' },
    { text: "I'd love to become one of the talking therapies people, I'm a receptionist", role: 'psychological-wellbeing-practitioner', from: 'administrator' },
    { text: "how do you become the helper in theatres, setting up the trays and fetching things for the scrub team? I'm a sterile services tech", role: 'theatre-support-worker' },
    { text: "how do you become the helpers in theatres, setting up the trays and fetching kit? I'm a porter", role: 'theatre-support-worker', from: 'porter' },
    { text: 'Someone said there are jobs where you use your own experience to support people. How would I get into that? I\'m a domestic', role: 'peer-support-worker', from: 'domestic-assistant' },
    { text: "are there jobs where you use your own experience of mental health? I'm an HCA", role: 'peer-support-worker', from: 'hcsw-band-2' },
  ],
  '"currently doing the meals round", "I currently load the analysers": what the writer does now, with "currently" and no "I", or a verb of lab work': [
    { text: 'what quals do I need to be the one who answers the 999 calls? currently doing the meals and drinks round on the wards', role: 'call-handler', from: 'catering-assistant' },
    { text: 'how do I become a nurse? currently doing the food round on elderly care', role: 'nurse-adult', from: 'catering-assistant' },
    { text: 'what do I need to do to get into the lab looking at samples under the microscope, proper scientist not the assistant. I currently load the analysers and spin the bloods', from: 'healthcare-science-assistant' },
    { text: 'I currently load the analysers in blood sciences, how do I become a biomedical scientist', role: 'biomedical-scientist', from: 'healthcare-science-assistant' },
  ],
  'a typo with a letter left out ("physican") is read as the word it misses a letter of ("physician"), not one with a letter changed ("physical")': [
    { text: "how do I train as a physican associate. I did biomed at uni and I'm a phleb now", role: 'physician-associate', from: 'phlebotomist' },
    { text: "what do I need to be a physican associate, I'm an HCA", role: 'physician-associate', from: 'hcsw-band-2' },
  ],
  '"… band 3 admin in performance": a job with its band and where it is, as a sentence of its own after the question, is the job held': [
    { text: "how can i move into the job where you pull the ward figures together and make the dashboards, i'm good with excel. band 3 admin in performance", role: 'data-analyst', from: 'administrator' },
    { text: 'what do I need for the job where you code the diagnoses from the notes? band 2 receptionist in outpatients', role: 'clinical-coder', from: 'administrator' },
  ],
  '"a CSW band 3 in theatres": a band between a plain job word and its place keeps the place\'s job': [
    { text: "I'm a CSW band 3 in theatres, what could I do next", role: null, from: 'theatre-support-worker' },
    { text: 'support worker band 3 on maternity, what are my options', role: null, from: 'maternity-support-worker' },
  ],
  '"what sick pay do I get as a porter": "get as" is what the job gives, not a move into it': [
    { text: 'how much sick pay do I get as a porter', role: null, from: 'porter' },
    { text: 'what holiday do you get as an HCA', role: null, from: 'hcsw-band-2' },
  ],
  '"I do all the admin for the district nurses": the people office work is done for are no job of the writer\'s; "all the" between "I do" and the job': [
    { text: 'help me think about what I want out of my appraisal. I do all the admin for the district nurses', role: null, from: 'administrator' },
    { text: 'I do most of the admin for the physios, can we talk about my appraisal', role: null, from: 'administrator' },
  ],
  '"I manage a team of 12 HCAs": the job of the members of a team the writer runs is the job asked about': [
    { text: "I manage a team of 12 HCAs on an elderly care ward. Three of them have been band 2 for over ten years and they're brilliant but nobody's ever offered them anything. Where do I start, and what routes are there for them?", from: 'hcsw-band-2', onBehalf: true },
    { text: 'I lead a team of eight porters, two want to progress, what can they do', from: 'porter', onBehalf: true },
    { text: "I lead a small team of receptionists as a band 4 team leader. What's next for me?", from: 'team-leader' },
  ],
  '"my apprentice (business admin level 3)": an apprentice with a field and a level right after is that field\'s apprentice': [
    { text: 'my apprentice (business admin level 3) asked me how she could become a medical secretary after she finishes, what should I tell her', role: 'medical-secretary', from: 'business-administrator-apprentice', onBehalf: true },
    { text: 'one of my apprentices, business admin level 2, wants to be a medical secretary', role: 'medical-secretary', from: 'business-administrator-apprentice', onBehalf: true },
    { text: "I'm an apprentice, business admin level 3, how do I become an HR adviser", role: 'hr-advisor', from: 'business-administrator-apprentice' },
  ],
  'the job held from what the writer has done until now ("I have worked in the hospital kitchen for 20 years") or does, said with "you" ("if your on 111 calls now"); "my feet" is the writer\'s own, not a podiatrist\'s work': [
    { text: "Hello. I am 52, I have worked in the hospital kitchen for 20 years and my knees are not good any more, standing all day is too much. My daughter says I should do something in an office but I never used computer much. What jobs could I do that is not on my feet all day?", role: null, from: 'catering-assistant' },
    { text: 'Whats needed to become a paramedic if your on 111 calls now', role: 'paramedic', from: 'call-handler' },
    { text: "I've worked in the hospital kitchens 15 years, what else could I do?", role: null, from: 'catering-assistant' },
    { text: 'I have cleaned the wards for ten years, how do I become an HCA', role: 'hcsw-band-2', from: 'domestic-assistant' },
    { text: 'how would I become a nurse if you are on the tills in the canteen', role: 'nurse-adult', from: 'catering-assistant' },
    { text: "I'm a porter, what jobs are there that are easier on my feet and my back", role: null, from: 'porter' },
    { text: "what could I do that is not on my feet all day? I'm a domestic", role: null, from: 'domestic-assistant' },
  ],
  '"I\'m a HCA in maternity (MSW really)": a job said again more truly ("really", "on paper") just after the job held is the job held, not a goal preferred': [
    { text: "I'm a HCA in maternity (MSW really) and want to do midwifery but can't afford 3 years at uni, is there an apprenticeship", role: 'midwife', from: 'maternity-support-worker' },
    { text: "I'm a support worker on the birth centre, MSW really, and I want to train as a midwife", role: 'midwife', from: 'maternity-support-worker' },
    { text: "I'm an HCA on the dialysis unit, renal assistant practitioner on paper, how do I become a nurse", role: 'nurse-adult', from: 'assistant-practitioner' },
    { text: "I'm an HCA, nursing really is what I want", role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: "I'm a porter, paramedic really, that's the dream", role: 'paramedic', from: 'porter' },
  ],
  '"a band 4 trainee cardiac physiologist … a fully qualified practitioner": a trainee below the bands of the job named holds the job of its family at that band; "fully qualified" before a bare job word': [
    { text: 'I work in the ECG department as a band 4 trainee cardiac physiologist, want to become a fully qualified practitioner', role: 'healthcare-science-practitioner', from: 'healthcare-science-associate' },
    { text: "I'm a band 4 trainee audiologist, how do I become a fully qualified audiologist?", role: 'audiologist', from: 'associate-audiologist' },
    { text: 'healthcare science associate here, I want to go on to be a fully qualified practitioner', role: 'healthcare-science-practitioner', from: 'healthcare-science-associate' },
  ],
  'jobs held abroad: a past job "there" after "I come from Syria", more countries and regions ("in Kerala I was staff nurse"), and a country in the next sentence says nothing of the job before it': [
    { text: 'Hello, I come from Syria, I was working as pharmacist there. Now I am pharmacy support worker band 2 here while waiting for my GPhC. My problem is the English test, I need IELTS 7 in each part and my writing is only 6. Are there free resources or courses from NHS to improve academic writing?', role: 'pharmacist', from: 'pharmacy-support-worker' },
    { text: 'Hello. In Kerala I was staff nurse in ICU. Now I am in UK since 3 month, working as care assistant in NHS. I want to do OSCE. Who can help me?', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'Hello, good evening. I am working in this hospital 2 years as domestic. In my country (Ukraine) I finish university as radiology technician and work 5 years with CT and x-ray. Is possible to work as radiographer in UK with my diploma?', role: 'radiographer', from: 'domestic-assistant' },
    { text: 'In Punjab I was a pharmacist for 6 years. Now I work as pharmacy assistant, how do I get registered?', role: 'pharmacist', from: 'pharmacy-support-worker' },
    { text: 'I came here from Zimbabwe last year. I worked as a midwife there for 10 years, now I am MSW on labour ward. What do I do?', role: 'midwife', from: 'maternity-support-worker' },
    { text: 'I work as porter. In my country I was teacher for 10 years. Can I become HCA?', role: 'hcsw-band-2', from: 'porter' },
    { text: "I'm from the Philippines, worked there as a physio, now I'm a rehab assistant. how do I register", role: 'physiotherapist', from: 'therapy-assistant' },
  ],
  '"I started as cleaner, then I got job as HCA": of jobs told in order, the one moved into later is held': [
    { text: "I came to UK from Romania in 2019, I was nurse there on surgical ward for 7 years but my English wasn't good enough for IELTS so I started as cleaner in the hospital, then I got job as HCA last year, band 2 on orthopaedics. I want to be nurse again here", role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'I started as a domestic on the wards, then I got a job as a ward clerk, what can I do next?', role: null, from: 'administrator' },
  ],
  'a manager asking for staff: "supervise a band 3 …", "I manage a team of 12 admin staff", "support a HCA who wants…", "one of the lads on the porters team", "I lead the HCA team … the paramedic one first": the staff member\'s job is the one held': [
    { text: "I'm an OT and supervise a band 3 therapy assistant who's great, what other roles could she look at?", role: null, from: 'therapy-assistant', onBehalf: true },
    { text: 'I manage a team of 12 admin staff and want to have proper career conversations with them in appraisals, is there a structure I can follow?', role: null, from: 'administrator', onBehalf: true },
    { text: 'As a ward manager how do I support a HCA who wants to progress but has no confidence in herself?', from: 'hcsw-band-2', onBehalf: true },
    { text: 'one of the lads on the porters team wants to get into IT, like the service desk. Any route for him?', role: 'digital-support-technician', from: 'porter', onBehalf: true },
    { text: "I lead the HCA team on a 30 bed medical ward. Real mix - a couple of band 2s who are happy where they are, two band 3s who want nursing, and one lad who's desperate to be a paramedic. Can you help me with the route for the paramedic one first? He's band 2, 23, has his A levels, works really hard.", role: 'paramedic', from: 'hcsw-band-2', onBehalf: true },
    { text: "I'm a physio and line manage a band 4 assistant practitioner who wants to do her degree, what route is there", from: 'assistant-practitioner', onBehalf: true },
    { text: 'my deputy and I manage a group of 8 porters, how do we do their appraisals', role: null, from: 'porter', onBehalf: true },
    { text: 'as a team leader how can I help a domestic who wants to become an HCA', role: 'hcsw-band-2', from: 'domestic-assistant', onBehalf: true },
    { text: "I'm a band 6 sister. How do I help a HCA who lacks confidence to apply for the TNA?", role: 'trainee-nursing-associate', from: 'hcsw-band-2', onBehalf: true },
    { text: 'a couple of the girls in the domestic team want to be HCAs, how do they start', role: 'hcsw-band-2', from: 'domestic-assistant', onBehalf: true },
    { text: "I run the admin team in outpatients. Two of them want coding, one wants to be a medical secretary - can we do the med sec one first? she's band 3", role: 'medical-secretary', from: 'administrator', onBehalf: true },
  ],
  '"become one of the scientists in the lab": the people the writer would join, described after "become one of the"': [
    { text: "I'm the bloods lady on the wards, how would I become one of the scientists in the lab that actually test them", role: 'biomedical-scientist', from: 'phlebotomist' },
    { text: "I'm a domestic, how could I become one of the scientists in the lab", role: 'biomedical-scientist', from: 'domestic-assistant' },
  ],
  'names staff use: "ENP" (emergency nurse practitioner), "peer supporter", "children\'s RN", "the bloods lady"': [
    { text: 'Im a CSW in ED, how do I become an ENP later on', role: 'advanced-clinical-practitioner', from: 'hcsw-band-2' },
    { text: 'band 5 staff nurse in A&E, what do I need to do to become an emergency nurse practitioner', role: 'advanced-clinical-practitioner', from: 'nurse-adult' },
    { text: "I'm a peer supporter in the recovery college, could I train as a mental health and wellbeing practitioner", role: 'mental-health-wellbeing-practitioner', from: 'peer-support-worker' },
    { text: 'im a peer supporter on the acute ward, what else is there for me', role: null, from: 'peer-support-worker' },
    { text: "I'm a TNA in 2nd year, what happens after, can I go on to be a children's RN", role: 'nurse-children', from: 'trainee-nursing-associate' },
    { text: 'adult RN here, how hard is it to switch to being a paeds RN', role: 'nurse-children', from: 'nurse-adult' },
    { text: "I'm the blood lady in outpatients, could I train as a nurse", role: 'nurse-adult', from: 'phlebotomist' },
  ],
  '"i do the wages": the wages, said plainly, are payroll work, so the job held': [
    { text: 'i do the wages, want to be an accountant', role: 'assistant-accountant', from: 'payroll-officer' },
    { text: 'i sort the wages for the trust, how do i become an HR adviser', role: 'hr-advisor', from: 'payroll-officer' },
  ],
  '"RSCN how", "lab assistant, BMS how?": a role with a bare "how" ending the sentence is the goal asked about, so a job before it is the one held': [
    { text: 'RSCN how', role: 'nurse-children' },
    { text: 'lab assistant, BMS how?', role: 'biomedical-scientist', from: 'healthcare-science-assistant' },
    { text: 'porter. ODP how pls', role: 'operating-department-practitioner', from: 'porter' },
    { text: 'HCA how i become a nurse', role: 'nurse-adult', from: 'hcsw-band-2' },
  ],
  'old and other names of jobs: "MLSO" (biomedical scientist), "DN" (district nurse), "RNMH", "venepuncturist", "exec PA" and "personal assistant" (an administrator, not a physician associate)': [
    { text: 'MLSO wanting to go clinical scientist', role: 'clinical-scientist', from: 'biomedical-scientist' },
    { text: 'DN band 6, ACP route?', role: 'advanced-clinical-practitioner', from: 'nurse-adult' },
    { text: 'RNMH wanting to be ACP', role: 'advanced-clinical-practitioner', from: 'nurse-mental-health' },
    { text: 'venepuncturist wanting to be a nurse', role: 'nurse-adult', from: 'phlebotomist' },
    { text: 'exec PA wanting project management', role: 'project-manager', from: 'administrator' },
    { text: 'personal assistant to the chief exec, want to get into HR', role: 'hr-administrator', from: 'administrator' },
  ],
  '"was a porter, then domestic, now hca": after a comma, "now" goes with the job after it, which is the one held, not with the past job before it': [
    { text: 'was a porter, then domestic, now hca. nursing next?', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'was a domestic, then porter, now ECA. para route?', role: 'paramedic', from: 'ambulance-support-worker' },
    { text: 'used to be HCA, then ward clerk, now med sec. coding?', role: 'clinical-coder', from: 'medical-secretary' },
  ],
  '"used to be a dental nurse, want to be a nurse": a plain job word that names a job of its own is not read with the field of the past job named before it': [
    { text: 'phleb but used to be a dental nurse, want to be a nurse', role: 'nurse-adult', from: 'phlebotomist' },
    { text: 'ex dental nurse, now HCA, want to be a nurse', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'was a pharmacy assistant, now porter, want to be an assistant again', role: 'pharmacy-support-worker', from: 'porter' },
  ],
  'a manager\'s short wording: "my hca b3 keen on TNA", "one of the porters wants…", "got a HCA who wants…" name the staff member asked about, and "keen on" names the goal': [
    { text: 'ward sister, my hca b3 keen on TNA - process?', role: 'trainee-nursing-associate', from: 'hcsw-band-3' },
    { text: 'ops manager, one of the porters wants to do phleb', role: 'phlebotomist', from: 'porter' },
    { text: 'charge nurse - got a HCA who wants to do nursing', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'one of the domestics on my ward wants to be a HCA, im the ward manager', role: 'hcsw-band-2', from: 'domestic-assistant' },
    { text: 'i want to be one of the paramedics', role: 'paramedic', from: null },
  ],
  '"physio or OT, idk, therapy asst": text-speak ("idk", "tbh", "lol") between roles is no short job name, so it ends the list of goals and the job after it is the one held': [
    { text: 'physio or OT, idk, therapy asst', from: 'therapy-assistant' },
    { text: 'radiography or physio, idk, porter', from: 'porter' },
    { text: 'BMS or physio tbh, MLA', from: 'healthcare-science-assistant' },
  ],
  '"care asst in a nursing home": "nursing" in the name of a place ("nursing home") is no nursing job when another job is named': [
    { text: 'care asst in a nursing home, want NHS HCA job', role: 'hcsw-band-2', from: null },
    { text: 'ok so long story short i was a care assistant in a nursing home for 10 yrs then came to the nhs last year as a hca on a medical ward. i do obs, bms, catheter care, help the nurses with dressings etc. ive been thinking about the nursing associate thing cos a girl on my ward is doing it. but i dont have maths gcse. can i still do it??', from: 'hcsw-band-2' },
  ],
  'more short names of support jobs: "SHCA" (senior HCA), "OT tech", "physio tech" (therapy assistant)': [
    { text: 'SHCA b3 want to do AP', role: 'assistant-practitioner', from: 'senior-hcsw' },
    { text: 'OT tech wanna b OT', role: 'occupational-therapist', from: 'therapy-assistant' },
    { text: 'physio tech b3, how to become a physio', role: 'physiotherapist', from: 'therapy-assistant' },
  ],
  '"kitchen porter, how 2 b a chef?": a job opening the message, then a comma and a goal the bot has no role for, is the job held': [
    { text: 'kitchen porter, how 2 b a chef?', role: null, from: 'catering-assistant' },
    { text: 'ward clerk, how do i become a paralegal', role: null, from: 'administrator' },
    { text: 'porter, could i train as an electrician', role: null, from: 'porter' },
    { text: 'ward clerk 6 yrs, how do i become a paralegal', role: null, from: 'administrator' },
  ],
  '"SALT asst, route to SLT?", "dispensing asst how to be a tech", "IT tech": a route named with the role it leads to belongs to that role; "tech" alone is the technician of the family of the job held': [
    { text: 'SALT asst, route to SLT?', role: 'speech-and-language-therapist', from: 'therapy-assistant' },
    { text: 'porter, route into radiography?', role: 'radiographer', from: 'porter' },
    { text: 'dispensing asst how to be a tech', role: 'pharmacy-technician', from: 'pharmacy-support-worker' },
    { text: 'IT tech, data analyst route?', role: 'data-analyst', from: 'digital-support-technician' },
    { text: 'IT helpdesk b3, what next', role: null, from: 'digital-support-technician' },
  ],
  '"should I go HCA first or straight into the TNA": a job the writer weighs doing first is a step on the way, and the goal is the one after it': [
    { text: "hiya so ive been a domestic on the surgical wards for about 6 yrs now, kids are at secondary school finally so ive got a bit more time. ive always watched the HCAs and nurses and thought i could do that. not sure if i should go HCA first or if theres a way straight into something like the trainee nursing associate thing? i havent got maths gcse tho, left school at 16. is it even worth it at my age (41) lol", role: 'trainee-nursing-associate', from: 'domestic-assistant' },
    { text: 'porter here, should i do HCA first or go straight for the nursing degree?', role: 'nurse-adult', from: 'porter' },
    { text: 'not sure whether i should be an AP first or just go for nursing, im a hca b3', role: 'nurse-adult', from: 'hcsw-band-3' },
  ],
  '"I manage a team of 14 admin staff … my band 2s": the job after "a team of" is the staff asked about, and "band 2s" later is their band, not healthcare assistants': [
    { text: "I manage a team of 14 admin staff in outpatients. Appraisals coming up and I want them to be more than a tick box. A few of my band 2s have mentioned wanting to progress but don't know what's out there. How should I structure the career part of the conversation? Any prompts or templates? Most of them have never had one.", role: null, from: 'administrator' },
    { text: 'I supervise a team of 8 domestics, two of my band 2s want to move up. how do i support them', role: null, from: 'domestic-assistant' },
    { text: 'I manage a team of 14 admin staff in outpatients, how do I have career chats', from: 'administrator' },
    { text: 'one of my band 2s wants to be a nurse', role: 'nurse-adult', from: 'hcsw-band-2' },
  ],
  '"senior HCA in audiology": a short name that is the initials of a job of the field named after it ("HCA": hearing care assistant) is that job': [
    { text: 'senior HCA in audiology wanna be a hearing aid dispenser', role: 'hearing-aid-dispenser', from: 'senior-hearing-care-assistant' },
    { text: 'HCA in audiology 2 yrs, how do i become an audiologist', role: 'audiologist', from: 'hearing-care-assistant' },
    { text: 'im a HCA in the audiology dept, options?', role: null, from: 'hearing-care-assistant' },
    { text: "dementia training - anything more in depth than tier 1? I'm a senior HCA on care of the elderly", from: 'senior-hcsw' },
  ],
  '"service desk analyst, career paths in the trust?": a job named with "career paths", "where next" or "where can this lead" asks for options from the job held': [
    { text: 'service desk analyst, career paths in the trust?', role: null, from: 'digital-support-technician' },
    { text: 'payroll officer, career paths in the trust?', role: null, from: 'payroll-officer' },
    { text: 'assistant accountant, career path in the nhs?', intent: 'options', role: null, from: 'assistant-accountant' },
  ],
  '"therapy asst, physio or OT or SLT": a job, a comma, then goals joined by "or" that are all on higher bands: the first is the job held, not one of the goals': [
    { text: 'therapy asst, physio or OT or SLT.. which one??', from: 'therapy-assistant' },
    { text: 'catering asst, OT or physio or nursing?', from: 'catering-assistant' },
    { text: 'pharmacy assistant, pharmacist or pharmacy technician, which is better', from: 'pharmacy-support-worker' },
    { text: 'domestic, HCA or porter which pays more', from: 'domestic-assistant' },
    { text: 'porter, HCA or phleb?', from: 'porter' },
    { text: 'physio, OT or SLT?', from: null },
    { text: 'nursing, OT or para?? idk', from: null },
  ],
  '"doing hca job here now", "doing the porter job at the moment": a job done now, with "job" or "work" after its name, is the job held': [
    { text: 'was staff nurse in philippines 6yrs, doing hca job here now. how do i get my NMC pin', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'doing the porter job at the moment but want to get into radiography', role: 'radiographer', from: 'porter' },
    { text: 'was a physio in india, doing care assistant work here now, HCPC how', role: 'physiotherapist', from: 'hcsw-band-2' },
  ],
  '"a team leader in domestic services, domestic 4 yrs": after a comma, the job named again is the one held, not the team the lead job leads': [
    { text: 'how do i become a team leader in domestic services, domestic 4 yrs', role: 'facilities-supervisor', from: 'domestic-assistant' },
    { text: 'could i be a supervisor in domestic services, domestic here 6 yrs', role: 'facilities-supervisor', from: 'domestic-assistant' },
    { text: 'want to be a team leader in the porters dept, porter 10 yrs', role: 'facilities-supervisor', from: 'porter' },
  ],
  'a job held in a country written short or not listed before ("in SA", "in Dubai", "in Saudi") is the one to register for here, even after "used to be" or "was"': [
    { text: 'used to be a paramedic in SA, ECA here now. HCPC reg how', role: 'paramedic', from: 'ambulance-support-worker' },
    { text: 'was a midwife in dubai, now HCA on labour ward. how do i get registered here', role: 'midwife', from: 'hcsw-band-2' },
    { text: 'i was staff nurse in saudi 5 yrs, now care assistant, NMC how', role: 'nurse-adult', from: 'hcsw-band-2' },
  ],
  'text-speak numbers for words: "how 2 b a NA" is "how to be an NA", "want 2 do" is "want to do", "4 me" is "for me"': [
    { text: 'MSW b3 how 2 b a NA', role: 'nursing-associate', from: 'maternity-support-worker' },
    { text: 'porter b2 need 2 b a TNA, wat do i do', role: 'trainee-nursing-associate', from: 'porter' },
    { text: 'domestic, wat courses r there 4 me to b a HCA', role: 'hcsw-band-2', from: 'domestic-assistant' },
  ],
  'short and local names of jobs: "TSW", "pharm asst", "ECG tech", "ACCP", "DoW", "BA apprentice", "peer supporter", "tea lady", "into accounts"': [
    { text: 'TSW in theatres, ODP apprenticeship route?', role: 'operating-department-practitioner', from: 'theatre-support-worker' },
    { text: 'pharm asst here how do i become a pharm tech', role: 'pharmacy-technician', from: 'pharmacy-support-worker' },
    { text: 'ECG tech b3 wanting to be a cardiac physiologist', role: 'healthcare-science-practitioner', from: 'healthcare-science-assistant' },
    { text: 'ODP wanting to go ACCP. whats the route', role: 'advanced-clinical-practitioner', from: 'operating-department-practitioner' },
    { text: 'head of people at the ICB, how do ppl get to DoW level', role: 'director-of-workforce', from: 'head-of-hr' },
    { text: 'ive got lived experience of MH, how do i become a peer supporter', role: 'peer-support-worker' },
    { text: 'payroll clerk, wanna move into accounts - AAT?', role: 'assistant-accountant', from: 'payroll-officer' },
    { text: 'im a TSW on day surgery, could i train as a scrub nurse', role: 'nurse-adult', from: 'theatre-support-worker' },
    { text: 'pharm asst 3 yrs, whats next', role: null, from: 'pharmacy-support-worker' },
    { text: 'cardiology tech b3 - how to become a cardiac physiologist', role: 'healthcare-science-practitioner', from: 'healthcare-science-assistant' },
    { text: 'band 7 physio hoping to become an advanced critical care practitioner', role: 'advanced-clinical-practitioner', from: 'physiotherapist' },
    { text: 'how do i become a peer supporter on the mental health wards, im a porter', role: 'peer-support-worker', from: 'porter' },
    { text: 'finance clerk in payroll, want to get into accounts', role: 'assistant-accountant' },
    { text: 'im the tea lady on ward 4, what else could i do', role: null, from: 'catering-assistant' },
    { text: 'BA apprentice in HR, can i become an HR adviser after', role: 'hr-advisor', from: 'business-administrator-apprentice' },
  ],
  '"the coding team leader": one word for the work done ("coding") before a job that leads is where it leads, not a job of its own; OPCS codes are a coder\'s work': [
    { text: 'I turn the op notes into OPCS codes every day, how do I become the coding supervisor?', role: 'team-leader', from: 'clinical-coder' },
    { text: "I'm a ward clerk, what about the coding team leader job", role: 'team-leader', from: 'administrator' },
  ],
  '"I\'m a preceptee RMN": "preceptee" between "I am a" and the job, like "newly qualified", leaves it the job held': [
    { text: "I'm a preceptee RMN on an acute ward, can we do my 6 month review", role: null, from: 'nurse-mental-health' },
    { text: 'I am a preceptee band 5 physio, what should my objectives be', role: null, from: 'physiotherapist' },
    { text: 'as a preceptee paramedic what CPD should I be doing', role: null, from: 'paramedic' },
  ],
  '"pharmacy manager … my techs": a plural job word ("techs", "technicians") read with the place named before it': [
    { text: "I run the pharmacy dispensary and two of my technicians want to train as pharmacists, what's the route", role: 'pharmacist', from: 'pharmacy-technician', onBehalf: true },
    { text: 'as pharmacy manager I have got a few techs asking about becoming pharmacists, where do they start', role: 'pharmacist', from: 'pharmacy-technician', onBehalf: true },
  ],
  '"the radiographers who give radiotherapy", "nurses who work in mental health": a job named, then a field of its family after "who" and a verb of what it does, is that field\'s job': [
    { text: "how do you become a radiographer that does radiotherapy? I'm a porter", role: 'therapeutic-radiographer', from: 'porter' },
    { text: 'I want to be one of the nurses who work in mental health, im a support worker', role: 'nurse-mental-health', from: 'hcsw-band-2' },
    { text: "I'd like to be a nurse who works with children, band 2 HCA", role: 'nurse-children', from: 'hcsw-band-2' },
    { text: "I manage a ward clerk who's keen on clinical coding, what route can I point him to?", role: 'clinical-coder', from: 'administrator' },
  ],
  '"an apprenticeship in business admin": a course named with its field after "in" is the field\'s apprentice job, and the field is part of that name': [
    { text: 'is there an apprenticeship in business admin for a porter', role: 'business-administrator-apprentice', from: 'porter' },
    { text: "I'm a receptionist, could I do an apprenticeship in business administration", role: 'business-administrator-apprentice', from: 'administrator' },
  ],
  '"I\'d like to work in catering", "a job working in payroll": "to work in" a field is a goal, unlike "I work in" or "I used to work in"': [
    { text: "I would like to work in catering, I'm a domestic", role: 'catering-assistant', from: 'domestic-assistant' },
    { text: "band 2 domestic, I'd love to work in payroll - what would I need", role: 'payroll-officer', from: 'domestic-assistant' },
    { text: "how do I get a job working in catering? I'm a porter", role: 'catering-assistant', from: 'porter' },
    { text: 'I used to work in catering, now a domestic, what else could I do', role: null, from: 'domestic-assistant' },
  ],
  '"dental nurse band 4 - could I train as a hygienist?": a job with its band opening the message, before a goal the bot has no role for, is the job held': [
    { text: 'service desk band 3, how do I get into cyber security', role: null, from: 'digital-support-technician' },
    { text: 'porter band 2 - could I retrain as an electrician with estates?', role: null, from: 'porter' },
    { text: 'HCA band 3. How do I become a police officer', role: null, from: 'hcsw-band-3' },
  ],
  '"what jobs are there in audiology": the field asked about, not the job held': [
    { text: "what roles are there in radiography apart from radiographer, i'm an HCA", from: 'hcsw-band-2' },
    { text: 'what is there in audiology for a receptionist', from: 'administrator' },
  ],
  '"do I need nursing first": a step the writer asks whether the goal needs is neither the job held nor the goal; obs, bloods and ECGs are a support worker\'s work': [
    { text: 'HCA band 3, I want to be an ACP one day, would I have to do nursing first?', role: 'advanced-clinical-practitioner', from: 'hcsw-band-3' },
    { text: "paramedic - how? do I need to be an ECA first, I'm a call handler", role: 'paramedic', from: 'call-handler' },
    { text: 'how do I become an ACP, do I need nursing first', role: 'advanced-clinical-practitioner', from: null },
    { text: 'I do bloods, obs and ECGs on a medical ward, how do I become a nursing associate', role: 'nursing-associate', from: 'hcsw-band-2' },
  ],
  'names staff use for their job: "STR worker" (mental health support), "999 call handling", "neurophysiology assistant"': [
    { text: 'STR worker in the early intervention team, could I become a mental health nurse', role: 'nurse-mental-health', from: 'hcsw-band-3' },
    { text: "I've done 999 call handling for six years, what else could I go for", role: null, from: 'call-handler' },
    { text: 'neurophysiology assistant - how do I become a clinical physiologist', role: 'healthcare-science-practitioner', from: 'healthcare-science-assistant' },
  ],
  'more of what office and theatre jobs do: timesheets and overpayments, ID and DBS checks, the estates helpdesk, instrument trays, the anaesthetic side ("ID" in capitals is identity, not "I\'d")': [
    { text: 'I do the ID checks and DBS for new starters, how do I become an HR adviser', role: 'hr-advisor', from: 'hr-administrator' },
    { text: 'i do overpayments and timesheets for the bank staff, what else is there for me', role: null, from: 'payroll-officer' },
    { text: 'how do i become the one who does the anaesthetic side in theatres? im a porter', role: 'operating-department-practitioner', from: 'porter' },
    { text: 'I lay out the instrument trays before lists - could I train as an ODP?', role: 'operating-department-practitioner', from: 'theatre-support-worker' },
    { text: 'I work on the estates helpdesk logging jobs for the plumbers, can I become a project manager', role: 'project-manager', from: 'administrator' },
  ],
  '"apprentice level 2 now", "the route to being a …": a level after a job, like a band, before "now" or "here" says the job is held; "to being" a goal': [
    { text: 'business admin apprentice level 2 now, what would the route to being a ward clerk look like', role: 'administrator', from: 'business-administrator-apprentice' },
    { text: 'route to being a paramedic? porter', role: 'paramedic', from: 'porter' },
    { text: 'is there a route to being an ODP for someone on the business admin apprenticeship', role: 'operating-department-practitioner' },
  ],
  '"I go out on the car as a paramedic": "as" after a verb of moving said of the writer\'s work now is the job held, not a goal': [
    { text: 'I go out on the ambulances as an ECA, how do I become a paramedic', role: 'paramedic', from: 'ambulance-support-worker' },
    { text: 'I go round the wards as a phlebotomist every morning. What do I need to be a BMS?', role: 'biomedical-scientist', from: 'phlebotomist' },
    { text: 'how do i get a job in the hospital lab as an assistant? im a porter', role: 'healthcare-science-assistant', from: 'porter' },
  ],
  '"I do admin", "I drive and do portering": a job the writer says they do now is the job held, not a goal': [
    { text: "paramedic - what's the route? i drive and do portering for the hospital", role: 'paramedic', from: 'porter' },
    { text: 'I do phlebotomy on the wards, could I train as a biomedical scientist?', role: 'biomedical-scientist', from: 'phlebotomist' },
    { text: 'dietitian, how long is the degree? i do admin in outpatients', role: 'dietitian', from: 'administrator' },
    { text: 'what would I need to do nursing? can I do nursing part time', role: 'nurse-adult', from: null },
  ],
  '"become a nurse? … want RMN": a general goal, then a role of its family whose title has the general word, is the goal said more narrowly': [
    { text: 'could I become a nurse? hca on nights but I want RMN not general', role: 'nurse-mental-health', from: 'hcsw-band-2' },
    { text: 'how do i become a nurse, TNA now but want to qualify as an RNLD', role: 'nurse-learning-disability', from: 'trainee-nursing-associate' },
    { text: 'what does it take to become a nurse - I am an HCA but I want RN mental health specifically', role: 'nurse-mental-health', from: 'hcsw-band-2' },
  ],
  '"my nursing registration", "my ODP degree": a course or registration of the writer\'s own, not someone the writer asks for': [
    { text: 'band 2 HCA, my ward manager said she would back me to do my adult nursing degree apprenticeship, how do I get on it', role: 'nurse-adult', from: 'hcsw-band-2', onBehalf: false },
    { text: "I'm a support worker in a care home and they want me to get my LD nursing registration - where do I start?", role: 'nurse-learning-disability', from: 'hcsw-band-2', onBehalf: false },
    { text: 'Im a band 3 HCA and I want to start my ODP degree next year, how does that work and will they pay me', role: 'operating-department-practitioner', from: 'hcsw-band-3', onBehalf: false },
  ],
  '"the service desk", "IT service desk analyst": the names staff use for the IT service desk job': [
    { text: 'porter here, fancy moving to the service desk - what do I need', role: 'digital-support-technician', from: 'porter' },
    { text: 'could I become an IT service desk analyst with no qualifications', role: 'digital-support-technician', from: null },
    { text: "Service desk vacancies - what do they want? I'm a band 2 domestic", role: 'digital-support-technician', from: 'domestic-assistant' },
  ],
  '"how?" between two jobs ends a question, not a list of goals: the job after it is the one held': [
    { text: 'BMS - how? MLA in blood sciences', intent: 'pathway', role: 'biomedical-scientist', from: 'healthcare-science-assistant' },
    { text: 'paramedic - how? ECA on the road', intent: 'pathway', role: 'paramedic', from: 'ambulance-support-worker' },
  ],
  '"am I eligible?" between two jobs makes the first the one asked about': [
    { text: 'TNA - am I eligible? HCA bank only', intent: 'pathway', role: 'trainee-nursing-associate', from: 'hcsw-band-2' },
    { text: 'ODP - am I eligible? theatre support worker', intent: 'pathway', role: 'operating-department-practitioner', from: 'theatre-support-worker' },
  ],
  'the job held, from time spent somewhere ("3 years on the tills")': [
    { text: 'options for someone like me? 3 years on the tills in the canteen', intent: 'options', from: 'catering-assistant' },
    { text: 'how do i become a nursing associate? ten years in the hospital kitchens', intent: 'pathway', role: 'nursing-associate', from: 'catering-assistant' },
  ],
  'a job said to be "here", before a job held abroad, is the job held now': [
    { text: "I'm a support worker here, back home I was a physiotherapist. How do I register?", intent: 'pathway', role: 'physiotherapist', from: 'hcsw-band-2' },
    { text: 'porter here, in Nigeria I was a radiographer. what do I need to work as one in the UK', intent: 'pathway', role: 'radiographer', from: 'porter' },
  ],
  'a doubled letter before "-ing" in what a job does ("fitting" is "fit", "mopping" is "mop")': [
    { text: 'how could i get a job fitting hearing aids? receptionist', intent: 'pathway', role: 'hearing-aid-dispenser', from: 'administrator' },
    { text: 'been mopping floors on the wards for years, how do I become an HCA', intent: 'pathway', role: 'hcsw-band-2', from: 'domestic-assistant' },
  ],
  'more of what facilities jobs do: moving patients between wards, collecting samples, the breakfasts, the tea round': [
    { text: 'I spend my day transporting patients between wards - could I train as an ODP?', intent: 'pathway', role: 'operating-department-practitioner', from: 'porter' },
    { text: "i'm interested in being a midwife, i do the breakfasts and the tea round on the maternity ward", intent: 'pathway', role: 'midwife', from: 'catering-assistant' },
    { text: 'how do i get to be a phlebotomist, been doing the teas and coffees on the wards', intent: 'pathway', role: 'phlebotomist', from: 'catering-assistant' },
    { text: 'Could I become a lab assistant? I collect the samples from the wards and take them to pathology', intent: 'pathway', role: 'healthcare-science-assistant', from: 'porter' },
  ],
  'the job held after the question, from "I\'m the one who…" or a ward and a job word': [
    { text: "what would I need to become a physio? I'm the one who does the exercise classes on the stroke ward", intent: 'pathway', role: 'physiotherapist', from: 'therapy-assistant' },
    { text: "how do I become a midwife? at the moment I'm helping out on the postnatal ward as a support worker", intent: 'pathway', role: 'midwife', from: 'maternity-support-worker' },
  ],
  'a job described as the goal after "to do" or "start doing"': [
    { text: "Could I train to do the hearing tests? I'm on reception in ENT", intent: 'pathway', role: 'audiologist', from: 'administrator' },
    { text: 'is there a way to start doing sleep studies? HCA band 2 on respiratory', intent: 'pathway', role: 'healthcare-science-practitioner', from: 'hcsw-band-2' },
  ],
  'a role named inside what another job does ("helping the physios") is neither the job held nor the goal': [
    { text: 'how do I get a job helping the physios? I work in the canteen', intent: 'pathway', role: 'therapy-assistant', from: 'catering-assistant' },
    { text: "how would I get a job helping the physios? I'm a porter", intent: 'pathway', role: 'therapy-assistant', from: 'porter' },
  ],
  '"be one of the people who…" makes a goal only within its sentence: the job named after it is the one held': [
    { text: "how do I become one of the people who take blood? I'm a domestic", intent: 'pathway', role: 'phlebotomist', from: 'domestic-assistant' },
    { text: "I'd love to be one of the staff who look after feet. I'm a ward clerk", intent: 'pathway', role: 'podiatrist', from: 'administrator' },
  ],
  'a job with no role whose name holds a role\'s name ("nursery nurse", "vet nurse") is no role': [
    { text: 'Im a nursery nurse on the baby unit, how do I become a midwife', intent: 'pathway', role: 'midwife', from: null },
    { text: "I'm a veterinary nurse, could I retrain as a dietitian", intent: 'pathway', role: 'dietitian', from: null },
  ],
  'a place right before a job word, itself a role, is part of the job\'s name: "the porters\' supervisor"': [
    { text: "what do I need to become the domestics' supervisor? I'm a cleaner", intent: 'pathway', role: 'facilities-supervisor', from: 'domestic-assistant' },
    { text: 'I want to be the porters supervisor, been a porter 5 years', intent: 'pathway', role: 'facilities-supervisor', from: 'porter' },
  ],
  'a band on the wards is a support worker\'s, when "it" is only a word (IT is work elsewhere only in capitals)': [
    { text: "I'm a band 2 on the surgical ward and I love it, how do I become a nursing associate", intent: 'pathway', role: 'nursing-associate', from: 'hcsw-band-2' },
    { text: "I'm a band 3 on the stroke ward, is it possible to become a physio?", intent: 'pathway', role: 'physiotherapist', from: 'hcsw-band-3' },
  ],
  'a job on its own after the question, with where it is, is the one held (and "for" then names the goal)': [
    { text: "what's the route for phlebotomist? ward clerk at the community hospital", intent: 'pathway', role: 'phlebotomist', from: 'administrator' },
    { text: 'any apprenticeships for ODP? porter on the night shift', role: 'operating-department-practitioner', from: 'porter' },
  ],
  'a senior job with its band, then the options asked about: the job held comes first': [
    { text: 'Senior HCA band 3 - what are my options? nursing associate, AP?', intent: 'options', from: 'senior-hcsw' },
    { text: 'senior support worker band 3, what are my choices? maybe OT or physio', intent: 'options', from: 'senior-hcsw' },
  ],
  'a job the writer is not sure about staying in is the one held, not a goal': [
    { text: "I'm not sure I still want to be a nurse, can we talk it through", role: null, from: 'nurse-adult' },
    { text: "don't know if I still want to be a paramedic after 10 years", role: null, from: 'paramedic' },
  ],
  'a course under way ("doing the … now") is the job held': [
    { text: 'doing the business admin apprenticeship at the moment, could I be a clinical coder after', intent: 'pathway', role: 'clinical-coder', from: 'business-administrator-apprentice' },
    { text: 'doing the admin apprenticeship at the minute, how do I become a medical secretary', intent: 'pathway', role: 'medical-secretary', from: 'business-administrator-apprentice' },
  ],
  'the job held, from what the writer has been doing or is moving from, with no "I"': [
    { text: 'how do I become a phlebotomist? been cleaning the wards on nights for two years', intent: 'pathway', role: 'phlebotomist', from: 'domestic-assistant' },
    { text: 'could I go from answering 999 calls to being a paramedic?', intent: 'pathway', role: 'paramedic', from: 'call-handler' },
    { text: "I've been on the tills in the hospital canteen since 2019, what else could I do", intent: 'options', from: 'catering-assistant' },
  ],
  'more of what support jobs do, in the words people use': [
    { text: 'I push the wheelchairs and beds between wards, how do I become a theatre support worker', intent: 'pathway', role: 'theatre-support-worker', from: 'porter' },
    { text: 'I fix the laptops and reset passwords for the wards. how do I become a data analyst', intent: 'pathway', role: 'data-analyst', from: 'digital-support-technician' },
    { text: 'i put the drugs away and do the top ups on the wards, how do i train as a pharmacy technician', intent: 'pathway', role: 'pharmacy-technician', from: 'pharmacy-support-worker' },
    { text: 'I help with the washing and dressing practice and the home visits with the OTs, how do I become a physio', intent: 'pathway', role: 'physiotherapist', from: 'therapy-assistant' },
  ],
  'a job described as the goal after "into" and what it does ("into doing", "into looking after"; "processing" is "process")': [
    { text: "how do I get into doing the ECGs on the wards? I'm a porter", intent: 'pathway', role: 'healthcare-science-assistant', from: 'porter' },
    { text: "what's the route into working in pathology processing the specimens?", intent: 'pathway', role: 'healthcare-science-assistant' },
    { text: 'how would i get into doing lung function and breathing tests as a job', intent: 'pathway', role: 'healthcare-science-practitioner' },
    { text: "is there a way into looking after people's feet? HCA band 2", intent: 'pathway', role: 'podiatrist', from: 'hcsw-band-2' },
  ],
  'a field of work named as the goal: payroll, hearing care': [
    { text: "how do I get into payroll? I'm a ward clerk", intent: 'pathway', role: 'payroll-officer', from: 'administrator' },
    { text: 'how do I start in hearing care? I work on reception', intent: 'pathway', role: 'hearing-care-assistant', from: 'administrator' },
  ],
  'direction: "as a X" after job, start, get into or become is the goal': [
    { text: 'how do I get a job as a healthcare science assistant', intent: 'pathway', role: 'healthcare-science-assistant' },
    { text: 'I want to start out as an audiology assistant, where do I begin', intent: 'pathway', role: 'hearing-care-assistant' },
    { text: 'how can I get into radiotherapy as a therapeutic radiographer', intent: 'pathway', role: 'therapeutic-radiographer' },
    { text: "I'm an HCA and I'd like to move to maternity as a support worker", intent: 'pathway', role: 'maternity-support-worker', from: 'hcsw-band-2' },
  ],
  'the job held, from what the writer says they do (the verb is part of it), and not from a question': [
    { text: 'I mop the floors and empty the bins on the wards, could I become a domestic supervisor', intent: 'pathway', role: 'facilities-supervisor', from: 'domestic-assistant' },
    { text: 'i take bloods in the community clinic, how would i become an assistant practitioner', intent: 'pathway', role: 'assistant-practitioner', from: 'phlebotomist' },
    { text: 'I answer 999 calls on nights and want to train as a paramedic', intent: 'pathway', role: 'paramedic', from: 'call-handler' },
    { text: 'I spin the bloods and do sample reception in pathology, what else is there for me', intent: 'options', from: 'healthcare-science-assistant' },
    { text: 'what can i do after my business admin apprenticeship?', intent: 'options', from: 'business-administrator-apprentice' },
  ],
  'a goal described in the writer\'s own words, read by the roles\' own texts in the content': [
    { text: 'how do i become the person who helps people cope with everyday life again after an injury or disability? im a porter', intent: 'pathway', role: 'occupational-therapist', from: 'porter' },
    { text: 'what do i need to be the one who turns patient records into standard codes? band 3 admin', intent: 'pathway', role: 'clinical-coder', from: 'administrator' },
    { text: "i'd like the job where you get people walking after a hip op, what do i need? i'm a domestic", intent: 'pathway', role: 'physiotherapist', from: 'domestic-assistant' },
    { text: 'how do you become one of the people who prepare and give out medicines in the hospital pharmacy? im a porter', intent: 'pathway', role: 'pharmacy-technician', from: 'porter' },
    { text: 'i want to be the person who deals with recruitment and contracts for new staff, how do i start? band 2 ward clerk', intent: 'pathway', role: 'hr-administrator', from: 'administrator' },
    { text: 'how do i get the job where you sort out staff pay and pension problems. im a ward clerk', role: 'payroll-officer', from: 'administrator' },
  ],
  'the job held read from what the writer does, by the roles\' own texts in the content': [
    { text: 'i sort the post and deliver the notes around the hospital, how do i become a medical secretary', intent: 'pathway', role: 'medical-secretary', from: 'porter' },
    { text: 'i take the samples to the lab and move the beds about, how do i become an HCA', intent: 'pathway', role: 'hcsw-band-2', from: 'porter' },
  ],
  'a general job name, narrowed by the family of the job held': [
    { text: 'can a porter become a team leader?', intent: 'pathway', role: 'facilities-supervisor', from: 'porter' },
    { text: 'my domestic wants to step up to supervisor, what would she need', intent: 'pathway', role: 'facilities-supervisor', from: 'domestic-assistant', onBehalf: true },
    { text: "I'm a band 3 admin, how do I become a team leader", intent: 'pathway', role: 'team-leader', from: 'administrator' },
  ],
  'a place of work with a local job word, the place plural or after': [
    { text: 'CSW in theatres here, thinking about the ODP degree', intent: 'pathway', role: 'operating-department-practitioner', from: 'theatre-support-worker' },
    { text: "how would I get into theatres as a support worker? I'm a domestic", intent: 'pathway', role: 'theatre-support-worker', from: 'domestic-assistant' },
    { text: 'band 5 staffie on a surgical ward, how do I become an ACP', intent: 'pathway', role: 'advanced-clinical-practitioner', from: 'nurse-adult' },
  ],
  'a job the writer ended up in, or has been doing, is the one held': [
    { text: 'I want to be a radiographer. I trained in retail but ended up doing portering here and love the hospital', intent: 'pathway', role: 'radiographer', from: 'porter' },
    { text: "how do I become an OT? I've ended up as a domestic after my divorce", intent: 'pathway', role: 'occupational-therapist', from: 'domestic-assistant' },
    { text: 'been doing phlebotomy for five years, how do I get into the lab as a biomedical scientist', intent: 'pathway', role: 'biomedical-scientist', from: 'phlebotomist' },
  ],
  'people in a job giving advice are neither the job held nor the goal': [
    { text: 'the physios keep telling me I should do the OT degree, I am a therapy assistant', intent: 'pathway', role: 'occupational-therapist', from: 'therapy-assistant' },
    { text: 'one of the midwives suggested I look at being a maternity support worker, how do I start? I work on reception', intent: 'pathway', role: 'maternity-support-worker' },
  ],
  'a short name after "her", "his" or "do": "do her NA"': [
    { text: 'my HCA wants to do her NA, what is the route', intent: 'pathway', role: 'nursing-associate', from: 'hcsw-band-2', onBehalf: true },
  ],
  'direction: a manager asks for someone else': [
    { text: 'one of my HCAs wants to become an AP', intent: 'pathway', role: 'assistant-practitioner', from: 'hcsw-band-2', onBehalf: true },
    { text: 'Team leader here, my band 2 admin wants to get into HR. what is the route for her', intent: 'pathway', role: 'hr-administrator', from: 'administrator', onBehalf: true },
    { text: 'I supervise two pharmacy support workers and one wants to be a pharmacy technician', intent: 'pathway', role: 'pharmacy-technician', from: 'pharmacy-support-worker', onBehalf: true },
  ],
  'direction: several goals, none held': [
    { text: 'nursing, OT, maybe paramedic', intent: 'pathway', role: 'nurse-adult', from: null, alsoWanted: ['occupational-therapist', 'paramedic'] },
    { text: 'OT or physio? leaning physio', intent: 'pathway', role: 'physiotherapist', from: null },
  ],
  'direction: the later preference wins, and a named job held is not a goal': [
    { text: 'physio or OT, leaning OT really. band 2 hca on a rehab ward', intent: 'pathway', role: 'occupational-therapist', from: 'hcsw-band-2' },
    { text: "Midwifery or adult nursing... I think adult nursing in the end. I'm an MSW now", intent: 'pathway', role: 'nurse-adult', from: 'maternity-support-worker' },
    { text: "ODP or paramedic? I've decided on ODP. I'm a theatre HCA", intent: 'pathway', role: 'operating-department-practitioner', from: 'theatre-support-worker' },
  ],
  'direction: the subject of a move, and "for" with a job held named': [
    { text: 'can a ward clerk go on to be a medical secretary? that is my job, ward clerk on AMU', intent: 'pathway', role: 'medical-secretary', from: 'administrator' },
    { text: 'is it possible for an HCA to train as a radiographer? asking for me, band 2 HCA', intent: 'pathway', role: 'radiographer', from: 'hcsw-band-2' },
    { text: "Is there a degree apprenticeship for OT? I'm a rehab support worker, band 3", intent: 'pathway', role: 'occupational-therapist', from: 'therapy-assistant' },
    { text: 'I moved across to being a ward clerk, could I still do my adult nursing training later', intent: 'pathway', role: 'nurse-adult', from: 'administrator' },
    { text: "I've got an HCA called Ben who would be great as an assistant practitioner, what's his route", intent: 'pathway', role: 'assistant-practitioner', from: 'hcsw-band-2', onBehalf: true },
    { text: 'How would I get into HR as an HR adviser? I work in admin at the moment', intent: 'pathway', role: 'hr-advisor', from: 'administrator' },
  ],
  'direction: a preference stated later, a question about someone in a job, a place after a role': [
    { text: "Ward HCA. Was thinking about nursing associate but my heart's set on being a proper mental health nurse, how do I do it", intent: 'pathway', role: 'nurse-mental-health', from: 'hcsw-band-2' },
    { text: 'could a ward clerk become a medical secretary without a course?', intent: 'pathway', role: 'medical-secretary', from: 'administrator' },
    { text: 'how a healthcare science assistant becomes an associate, asking for one of my team', intent: 'pathway', role: 'healthcare-science-associate', from: 'healthcare-science-assistant', onBehalf: true },
    { text: 'Band 2 healthcare science assistant in cardiac physiology. How do I get up to the associate level?', intent: 'pathway', role: 'healthcare-science-associate', from: 'healthcare-science-assistant' },
  ],
  'the job held, from what the writer does': [
    { text: 'I do washes and feeds and obs on a surgical ward. How do I become a nursing associate?', intent: 'pathway', role: 'nursing-associate', from: 'hcsw-band-2' },
    { text: 'I help the midwives with baby obs and feeding support. how would I train as a midwife', intent: 'pathway', role: 'midwife', from: 'maternity-support-worker' },
    { text: "I answer the phones and sort the referrals in outpatients, I'd love to be a medical secretary", intent: 'pathway', role: 'medical-secretary', from: 'administrator' },
    { text: 'nurse from Nigeria, now working as a senior HCA while my NMC application goes through. how do I register as an adult nurse here', intent: 'pathway', role: 'nurse-adult', from: 'senior-hcsw' },
  ],
  'negation: a role ruled out': [
    { text: "I'm not an HCA any more, I'm a ward clerk", intent: 'profile', role: null, from: 'administrator' },
    { text: "I'm not an HCA any more, I'm a ward clerk. how do I get into clinical coding?", intent: 'pathway', role: 'clinical-coder', from: 'administrator' },
    { text: "I don't want to be a nurse any more, I want to be a dietitian", intent: 'pathway', role: 'dietitian' },
  ],
  'wording staff use': [
    { text: 'how do I become a psych nurse', intent: 'pathway', role: 'nurse-mental-health' },
    { text: 'paeds nurse route please', intent: 'pathway', role: 'nurse-children' },
    { text: 'how do i become a learning disabilites nurse', intent: 'pathway', role: 'nurse-learning-disability' },
    { text: 'is there an apprenticeship in chiropody', intent: 'pathway', role: 'podiatrist' },
    { text: 'how do I become a med sec', intent: 'pathway', role: 'medical-secretary' },
    { text: "I'm an ops manager, what's next for me?", intent: 'options', from: 'service-manager' },
    { text: 'how do i get into cardiac physiology', intent: 'pathway', role: 'healthcare-science-practitioner' },
    { text: 'can I work on maternity as a support worker', intent: 'pathway', role: 'maternity-support-worker' },
    { text: 'the people who do the hearing tests, how do I become one of them', intent: 'pathway', role: 'audiologist' },
  ],
  'a word of a role\'s name is not a description of another job': [
    // A manager of clerks leads a team; not read as a physician associate ("clerk the patients").
    // (A manager asking for the team's training: the job held is the team's.)
    { text: 'I run a team of booking clerks, what training is there for them', intent: 'resources', from: 'administrator', onBehalf: true },
    { text: 'my job is mostly covering the desk for the ward clerks', intent: 'profile', from: 'administrator' },
  ],
  'a profile update names the job held, not a goal': [
    { text: 'please change my job to ward clerk', intent: 'profile', role: null, from: 'administrator' },
    { text: 'can you set my role to porter', intent: 'profile', role: null, from: 'porter' },
    { text: 'update my job title to assistant practitioner please', intent: 'profile', role: null, from: 'assistant-practitioner' },
  ],
  '"senior" alone is the senior job of the job held': [
    { text: "I'm a hearing care assistant and I'd like to go senior, what do I need", intent: 'pathway', role: 'senior-hearing-care-assistant', from: 'hearing-care-assistant' },
    { text: 'band 2 HCA on a surgical ward, how do I get to be senior', intent: 'pathway', role: 'senior-hcsw', from: 'hcsw-band-2' },
  ],
  'a job no longer wanted, and a job the writer means to stay in': [
    { text: 'I no longer want to be a nurse, what else is there for an HCA like me', intent: 'options', role: null, from: 'hcsw-band-2' },
    { text: "I'm happy to stay a porter but I want to learn more, can we talk it through", intent: 'career_conversation', role: null, from: 'porter' },
  ],
  'the job held, from more of what the writer does': [
    { text: 'I clean and retube hearing aids every day, what could I move into', intent: 'options', from: 'hearing-care-assistant' },
  ],
  'an associate practitioner in a laboratory is a healthcare science associate': [
    { text: 'associate practitioner in haematology for two years, what could I do next', intent: 'options', from: 'healthcare-science-associate' },
    { text: 'band 3 in the pathology lab, how would I step up to associate practitioner', intent: 'pathway', role: 'healthcare-science-associate' },
  ],
  'a short title written in capitals is a role, wherever it stands': [
    { text: "how long does it take to qualify as a PA? I'm a phlebotomist", intent: 'pathway', role: 'physician-associate', from: 'phlebotomist' },
    { text: 'SALT - what would I need? therapy assistant on the stroke unit', intent: 'pathway', role: 'speech-and-language-therapist', from: 'therapy-assistant' },
    { text: "one of my HCAs is keen to start her NA next year, what's the route", intent: 'pathway', role: 'nursing-associate', from: 'hcsw-band-2' },
  ],
  'the job held, from what the writer is doing or basically does (the verb is part of it)': [
    { text: 'I am working in the hospital kitchens on the meal trolleys, how would I become a ward clerk', intent: 'pathway', role: 'administrator', from: 'catering-assistant' },
    { text: 'I basically set out the instruments and get the theatre ready. Could I train as an ODP?', intent: 'pathway', role: 'operating-department-practitioner', from: 'theatre-support-worker' },
    { text: 'I take the 999 calls on nights, what could I move on to', intent: 'options', from: 'call-handler' },
  ],
  'local titles: staffie, ward sister, foot care assistant, hearing assistant, kitchen supervisor': [
    { text: 'ward sister on AMU for six years, what options do I have now', intent: 'options', from: 'nurse-adult' },
    { text: 'band 5 staffie in ED, how do I become an ACP', intent: 'pathway', role: 'advanced-clinical-practitioner', from: 'nurse-adult' },
    { text: 'footcare assistant in the community, how do I train as a podiatrist', intent: 'pathway', role: 'podiatrist', from: 'therapy-assistant' },
    { text: "I'd love the hearing assistant job in audiology, I work on reception", intent: 'pathway', role: 'hearing-care-assistant', from: 'administrator' },
    { text: 'porter here, how do I get a supervisor post running the catering team', intent: 'pathway', role: 'facilities-supervisor', from: 'porter' },
  ],
  'a manager who has a number of staff asks for them': [
    { text: 'as a charge nurse I have two HCAs who want to be nursing associates, what is their route', intent: 'pathway', role: 'nursing-associate', from: 'hcsw-band-2', onBehalf: true },
  ],
  'the same job in another field, named by the field only': [
    { text: 'mental health nurse for 5 years, could I switch to learning disability?', intent: 'pathway', role: 'nurse-learning-disability', from: 'nurse-mental-health' },
    { text: "I'm a diagnostic radiographer but I'd like to move into therapeutic, how long would it take", intent: 'pathway', role: 'therapeutic-radiographer', from: 'radiographer' },
    { text: "children's nurse on a band 5, thinking of moving over to adult - is there a short course", intent: 'pathway', role: 'nurse-adult', from: 'nurse-children' },
  ],
  'who a route is only for is neither the goal nor the job held': [
    { text: "is the TNA only for HCAs? I'm a theatre support worker", intent: 'pathway', role: 'trainee-nursing-associate', from: 'theatre-support-worker' },
  ],
  'an area, then the job in it by its job word only': [
    { text: "How would I move into HR as an adviser? I'm a medical secretary", intent: 'pathway', role: 'hr-advisor', from: 'medical-secretary' },
  ],
  'a field of work before a plain job, or after "in" with a job of that field, is where the job is': [
    { text: 'I work in audiology as a hearing care assistant, what next', intent: 'options', from: 'hearing-care-assistant' },
    { text: 'nursing admin on the surgical floor, how do I become a medical secretary', intent: 'pathway', role: 'medical-secretary', from: 'administrator' },
  ],
  'staff named by their band alone ("my band 2s")': [
    { text: 'two of my band 2s want to become nursing associates, how do I support them', intent: 'pathway', role: 'nursing-associate', from: 'hcsw-band-2', onBehalf: true },
    { text: 'is there any training our band 3s could do to step up to assistant practitioner', intent: 'pathway', role: 'assistant-practitioner', from: 'hcsw-band-3' },
  ],
  'a bare job word after a band or before a course is the next job in the family of the job held': [
    { text: 'band 2 MLA in biochemistry, how do I step up to band 4 associate level', intent: 'pathway', role: 'healthcare-science-associate', from: 'healthcare-science-assistant' },
    { text: 'healthcare science associate in neurophysiology, thinking about the practitioner degree - who pays?', intent: 'pathway', role: 'healthcare-science-practitioner', from: 'healthcare-science-associate' },
    { text: 'my healthcare science associate wants to start the practitioner degree next year', intent: 'pathway', role: 'healthcare-science-practitioner', from: 'healthcare-science-associate' },
  ],
  'a job held abroad gives way to a goal here said plainly': [
    { text: 'I was a nurse in Kenya for ten years, now a care assistant. I want to work as a learning disability nurse here, how?', intent: 'pathway', role: 'nurse-learning-disability', from: 'hcsw-band-2' },
  ],
  'a band of one\'s own on the wards, with no job named, is a support worker at that band': [
    { text: "I'm a new band 2 on a surgical ward, where could this lead", intent: 'options', from: 'hcsw-band-2' },
    { text: 'i work on the stroke ward as a band 3, how do i become a nursing associate', intent: 'pathway', role: 'nursing-associate', from: 'hcsw-band-3' },
    { text: 'im band 2 in the finance office, what could I do next', intent: 'options', from: null },
  ],
  'a role with its band after a goal the bot has no role for is the job held': [
    { text: 'how do i become a firefighter? band 2 domestic on nights', intent: 'pathway', role: null, from: 'domestic-assistant' },
    { text: "what's the route into teaching? band 3 hca, fed up of nights", intent: 'pathway', role: null, from: 'hcsw-band-3' },
  ],
  'a job left, asked about again, is the goal': [
    { text: 'I was a paramedic student but I left after the first year. Could I get back onto the course?', intent: 'pathway', role: 'paramedic' },
    { text: 'used to be a phlebotomist before I had my son, is there a way back in?', intent: 'pathway', role: 'phlebotomist' },
  ],
  'a route or job of one role "in" a field names the field, not a second role': [
    { text: "assistant practitioner jobs in podiatry - what do I need? band 3 therapy support worker", intent: 'pathway', role: 'assistant-practitioner', from: 'therapy-assistant' },
    { text: "Is there an AP route in OT? I'm a rehab support worker", intent: 'pathway', role: 'assistant-practitioner', from: 'therapy-assistant' },
    { text: 'I work in haematology as an assistant, what can I progress to', intent: 'options', from: 'healthcare-science-assistant' },
  ],
  '"become one" is the job just named': [
    { text: 'we have dietitians in the community team - how would I become one?', intent: 'pathway', role: 'dietitian', from: null },
    { text: 'the scans people in x-ray, how do I train as one', intent: 'pathway', role: 'radiographer', from: null },
  ],
  'an area, then a job in it named as the goal': [
    { text: "I'm a porter but I fancy HR. could I become an HR adviser one day?", intent: 'pathway', role: 'hr-advisor', from: 'porter' },
    { text: "I'm a porter and want to move to the HR team as an administrator", intent: 'pathway', role: 'hr-administrator', from: 'porter' },
  ],
  'cue words do not reach across the end of a sentence; "back to" a job is the job held': [
    { text: 'What could I step up to? Band 2 HCA on elderly care.', intent: 'options', role: null, from: 'hcsw-band-2' },
    { text: "left the AP job last year. I'm back to band 3 HCA now, what else is there for me", intent: 'options', role: null, from: 'hcsw-band-3' },
  ],
  'a plan, union or rate "for" a job is for the person in it': [
    { text: 'is the union worth joining for a porter', role: null, from: 'porter' },
    { text: 'good appraisal objectives for a ward clerk?', role: null, from: 'administrator' },
  ],
  'a band of one\'s own in a place, with no job named, is the support job of that place': [
    { text: 'im band 3 in pharmacy, what could I do next', intent: 'options', from: 'pharmacy-support-worker' },
    { text: "I'm band 2 in the lab, how do I become a biomedical scientist", intent: 'pathway', role: 'biomedical-scientist', from: 'healthcare-science-assistant' },
  ],
  'the job before "top up to", "step up to", "convert to" is the job held': [
    { text: 'assistant practitioner top up to registered nurse', intent: 'pathway', role: 'nurse-adult', from: 'assistant-practitioner' },
  ],
  'the same role held and wanted leaves another job named as the one held; a job on its own is the writer\'s': [
    { text: "I'm not in HR yet, I'm a porter, but I'd love to be an HR admin one day", intent: 'pathway', role: 'hr-administrator', from: 'porter' },
    { text: 'been thinking about retiring in a few years. porter. can we talk it through', role: null, from: 'porter' },
  ],
  'English as a second language: "I am interesting in" a job is a goal': [
    { text: 'I am interesting in physiotherapy, to be the therapist who help people walk again. What I need?', intent: 'pathway', role: 'physiotherapist', from: null },
    { text: 'I am interesting in pharmacy technician job, what I must do', intent: 'pathway', role: 'pharmacy-technician', from: null },
  ],
  'a bare job word said of oneself is the job of that name in the family of the goal': [
    { text: "how do I become a pharmacist? I'm only a technician at the moment", intent: 'pathway', role: 'pharmacist', from: 'pharmacy-technician' },
    { text: "route to clinical scientist? I'm currently a practitioner", intent: 'pathway', role: 'clinical-scientist', from: 'healthcare-science-practitioner' },
  ],
  'a job "in" a field whose role is that job in the field is that role': [
    { text: "how do I get onto the healthcare science practitioner degree in audiology? I'm a hearing care assistant", intent: 'pathway', role: 'audiologist', from: 'hearing-care-assistant' },
  ],
  'long messages: the request, not the incidental words': [
    {
      text: "I've been a band 3 HCA on an acute ward for nine years. I do obs, bloods, ECGs, cannulas, catheters and wound care, I've done every bit of mandatory training going and the new nurses ask me how to do things. But I'm still on band 3 and I feel like I've hit a ceiling. What's out there for someone like me?",
      intent: 'options',
      from: 'hcsw-band-3',
    },
  ],
  'profile statements in plain sentences': [
    { text: "I've got a new manager", intent: 'profile' },
    { text: 'my appraisal is in March', intent: 'profile' },
    { text: 'only message me on weekdays', intent: 'profile' },
  ],
  'career conversations that never say career': [
    { text: "I feel stuck and don't know what's next", intent: 'career_conversation' },
    { text: 'can you help me get ready for my appraisal', intent: 'career_conversation' },
  ],
  'wellbeing topics go to wellbeing resources': [
    { text: "I can't sleep after nights", intent: 'resources', area: 'wellbeing-resilience' },
    { text: "I've been feeling really low lately", intent: 'resources', area: 'wellbeing-resilience' },
    { text: 'the menopause is making work really hard', intent: 'resources', area: 'wellbeing-resilience' },
    { text: "money worries are keeping me up, I can't make it to payday", intent: 'resources', area: 'wellbeing-resilience' },
  ],
  'privacy questions': [
    { text: 'is this confidential?', intent: 'privacy' },
    { text: 'who can see my plan?', intent: 'privacy' },
  ],
  'out of scope: an honest answer, not a mis-route': [
    { text: 'my pay is wrong this month, who do I talk to', intent: 'unknown', topic: 'pay' },
    { text: 'can I swap my shift on Saturday', intent: 'unknown', topic: 'rota' },
    { text: 'how do I book annual leave', intent: 'unknown', topic: 'leave' },
    { text: 'where do I get my flu jab', intent: 'unknown', topic: 'vaccines' },
  ],
  "the names people use for a job: a team's name (payroll, the IT service desk, the 111 call centre) and short forms (physiology associate, CAP)": [
    { text: 'I work in payroll, could I train as an assistant accountant', intent: 'pathway', role: 'assistant-accountant', from: 'payroll-officer' },
    { text: "I'm on the IT service desk and want to become a data analyst", intent: 'pathway', role: 'data-analyst', from: 'digital-support-technician' },
    { text: 'i moved to the 111 call centre last year, how would i become a paramedic', intent: 'pathway', role: 'paramedic', from: 'call-handler' },
    { text: "I'm a PWP thinking about CAP, how do I apply", intent: 'pathway', role: 'clinical-associate-psychology', from: 'psychological-wellbeing-practitioner' },
  ],
  'the job held, from everyday words for what it does (push the beds, make the sandwiches, put up the prescriptions, drive for PTS, help the midwives)': [
    { text: 'I push beds round the hospital all day, how do I become a theatre support worker', intent: 'pathway', role: 'theatre-support-worker', from: 'porter' },
    { text: 'I put up the prescriptions for the wards, could I train as a pharmacist', intent: 'pathway', role: 'pharmacist', from: 'pharmacy-support-worker' },
    { text: 'I drive for PTS, what do I need to be a paramedic', intent: 'pathway', role: 'paramedic', from: 'ambulance-support-worker' },
    { text: 'I do washes and help the midwives on delivery suite, how could I become a nursing associate', intent: 'pathway', role: 'nursing-associate', from: 'maternity-support-worker' },
  ],
  'the goal named first and the question after it ("physician associate how to become", "MSW job how to get")': [
    { text: 'therapeutic radiographer how do i become one? i have a radiography degree from years ago but work as an admin', intent: 'pathway', role: 'therapeutic-radiographer', from: 'administrator' },
    { text: 'dental nurse job how to get, care assistant band 2 in a nursing home', intent: 'pathway', role: 'dental-nurse' },
  ],
  'a course already done ("I have a psychology degree") is neither the goal nor the job held': [
    { text: 'PA how to become? I have a biomedical science degree, work as HCA', intent: 'pathway', role: 'physician-associate', from: 'hcsw-band-2' },
    { text: "ODP how do I become one? I've got a paramedic science degree", intent: 'pathway', role: 'operating-department-practitioner' },
  ],
  'time served in a job ("10 years as a porter") is the job held, even after a verb of moving': [
    { text: 'what could I move into with 8 years as a domestic', intent: 'options', from: 'domestic-assistant' },
    { text: 'where can i go next after 5 yrs as a ward clerk', intent: 'options', from: 'administrator' },
  ],
  "a manager's words: a colleague leaving is not the one asked for, a preceptor speaks for the new starter, and the staff led are not the writer": [
    { text: 'My porter supervisor is leaving and one of my porters is keen to step up, how does he become a supervisor?', intent: 'pathway', role: 'facilities-supervisor', from: 'porter', onBehalf: true },
    { text: "I'm preceptor to a new children's nurse and she keeps asking how she'd become an ACP, what do I tell her", intent: 'pathway', role: 'advanced-clinical-practitioner', from: 'nurse-children' },
    { text: 'band 3 phlebotomist, how do i become a team leader for the HCAs', intent: 'pathway', role: 'team-leader', from: 'phlebotomist' },
  ],
  'a comparison ("is that different from X?") does not say where the writer comes from': [
    { text: "is a nursing associate different from an assistant practitioner? I'm a band 3 HCA and want to be a nursing associate", intent: 'pathway', role: 'nursing-associate', from: 'hcsw-band-3' },
    { text: "how is a pharmacy technician different from a pharmacist? i'm a pharmacy assistant wanting to train as a pharmacy technician", intent: 'pathway', role: 'pharmacy-technician', from: 'pharmacy-support-worker' },
  ],
  "a course by name: on it or doing it now is the apprentice's job; doing it \"to progress\" is the goal": [
    { text: "I'm 18, on the business admin apprenticeship, how would I get into medical secretary work", intent: 'pathway', role: 'medical-secretary', from: 'business-administrator-apprentice' },
    { text: "I'm a receptionist and want to do the business admin apprenticeship to progress, how do I apply", intent: 'pathway', role: 'business-administrator-apprentice', from: 'administrator' },
    { text: "I'm currently doing the business admin apprenticeship, could I become an HR administrator after", intent: 'pathway', role: 'hr-administrator', from: 'business-administrator-apprentice' },
  ],
  'shifts worked in a job ("doing HCA shifts on the bank") are the job held': [
    { text: "I'm doing HCA shifts on the bank while I decide, could I become a paramedic", intent: 'pathway', role: 'paramedic', from: 'hcsw-band-2' },
    { text: 'doing domestic shifts on the bank at the mo, want to be a HCA', intent: 'pathway', role: 'hcsw-band-2', from: 'domestic-assistant' },
  ],
  'of two goals, the one said to be more realistic': [
    { text: 'I always wanted to be a radiographer but honestly a healthcare science assistant is more realistic, how would I become a healthcare science assistant', intent: 'pathway', role: 'healthcare-science-assistant' },
    { text: 'part of me wants to be a physio but an assistant practitioner is probably more realistic, how would I become an assistant practitioner', intent: 'pathway', role: 'assistant-practitioner' },
  ],
  "of several jobs held, the one said to be held now (\"been a porter, then a domestic, now I'm an HCA\"); the others are past, and can be gone back to": [
    { text: "I was a carer for years, then a domestic, now I'm a pharmacy assistant. How do I become a pharmacy technician?", intent: 'pathway', role: 'pharmacy-technician', from: 'pharmacy-support-worker' },
    { text: 'I did three years as a porter, and now I am working as an HCA on a surgical ward, could I train as a nursing associate', intent: 'pathway', role: 'nursing-associate', from: 'hcsw-band-2' },
    { text: 'spent 6 years as an ODP abroad, now i work as a theatre support worker, how do i get back to being an ODP', intent: 'pathway', role: 'operating-department-practitioner', from: 'theatre-support-worker' },
    { text: "Been a domestic, been a porter, now a ward clerk. what's next for me", intent: 'options', from: 'administrator' },
  ],
  'joining a team ("moved to the phlebotomy team") is taking its job, not a place another job is in': [
    { text: 'I was an HCA but moved to the phlebotomy team last year, could I become an assistant practitioner', intent: 'pathway', role: 'assistant-practitioner', from: 'phlebotomist' },
    { text: 'transferred into the dispensary team in january, how do i become a pharmacy technician', intent: 'pathway', role: 'pharmacy-technician', from: 'pharmacy-support-worker' },
  ],
  "the desk the writer is on (\"I'm on the front desk in audiology\") is the job held; the field after \"in\" is where it is, and the first thing the writer says they do is the job": [
    { text: "I'm on the reception desk in radiology, how do I become a radiographer?", intent: 'pathway', role: 'radiographer', from: 'administrator' },
    { text: "want to do the hearing care assistant apprenticeship, I'm on the front desk in audiology at the moment", intent: 'pathway', role: 'hearing-care-assistant', from: 'administrator' },
    { text: 'I work on the front desk checking in patients for hearing tests, how would I become a hearing aid dispenser', intent: 'pathway', role: 'hearing-aid-dispenser', from: 'administrator' },
  ],
  'a comma after a question ("… how to get, hca band 2") ends it: the role after the comma is read on its own': [
    { text: 'clinical coder how to become, ward clerk band 2', intent: 'pathway', role: 'clinical-coder', from: 'administrator' },
    { text: 'what do i need to become, porter band 2, an ODP', intent: 'pathway', role: 'operating-department-practitioner', from: 'porter' },
    { text: 'dietitian job how to get, catering assistant band 2 on the wards', intent: 'pathway', role: 'dietitian', from: 'catering-assistant' },
  ],
  'a job taken for now ("took a band 2 HCA post") is the job held, and the one to get back to being is the goal': [
    { text: 'I was a physio assistant before but took a porter job when we moved. How do I get back to being a therapy assistant?', intent: 'pathway', role: 'therapy-assistant', from: 'porter' },
    { text: 'there were no TNA places so I took a band 2 HCA post, could I go back to being a TNA next year', intent: 'pathway', role: 'trainee-nursing-associate', from: 'hcsw-band-2' },
  ],
  'a job with its band and "at the moment" after a question about a job outside the NHS is the job held': [
    { text: 'How do I become a firefighter? porter band 2 at the moment', role: null, from: 'porter' },
    { text: 'how do I get into teaching? pharmacy assistant band 3 at the minute', role: null, from: 'pharmacy-support-worker' },
  ],
  '"besides X", "aside from X": ruled out': [
    { text: 'ward clerk 6 yrs, what else is there besides medical secretary', intent: 'options', role: null, from: 'administrator' },
    { text: 'what are my options aside from nursing? HCA band 2', intent: 'options', role: null, from: 'hcsw-band-2' },
  ],
  'ESL: "working 3 years like HCA" (like for as) is the job held, and a job "here" is not one held abroad': [
    { text: 'i am working 2 years like porter in this hospital, how i become HCA', intent: 'pathway', role: 'hcsw-band-2', from: 'porter' },
    { text: 'I am HCA here, in Nigeria I was nurse. How I register?', role: 'nurse-adult', from: 'hcsw-band-2' },
  ],
  '"rn" in small letters right after a job ("hca rn") is "right now", not a registered nurse': [
    { text: 'what do i need to do the bloods as my job? hca rn', intent: 'pathway', role: 'phlebotomist', from: 'hcsw-band-2' },
    { text: 'ward clerk rn, what else is there for me', intent: 'options', role: null, from: 'administrator' },
  ],
  "\"our supervisor\", \"my team leader\": the writer's own boss, not someone the writer asks for": [
    { text: "I'm a band 3 receptionist and I keep covering for our supervisor when she's away. How do I become a team leader?", intent: 'pathway', role: 'team-leader', from: 'administrator', onBehalf: false },
    { text: "my team leader is great and she thinks I could be an AP, I'm a band 3 HCA", intent: 'pathway', role: 'assistant-practitioner', from: 'hcsw-band-3', onBehalf: false },
  ],
  'more of what jobs wanted do: speech after a stroke, rails at home, coding the diagnoses, making up the chemo': [
    { text: "how would I become the therapist who helps people with their speech after a stroke? I'm a porter", intent: 'pathway', role: 'speech-and-language-therapist', from: 'porter' },
    { text: 'want to do the job fitting rails at home for people coming out of hospital. ward clerk', intent: 'pathway', role: 'occupational-therapist', from: 'administrator' },
    { text: "could I move into the job where you code the diagnoses? I'm a receptionist", intent: 'pathway', role: 'clinical-coder', from: 'administrator' },
    { text: 'how do I get to be the one who makes up the chemo in aseptics? pharmacy assistant here', intent: 'pathway', role: 'pharmacy-technician', from: 'pharmacy-support-worker' },
  ],
  'more of what jobs held do: washing and dressing patients, the pharmacy stores, specimen reception, "does" the bloods': [
    { text: 'I wash and dress patients on a surgical ward, how do I become a nurse', intent: 'pathway', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'I work in the pharmacy stores topping up the ward cupboards, how do i become a pharmacist', intent: 'pathway', role: 'pharmacist', from: 'pharmacy-support-worker' },
    { text: "i'm on specimen reception in pathology, how do i become a BMS", intent: 'pathway', role: 'biomedical-scientist', from: 'healthcare-science-assistant' },
    { text: "I'm the one who does bloods in the GP surgery all morning, could I become a nurse", role: 'nurse-adult', from: 'phlebotomist' },
  ],
  '"I\'m in the lab doing X": what the writer is doing now is the job held': [
    { text: "I'm in the lab doing sample reception, could I train as a biomedical scientist", intent: 'pathway', role: 'biomedical-scientist', from: 'healthcare-science-assistant' },
    { text: 'im on the wards doing phlebotomy, how do i become a nurse', intent: 'pathway', role: 'nurse-adult', from: 'phlebotomist' },
  ],
  'a lead job and the team it leads ("supervisor of 8 porters", "team leader in radiology admin") are the one lead job of that name; the team is no job held or wanted': [
    { text: "I'm a supervisor of 8 porters, what could I move on to", intent: 'options', role: null, from: 'facilities-supervisor' },
    { text: 'new team leader of twelve domestics here, any courses on leading a team?', intent: 'resources', role: null, from: 'facilities-supervisor' },
    { text: 'team leader in radiology admin band 4, want to be a service manager', intent: 'pathway', role: 'service-manager', from: 'team-leader' },
  ],
  'a band wanted in the job named ("get my band 3 as an HCA") is that job at the band; the job named is the one held': [
    { text: 'how do I get to band 3 as an HCA', role: 'hcsw-band-3', from: 'hcsw-band-2' },
    { text: 'hca here, how do i go for my band 3', role: 'hcsw-band-3', from: 'hcsw-band-2' },
  ],
  '"being one of the people who…", "becoming one of the staff who…": a job described as the goal, and the field named in it is no job held': [
    { text: "any tips on becoming one of the people who do the scans in x-ray? I'm a porter", intent: 'pathway', role: 'radiographer', from: 'porter' },
    { text: "what's the way into being one of the staff who take bloods in phlebotomy? domestic on the wards", intent: 'pathway', role: 'phlebotomist', from: 'domestic-assistant' },
  ],
  'a manager asking for someone: the goal "like me" after a goal cue is the goal, and "she\'s band 2 domestic" (no "a") is that person\'s job': [
    { text: 'I run the domestic team. one of my ladies wants to become a domestic supervisor like me, she is band 2 domestic. how can I help', intent: 'pathway', role: 'facilities-supervisor', from: 'domestic-assistant', onBehalf: true },
    { text: "catering team leader here. one of my lads wants to be a kitchen supervisor like me, he's band 2 catering assistant. what would he need?", intent: 'pathway', role: 'facilities-supervisor', from: 'catering-assistant', onBehalf: true },
  ],
  'past jobs listed after a comma with "a" ("I\'ve been a porter, a domestic and now…") share the first one\'s cue: none is the goal': [
    { text: "I have been a carer, a cleaner and now I'm a receptionist. clinical coding next, how?", intent: 'pathway', role: 'clinical-coder', from: 'administrator' },
    { text: 'ive been a porter, a domestic, and now HCA on a surgical ward. Nursing next - how?', intent: 'pathway', role: 'nurse-adult', from: 'hcsw-band-2' },
  ],
  'a team after "in" with the job in it after "as" ("in the finance team as a band 2 admin"): the team is where the job is, not the job': [
    { text: "how do I become a data analyst? I'm in the finance team as an admin", intent: 'pathway', role: 'data-analyst', from: 'administrator' },
    { text: "I'm on the finance team as a band 2 clerk, what can I progress to", intent: 'options', role: null, from: 'administrator' },
  ],
  '"to be honest", "to be fair" after a job is a manner of speaking, not the job held moving on ("paramedic to be honest")': [
    { text: "physio or OT? probably OT to be fair. I'm a therapy assistant", intent: 'pathway', role: 'occupational-therapist', from: 'therapy-assistant' },
    { text: "I'd say paramedic to be honest, I'm an ECA", role: 'paramedic', from: 'ambulance-support-worker' },
  ],
  'a job compared ("a better paid job than porter", "better than band 2 domestic") is the job held': [
    { text: 'anything better paid than catering assistant for someone with no GCSEs?', intent: 'options', role: null, from: 'catering-assistant' },
    { text: 'i need a better paid job than porter, what is there', role: null, from: 'porter' },
  ],
  'ESL: "working in the theatre like support worker" (like for as, after where) is the job held, and after a comma "before in Nigeria I studied…" starts a sentence of its own': [
    { text: 'i work on ward like HCA, in Romania i was nurse. how i register', role: 'nurse-adult', from: 'hcsw-band-2' },
    { text: 'I am porter, before in Nigeria I study nursing. how I become nurse here', intent: 'pathway', role: 'nurse-adult', from: 'porter' },
  ],
  'a job wanted described at length and set against another at the end ("…, the one below a paramedic")': [
    { text: 'how could I be one of the people who go out to the 999 calls on the ambulances with the crews every day, the one below a paramedic. im a porter', intent: 'pathway', role: 'associate-ambulance-practitioner', from: 'porter' },
    { text: "I want to be the one below the paramedic on the ambulance, I'm a call handler", intent: 'pathway', role: 'associate-ambulance-practitioner', from: 'call-handler' },
  ],
};

describe('the kinds of failure seen on new wording', () => {
  let content: Content;
  beforeAll(async () => {
    content = await loadContent(defaultContentDir, { wording: wordingSpecs() });
    await prepareIntentModel(content);
  });

  for (const [kind, cases] of Object.entries(KINDS)) {
    describe(kind, () => {
      it.each(cases)('$text', (c) => {
        const u = understand(c.text, content);
        if (c.intent !== undefined) expect(u.intent).toBe(c.intent);
        if (c.role !== undefined) expect(u.role?.id ?? null).toBe(c.role);
        if (c.from !== undefined) expect(u.from?.id ?? null).toBe(c.from);
        if (c.area !== undefined) expect(u.area).toBe(c.area);
        if (c.topic !== undefined) expect(u.topic).toBe(c.topic);
        if (c.onBehalf !== undefined) expect(u.onBehalf).toBe(c.onBehalf);
        if (c.alsoWanted !== undefined) expect(u.alsoWanted.map((r) => r.id)).toEqual(c.alsoWanted);
      });
    });
  }
});
