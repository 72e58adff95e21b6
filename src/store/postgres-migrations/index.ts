/**
 * The Postgres schema, as numbered migrations. Each runs once, in order, in
 * one transaction, and is recorded in `schema_migrations` (see
 * src/store/postgres/migrate.ts). Never edit a migration that has shipped: add the
 * next number instead.
 *
 * Shapes that vary (a profile, dialog data, a conversation reference, a
 * reminder's payload) are JSONB; what is searched or compared has its own
 * column. Times kept as text are the ISO strings the app wrote, in the "C"
 * collation so they compare and sort exactly as the embedded store compares
 * them; times the database itself compares with `now` (due, lease, expiry) are
 * timestamptz.
 *
 * Unqualified names: the tables live in the connection's schema (search_path).
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
CREATE TABLE profiles (
  user_key    text PRIMARY KEY,
  profile     jsonb NOT NULL,
  written_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX profiles_manager ON profiles ((profile ->> 'managerKey'));

CREATE TABLE dialog_states (
  user_key          text NOT NULL,
  conversation_key  text NOT NULL,
  state             jsonb NOT NULL,
  written_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_key, conversation_key)
);

CREATE TABLE conversation_refs (
  user_key  text PRIMARY KEY,
  platform  text NOT NULL,
  aliases   text[] NOT NULL DEFAULT '{}',
  doc       jsonb NOT NULL
);
CREATE INDEX conversation_refs_aliases ON conversation_refs USING gin (aliases);

CREATE TABLE plans (
  id                   text PRIMARY KEY,
  user_key             text NOT NULL,
  started_at           text COLLATE "C" NOT NULL,
  shared_with_manager  text,
  doc                  jsonb NOT NULL
);
CREATE INDEX plans_user ON plans (user_key, started_at);
CREATE INDEX plans_shared ON plans (shared_with_manager, started_at) WHERE shared_with_manager IS NOT NULL;

CREATE TABLE enrolments (
  id             text PRIMARY KEY,
  seq            bigint GENERATED ALWAYS AS IDENTITY,
  subject        text NOT NULL,
  user_key       text,
  manager_key    text,
  preceptor_key  text,
  status         text NOT NULL,
  doc            jsonb NOT NULL
);
CREATE INDEX enrolments_subject ON enrolments (subject);
CREATE INDEX enrolments_user ON enrolments (user_key);
CREATE INDEX enrolments_manager ON enrolments (manager_key) WHERE manager_key IS NOT NULL;
CREATE INDEX enrolments_preceptor ON enrolments (preceptor_key) WHERE preceptor_key IS NOT NULL;

CREATE TABLE reminders (
  id               text PRIMARY KEY,
  seq              bigint GENERATED ALWAYS AS IDENTITY,
  kind             text NOT NULL,
  user_key         text NOT NULL,
  due_at           timestamptz NOT NULL,
  original_due_at  text NOT NULL,
  state            text NOT NULL,
  lease_owner      text,
  lease_until      timestamptz,
  attempts         integer NOT NULL DEFAULT 0,
  last_error       text,
  sent_at          text,
  payload          jsonb NOT NULL DEFAULT '{}',
  updated_at       text NOT NULL
);
-- claimDue reads these two: pending and due, or claimed with an expired lease.
CREATE INDEX reminders_pending_due ON reminders (due_at) WHERE state = 'pending';
CREATE INDEX reminders_claimed_lease ON reminders (lease_until) WHERE state = 'claimed';
CREATE INDEX reminders_user ON reminders (user_key);
CREATE INDEX reminders_subject ON reminders ((payload ->> 'subjectKey'));
CREATE INDEX reminders_payload ON reminders USING gin (payload jsonb_path_ops);

CREATE TABLE checkins (
  id             text PRIMARY KEY,
  seq            bigint GENERATED ALWAYS AS IDENTITY,
  user_key       text NOT NULL,
  enrolment_id   text NOT NULL,
  answered_at    text COLLATE "C" NOT NULL,
  doc            jsonb NOT NULL
);
CREATE INDEX checkins_user ON checkins (user_key);
CREATE INDEX checkins_enrolment ON checkins (enrolment_id);
CREATE INDEX checkins_answered ON checkins (answered_at);

CREATE TABLE dedupe (
  key         text PRIMARY KEY,
  expires_at  timestamptz NOT NULL
);
CREATE INDEX dedupe_expires ON dedupe (expires_at);

-- Append-only: the code only inserts and reads, and the database refuses
-- UPDATE and DELETE. import_key is set only by the migrate command, so
-- importing the same embedded audit log twice adds each line once.
CREATE TABLE audit (
  id          bigserial PRIMARY KEY,
  at          text NOT NULL,
  action      text NOT NULL,
  actor       text NOT NULL,
  subject     text,
  detail      text,
  import_key  text UNIQUE
);
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
`,
  },
];

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
