/** The audit log in Postgres (table `audit`, append-only). */
import type { AuditEntry, AuditLog } from '../ports.js';
import { pgText as k, type Query } from './sql.js';

export function pgAudit(q: Query): AuditLog {
  return {
    async append(entry) {
      await q('INSERT INTO audit (at, action, actor, subject, detail) VALUES ($1, $2, $3, $4, $5)', [
        k(entry.at),
        k(entry.action),
        k(entry.actor),
        entry.subject === undefined ? null : k(entry.subject),
        entry.detail === undefined ? null : k(entry.detail),
      ]);
    },
    async tail(limit) {
      const n = Math.max(0, Math.floor(Math.min(limit, Number.MAX_SAFE_INTEGER)));
      const { rows } = await q<{ at: string; action: AuditEntry['action']; actor: string; subject: string | null; detail: string | null }>(
        'SELECT at, action, actor, subject, detail FROM (SELECT * FROM audit ORDER BY id DESC LIMIT $1) newest ORDER BY id',
        [String(n)],
      );
      return rows.map((r) => {
        const e: AuditEntry = { at: r.at, action: r.action, actor: r.actor };
        if (r.subject !== null) e.subject = r.subject;
        if (r.detail !== null) e.detail = r.detail;
        return e;
      });
    },
  };
}
