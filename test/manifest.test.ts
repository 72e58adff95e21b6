import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { inflateSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import AjvModule from 'ajv-draft-04';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../src/cli/io.js';
import { buildTeamsPackage, defaultManifestDir, run } from '../src/cli/package-teams.js';
import { packageRoot } from '../src/paths.js';

const APP_ID = '3f2b8c1e-6a4d-4e9b-9c7a-1d2e3f4a5b6c';
const slackManifestPath = join(packageRoot, 'manifest', 'slack', 'manifest.yml');

// ajv-draft-04 is CommonJS: depending on interop the default import is the class or its module.
type AjvClass = typeof AjvModule.default;
const Ajv: AjvClass = (AjvModule as unknown as { default?: AjvClass }).default ?? (AjvModule as unknown as AjvClass);

/** The official schema for a manifest version, straight from @microsoft/app-manifest. */
function officialSchema(version: string): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const path = join(pkgDir, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
  // Older schemas use the regex escape \a, which JavaScript rejects; newer ones do not.
  return JSON.parse(readFileSync(path, 'utf8').replace(/\\\\a/g, '\\\\u0007')) as Record<string, unknown>;
}

function validateAgainstOfficialSchema(manifest: Record<string, unknown>) {
  // strict: false because the official schemas use keywords without a matching type,
  // which Ajv's strict mode rejects; the schemas use only the `uri` format.
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && URL.canParse(s));
  const validate = ajv.compile(officialSchema(String(manifest.manifestVersion)));
  validate(manifest);
  return validate.errors ?? [];
}

/** Decode an 8-bit RGBA, non-interlaced PNG into its size and pixels. */
function decodePng(bytes: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const buf = Buffer.from(bytes);
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (let off = 8; off < buf.length; ) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('ascii', off + 4, off + 8);
    const data = buf.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect({ depth: data[8], colour: data[9], interlace: data[12] }).toEqual({ depth: 8, colour: 6, interlace: 0 });
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? rgba[y * stride + x - 4]! : 0;
      const b = y > 0 ? rgba[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4]! : 0;
      let pred = 0;
      if (filter === 1) pred = a;
      else if (filter === 2) pred = b;
      else if (filter === 3) pred = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      rgba[y * stride + x] = (v + pred) & 0xff;
    }
  }
  return { width, height, rgba };
}

function captureIO(env: NodeJS.ProcessEnv): { io: CliIO; out: () => string; err: () => string } {
  const sink = () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        chunks.push(String(chunk));
        cb();
      },
    });
    return { stream, text: () => chunks.join('') };
  };
  const stdout = sink();
  const stderr = sink();
  return {
    io: { stdin: Readable.from([]), stdout: stdout.stream, stderr: stderr.stream, env },
    out: stdout.text,
    err: stderr.text,
  };
}

const tempDirs: string[] = [];
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

describe('Teams package', () => {
  const built = buildTeamsPackage({ manifestDir: defaultManifestDir, appId: APP_ID });
  const files = unzipSync(built.zip);
  const manifestText = strFromU8(files['manifest.json']!);
  const manifest = JSON.parse(manifestText) as Record<string, unknown>;

  it('has manifest.json, color.png and outline.png at the zip root', () => {
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(manifest).toEqual(built.manifest);
  });

  it('uses a manifest version of 1.17 or later, with the matching official $schema URL', () => {
    const version = String(manifest.manifestVersion);
    const [major, minor] = version.split('.').map(Number);
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(17);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/en-us/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
    );
  });

  it('validates with zero errors against the official schema of its manifestVersion', () => {
    expect(validateAgainstOfficialSchema(manifest)).toEqual([]);
  });

  it('replaces the app id placeholder everywhere', () => {
    expect(manifestText).not.toContain('${{');
    expect(manifest.id).toBe(APP_ID);
    const bots = manifest.bots as Array<Record<string, unknown>>;
    expect(bots).toHaveLength(1);
    expect(bots[0]!.botId).toBe(APP_ID);
  });

  it('describes the bot as asked', () => {
    const bot = (manifest.bots as Array<Record<string, unknown>>)[0]!;
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.supportsFiles).toBe(false);
    expect(bot.isNotificationOnly).toBe(false);
    const lists = bot.commandLists as Array<{ scopes: string[]; commands: Array<{ title: string; description: string }> }>;
    const personal = lists.find((l) => l.scopes.includes('personal'))!;
    expect(personal.commands.map((c) => c.title)).toEqual([
      'help',
      'how do I become…',
      'my options',
      'career conversation',
      'my plan',
      'resources',
      'my profile',
      'my team',
      'what do you hold about me',
      'delete my data',
    ]);
    for (const c of personal.commands) {
      expect(c.title.length).toBeLessThanOrEqual(32);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(128);
    }
    expect(manifest.permissions).toEqual(['identity', 'messageTeamMembers']);
    expect(manifest.accentColor).toBe('#005EB8');
    expect(manifest.name).toEqual({ short: 'Career Companion', full: 'Career Companion for NHS staff' });
  });

  it('packs icons of the right sizes', () => {
    expect(decodePng(files['color.png']!)).toMatchObject({ width: 192, height: 192 });
    expect(decodePng(files['outline.png']!)).toMatchObject({ width: 32, height: 32 });
  });

  it('adds the public host to validDomains when a base URL is given', () => {
    const withHost = buildTeamsPackage({
      manifestDir: defaultManifestDir,
      appId: APP_ID,
      publicBaseUrl: 'https://careers.example.nhs.uk/',
    });
    expect((withHost.manifest as { validDomains: string[] }).validDomains).toContain('careers.example.nhs.uk');
    expect(validateAgainstOfficialSchema(withHost.manifest as Record<string, unknown>)).toEqual([]);
  });

  it('rejects an app id that is not a GUID', () => {
    expect(() => buildTeamsPackage({ manifestDir: defaultManifestDir, appId: 'not-a-guid' })).toThrow(/MicrosoftAppId/);
  });
});

describe('package-teams command', () => {
  it('returns 1 and names MicrosoftAppId when it is missing', async () => {
    const { io, err } = captureIO({});
    expect(await run([], io)).toBe(1);
    expect(err()).toContain('MicrosoftAppId');
  });

  it('returns 1 and names MicrosoftAppId when it is not a GUID', async () => {
    const { io, err } = captureIO({ MicrosoftAppId: '12345' });
    expect(await run([], io)).toBe(1);
    expect(err()).toContain('MicrosoftAppId');
  });

  it('writes the zip to --out and prints the path and app id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-teams-'));
    tempDirs.push(dir);
    const outFile = join(dir, 'app.zip');
    const { io, out, err } = captureIO({ MicrosoftAppId: APP_ID });
    expect(await run(['--out', outFile], io)).toBe(0);
    expect(err()).toBe('');
    expect(out()).toContain(outFile);
    expect(out()).toContain(APP_ID);
    expect(out()).toMatch(/valid against/);
    const zipped = unzipSync(new Uint8Array(readFileSync(outFile)));
    expect(JSON.parse(strFromU8(zipped['manifest.json']!)).id).toBe(APP_ID);
  });
});

describe('outline icon', () => {
  it('has only pure white or fully transparent pixels', () => {
    const { width, height, rgba } = decodePng(readFileSync(join(defaultManifestDir, 'outline.png')));
    expect({ width, height }).toEqual({ width: 32, height: 32 });
    let white = 0;
    const bad: string[] = [];
    for (let i = 0; i < rgba.length; i += 4) {
      const [r, g, b, a] = [rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]];
      if (a === 0) continue;
      if (r === 255 && g === 255 && b === 255 && a === 255) white++;
      else bad.push(`(${(i / 4) % width},${Math.floor(i / 4 / width)}) = rgba(${r},${g},${b},${a})`);
    }
    expect(bad).toEqual([]);
    expect(white).toBeGreaterThan(0);
  });

  it('colour icon is 192x192 and opaque', () => {
    const { width, height, rgba } = decodePng(readFileSync(join(defaultManifestDir, 'color.png')));
    expect({ width, height }).toEqual({ width: 192, height: 192 });
    let translucent = 0;
    for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) translucent++;
    expect(translucent).toBe(0);
    expect([...rgba.subarray(0, 4)]).toEqual([0x00, 0x5e, 0xb8, 255]);
  });
});

describe('Slack manifest', () => {
  const slack = parseYaml(readFileSync(slackManifestPath, 'utf8')) as {
    display_information: { name: string };
    features: {
      bot_user: { always_online: boolean };
      app_home: Record<string, boolean>;
      slash_commands: Array<{ command: string; url: string; usage_hint: string }>;
    };
    oauth_config: { scopes: { bot: string[] } };
    settings: {
      event_subscriptions: { request_url: string; bot_events: string[] };
      interactivity: { is_enabled: boolean; request_url: string };
      socket_mode_enabled: boolean;
      org_deploy_enabled: boolean;
      token_rotation_enabled: boolean;
    };
  };

  it('declares the /careers slash command', () => {
    const careers = slack.features.slash_commands.find((c) => c.command === '/careers');
    expect(careers).toBeDefined();
    expect(careers!.url).toMatch(/\/slack\/events$/);
    expect(careers!.usage_hint).toBe('how do I become a nursing associate?');
  });

  it('subscribes to the events and enables interactivity', () => {
    expect(slack.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['app_home_opened', 'app_mention', 'message.im']),
    );
    expect(slack.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/);
    expect(slack.settings.interactivity.is_enabled).toBe(true);
    expect(slack.settings.interactivity.request_url).toMatch(/\/slack\/events$/);
  });

  it('has the bot user, app home, scopes and settings', () => {
    expect(slack.display_information.name).toBe('Career Companion');
    expect(slack.features.bot_user.always_online).toBe(true);
    expect(slack.features.app_home).toMatchObject({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
    expect([...slack.oauth_config.scopes.bot].sort()).toEqual(
      [
        'app_mentions:read',
        'chat:write',
        'commands',
        'im:history',
        'im:read',
        'im:write',
        'users:read',
        'users:read.email',
        'files:write',
      ].sort(),
    );
    expect(slack.settings.socket_mode_enabled).toBe(false);
    expect(slack.settings.org_deploy_enabled).toBe(false);
    expect(slack.settings.token_rotation_enabled).toBe(false);
  });
});
