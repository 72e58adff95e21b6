/**
 * Structured logs with pino. Logs never carry tokens, secrets, JWTs or what
 * people typed: callers log ids and counts, and the redaction list below is a
 * second line of defence for fields that should never have been logged.
 */
import { formatWithOptions } from 'node:util';
import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

export const REDACTED_PATHS = [
  'text',
  '*.text',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'value',
  '*.value',
  'body',
  '*.body',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: 'career-companion' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: errorSerializer },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Errors are logged by name, message and stack only: never with request or response bodies attached. */
function errorSerializer(err: unknown): Record<string, unknown> {
  if (err instanceof Error) {
    return { type: err.name, message: scrub(err.message), stack: err.stack ? scrub(err.stack) : undefined };
  }
  return { message: scrub(String(err)) };
}

const TOKEN_PATTERNS: RegExp[] = [
  /xox[abposr]-[A-Za-z0-9-]+/g, // Slack tokens
  /xapp-[A-Za-z0-9-]+/g, // Slack app-level tokens
  /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, // JWTs
  /Bearer\s+[A-Za-z0-9._~+/=-]+/gi,
];

/** Removes anything that looks like a token from a string bound for the logs. */
export function scrub(s: string): string {
  let out = s;
  for (const re of TOKEN_PATTERNS) out = out.replace(re, '[redacted]');
  return out;
}

/** PEM blocks (keys, certificates): never logged. */
const PEM = /-----BEGIN [A-Z0-9 ]+-----[\s\S]*?(-----END [A-Z0-9 ]+-----|$)/g;

/** What a library wrote to the console, made fit for a log line: no key material, no tokens, not too long. */
export function consoleText(args: unknown[]): string {
  const text = formatWithOptions({ colors: false, depth: 2, breakLength: Infinity }, ...args)
    // botbuilder follows this with the whole public signing key.
    .replace(/(Available keys:)[\s\S]*/, '$1 [not logged]')
    .replace(PEM, '[key not logged]');
  return scrub(text).slice(0, 2000);
}

/**
 * Sends what libraries write with console.* (botbuilder prints refused tokens
 * and signing keys with console.error) and Node's process warnings through the
 * logger, so the server writes only JSON lines. For the server process only:
 * the console stays as it was in tools and tests.
 */
export function routeConsoleToLog(log: Logger): void {
  const child = log.child({ component: 'console' });
  console.error = (...args: unknown[]) => child.warn(consoleText(args));
  console.warn = (...args: unknown[]) => child.warn(consoleText(args));
  console.log = (...args: unknown[]) => child.info(consoleText(args));
  console.info = (...args: unknown[]) => child.info(consoleText(args));
  console.debug = (...args: unknown[]) => child.debug(consoleText(args));
  console.trace = (...args: unknown[]) => child.debug(consoleText(args));
  // Node prints warnings (deprecations, for example) to stderr through its own listener: log them instead.
  process.removeAllListeners('warning');
  process.on('warning', (w: Error & { code?: string }) => child.warn({ warning: w.name, code: w.code }, scrub(w.message).slice(0, 500)));
}
