/**
 * Every setting, read once from the environment and validated. A bad value stops
 * start-up with the variable's name and what is expected.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { defaultContentDir } from './paths.js';
import { isUserKey } from './user-keys.js';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(blankToUndefined, z.string().optional());
const optionalUrl = (what: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((s) => {
        try {
          const u = new URL(s);
          return u.protocol === 'http:' || u.protocol === 'https:';
        } catch {
          return false;
        }
      }, `expected ${what}, a full http:// or https:// address`)
      .optional(),
  );
const onOff = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z
    .enum(['on', 'off', 'true', 'false', '1', '0', ''], { error: 'expected "on" or "off"' })
    .optional()
    .transform((v) => (v === undefined || v === '' ? undefined : v === 'on' || v === 'true' || v === '1')),
);

/** A Postgres connection address. Checked without ever echoing it: it may hold a password. */
const postgresUrl = z.preprocess(
  blankToUndefined,
  z
    .string()
    .refine((s) => {
      try {
        const u = new URL(s);
        return (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && u.hostname !== '';
      } catch {
        return false;
      }
    }, 'expected a postgres:// address such as postgres://user:password@host:5432/database')
    .optional(),
);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Comma-separated Microsoft Entra tenant ids (GUIDs), lower-cased; blank means no list. */
const tenantList = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',').map((t) => t.trim()).filter((t) => t !== '') : v),
  z
    .array(z.string().regex(GUID, 'expected tenant ids (GUIDs such as 72f988bf-86f1-41af-91ab-2d7cd011db47), separated by commas'))
    .optional()
    .transform((ids) => (ids && ids.length > 0 ? [...new Set(ids.map((id) => id.toLowerCase()))] : undefined)),
);

/** The advanced Bot Framework settings, passed to botbuilder under these exact names. */
export const TEAMS_ENDPOINT_SETTINGS = [
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromChannelTokenIssuer',
  'ToBotFromEmulatorOpenIdMetadataUrl',
  'ToChannelFromBotLoginUrl',
  'ToChannelFromBotOAuthScope',
  'OAuthUrl',
] as const;
export type TeamsEndpointSetting = (typeof TEAMS_ENDPOINT_SETTINGS)[number];

const hours = (fallback: number) =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: 'expected a number of hours' }).min(0, 'expected a number of hours').max(24 * 366).default(fallback));
/** A whole number of days from 1 to 3650 (about ten years). */
const days = (fallback: number) => {
  const message = 'expected a whole number of days from 1 to 3650';
  return z.preprocess(blankToUndefined, z.coerce.number({ error: message }).int(message).min(1, message).max(3650, message).default(fallback));
};
const rate = (fallback: number) =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: 'expected messages a second, e.g. 4' }).gt(0, 'expected messages a second above 0').max(1000).default(fallback));

export const envSchema = z.object({
  NODE_ENV: z.preprocess(
    blankToUndefined,
    z.enum(['development', 'production', 'test'], { error: 'expected development, production or test' }).default('development'),
  ),
  PORT: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'expected a whole number from 0 to 65535' })
      .int('expected a whole number from 0 to 65535')
      .min(0, 'expected a whole number from 0 to 65535')
      .max(65535, 'expected a whole number from 0 to 65535')
      .default(3978),
  ),
  HOST: optionalString,
  DATA_DIR: z.preprocess(blankToUndefined, z.string().default('./data')),
  CONTENT_DIR: optionalString,
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'expected one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
  ),
  PLAYGROUND: onOff,
  PUBLIC_BASE_URL: optionalUrl('the public address of this server'),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.preprocess(
    blankToUndefined,
    z
      .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
        error: 'expected MultiTenant, SingleTenant or UserAssignedMSI',
      })
      .default('MultiTenant'),
  ),
  MicrosoftAppTenantId: optionalString,
  ALLOWED_TENANT_IDS: tenantList,
  // Advanced Bot Framework endpoints (sovereign clouds and tests); names as botbuilder reads them.
  ToBotFromChannelOpenIdMetadataUrl: optionalUrl('the OpenID metadata address for tokens from the channel'),
  ToBotFromChannelTokenIssuer: optionalUrl('the issuer of tokens from the channel, e.g. https://api.botframework.com'),
  ToBotFromEmulatorOpenIdMetadataUrl: optionalUrl('the OpenID metadata address for tokens from the Emulator'),
  ToChannelFromBotLoginUrl: optionalUrl('the login address the bot gets its own tokens from'),
  ToChannelFromBotOAuthScope: optionalUrl('the scope of the bot\'s own tokens, e.g. https://api.botframework.com'),
  ValidateAuthority: onOff,
  OAuthUrl: optionalUrl('the Bot Framework token service address'),
  SLACK_BOT_TOKEN: z.preprocess(
    blankToUndefined,
    z.string().startsWith('xoxb-', 'expected a bot token starting with xoxb-').optional(),
  ),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: z.preprocess(
    blankToUndefined,
    z.string().startsWith('xapp-', 'expected an app-level token starting with xapp-').optional(),
  ),
  SLACK_API_URL: optionalUrl('the base URL of the Slack Web API, e.g. https://slack.com/api/'),
  SCHEDULER: onOff,
  TIME_ZONE: z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((tz) => {
        try {
          new Intl.DateTimeFormat('en-GB', { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, 'expected an IANA time zone name such as Europe/London')
      .default('Europe/London'),
  ),
  CHECKIN_TIME: z.preprocess(blankToUndefined, z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day as HH:MM, e.g. 10:00').default('10:00')),
  CATCH_UP_GRACE_HOURS: hours(24),
  NUDGE_AFTER_HOURS: hours(48),
  MISSED_AFTER_HOURS: hours(48),
  CAREER_CONVERSATION_MONTHS: z.preprocess(blankToUndefined, z.coerce.number({ error: 'expected a whole number of months' }).int().min(1).max(36).default(6)),
  DIGEST_DAY: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase() : undefined),
    z.enum(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'], { error: 'expected a day of the week, e.g. monday' }).default('monday'),
  ),
  DIGEST_TIME: z.preprocess(blankToUndefined, z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day as HH:MM, e.g. 09:00').default('09:00')),
  TEAMS_SEND_RATE: rate(30),
  SLACK_SEND_RATE: rate(4),
  STORE: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase() : undefined),
    z.enum(['lowdb', 'postgres'], { error: 'expected lowdb (the embedded store, one instance) or postgres (several instances)' }).default('lowdb'),
  ),
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'expected a whole number of connections from 1 to 100' }).int('expected a whole number of connections from 1 to 100').min(1, 'expected a whole number of connections from 1 to 100').max(100, 'expected a whole number of connections from 1 to 100').default(10),
  ),
  SCHEDULER_LEASE_SECONDS: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'expected a whole number of seconds' }).int('expected a whole number of seconds').min(1, 'expected at least 1 second').max(86_400, 'expected at most 86400 seconds (a day)').default(600),
  ),
  SHUTDOWN_GRACE_MS: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'expected a number of milliseconds' }).int().min(0).max(120_000).default(10_000),
  ),
  BACKUP_INTERVAL_HOURS: hours(6),
  BACKUP_KEEP: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'expected a whole number of backups from 1 to 1000' })
      .int('expected a whole number of backups from 1 to 1000')
      .min(1, 'expected a whole number of backups from 1 to 1000')
      .max(1000, 'expected a whole number of backups from 1 to 1000')
      .default(10),
  ),
  BACKUP_MAX_AGE_DAYS: days(35),
  ADMIN_USERS: z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',').map((x) => x.trim()).filter((x) => x !== '') : []),
    z.array(
      z.string().refine(isUserKey, 'expected user keys separated by commas, e.g. teams:29:1abc,slack:T01:U02'),
    ),
  ),
  CHECKIN_TEXT_RETENTION_DAYS: days(365),
  AUDIT_KEY: z.preprocess(blankToUndefined, z.string().min(32, 'expected a random secret of at least 32 characters').optional()),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: 'development' | 'production' | 'test';
  production: boolean;
  port: number;
  host: string;
  dataDir: string;
  contentDir: string;
  logLevel: string;
  playground: boolean;
  publicBaseUrl?: string;
  shutdownGraceMs: number;
  /** Rolling backups of the embedded store (DATA_DIR/backups). */
  backup: { intervalHours: number; keep: number; maxAgeDays: number };
  /** Data protection settings. */
  privacy: {
    /** User keys of education or admin leads who may see programme-level numbers (ADMIN_USERS). */
    admins: string[];
    /** Days check-in free text is kept before it is deleted (CHECKIN_TEXT_RETENTION_DAYS). */
    checkinTextRetentionDays: number;
    /** Secret for audit-log pseudonyms (AUDIT_KEY); unset: a key made once in DATA_DIR/audit.key. */
    auditKey?: string;
  };
  scheduler: {
    enabled: boolean;
    timeZone: string;
    checkinTime: string;
    graceMs: number;
    nudgeAfterMs: number;
    missedAfterMs: number;
    careerConversationMonths: number;
    digestDay: number;
    digestTime: string;
    rates: { teams: number; slack: number; local: number };
    /** How long a tick holds a claimed reminder before another instance may take it over (SCHEDULER_LEASE_SECONDS). */
    leaseMs?: number;
    /** Days check-in free text is kept (CHECKIN_TEXT_RETENTION_DAYS); the daily retention purge uses it. Unset: 365. */
    checkinTextRetentionDays?: number;
  };
  /** Where data lives: the embedded store in dataDir (one instance), or Postgres (several instances). */
  store: { kind: 'lowdb' } | { kind: 'postgres'; url: string; poolSize: number };
  teams: {
    appId?: string;
    appPassword?: string;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    tenantId?: string;
    /** Microsoft Entra tenants whose activities are handled (ALLOWED_TENANT_IDS, lower case). Unset: any tenant. */
    allowedTenantIds?: string[];
    /** Advanced: Bot Framework endpoints for sovereign clouds and tests. Unset ones keep the public cloud's values. */
    endpoints?: Partial<Record<TeamsEndpointSetting, string>>;
    /** Advanced: botbuilder's ValidateAuthority. */
    validateAuthority?: boolean;
  };
  slack:
    | { enabled: false }
    | {
        enabled: true;
        botToken: string;
        signingSecret?: string;
        appToken?: string;
        apiUrl?: string;
        mode: 'http' | 'socket';
      };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Career Companion cannot start: the settings have ${problems.length === 1 ? 'a problem' : 'problems'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and checks the settings. Throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const name = String(i.path[0] ?? 'setting');
      const raw = env[name];
      const shown = raw === undefined ? '' : isSecretName(name) ? ' (value hidden)' : ` (got "${String(raw).slice(0, 80)}")`;
      return `${name}: ${i.message}${shown}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const problems: string[] = [];
  const production = e.NODE_ENV === 'production';

  if (production && !e.MicrosoftAppId) {
    problems.push(
      'MicrosoftAppId: must be set when NODE_ENV=production. Without it the Teams endpoint accepts requests from anyone. Set it to your Azure Bot registration\'s app id (and MicrosoftAppPassword), or run without NODE_ENV=production for local use.',
    );
  }
  if (e.MicrosoftAppId && e.MicrosoftAppType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
    problems.push('MicrosoftAppPassword: must be set when MicrosoftAppId is set (the client secret of the Azure Bot registration).');
  }
  if (e.MicrosoftAppType === 'SingleTenant' && e.MicrosoftAppId && !e.MicrosoftAppTenantId) {
    problems.push('MicrosoftAppTenantId: must be set when MicrosoftAppType=SingleTenant.');
  }

  const endpoints: Partial<Record<TeamsEndpointSetting, string>> = {};
  for (const name of TEAMS_ENDPOINT_SETTINGS) {
    const value = e[name];
    if (!value) continue;
    if (production && !value.startsWith('https://')) {
      problems.push(`${name}: must be an https:// address when NODE_ENV=production (keys and tokens must not travel unencrypted).`);
    }
    endpoints[name] = value;
  }

  const playground = e.PLAYGROUND ?? !production;
  if (production && playground) {
    problems.push('PLAYGROUND: must be off when NODE_ENV=production (the playground has no sign-in). Remove PLAYGROUND or set it to off.');
  }

  let slack: Config['slack'] = { enabled: false };
  const anySlack = e.SLACK_BOT_TOKEN || e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN;
  if (anySlack) {
    if (!e.SLACK_BOT_TOKEN) {
      problems.push('SLACK_BOT_TOKEN: must be set to turn Slack on (the xoxb- token from OAuth & Permissions). Remove the other SLACK_ variables to keep Slack off.');
    } else if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
      problems.push('SLACK_SIGNING_SECRET: must be set for Slack over HTTP (Basic Information > Signing Secret), or set SLACK_APP_TOKEN to use Socket Mode.');
    } else if (production && !e.SLACK_SIGNING_SECRET) {
      problems.push('SLACK_SIGNING_SECRET: must be set when NODE_ENV=production, so every Slack request is checked.');
    } else {
      slack = {
        enabled: true,
        botToken: e.SLACK_BOT_TOKEN,
        mode: e.SLACK_APP_TOKEN ? 'socket' : 'http',
        ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
        ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
        ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/` } : {}),
      };
    }
  }

  let store: Config['store'] = { kind: 'lowdb' };
  if (e.STORE === 'postgres') {
    if (!e.DATABASE_URL) {
      problems.push('DATABASE_URL: must be set when STORE=postgres, e.g. postgres://user:password@host:5432/database.');
    } else {
      store = { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE };
    }
  }

  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: e.NODE_ENV,
    production,
    port: e.PORT,
    // Without credentials the bot answers anyone, so outside production it listens on this machine only.
    host: e.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    dataDir: resolve(e.DATA_DIR),
    contentDir: resolve(e.CONTENT_DIR ?? defaultContentDir),
    logLevel: e.LOG_LEVEL,
    playground,
    ...(e.PUBLIC_BASE_URL ? { publicBaseUrl: e.PUBLIC_BASE_URL.replace(/\/+$/, '') } : {}),
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    backup: { intervalHours: e.BACKUP_INTERVAL_HOURS, keep: e.BACKUP_KEEP, maxAgeDays: e.BACKUP_MAX_AGE_DAYS },
    privacy: {
      admins: e.ADMIN_USERS,
      checkinTextRetentionDays: e.CHECKIN_TEXT_RETENTION_DAYS,
      ...(e.AUDIT_KEY ? { auditKey: e.AUDIT_KEY } : {}),
    },
    scheduler: {
      enabled: e.SCHEDULER ?? true,
      timeZone: e.TIME_ZONE,
      checkinTime: e.CHECKIN_TIME,
      graceMs: e.CATCH_UP_GRACE_HOURS * 3_600_000,
      nudgeAfterMs: e.NUDGE_AFTER_HOURS * 3_600_000,
      missedAfterMs: e.MISSED_AFTER_HOURS * 3_600_000,
      careerConversationMonths: e.CAREER_CONVERSATION_MONTHS,
      digestDay: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].indexOf(e.DIGEST_DAY),
      digestTime: e.DIGEST_TIME,
      rates: { teams: e.TEAMS_SEND_RATE, slack: e.SLACK_SEND_RATE, local: 100 },
      leaseMs: e.SCHEDULER_LEASE_SECONDS * 1000,
      checkinTextRetentionDays: e.CHECKIN_TEXT_RETENTION_DAYS,
    },
    store,
    teams: {
      ...(e.MicrosoftAppId ? { appId: e.MicrosoftAppId } : {}),
      ...(e.MicrosoftAppPassword ? { appPassword: e.MicrosoftAppPassword } : {}),
      appType: e.MicrosoftAppType,
      ...(e.MicrosoftAppTenantId ? { tenantId: e.MicrosoftAppTenantId } : {}),
      ...(e.ALLOWED_TENANT_IDS ? { allowedTenantIds: e.ALLOWED_TENANT_IDS } : {}),
      ...(Object.keys(endpoints).length > 0 ? { endpoints } : {}),
      ...(e.ValidateAuthority !== undefined ? { validateAuthority: e.ValidateAuthority } : {}),
    },
    slack,
  };
}

function isSecretName(name: string): boolean {
  return /PASSWORD|SECRET|TOKEN|DATABASE_URL|AUDIT_KEY/i.test(name);
}
