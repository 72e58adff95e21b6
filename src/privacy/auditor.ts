/**
 * The auditor: writes one line to the store's audit log for each view,
 * export, erasure, escalation, share, admin view or change and retention
 * purge. People are named only by a pseudonym (a keyed hash of their user
 * key, src/store/pseudonym.ts); details are counts and short ids, never
 * content. Anything else offered as detail is dropped, so a careless caller
 * cannot put a name, a user key or typed words into the log.
 */
import type { Auditor, AuditDetail } from '../core/audit.js';
import type { AuditAction, AuditLog } from '../store/ports.js';
import type { Pseudonymiser } from '../store/pseudonym.js';

/** Short lowercase ids such as `digest`, `induction-hca`, `teams`. No spaces, colons or at signs, so no user keys or e-mail addresses. */
const SAFE_ID = /^[a-z0-9][a-z0-9._-]{0,47}$/;
const SAFE_KEY = /^[a-zA-Z][a-zA-Z0-9_-]{0,31}$/;

export class PseudonymousAuditor implements Auditor {
  constructor(
    private readonly log: AuditLog,
    private readonly pseudonyms: Pseudonymiser,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The pseudonym the log uses for a user key (for tools that look someone up, e.g. on a subject access request). */
  pseudonymOf(userKey: string): string {
    return this.pseudonyms.of(userKey);
  }

  async record(action: AuditAction, actor: string, subject?: string, detail?: AuditDetail): Promise<void> {
    const entry: Parameters<AuditLog['append']>[0] = {
      at: this.clock().toISOString(),
      action,
      actor: actor === 'system' ? 'system' : this.pseudonyms.of(actor),
    };
    if (subject !== undefined) entry.subject = this.pseudonyms.of(subject);
    const d = formatDetail(detail);
    if (d) entry.detail = d;
    await this.log.append(entry);
  }
}

/** `a=1 b=true c=induction`, keeping only counts, true/false and safe ids. */
export function formatDetail(detail: AuditDetail | undefined): string | undefined {
  if (!detail) return undefined;
  const parts: string[] = [];
  for (const [k, v] of Object.entries(detail)) {
    if (!SAFE_KEY.test(k)) continue;
    if (typeof v === 'number' && Number.isFinite(v)) parts.push(`${k}=${Math.round(v * 100) / 100}`);
    else if (typeof v === 'boolean') parts.push(`${k}=${v}`);
    else if (typeof v === 'string' && SAFE_ID.test(v)) parts.push(`${k}=${v}`);
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}
