import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from './db';

/** Every kind of event Lantern records. New modules add their actions here, so a typo cannot compile. */
export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.second_factor_failed',
  'auth.locked_out',
  'auth.sign_out',
  'auth.sign_out_everywhere',
  'auth.session_expired',
  'auth.totp_enrolled',
  'auth.recovery_code_used',
  'auth.password_changed',
  'user.create',
  'user.update',
  'user.role_change',
  'user.deactivate',
  'user.reactivate',
  'user.read',
  'user.preferences',
  'agency.create',
  'agency.update',
  'audit.search',
  'demo.seed',
  'youth.create',
  'youth.update',
  'youth.read',
  'youth.search',
  'youth.duplicate_check',
  'youth.sensitive_reveal',
  'report.create',
  'report.update',
  'report.read',
  'report.list',
  'allegation.create',
  'allegation.amend',
  'allegation.read',
  'allegation.list',
  'allegation.disposition_propose',
  'allegation.disposition_approve',
  'allegation.disposition_return',
  'contact.create',
  'contact.amend',
  'contact.read',
  'person.create',
  'person.update',
  'person.read',
  'person.search',
  'person.link',
  'person.unlink',
  'person.network_read',
  'lookup.create',
  'lookup.update',
  'import.referrals',
  'screening.create',
  'screening.read',
  'screening.list',
  'screening.amend',
  'instrument.adapt',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface Actor {
  userId: string;
  email: string;
  role: string;
}

export interface AuditEvent {
  action: AuditAction;
  actor: Actor | null;
  /** The jurisdiction the event belongs to (whose auditors see it); null for events tied to no county. */
  jurisdictionId: number | null;
  entityType?: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
  meta?: Record<string, unknown>;
}

/** Fields never copied into the audit log, whatever record they appear in. */
const SECRET_FIELDS = new Set([
  'passwordHash',
  'password_hash',
  'password',
  'totpSecretEnc',
  'totp_secret_enc',
  'recoveryCodes',
  'recovery_codes',
  'pendingTotpSecretEnc',
  'csrfToken',
]);

export function redact(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redact);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_FIELDS.has(k) ? '[redacted]' : redact(v);
    return out;
  }
  return value;
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(redact(v)));

const deferredAudit = new WeakMap<object, AuditEvent[]>();

/** Collect this transaction's audit events, to be written by renderAuditInsert just before COMMIT. */
export function deferAudit(tx: object): AuditEvent[] {
  const list: AuditEvent[] = [];
  deferredAudit.set(tx, list);
  return list;
}

/** One INSERT for a transaction's events, with every value quoted by the driver's literal escaping. */
export function renderAuditInsert(events: readonly AuditEvent[], literal: (s: string) => string): string {
  if (events.length === 0) return '';
  const q = (v: string | null | undefined) => (v === null || v === undefined ? 'null' : literal(v));
  const rows = events.map((ev) => {
    const j = ev.jurisdictionId;
    if (j !== null && !Number.isInteger(j)) throw new Error('audit jurisdictionId must be an integer');
    return `(${q(ev.actor?.userId)}::uuid, ${q(ev.actor?.email)}, ${q(ev.actor?.role)}, ${j === null ? 'null' : String(j)}, ${q(ev.action)}, ${q(ev.entityType)}, ${q(ev.entityId)}, ${q(json(ev.before))}::jsonb, ${q(json(ev.after))}::jsonb, ${q(json(ev.meta))}::jsonb)`;
  });
  return `insert into audit_events (actor_user_id, actor_email, actor_role, jurisdiction_id, action, entity_type, entity_id, before, after, meta) values ${rows.join(', ')};`;
}

/**
 * Append an event inside the caller's transaction: if the change rolls back, so does its audit row, and
 * no change commits without one. The sealer adds it to the hash chain shortly after it commits.
 */
export async function writeAudit(tx: Tx, ev: AuditEvent): Promise<void> {
  const deferred = deferredAudit.get(tx);
  if (deferred) {
    deferred.push(ev); // written by the same transaction, in the statement that commits it
    return;
  }
  await tx.execute(sql`
    insert into audit_events (actor_user_id, actor_email, actor_role, jurisdiction_id, action, entity_type, entity_id, before, after, meta)
    values (${ev.actor?.userId ?? null}, ${ev.actor?.email ?? null}, ${ev.actor?.role ?? null}, ${ev.jurisdictionId},
            ${ev.action}, ${ev.entityType ?? null}, ${ev.entityId ?? null},
            ${json(ev.before)}::jsonb, ${json(ev.after)}::jsonb, ${json(ev.meta)}::jsonb)`);
}

/** Chain every audit row whose transaction has finished. Runs as the owner; returns how many rows it sealed. */
export async function sealAudit(db: Db): Promise<number> {
  const res = await db.execute(sql`select lantern_audit_seal() as sealed`);
  return Number(res.rows[0]?.sealed ?? 0);
}

/** Seal every few hundred milliseconds in the background of a server process. */
export function startAuditSealer(
  db: Db,
  onError: (err: unknown) => void,
  intervalMs = 250,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = sealAudit(db).catch(onError);
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  /** The audit row (audit_events.seq) where the chain first fails, when a row can be named. */
  firstBadSeq: number | null;
  reason: string | null;
  /**
   * Rows not yet sealed because a transaction older than them is still open somewhere on the server. They
   * are not yet protected by the chain; a later verify covers them.
   */
  unsealed: number;
}

const GENESIS = '0'.repeat(64);
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/**
 * Seal, then recompute the whole chain from the audit rows themselves. The row payload is written here,
 * not borrowed from the database function, so a tampered function cannot vouch for itself. Detects an
 * edited row (its hash), a deleted row (a chain link with no row), a forged row (a sealed-range row with no
 * link), a removed or reordered link (prev_hash), and a truncated tail (the chain head).
 */
export async function verifyAuditChain(db: Db, batch = 5000): Promise<VerifyResult> {
  await sealAudit(db);
  let prevHash = GENESIS;
  let position = 0;
  let checked = 0;
  const bad = (firstBadSeq: number | null, reason: string): VerifyResult => ({
    ok: false,
    checked,
    firstBadSeq,
    reason,
    unsealed: 0,
  });
  for (;;) {
    const res = await db.execute(sql`
      select c.position, c.event_seq, c.row_hash, c.prev_hash, c.hash, e.seq is not null as present,
             jsonb_build_array(e.seq, e.tx_id, (extract(epoch from e.occurred_at) * 1000000)::bigint,
               e.actor_user_id, e.actor_email, e.actor_role, e.jurisdiction_id, e.action,
               e.entity_type, e.entity_id, e.before, e.after, e.meta)::text as payload
      from audit_chain c left join audit_events e on e.seq = c.event_seq
      where c.position > ${position} order by c.position limit ${batch}`);
    if (res.rows.length === 0) break;
    for (const row of res.rows) {
      const pos = Number(row.position);
      const seq = Number(row.event_seq);
      if (pos !== position + 1) return bad(seq, `chain link ${position + 1} is missing`);
      if (row.prev_hash !== prevHash)
        return bad(seq, `audit row ${seq} does not link to the row sealed before it`);
      if (row.present !== true) return bad(seq, `audit row ${seq} was deleted`);
      if (sha256(String(row.payload)) !== row.row_hash)
        return bad(seq, `audit row ${seq} was altered after it was written`);
      const hash = sha256(prevHash + String(row.row_hash));
      if (hash !== row.hash) return bad(seq, `the chain link of audit row ${seq} was altered`);
      prevHash = hash;
      position = pos;
      checked++;
    }
  }
  const head = (await db.execute(sql`select position, hash, horizon from audit_chain_head where id = 1`))
    .rows[0];
  if (!head) return bad(null, 'the chain head is missing');
  if (Number(head.position) !== position || head.hash !== prevHash)
    return bad(
      null,
      `the chain ends at link ${position} but its head records link ${Number(head.position)}: links were removed`,
    );
  const unsealed = await db.execute(sql`
    select e.seq from audit_events e left join audit_chain c on c.event_seq = e.seq
    where e.tx_id < ${Number(head.horizon)} and c.event_seq is null order by e.seq limit 1`);
  if (unsealed.rows[0]) {
    const seq = Number(unsealed.rows[0].seq);
    return bad(
      seq,
      `audit row ${seq} is not in the chain: it was inserted outside Lantern or its link was removed`,
    );
  }
  const pending = await db.execute(
    sql`select count(*)::int as n from audit_events where tx_id >= ${Number(head.horizon)}`,
  );
  return { ok: true, checked, firstBadSeq: null, reason: null, unsealed: Number(pending.rows[0]?.n ?? 0) };
}
