import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { verifyAuditChain, writeAudit } from '../src/server/platform/audit';
import { inScope } from '../src/server/platform/scope';
import { jurisdictionId, startTestApp, type TestApp } from './harness';

/**
 * On PostgreSQL a transaction's audit rows travel with its COMMIT as quoted literals; on PGlite they are
 * parameters. Either way what is read back must be exactly what was written, and the chain must hold.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const awkward = [
  'O\'Brien "quoted" \\ backslash \\\\ two',
  'line one\nline two\ttab',
  'Niño, Señora — “curly” ✓ 🚸',
  "'; drop table audit_events; --",
  "E'\\x27'",
];

test('awkward text survives the audit log byte for byte, and the chain verifies', async () => {
  const alameda = jurisdictionId(t.services, 'CA-ALAMEDA');
  const scope = { jurisdictionIds: [alameda], system: false };
  for (const [i, text] of awkward.entries()) {
    await inScope(t.services.database.db, scope, (tx) =>
      writeAudit(tx, {
        action: 'agency.update',
        actor: {
          userId: '00000000-0000-4000-8000-000000000001',
          email: `a${i}@test.lantern.test`,
          role: text,
        },
        jurisdictionId: alameda,
        entityType: 'agency',
        entityId: text.slice(0, 20),
        before: { name: text },
        after: { name: text, list: [text, 1, null, true] },
        meta: { note: text },
      }),
    );
  }
  const rows = await t.services.database.db.execute(
    sql`select actor_role, entity_id, before, after, meta from audit_events where action = 'agency.update' order by seq`,
  );
  expect(rows.rows.map((r) => r.actor_role)).toEqual(awkward);
  rows.rows.forEach((r, i) => {
    const text = awkward[i]!;
    expect(r.entity_id).toBe(text.slice(0, 20));
    expect(r.before).toEqual({ name: text });
    expect(r.after).toEqual({ name: text, list: [text, 1, null, true] });
    expect(r.meta).toEqual({ note: text });
  });
  const verdict = await verifyAuditChain(t.services.database.db);
  expect(verdict.ok, verdict.reason ?? '').toBe(true);
});

test('a use case that fails leaves neither its change nor its audit row, and the next one works', async () => {
  const alameda = jurisdictionId(t.services, 'CA-ALAMEDA');
  const scope = { jurisdictionIds: [alameda], system: false };
  const before = Number(
    (await t.services.database.db.execute(sql`select count(*)::int as n from audit_events`)).rows[0]!.n,
  );
  for (let i = 0; i < 12; i++) {
    await expect(
      inScope(t.services.database.db, scope, async (tx) => {
        await tx.execute(
          sql`insert into agencies (jurisdiction_id, name, kind) values (${alameda}, ${`Doomed ${i}`}, 'probation')`,
        );
        await writeAudit(tx, { action: 'agency.create', actor: null, jurisdictionId: alameda });
        throw new Error('the use case changed its mind');
      }),
    ).rejects.toThrow('changed its mind');
  }
  const after = Number(
    (await t.services.database.db.execute(sql`select count(*)::int as n from audit_events`)).rows[0]!.n,
  );
  expect(after).toBe(before);
  const doomed = await t.services.database.db.execute(
    sql`select count(*)::int as n from agencies where name like 'Doomed %'`,
  );
  expect(Number(doomed.rows[0]!.n)).toBe(0);
  const ok = await inScope(
    t.services.database.db,
    scope,
    async (tx) => (await tx.execute(sql`select 1 as one`)).rows[0]!.one,
  );
  expect(Number(ok)).toBe(1);
});
