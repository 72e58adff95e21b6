import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/ask.js';
import type { CliIO } from '../../src/cli/io.js';
import { defaultContentDir } from '../../src/paths.js';
import { CLARIFY_BELOW } from '../../src/knowledge/understand/understand.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

interface Captured {
  io: CliIO;
  stdin: PassThrough;
  out: () => string;
  err: () => string;
}

function capture(env: NodeJS.ProcessEnv = { CONTENT_DIR: defaultContentDir }): Captured {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  return { io: { stdin, stdout, stderr, env }, stdin, out: () => out, err: () => err };
}

describe('career-companion ask', () => {
  it('prints the plain-text reply for one question', async () => {
    const c = capture();
    const code = await run(['how do I become a nursing associate?'], c.io);
    expect(code).toBe(0);
    expect(c.out()).toMatch(/^Your route to Nursing associate/);
    expect(c.out()).toContain('Next step:');
    expect(c.err()).toBe('');
  });

  it('prints one JSON object on one line with --json', async () => {
    const c = capture();
    const code = await run(['how do i become a nurse associate', '--from', 'band 2 hca', '--json'], c.io);
    expect(code).toBe(0);
    const lines = c.out().split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    const obj = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(obj).sort()).toEqual(['area', 'clarify', 'confidence', 'from', 'intent', 'role', 'text']);
    expect(obj.intent).toBe('pathway');
    expect(obj.area).toBeNull();
    expect(obj.role).toEqual({ id: 'nursing-associate', title: expect.any(String) });
    expect(obj.from).toEqual({ id: 'hcsw-band-2', title: expect.any(String) });
    expect(typeof obj.text).toBe('string');
    expect(obj.text as string).toContain('Next step:');
    expect(obj.confidence).toBeGreaterThanOrEqual(CLARIFY_BELOW);
    expect(obj.confidence).toBeLessThanOrEqual(1);
    expect(obj.clarify).toBeNull();
  });

  it('gives how sure it is, and the buttons the chat would offer when it would ask which was meant', async () => {
    const c = capture();
    await run(['--json', 'I want to do more'], c.io);
    const obj = JSON.parse(c.out().trim()) as { intent: string; confidence: number; clarify: string[] | null; text: string };
    expect(obj.confidence).toBeLessThan(CLARIFY_BELOW);
    // The two readings are near a tie: which comes first moves with the intent examples, so only the pair is fixed.
    expect([...(obj.clarify ?? [])].sort()).toEqual(['A career conversation', 'Courses and support']);
    // The text is still the answer to the likeliest reading, the first button.
    expect(obj.intent).toBe(obj.clarify?.[0] === 'Courses and support' ? 'resources' : 'career_conversation');
    expect(obj.text.length).toBeGreaterThan(0);
  });

  it('names the roles in the buttons when several goals are named, and takes the labels from content/wording/clarify.yaml', async () => {
    const dir = await tempDir('cc-ask-clarify-');
    try {
      const copy = join(dir, 'content');
      await cp(defaultContentDir, copy, { recursive: true });
      const file = join(copy, 'wording', 'clarify.yaml');
      const original = await readFile(file, 'utf8');
      const c = capture({ CONTENT_DIR: copy });
      await run(['--json', 'nursing, OT, maybe paramedic?'], c.io);
      expect((JSON.parse(c.out().trim()) as { clarify: string[] }).clarify).toEqual(['Route to Registered nurse (adult)', 'Route to Occupational therapist', 'Route to Paramedic']);
      await writeFile(file, original.replace('withRole: Route to {role}', 'withRole: How to become {role}'));
      const edited = capture({ CONTENT_DIR: copy });
      await run(['--json', 'nursing, OT, maybe paramedic?'], edited.io);
      expect((JSON.parse(edited.out().trim()) as { clarify: string[] }).clarify).toEqual(['How to become Registered nurse (adult)', 'How to become Occupational therapist', 'How to become Paramedic']);
    } finally {
      await removeDir(dir);
    }
  });

  it('says where to go instead for a topic it does not help with, and does not ask', async () => {
    const c = capture();
    await run(['--json', 'how do I get my flu jab'], c.io);
    const obj = JSON.parse(c.out().trim()) as { intent: string; clarify: string[] | null; text: string };
    expect(obj.intent).toBe('unknown');
    expect(obj.clarify).toBeNull();
    expect(obj.text).toMatch(/^I cannot help with vaccinations\./);
  });

  it('takes the current role from the question when --from is not given', async () => {
    const c = capture();
    await run(['--json', "I'm a band 3 HCA, how do I become an assistant practitioner?"], c.io);
    const obj = JSON.parse(c.out().trim()) as { role: { id: string }; from: { id: string }; intent: string };
    expect(obj.intent).toBe('pathway');
    expect(obj.role.id).toBe('assistant-practitioner');
    expect(obj.from.id).toBe('hcsw-band-3');
  });

  it('gives a resources area in JSON for a resources question', async () => {
    const c = capture();
    await run(['functional skills maths', '--json'], c.io);
    const obj = JSON.parse(c.out().trim()) as { intent: string; area: string | null; role: unknown; from: unknown };
    expect(obj.intent).toBe('resources');
    expect(obj.area).toBe('skills-for-life');
    expect(obj.role).toBeNull();
    expect(obj.from).toBeNull();
  });

  it('reads questions from stdin with --json and answers each on its own line, in order', async () => {
    const c = capture();
    const done = run(['--json'], c.io);
    c.stdin.write('how do i become a midwife\n');
    c.stdin.write('\n');
    c.stdin.write('delete my data\n');
    c.stdin.end('what are my options as a band 2 hca\n');
    expect(await done).toBe(0);
    const lines = c.out().trim().split('\n');
    expect(lines).toHaveLength(3);
    const objs = lines.map((l) => JSON.parse(l) as { intent: string; role: { id: string } | null; from: { id: string } | null });
    expect(objs.map((o) => o.intent)).toEqual(['pathway', 'privacy', 'options']);
    expect(objs[0]!.role?.id).toBe('midwife');
    expect(objs[2]!.from?.id).toBe('hcsw-band-2');
  });

  it('answers a Band 2 support worker asking about nursing associate with the trainee step, bands, time, maths and English and a next step', async () => {
    const c = capture();
    await run(['How do I become a nursing associate?', '--from', 'hcsw-band-2'], c.io);
    const text = c.out();
    expect(text).toMatch(/Trainee nursing associate \(Band 3\)/);
    expect(text).toMatch(/Band 4/);
    expect(text).toMatch(/about 2 years/);
    expect(text).toMatch(/Level 2 maths and English/);
    expect(text).toMatch(/Functional Skills/);
    expect(text).toMatch(/Next step: .+/);
    expect(text).toContain('This starts from your role: Healthcare support worker (Band 2)');
  });

  it('prints usage and exits 2 with no question and no --json', async () => {
    const c = capture();
    expect(await run([], c.io)).toBe(2);
    expect(c.err()).toMatch(/Usage: career-companion ask/);
    expect(c.out()).toBe('');
  });

  it('exits 2 on an unknown option', async () => {
    const c = capture();
    expect(await run(['hello', '--loud'], c.io)).toBe(2);
    expect(c.err()).toMatch(/Unknown option "--loud"/);
  });

  it('prints the content problem to stderr and exits 1 when the content cannot be loaded', async () => {
    const c = capture({ CONTENT_DIR: '/nonexistent/career-companion-content' });
    expect(await run(['hello'], c.io)).toBe(1);
    expect(c.err()).toMatch(/does not exist/);
    expect(c.out()).toBe('');
  });

  it('prints the words of content/wording/pathway.yaml, and reports a broken sentence there', async () => {
    const dir = await tempDir('cc-ask-wording-');
    try {
      const copy = join(dir, 'content');
      await cp(defaultContentDir, copy, { recursive: true });
      const file = join(copy, 'wording', 'pathway.yaml');
      const original = await readFile(file, 'utf8');
      await writeFile(file, original.replace("  total: 'Total time: {duration}.'", "  total: 'All together: {duration}.'"));
      const c = capture({ CONTENT_DIR: copy });
      expect(await run(['How do I become a nursing associate?', '--from', 'hcsw-band-2'], c.io)).toBe(0);
      expect(c.out()).toContain('All together: 24 to 27 months.');
      expect(c.out()).not.toContain('Total time:');

      await writeFile(file, original.replace("  total: 'Total time: {duration}.'", "  total: 'Total time: {duraton}.'"));
      const broken = capture({ CONTENT_DIR: copy });
      expect(await run(['How do I become a nursing associate?'], broken.io)).toBe(1);
      expect(broken.err()).toContain('wording/pathway.yaml');
      expect(broken.err()).toContain('route.total');
      expect(broken.out()).toBe('');
    } finally {
      await removeDir(dir);
    }
  });
});
