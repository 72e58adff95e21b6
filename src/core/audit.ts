/**
 * The audit port the core, dialogs and scheduler use: who did what to whose
 * data, and when. Never what anyone wrote.
 *
 * The implementation (src/privacy/auditor.ts) turns user keys into
 * pseudonyms before anything is written, so the audit log holds no user key,
 * and an erased person cannot be found in it.
 */
import type { AuditAction } from '../store/ports.js';

/**
 * Extra facts for an audit line: counts, true/false, or short content ids
 * (e.g. a programme id). Anything that looks like a user key or free text is
 * left out by the auditor.
 */
export type AuditDetail = Record<string, number | boolean | string>;

export interface Auditor {
  /**
   * Records that `actor` (a user key, or `system`) did `action`, to `subject`
   * (a user key) when there is one. Resolves when the line is on disk.
   */
  record(action: AuditAction, actor: string, subject?: string, detail?: AuditDetail): Promise<void>;
}

/** Whatever carries the auditor (the dialogs' and the scheduler's Services). */
export interface HasAuditor {
  audit?: Auditor;
  log?: { error(obj: object, msg: string): void };
}

/**
 * Records an audit line if an auditor is set. A failure to write is logged
 * (action only) and does not stop the work it describes.
 */
export async function recordAudit(services: HasAuditor, action: AuditAction, actor: string, subject?: string, detail?: AuditDetail): Promise<void> {
  if (!services.audit) return;
  try {
    await services.audit.record(action, actor, subject, detail);
  } catch (err) {
    services.log?.error({ err, action }, 'Could not write to the audit log');
  }
}

/**
 * Records that `viewerKey` was shown data about `subjectKey` (e.g. a line
 * manager's weekly digest shows a report's check-in flags). `via` names where,
 * as a short id such as `digest`.
 */
export async function recordView(services: HasAuditor, viewerKey: string, subjectKey: string, via: string, detail: AuditDetail = {}): Promise<void> {
  if (viewerKey === subjectKey) return;
  await recordAudit(services, 'view', viewerKey, subjectKey, { via, ...detail });
}

/** `recordView` for each distinct person in `subjectKeys`, with how many items were about them. */
export async function recordViews(services: HasAuditor, viewerKey: string, subjectKeys: string[], via: string): Promise<void> {
  const counts = new Map<string, number>();
  for (const k of subjectKeys) counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const [subject, items] of counts) await recordView(services, viewerKey, subject, via, { items });
}

/**
 * Records that the person `fromKey` chose to pass their data to `toKey` (a plan
 * shared with a line manager, a check-in concern passed to a preceptor): one
 * `action` line under the person, and one `view` line under the recipient, so
 * the log shows who received what about whom without naming anyone.
 */
export async function recordDisclosure(
  services: HasAuditor,
  action: 'share' | 'escalation',
  fromKey: string,
  toKey: string,
  detail: AuditDetail = {},
): Promise<void> {
  await recordAudit(services, action, fromKey, fromKey, detail);
  await recordView(services, toKey, fromKey, action, detail);
}
