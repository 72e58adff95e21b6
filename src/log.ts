/**
 * Structured logs with pino. Logs never carry tokens, secrets, JWTs or what
 * people typed: callers log ids and counts, and the redaction list below is a
 * second line of defence for fields that should never have been logged.
 */
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
