/**
 * `career-companion package-teams [--out <file>]`: build the Microsoft Teams app package.
 *
 * Reads manifest/teams/manifest.json, fills in its placeholders from the environment
 * (`MicrosoftAppId`, required, a GUID; `PUBLIC_BASE_URL`, optional, whose host is added to
 * validDomains), checks the icons' pixel sizes, validates the result against the official
 * schema when the @microsoft/app-manifest devDependency is installed, and writes a zip with
 * manifest.json, color.png and outline.png at its root.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { packageRoot } from '../paths.js';
import { readCommandLine } from './args.js';
import type { CliIO, Command } from './io.js';

export const defaultManifestDir = join(packageRoot, 'manifest', 'teams');
export const defaultZipName = 'career-companion-teams.zip';

/** The environment variable that holds the bot's Microsoft App ID. */
export const APP_ID_VAR = 'MicrosoftAppId';
/** The optional environment variable that holds the bot's public base URL. */
export const PUBLIC_BASE_URL_VAR = 'PUBLIC_BASE_URL';

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** Fixed timestamp for zip entries, so the same inputs give the same bytes. */
const ZIP_MTIME = new Date(2000, 0, 1);

/** The icons Teams requires, and their sizes in pixels (square). */
export const TEAMS_ICON_SIZES = { color: 192, outline: 32 } as const;

/** A problem with the inputs that the user can fix; its message is meant for them. */
export class TeamsPackageError extends Error {
  override name = 'TeamsPackageError';
}

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The width and height of a PNG, read from its IHDR chunk; throws if it is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const isPng = bytes.length >= 24 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
  const ihdr = isPng && String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
  if (!ihdr) throw new TeamsPackageError('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Replace every `${{NAME}}` in every string of a JSON value; names without a value are collected. */
function substitute(value: unknown, values: Record<string, string>, missing: Set<string>): unknown {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (whole, name: string) => {
      const v = values[name];
      if (v === undefined) {
        missing.add(name);
        return whole;
      }
      return v;
    });
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, values, missing));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = substitute(v, values, missing);
    return out;
  }
  return value;
}

function publicHost(publicBaseUrl: string): { base: string; host: string } {
  let url: URL;
  try {
    url = new URL(publicBaseUrl);
  } catch {
    throw new TeamsPackageError(`${PUBLIC_BASE_URL_VAR} must be a URL such as https://bot.example.org, got "${publicBaseUrl}".`);
  }
  if (url.protocol !== 'https:') {
    throw new TeamsPackageError(`${PUBLIC_BASE_URL_VAR} must be an https URL, got "${publicBaseUrl}".`);
  }
  return { base: url.href.replace(/\/+$/, ''), host: url.host };
}

/**
 * Build the Teams app package in memory. Reads the manifest folder but writes nothing.
 * Throws TeamsPackageError for anything the user has to fix.
 */
export function buildTeamsPackage(opts: { manifestDir: string; appId: string; publicBaseUrl?: string }): {
  zip: Uint8Array;
  manifest: object;
} {
  const appId = opts.appId.trim();
  if (!isGuid(appId)) {
    throw new TeamsPackageError(`${APP_ID_VAR} must be a GUID such as 00000000-0000-0000-0000-000000000000, got "${opts.appId}".`);
  }
  const manifestPath = join(opts.manifestDir, 'manifest.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (err) {
    throw new TeamsPackageError(`Could not read ${manifestPath}: ${(err as Error).message}`);
  }

  const values: Record<string, string> = { [APP_ID_VAR]: appId };
  const host = opts.publicBaseUrl ? publicHost(opts.publicBaseUrl) : undefined;
  if (host) {
    values[PUBLIC_BASE_URL_VAR] = host.base;
    values.PUBLIC_HOSTNAME = host.host;
  }
  const missing = new Set<string>();
  const manifest = substitute(raw, values, missing) as Record<string, unknown>;
  if (missing.size > 0) {
    const names = [...missing].sort().join(', ');
    throw new TeamsPackageError(`${manifestPath} uses placeholders with no value: ${names}. Set them in the environment.`);
  }
  if (host) {
    const domains = Array.isArray(manifest.validDomains) ? (manifest.validDomains as unknown[]) : [];
    if (!domains.includes(host.host)) domains.push(host.host);
    manifest.validDomains = domains;
  }

  const files: Zippable = { 'manifest.json': strToU8(JSON.stringify(manifest, null, 2) + '\n') };
  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  for (const [kind, size] of Object.entries(TEAMS_ICON_SIZES)) {
    const name = icons[kind];
    if (typeof name !== 'string' || name === '' || /[\\/]/.test(name)) {
      throw new TeamsPackageError(`manifest icons.${kind} must name a file next to manifest.json, got ${JSON.stringify(name)}.`);
    }
    const path = join(opts.manifestDir, name);
    if (!existsSync(path)) throw new TeamsPackageError(`The ${kind} icon ${path} does not exist.`);
    const bytes = new Uint8Array(readFileSync(path));
    let dims: { width: number; height: number };
    try {
      dims = pngSize(bytes);
    } catch {
      throw new TeamsPackageError(`The ${kind} icon ${path} is not a PNG file.`);
    }
    if (dims.width !== size || dims.height !== size) {
      throw new TeamsPackageError(`The ${kind} icon ${path} is ${dims.width}x${dims.height}; Teams needs ${size}x${size}.`);
    }
    files[name] = bytes;
  }

  return { zip: zipSync(files, { level: 9, mtime: ZIP_MTIME }), manifest };
}

export type SchemaCheck =
  | { status: 'valid'; schemaPath: string }
  | { status: 'invalid'; schemaPath: string; errors: string[] }
  | { status: 'skipped'; reason: string };

/**
 * Validate a manifest against the official schema for its manifestVersion, using the schemas
 * shipped in the @microsoft/app-manifest devDependency and ajv-draft-04. When either is not
 * installed (a production install), the check is skipped and the reason returned.
 */
export async function validateTeamsManifest(manifest: object): Promise<SchemaCheck> {
  const version = (manifest as { manifestVersion?: unknown }).manifestVersion;
  if (typeof version !== 'string') return { status: 'invalid', schemaPath: '', errors: ['manifestVersion is missing'] };

  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  } catch {
    return { status: 'skipped', reason: '@microsoft/app-manifest is not installed (it is a devDependency)' };
  }
  const schemaPath = join(packageDir, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
  if (!existsSync(schemaPath)) {
    return { status: 'skipped', reason: `the installed @microsoft/app-manifest has no schema for manifest version ${version}` };
  }

  let Ajv: typeof import('ajv-draft-04').default;
  try {
    const mod = await import('ajv-draft-04');
    // ajv-draft-04 is CommonJS: at run time the default import is the class itself.
    Ajv = ((mod.default as unknown as { default?: typeof Ajv }).default ?? mod.default) as typeof Ajv;
  } catch {
    return { status: 'skipped', reason: 'ajv-draft-04 is not installed (it is a devDependency)' };
  }

  const schema = loadTeamsSchema(schemaPath);
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', isUri);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return { status: 'valid', schemaPath };
  const errors = (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params)}`,
  );
  return { status: 'invalid', schemaPath, errors };
}

/**
 * Read an official Teams schema. Some versions use `\a` (bell) in regular expressions, which
 * JavaScript rejects; like the Teams toolkit, rewrite it as the explicit code point `\u0007`.
 */
export function loadTeamsSchema(schemaPath: string): Record<string, unknown> {
  const text = readFileSync(schemaPath, 'utf8').replace(/\\\\a/g, '\\\\u0007');
  return JSON.parse(text) as Record<string, unknown>;
}

/** The `uri` format: an absolute URI with a scheme. */
export function isUri(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

const USAGE = `Usage: career-companion package-teams [--out <file>]

Builds the Microsoft Teams app package (manifest.json, color.png, outline.png).
Environment:
  ${APP_ID_VAR}     required: the bot's Microsoft App ID (a GUID)
  ${PUBLIC_BASE_URL_VAR}     optional: https URL of the bot; its host is added to validDomains
`;

export const run: Command = async (args: string[], io: CliIO): Promise<number> => {
  const line = readCommandLine(args, io, { usage: USAGE, options: { out: { type: 'string', short: 'o', missing: '--out needs a file path.' } } });
  if (typeof line === 'number') return line;

  const appId = io.env[APP_ID_VAR]?.trim();
  if (!appId) {
    io.stderr.write(
      `${APP_ID_VAR} is not set. Set the ${APP_ID_VAR} environment variable to your bot's Microsoft App ID (a GUID from its Azure Bot registration) and try again.\n`,
    );
    return 1;
  }
  if (!isGuid(appId)) {
    io.stderr.write(`${APP_ID_VAR} must be a GUID such as 00000000-0000-0000-0000-000000000000, got "${appId}".\n`);
    return 1;
  }
  const publicBaseUrl = io.env[PUBLIC_BASE_URL_VAR]?.trim() || undefined;

  const manifestDir = defaultManifestDir;
  const outFile = resolve(line.values.out ?? join(manifestDir, defaultZipName));

  let built: ReturnType<typeof buildTeamsPackage>;
  try {
    built = buildTeamsPackage(publicBaseUrl ? { manifestDir, appId, publicBaseUrl } : { manifestDir, appId });
  } catch (err) {
    if (err instanceof TeamsPackageError) {
      io.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }

  const check = await validateTeamsManifest(built.manifest);
  if (check.status === 'skipped') {
    io.stdout.write(`Note: schema validation skipped: ${check.reason}.\n`);
  } else if (check.status === 'invalid') {
    io.stderr.write(`The manifest does not match the Teams schema (${check.schemaPath}):\n`);
    for (const e of check.errors) io.stderr.write(`  ${e}\n`);
    return 1;
  } else {
    io.stdout.write(`Manifest is valid against ${check.schemaPath}.\n`);
  }

  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, built.zip);
  io.stdout.write(`Wrote ${outFile}\nTeams app id: ${appId}\n`);
  return 0;
};
