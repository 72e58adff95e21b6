/**
 * The one command-line reader every command uses, built on `node:util`
 * `parseArgs` in strict mode, so that every command treats its options alike:
 *
 * - `--name value` and `--name=value` both work;
 * - `--help` (or `-h`) prints the command's usage to stdout and exits 0;
 * - an unknown option, an option without its value, a value given to an
 *   option that takes none, or an argument the command does not take prints
 *   what is wrong and the command's usage to stderr, and exits 2.
 */
import { parseArgs } from 'node:util';
import type { CliIO } from './io.js';

export interface StringOption {
  type: 'string';
  short?: string;
  /** What to say when the option has no value (default: "--name needs a value."). */
  missing?: string;
}

export interface BooleanOption {
  type: 'boolean';
  short?: string;
}

export type OptionSpec = StringOption | BooleanOption;
export type OptionSpecs = Record<string, OptionSpec>;

export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]?: O[K] extends StringOption ? string : boolean;
};

export interface CommandSpec<O extends OptionSpecs> {
  /** The command's usage text, printed for --help and after every usage error. */
  usage: string;
  options: O;
  /** How many positional arguments the command takes (default 0). */
  positionals?: number;
}

export interface CommandLine<O extends OptionSpecs> {
  values: OptionValues<O>;
  positionals: string[];
}

/** The exit code for a command used wrongly. */
export const USAGE_ERROR = 2;

const HELP: BooleanOption = { type: 'boolean', short: 'h' };

/**
 * Reads `args` against `spec`. Returns the options and positional arguments,
 * or a plain-English description of what is wrong (undefined for --help).
 */
export function parseCommandLine<O extends OptionSpecs>(
  args: readonly string[],
  spec: CommandSpec<O>,
): { ok: true; line: CommandLine<O> } | { ok: false; help: true } | { ok: false; help: false; error: string } {
  const options = toParseArgsOptions({ help: HELP, ...spec.options });
  const maxPositionals = spec.positionals ?? 0;
  // --help wins over any other mistake on the line, as it always has.
  const loose = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  if (loose.tokens.some((t) => t.kind === 'option' && t.name === 'help' && t.value === undefined)) return { ok: false, help: true };

  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: maxPositionals > 0, tokens: true });
  } catch (err) {
    return { ok: false, help: false, error: explain(loose.tokens, spec, maxPositionals) ?? plainNodeMessage(err) };
  }
  // parseArgs accepts an empty value ("--csv=" or --csv ""): for us that is a missing value.
  for (const t of parsed.tokens) {
    if (t.kind === 'option' && t.value === '') return { ok: false, help: false, error: missingValue(t.name, spec.options) };
  }
  if (parsed.positionals.length > maxPositionals) {
    return { ok: false, help: false, error: tooMany(parsed.positionals.slice(maxPositionals), maxPositionals) };
  }
  const { help: _help, ...values } = parsed.values as Record<string, string | boolean | undefined>;
  return { ok: true, line: { values: values as OptionValues<O>, positionals: parsed.positionals } };
}

/**
 * Reads the command line for a command: prints usage for --help (returns 0)
 * or a usage error (returns 2), or returns the options to run with.
 */
export function readCommandLine<O extends OptionSpecs>(args: readonly string[], io: CliIO, spec: CommandSpec<O>): CommandLine<O> | number {
  const r = parseCommandLine(args, spec);
  if (r.ok) return r.line;
  if (r.help) {
    io.stdout.write(spec.usage);
    return 0;
  }
  return usageError(io, spec.usage, r.error);
}

/** Prints a usage error and the usage text to stderr; returns the exit code 2. */
export function usageError(io: CliIO, usage: string, message: string): number {
  io.stderr.write(`${message ? `${message}\n\n` : ''}${usage}`);
  return USAGE_ERROR;
}

// ---------------------------------------------------------------------------

type ParseArgsOptions = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function toParseArgsOptions(specs: OptionSpecs): ParseArgsOptions {
  const out: ParseArgsOptions = {};
  for (const [name, s] of Object.entries(specs)) out[name] = s.short ? { type: s.type, short: s.short } : { type: s.type };
  return out;
}

type Token = ReturnType<typeof parseArgs>['tokens'] extends (infer T)[] | undefined ? T : never;

/** Says, in plain English, what strict parsing refused, from the tokens of a loose parse. */
function explain(tokens: readonly Token[], spec: CommandSpec<OptionSpecs>, maxPositionals: number): string | undefined {
  const known = spec.options;
  let positionals = 0;
  let afterTerminator = false;
  for (const t of tokens) {
    if (t.kind === 'option-terminator') {
      afterTerminator = true;
      continue;
    }
    if (t.kind === 'positional') {
      positionals++;
      if (positionals > maxPositionals) {
        const all = tokens.filter((x) => x.kind === 'positional').map((x) => (x as { value: string }).value);
        return tooMany(all.slice(maxPositionals), maxPositionals);
      }
      continue;
    }
    if (afterTerminator) continue;
    const s = Object.hasOwn(known, t.name) ? known[t.name] : undefined;
    if (!s) return unknownOption(t.rawName, Object.keys(known));
    if (s.type === 'string' && (t.value === undefined || t.value === '' || (!t.inlineValue && t.value.startsWith('-')))) {
      return missingValue(t.name, known);
    }
    if (s.type === 'boolean' && t.value !== undefined) return `--${t.name} does not take a value.`;
  }
  return undefined;
}

function unknownOption(raw: string, names: string[]): string {
  const guess = raw.startsWith('--') ? closest(raw.slice(2), names) : undefined;
  return `Unknown option "${raw}".${guess ? ` Did you mean --${guess}?` : ''}`;
}

function missingValue(name: string, specs: OptionSpecs): string {
  const s = Object.hasOwn(specs, name) ? specs[name] : undefined;
  return (s?.type === 'string' && s.missing) || `--${name} needs a value.`;
}

function tooMany(extra: string[], max: number): string {
  return max === 0 ? `Unexpected argument "${extra[0]}".` : `Too many arguments: ${extra.join(' ')}.`;
}

/** Node's own message, in case a refusal is one this reader does not know how to explain. */
function plainNodeMessage(err: unknown): string {
  const first = err instanceof Error ? err.message.split('\n')[0]! : String(err);
  return first.replace(/'/g, '"');
}

/** The option name closest to a misspelt one, if it is close enough to be a typo. */
function closest(typed: string, names: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = editDistance(typed.toLowerCase(), name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.min(2, Math.floor(best.length / 2)) ? best : undefined;
}

/** Edits (insert, delete, replace, swap two neighbours) that turn a into b. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
