import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser, jurisdictionId, signInAs, startTestApp, type TestApp } from '../../../../test/harness';
import { sealAudit, verifyAuditChain } from '../../platform/audit';
import type { Db } from '../../platform/db';
import { pgErrorCode } from '../../platform/errors';
import { inScope } from '../../platform/scope';

let t: TestApp;
let alameda: number;
beforeAll(async () => {
  t = await startTestApp();
  alameda = jurisdictionId(t.services, 'CA-ALAMEDA');
});
afterAll(() => t.close());

interface Ev {
  seq: number;
  occurredAt: string;
  action: string;
  actorEmail: string | null;
  jurisdictionId: number | null;
  entityType: string | null;
  entityId: string | null;
  meta: Record<string, unknown> | null;
}

const agencyBody = () => ({
  jurisdictionId: alameda,
  name: `Audit agency ${randomUUID().slice(0, 8)}`,
  kind: 'education',
});

/** A county administrator who has done `n` creates (plus signing in): n + 1 events with their email. */
async function busyAdmin(n: number, county = 'CA-ALAMEDA') {
  const admin = await signInAs(t, 'county_admin', { county });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await admin.api.post('/api/v1/agencies', {
      ...agencyBody(),
      jurisdictionId: jurisdictionId(t.services, county),
    });
    expect(res.statusCode).toBe(201);
    ids.push(res.json().id);
  }
  return { ...admin, agencyIds: ids };
}

const auditor = (county: string) => signInAs(t, 'auditor', { county });

async function search(
  api: Awaited<ReturnType<typeof auditor>>['api'],
  query: Record<string, string | number>,
) {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  const res = await api.get(`/api/v1/audit?${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Ev[]; nextBefore: number | null };
}

/**
 * The sealer chains a row only once no older transaction anywhere in the cluster is still running, so on
 * PostgreSQL a CREATE DATABASE from a parallel test file can hold it back briefly. Seal (a bounded number of
 * times) until every committed row is chained, so chain tests start from a fully sealed log.
 */
async function sealEverything(db: Db): Promise<void> {
  const unsealed = async () =>
    Number(
      (
        await db.execute(sql`
          select count(*)::int as n from audit_events e
          where not exists (select 1 from audit_chain c where c.event_seq = e.seq)`)
      ).rows[0]!.n,
    );
  for (let attempt = 0; attempt < 5000 && (await unsealed()) > 0; attempt++) await sealAudit(db);
  expect(
    await unsealed(),
    'audit rows left unsealed: a long transaction in the cluster holds the horizon',
  ).toBe(0);
}

const isDescending = (items: Ev[]) => items.every((e, i) => i === 0 || items[i - 1]!.seq > e.seq);

describe('GET /api/v1/audit', () => {
  test('newest first, filtered by actor email (any case), action prefix, entity type and id', async () => {
    const admin = await busyAdmin(3);
    const { api } = await auditor('CA-ALAMEDA');
    const mine = await search(api, { actorEmail: admin.user.email.toUpperCase(), limit: 200 });
    expect(mine.items.map((e) => e.action)).toEqual([
      'agency.create',
      'agency.create',
      'agency.create',
      'auth.sign_in',
    ]);
    expect(isDescending(mine.items)).toBe(true);
    expect(mine.nextBefore).toBeNull();

    const creates = await search(api, { actorEmail: admin.user.email, action: 'agency.', limit: 200 });
    expect(creates.items.map((e) => e.entityId)).toEqual([...admin.agencyIds].reverse());
    expect(
      (await search(api, { action: 'agency.create', limit: 200 })).items.every(
        (e) => e.action === 'agency.create',
      ),
    ).toBe(true);
    // LIKE wildcards in the prefix are literal characters
    expect((await search(api, { action: '%', limit: 200 })).items).toEqual([]);
    expect((await search(api, { action: 'agency_create', limit: 200 })).items).toEqual([]);

    const one = await search(api, { entityType: 'agency', entityId: admin.agencyIds[1]!, limit: 200 });
    expect(one.items.map((e) => [e.action, e.entityId])).toEqual([['agency.create', admin.agencyIds[1]]]);
    expect((await search(api, { entityType: 'user', entityId: admin.agencyIds[1]! })).items).toEqual([]);
  });

  test('from and to bound occurred_at', async () => {
    const admin = await busyAdmin(4);
    const { api } = await auditor('CA-ALAMEDA');
    const all = (await search(api, { actorEmail: admin.user.email, limit: 200 })).items;
    expect(all).toHaveLength(5);
    const ms = (e: Ev) => Date.parse(e.occurredAt);
    const iso = (n: number) => new Date(n).toISOString();
    const newest = ms(all[0]!);
    const oldest = ms(all[all.length - 1]!);
    const q = (extra: Record<string, string>) =>
      search(api, { actorEmail: admin.user.email, limit: 200, ...extra });

    expect((await q({ from: iso(oldest), to: iso(newest + 1) })).items.map((e) => e.seq)).toEqual(
      all.map((e) => e.seq),
    );
    expect((await q({ from: iso(newest + 1) })).items).toEqual([]);
    expect((await q({ to: iso(oldest - 1) })).items).toEqual([]);
    const split = ms(all[2]!);
    const after = (await q({ from: iso(split) })).items;
    const before = (await q({ to: iso(split) })).items;
    expect(after.every((e) => ms(e) >= split)).toBe(true);
    expect(before.every((e) => ms(e) <= split)).toBe(true);
    expect(after.map((e) => e.seq)).toEqual(
      expect.arrayContaining(all.filter((e) => ms(e) > split).map((e) => e.seq)),
    );
    expect(before.map((e) => e.seq)).toEqual(
      expect.arrayContaining(all.filter((e) => ms(e) < split).map((e) => e.seq)),
    );
    expect(after.map((e) => e.seq)).toContain(all[2]!.seq);
  });

  test('keyset pagination: nextBefore gives the next older page, without overlap or gaps', async () => {
    const admin = await busyAdmin(7);
    const { api } = await auditor('CA-ALAMEDA');
    const everything = (await search(api, { actorEmail: admin.user.email, limit: 200 })).items.map(
      (e) => e.seq,
    );
    expect(everything).toHaveLength(8);
    const pages: number[][] = [];
    let before: number | null | undefined;
    do {
      const page = await search(api, {
        actorEmail: admin.user.email,
        limit: 3,
        ...(before ? { before } : {}),
      });
      expect(isDescending(page.items)).toBe(true);
      pages.push(page.items.map((e) => e.seq));
      before = page.nextBefore;
      if (before !== null) expect(before).toBe(page.items[page.items.length - 1]!.seq);
    } while (before !== null && pages.length < 10);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 2]);
    expect(pages.flat()).toEqual(everything);
  });

  test("a county auditor never sees another county's events; a state auditor sees both and county-less events", async () => {
    const tulare = await busyAdmin(1, 'CA-TULARE');
    const local = await busyAdmin(1, 'CA-ALAMEDA');
    const stranger = `nobody.${randomUUID().slice(0, 8)}@test.lantern.test`;
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-in',
          payload: { email: stranger, password: 'not the password at all' },
        })
      ).statusCode,
    ).toBe(401);

    const county = (await auditor('CA-ALAMEDA')).api;
    const page = await search(county, { limit: 200 });
    expect(page.items.filter((e) => e.jurisdictionId !== alameda)).toEqual([]);
    expect((await search(county, { entityId: tulare.agencyIds[0]! })).items).toEqual([]);
    expect((await search(county, { actorEmail: tulare.user.email })).items).toEqual([]);
    expect((await search(county, { entityId: local.agencyIds[0]! })).items).toHaveLength(1);
    const failed = (await search(county, { action: 'auth.sign_in_failed', limit: 200 })).items;
    expect(failed.filter((e) => e.meta?.email === stranger)).toEqual([]);

    const state = (await auditor('CA')).api;
    expect((await search(state, { entityId: tulare.agencyIds[0]! })).items).toHaveLength(1);
    expect((await search(state, { entityId: local.agencyIds[0]! })).items).toHaveLength(1);
    const stateFailed = (await search(state, { action: 'auth.sign_in_failed', limit: 200 })).items;
    expect(stateFailed.filter((e) => e.meta?.email === stranger)).toMatchObject([{ jurisdictionId: null }]);
  });

  test('a county administrator may not browse the audit log (403)', async () => {
    const { api } = await signInAs(t, 'county_admin');
    const res = await api.get('/api/v1/audit');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  test('searching the log is itself audited as audit.search', async () => {
    const { api, user } = await auditor('CA-ALAMEDA');
    const entityId = randomUUID();
    await search(api, { entityId, action: 'user.' });
    const rows = (
      await t.services.database.db.execute(sql`
      select jurisdiction_id, meta from audit_events where action = 'audit.search' and actor_user_id = ${user.id}`)
    ).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      jurisdiction_id: alameda,
      meta: { filter: { entityId, action: 'user.' } },
    });
    const seen = await search(api, { action: 'audit.search', actorEmail: user.email });
    expect(seen.items.map((e) => e.action)).toEqual(['audit.search']);
  });
});

describe('the audit chain', () => {
  test('verifies after a burst of concurrent writes', async () => {
    const { api } = await signInAs(t, 'county_admin');
    const people = await Promise.all(
      Array.from({ length: 10 }, () => createUser(t.services, { role: 'social_worker' })),
    );
    const results = await Promise.all([
      ...people.map((p, i) =>
        api.patch(`/api/v1/users/${p.id}`, { version: 1, displayName: `Renamed ${i}` }),
      ),
      ...Array.from({ length: 10 }, () => api.post('/api/v1/agencies', agencyBody())),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([...Array(10).fill(200), ...Array(10).fill(201)]);
    await sealEverything(t.services.database.db);
    const verdict = await verifyAuditChain(t.services.database.db);
    const total = Number(
      (await t.services.database.db.execute(sql`select count(*)::int as n from audit_events`)).rows[0]!.n,
    );
    expect(verdict).toEqual({ ok: true, checked: total, firstBadSeq: null, reason: null, unsealed: 0 });
  });

  test('the application role can neither update nor delete audit rows (42501)', async () => {
    const db = t.services.database.db;
    await busyAdmin(1);
    const attempt = async (statement: ReturnType<typeof sql>) => {
      try {
        await inScope(db, { jurisdictionIds: [alameda], system: false }, (tx) => tx.execute(statement));
        return 'succeeded';
      } catch (err) {
        return pgErrorCode(err);
      }
    };
    expect(
      await attempt(sql`update audit_events set action = 'user.read' where jurisdiction_id = ${alameda}`),
    ).toBe('42501');
    expect(await attempt(sql`delete from audit_events where jurisdiction_id = ${alameda}`)).toBe('42501');
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  test("the application role cannot choose an audit row's seq, transaction id or time", async () => {
    const db = t.services.database.db;
    const forged = { seq: 4_000_000_000_000, txId: 4_000_000_000_000_000, at: '2001-01-01T00:00:00Z' };
    class RolledBack extends Error {}
    let stored: Record<string, unknown> | undefined;
    let refused: string | undefined;
    try {
      await inScope(db, { jurisdictionIds: [alameda], system: false }, async (tx) => {
        const res = await tx.execute(sql`
          insert into audit_events (seq, tx_id, occurred_at, jurisdiction_id, action)
          values (${forged.seq}, ${forged.txId}, ${forged.at}, ${alameda}, 'user.read')
          returning seq, tx_id, occurred_at, (tx_id = pg_current_xact_id()::text::bigint) as own_tx,
                    (occurred_at > now() - interval '1 hour') as recent`);
        stored = res.rows[0];
        throw new RolledBack(); // leave no trace in the shared log
      });
    } catch (err) {
      if (!(err instanceof RolledBack)) refused = pgErrorCode(err);
    }
    if (refused !== undefined) return expect(refused).toBe('42501');
    // Accepted: then the database must have overridden every forged value.
    expect.soft(Number(stored!.seq), 'seq').not.toBe(forged.seq);
    expect
      .soft(stored!.own_tx, 'tx_id must be the writing transaction (a future tx_id is never sealed)')
      .toBe(true);
    expect.soft(stored!.recent, 'occurred_at must be the time of writing').toBe(true);
  });

  describe('detects tampering (each on a fresh database)', () => {
    /** A fresh app with a few chained events; `tamper` runs as superuser with triggers off. */
    async function tampered(tamper: (db: Db, seqs: number[]) => Promise<number>) {
      const fresh = await startTestApp();
      try {
        const { api } = await signInAs(fresh, 'county_admin');
        for (let i = 0; i < 4; i++)
          expect(
            (
              await api.post('/api/v1/agencies', {
                ...agencyBody(),
                jurisdictionId: jurisdictionId(fresh.services, 'CA-ALAMEDA'),
              })
            ).statusCode,
          ).toBe(201);
        const db = fresh.services.database.db;
        await sealEverything(db);
        expect((await verifyAuditChain(db)).ok).toBe(true);
        const seqs = (await db.execute(sql`select seq from audit_events order by seq`)).rows.map((r) =>
          Number(r.seq),
        );
        expect(seqs.length).toBeGreaterThanOrEqual(5);
        const expectedBad = await tamper(db, seqs);
        return { verdict: await verifyAuditChain(db), expectedBad };
      } finally {
        await fresh.close();
      }
    }
    const asSuperuser = (db: Db, statement: ReturnType<typeof sql>) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(statement);
      });

    test('an edited action names that row', async () => {
      const { verdict, expectedBad } = await tampered(async (db, seqs) => {
        const seq = seqs[2]!;
        await asSuperuser(db, sql`update audit_events set action = 'user.read' where seq = ${seq}`);
        return seq;
      });
      expect(verdict).toMatchObject({ ok: false, firstBadSeq: expectedBad });
    });

    test('an edited meta names that row', async () => {
      const { verdict, expectedBad } = await tampered(async (db, seqs) => {
        const seq = seqs[1]!;
        await asSuperuser(
          db,
          sql`update audit_events set meta = '{"requestId":"forged"}'::jsonb where seq = ${seq}`,
        );
        return seq;
      });
      expect(verdict).toMatchObject({ ok: false, firstBadSeq: expectedBad });
    });

    test('a deleted middle row names the missing seq', async () => {
      const { verdict, expectedBad } = await tampered(async (db, seqs) => {
        const seq = seqs[2]!;
        await asSuperuser(db, sql`delete from audit_events where seq = ${seq}`);
        return seq;
      });
      expect(verdict).toMatchObject({ ok: false, firstBadSeq: expectedBad });
    });

    test('a deleted last row is caught by the link that still names it', async () => {
      const { verdict, expectedBad } = await tampered(async (db, seqs) => {
        const seq = seqs[seqs.length - 1]!;
        await asSuperuser(db, sql`delete from audit_events where seq = ${seq}`);
        return seq;
      });
      expect(verdict).toMatchObject({ ok: false, firstBadSeq: expectedBad });
    });

    test('a truncated tail (last row and its chain link removed) is caught by the chain head', async () => {
      const { verdict } = await tampered(async (db, seqs) => {
        const seq = seqs[seqs.length - 1]!;
        await asSuperuser(db, sql`delete from audit_chain where event_seq = ${seq}`);
        await asSuperuser(db, sql`delete from audit_events where seq = ${seq}`);
        return seq;
      });
      expect(verdict.ok).toBe(false);
      expect(verdict.reason).toMatch(/head/);
    });

    test('a row the application role writes with a future tx_id is either refused or still covered by verification', async () => {
      let refused: string | undefined;
      const { verdict, expectedBad } = await tampered(async (db) => {
        try {
          const res = await inScope(db, { jurisdictionIds: [alameda], system: false }, (tx) =>
            tx.execute(
              sql`insert into audit_events (tx_id, jurisdiction_id, action) values (${Number.MAX_SAFE_INTEGER}, ${alameda}, 'user.read') returning seq`,
            ),
          );
          return Number(res.rows[0]!.seq);
        } catch (err) {
          refused = pgErrorCode(err);
          return -1;
        }
      });
      if (refused !== undefined) return expect(refused).toBe('42501');
      // Accepted: verification must either seal it into the chain or report it; silently skipping it is the bug.
      expect(verdict.ok ? `row ${expectedBad} accepted, verify says ok` : 'reported').toBe('reported');
    });

    test("a row inserted behind the application's back is caught", async () => {
      const { verdict, expectedBad } = await tampered(async (db) => {
        const res = await db.execute(sql`
          insert into audit_events (tx_id, jurisdiction_id, action) values (1, ${alameda}, 'user.read') returning seq`);
        return Number(res.rows[0]!.seq);
      });
      expect(verdict).toMatchObject({ ok: false, firstBadSeq: expectedBad });
    });
  });
});
