/**
 * Tenancy, driven by the catalogue: every table in `public` with a jurisdiction_id column must have forced
 * row-level security, a policy for lantern_app, and a fixture here, so a table added later cannot skip
 * isolation silently. Then, for each such table, a transaction scoped to Alameda must neither see, change,
 * remove nor create Tulare rows.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeAudit } from '../src/server/platform/audit';
import type { Db, Tx } from '../src/server/platform/db';
import { pgErrorCode } from '../src/server/platform/errors';
import { inScope } from '../src/server/platform/scope';
import { createAgency, createUser, jurisdictionId, signInAs, startTestApp, type TestApp } from './harness';

let t: TestApp;
let db: Db;
let alameda: number;
let tulare: number;

beforeAll(async () => {
  t = await startTestApp();
  db = t.services.database.db;
  alameda = jurisdictionId(t.services, 'CA-ALAMEDA');
  tulare = jurisdictionId(t.services, 'CA-TULARE');
});
afterAll(() => t.close());

const unique = () => randomUUID().slice(0, 8);
const isTx = (x: Db | Tx): x is Tx => 'rollback' in x;

/** Inserts one row that belongs to the given jurisdiction, through whatever connection or transaction it is given. */
type Fixture = (x: Db | Tx, jurisdictionId: number) => Promise<void>;

const returningId = async (x: Db | Tx, query: ReturnType<typeof sql>) =>
  String((await x.execute(query)).rows[0]!.id);
const insertYouth = (x: Db | Tx, j: number) =>
  returningId(
    x,
    sql`insert into youth (jurisdiction_id, legal_first_name, legal_last_name, search_names)
        values (${j}, 'Tenancy', 'Fixture', 'tenancy fixture') returning id`,
  );
const insertReport = (x: Db | Tx, j: number) =>
  returningId(
    x,
    sql`insert into reports (jurisdiction_id, received_at, reporter_type) values (${j}, now(), 'other') returning id`,
  );
const insertPerson = (x: Db | Tx, j: number) =>
  returningId(x, sql`insert into persons_of_interest (jurisdiction_id) values (${j}) returning id`);

const FIXTURES: Record<string, Fixture> = {
  users: async (x, j) => {
    await x.execute(sql`
      insert into users (email, display_name, role, jurisdiction_id)
      values (${`tenancy.${unique()}@test.lantern.test`}, 'Tenancy fixture', 'social_worker', ${j})`);
  },
  agencies: async (x, j) => {
    await x.execute(
      sql`insert into agencies (jurisdiction_id, name, kind) values (${j}, ${`Tenancy ${unique()}`}, 'education')`,
    );
  },
  idempotency_keys: async (x, j) => {
    await x.execute(sql`
      insert into idempotency_keys (user_id, key, jurisdiction_id, fingerprint)
      values (${randomUUID()}, ${`tenancy-${unique()}`}, ${j}, 'fixture')`);
  },
  // Through the application's own writer, so sequence and chaining columns are whatever the platform sets.
  audit_events: async (x, j) => {
    const ev = {
      action: 'user.read',
      actor: null,
      jurisdictionId: j,
      entityType: 'tenancy',
      entityId: unique(),
    } as const;
    await (isTx(x) ? writeAudit(x, ev) : x.transaction((tx) => writeAudit(tx, ev)));
  },
  // The record. Children insert their parents first, in the same jurisdiction and through the same
  // connection, because every link is a composite foreign key on (id, jurisdiction_id).
  youth: async (x, j) => {
    await insertYouth(x, j);
  },
  identifiers: async (x, j) => {
    await x.execute(sql`
      insert into identifiers (jurisdiction_id, subject_type, subject_id, kind, value)
      values (${j}, 'youth', ${randomUUID()}, 'handle', ${`tenancy.${unique()}`})`);
  },
  reports: async (x, j) => {
    await insertReport(x, j);
  },
  persons_of_interest: async (x, j) => {
    await insertPerson(x, j);
  },
  allegations: async (x, j) => {
    const youthId = await insertYouth(x, j);
    const reportId = await insertReport(x, j);
    await x.execute(sql`
      insert into allegations (jurisdiction_id, report_id, youth_id, perpetrator_kind, category)
      values (${j}, ${reportId}, ${youthId}, 'unknown', 'general_neglect')`);
  },
  contacts: async (x, j) => {
    const youthId = await insertYouth(x, j);
    await x.execute(sql`
      insert into contacts (jurisdiction_id, youth_id, occurred_at, kind, narrative)
      values (${j}, ${youthId}, now(), 'observation', 'Tenancy fixture')`);
  },
  screenings: async (x, j) => {
    const youthId = await insertYouth(x, j);
    await x.execute(sql`
      insert into screenings
        (jurisdiction_id, youth_id, instrument_key, instrument_version, instrument_origin, context, language,
         screened_at, answers, result)
      values (${j}, ${youthId}, 'at-risk', 1, 'builtin', 'intake', 'en', now(), '{}'::jsonb, '{}'::jsonb)`);
  },
  person_of_interest_links: async (x, j) => {
    const youthId = await insertYouth(x, j);
    const personId = await insertPerson(x, j);
    await x.execute(sql`
      insert into person_of_interest_links (jurisdiction_id, person_of_interest_id, youth_id, relationship)
      values (${j}, ${personId}, ${youthId}, 'other')`);
  },
  record_revisions: async (x, j) => {
    await x.execute(sql`
      insert into record_revisions (jurisdiction_id, entity_type, entity_id, version, change, data)
      values (${j}, 'contact', ${randomUUID()}, 1, 'created', '{}'::jsonb)`);
  },
  lookup_values: async (x, j) => {
    await x.execute(sql`
      insert into lookup_values (jurisdiction_id, list, code, label_en, label_es)
      values (${j}, 'labor_setting', ${`tenancy_${unique().replace(/-/g, '_')}`}, 'Tenancy fixture', 'Dato de prueba')`);
  },
  import_batches: async (x, j) => {
    await x.execute(sql`
      insert into import_batches (jurisdiction_id, kind, file_name, file_sha256, status)
      values (${j}, 'referrals', 'tenancy.csv', ${unique()}, 'completed')`);
  },
  // A key of its own per row, so repeated seeding never meets the unique (county, key, version).
  instrument_versions: async (x, j) => {
    await x.execute(sql`
      insert into instrument_versions
        (jurisdiction_id, key, version, based_on_origin, based_on_version, definition, change_note)
      values (${j}, ${`tenancy-${unique()}`}, 2, 'builtin', 1, '{}'::jsonb, 'Tenancy fixture')`);
  },
};

/** Public tables that deliberately carry no jurisdiction. Adding to this list is a security decision. */
const NON_TENANT_TABLES = ['audit_chain', 'audit_chain_head', 'jurisdictions', 'login_throttle', 'sessions'];
/** The audit chain's own tables: no application role may touch them at all. */
const CHAIN_TABLES = ['audit_chain', 'audit_chain_head'];

async function publicTables(): Promise<{ name: string; tenant: boolean }[]> {
  const res = await db.execute(sql`
    select c.relname as name,
           exists (select 1 from pg_attribute a
                   where a.attrelid = c.oid and a.attname = 'jurisdiction_id' and a.attnum > 0 and not a.attisdropped) as tenant
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p')
    order by c.relname`);
  return res.rows.map((r) => ({ name: String(r.name), tenant: r.tenant === true }));
}

const tenantTables = async () => (await publicTables()).filter((x) => x.tenant).map((x) => x.name);

/** A transaction as lantern_app limited to these jurisdictions (never system scope). */
const asApp = <T>(ids: number[], fn: (tx: Tx) => Promise<T>) =>
  inScope(db, { jurisdictionIds: ids, system: false }, fn);

class RolledBack extends Error {}

/** The SQLSTATE a statement fails with as lantern_app, or 'succeeded' (its effects are rolled back). */
async function sqlstate(ids: number[], fn: (tx: Tx) => Promise<unknown>): Promise<string> {
  try {
    await asApp(ids, async (tx) => {
      await fn(tx);
      throw new RolledBack();
    });
  } catch (err) {
    if (err instanceof RolledBack) return 'succeeded';
    return pgErrorCode(err) ?? `no SQLSTATE: ${String(err)}`;
  }
  return 'succeeded';
}

const privilege = async (role: string, table: string, priv: string) =>
  (await db.execute(sql`select has_table_privilege(${role}, ${`public.${table}`}, ${priv}) as ok`)).rows[0]!
    .ok === true;

const ownerCount = async (table: string, j: number) =>
  Number(
    (
      await db.execute(
        sql`select count(*)::int as n from ${sql.identifier(table)} where jurisdiction_id = ${j}`,
      )
    ).rows[0]!.n,
  );

describe('the catalogue', () => {
  test('every public table with jurisdiction_id has a fixture in this file, and every fixture names such a table', async () => {
    const tables = await tenantTables();
    const missing = tables.filter((name) => !(name in FIXTURES));
    expect(
      missing,
      `Tenant tables without a FIXTURES entry in test/tenancy.test.ts: ${missing.join(', ')}. Add one so their isolation is tested.`,
    ).toEqual([]);
    const stale = Object.keys(FIXTURES).filter((name) => !tables.includes(name));
    expect(
      stale,
      `FIXTURES entries that are not tenant tables (renamed or dropped?): ${stale.join(', ')}`,
    ).toEqual([]);
  });

  test('every tenant table has row-level security enabled and forced, with a policy for lantern_app', async () => {
    const res = await db.execute(sql`
      select c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
             (select count(*)::int from pg_policy p where p.polrelid = c.oid
                and (select oid from pg_roles where rolname = 'lantern_app') = any (p.polroles)) as app_policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relname = any (${`{${(await tenantTables()).join(',')}}`}::text[])`);
    expect(res.rows.length).toBeGreaterThanOrEqual(Object.keys(FIXTURES).length);
    const problems = res.rows.flatMap((r) => [
      ...(r.enabled === true ? [] : [`${r.name}: row-level security is not enabled`]),
      ...(r.forced === true ? [] : [`${r.name}: row-level security is not forced`]),
      ...(Number(r.app_policies) > 0 ? [] : [`${r.name}: no policy applies to lantern_app`]),
    ]);
    expect(problems).toEqual([]);
  });

  test('every public table without jurisdiction_id is on the explicit allowlist', async () => {
    const others = (await publicTables()).filter((x) => !x.tenant).map((x) => x.name);
    const unexpected = others.filter((name) => !NON_TENANT_TABLES.includes(name));
    expect(
      unexpected,
      `Tables without jurisdiction_id that are not on NON_TENANT_TABLES: ${unexpected.join(', ')}`,
    ).toEqual([]);
    expect(others.sort()).toEqual([...NON_TENANT_TABLES].sort());
  });

  test("drizzle's migration journal lives in its own schema, not in public", async () => {
    const res = await db.execute(sql`
      select n.nspname as schema from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relname = '__drizzle_migrations'`);
    expect(res.rows.map((r) => r.schema)).toEqual(['drizzle']);
  });

  test('the application roles cannot rewrite the audit log and have no rights on its chain head', async () => {
    for (const role of ['lantern_app', 'lantern_auth']) {
      for (const priv of ['UPDATE', 'DELETE', 'TRUNCATE'])
        expect(await privilege(role, 'audit_events', priv), `${role} ${priv}`).toBe(false);
      for (const table of CHAIN_TABLES)
        for (const priv of ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'])
          expect(await privilege(role, table, priv), `${role} ${priv} on ${table}`).toBe(false);
    }
  });
});

describe.each(Object.keys(FIXTURES))('%s, scoped to Alameda', (table) => {
  const fixture = FIXTURES[table]!;
  const seed = async () => {
    await fixture(db, alameda);
    await fixture(db, tulare);
  };
  const T = () => sql.identifier(table);

  test('sees its own rows and none of Tulare', async () => {
    await seed();
    expect(await ownerCount(table, tulare)).toBeGreaterThan(0);
    const seen = await asApp([alameda], async (tx) => {
      const other = await tx.execute(
        sql`select count(*)::int as n from ${T()} where jurisdiction_id = ${tulare}`,
      );
      const own = await tx.execute(
        sql`select count(*)::int as n from ${T()} where jurisdiction_id = ${alameda}`,
      );
      const outside = await tx.execute(
        sql`select count(*)::int as n from ${T()} where jurisdiction_id is distinct from ${alameda}`,
      );
      return {
        other: Number(other.rows[0]!.n),
        own: Number(own.rows[0]!.n),
        outside: Number(outside.rows[0]!.n),
      };
    });
    expect(seen.other).toBe(0);
    expect(seen.outside).toBe(0);
    expect(seen.own).toBeGreaterThan(0);
  });

  test('cannot update Tulare rows, nor move its own rows to Tulare', async () => {
    await seed();
    const before = await ownerCount(table, tulare);
    if (await privilege('lantern_app', table, 'UPDATE')) {
      const touched = await asApp([alameda], (tx) =>
        tx.execute(
          sql`update ${T()} set jurisdiction_id = jurisdiction_id where jurisdiction_id = ${tulare} returning 1`,
        ),
      );
      expect(touched.rows.length).toBe(0);
    } else {
      expect(
        await sqlstate([alameda], (tx) =>
          tx.execute(
            sql`update ${T()} set jurisdiction_id = jurisdiction_id where jurisdiction_id = ${tulare}`,
          ),
        ),
      ).toBe('42501');
    }
    expect(
      await sqlstate([alameda], (tx) =>
        tx.execute(sql`update ${T()} set jurisdiction_id = ${tulare} where jurisdiction_id = ${alameda}`),
      ),
    ).toBe('42501');
    expect(await ownerCount(table, tulare)).toBe(before);
  });

  test('cannot delete Tulare rows', async () => {
    await seed();
    const before = await ownerCount(table, tulare);
    if (await privilege('lantern_app', table, 'DELETE')) {
      const removed = await asApp([alameda], (tx) =>
        tx.execute(sql`delete from ${T()} where jurisdiction_id = ${tulare} returning 1`),
      );
      expect(removed.rows.length).toBe(0);
    } else {
      expect(
        await sqlstate([alameda], (tx) =>
          tx.execute(sql`delete from ${T()} where jurisdiction_id = ${tulare}`),
        ),
      ).toBe('42501');
    }
    expect(await ownerCount(table, tulare)).toBe(before);
  });

  test('cannot insert a row for Tulare (but can for Alameda when it may insert at all)', async () => {
    const mayInsert = await privilege('lantern_app', table, 'INSERT');
    expect(
      await sqlstate([alameda], (tx) => fixture(tx, tulare)),
      `inserting a Tulare row into ${table} while scoped to Alameda`,
    ).toBe('42501');
    if (mayInsert) expect(await sqlstate([alameda], (tx) => fixture(tx, alameda))).toBe('succeeded');
  });

  test('sees nothing at all with an empty scope', async () => {
    await seed();
    const n = await asApp([], async (tx) =>
      Number((await tx.execute(sql`select count(*)::int as n from ${T()}`)).rows[0]!.n),
    );
    expect(n).toBe(0);
  });
});

describe('through HTTP, another county answers like a record that does not exist', () => {
  const errorShape = (res: { statusCode: number; json(): { error: Record<string, unknown> } }) => {
    const { error } = res.json();
    return {
      status: res.statusCode,
      keys: Object.keys(error).sort(),
      code: error.code,
      message: error.message,
    };
  };

  test('an Alameda administrator cannot read or change a Tulare user, and learns nothing of it', async () => {
    const { api } = await signInAs(t, 'county_admin', { county: 'CA-ALAMEDA' });
    const other = await createUser(t.services, { role: 'social_worker', county: 'CA-TULARE' });
    const unknown = randomUUID();

    const [getOther, getUnknown] = [
      await api.get(`/api/v1/users/${other.id}`),
      await api.get(`/api/v1/users/${unknown}`),
    ];
    expect(getOther.statusCode).toBe(404);
    expect(errorShape(getOther)).toEqual(errorShape(getUnknown));

    const patch = { version: 1, displayName: 'Renamed from Alameda', active: false };
    const [patchOther, patchUnknown] = [
      await api.patch(`/api/v1/users/${other.id}`, patch),
      await api.patch(`/api/v1/users/${unknown}`, patch),
    ];
    expect(patchOther.statusCode).toBe(404);
    expect(errorShape(patchOther)).toEqual(errorShape(patchUnknown));

    const row = (
      await db.execute(sql`select display_name, active, version from users where id = ${other.id}`)
    ).rows[0]!;
    expect(row).toMatchObject({ active: true, version: 1 });
    expect(row.display_name).not.toBe(patch.displayName);
    const reads = await db.execute(sql`select 1 from audit_events where entity_id = ${other.id}`);
    expect(reads.rows).toEqual([]);
  });

  test('an Alameda administrator cannot change a Tulare agency', async () => {
    const { api } = await signInAs(t, 'county_admin', { county: 'CA-ALAMEDA' });
    const agency = await createAgency(t.services, 'CA-TULARE');
    const patch = { version: 1, name: 'Taken over by Alameda', active: false };
    const [other, unknown] = [
      await api.patch(`/api/v1/agencies/${agency}`, patch),
      await api.patch(`/api/v1/agencies/${randomUUID()}`, patch),
    ];
    expect(other.statusCode).toBe(404);
    expect(errorShape(other)).toEqual(errorShape(unknown));
    const row = (await db.execute(sql`select name, active, version from agencies where id = ${agency}`))
      .rows[0]!;
    expect(row).toMatchObject({ active: true, version: 1 });
  });

  test('lists never include Tulare rows for Alameda, while a state system administrator sees both counties', async () => {
    const tag = `tn${unique()}`;
    const inAlameda = await createUser(t.services, {
      role: 'social_worker',
      county: 'CA-ALAMEDA',
      email: `alameda.${tag}@test.lantern.test`,
    });
    const inTulare = await createUser(t.services, {
      role: 'social_worker',
      county: 'CA-TULARE',
      email: `tulare.${tag}@test.lantern.test`,
    });
    const alamedaAgency = await createAgency(t.services, 'CA-ALAMEDA');
    const tulareAgency = await createAgency(t.services, 'CA-TULARE');

    const county = (await signInAs(t, 'county_admin', { county: 'CA-ALAMEDA' })).api;
    const all = (await county.get('/api/v1/users?limit=200')).json();
    expect(all.items.filter((u: { jurisdictionId: number }) => u.jurisdictionId !== alameda)).toEqual([]);
    const tagged = (await county.get(`/api/v1/users?q=${tag}`)).json();
    expect(tagged.items.map((u: { id: string }) => u.id)).toEqual([inAlameda.id]);
    expect(tagged.total).toBe(1);
    const agencies = (await county.get('/api/v1/agencies')).json().items as {
      id: string;
      jurisdictionId: number;
    }[];
    expect(agencies.map((a) => a.id)).toContain(alamedaAgency);
    expect(agencies.filter((a) => a.jurisdictionId !== alameda)).toEqual([]);
    expect((await county.get(`/api/v1/agencies?jurisdictionId=${tulare}`)).json().items).toEqual([]);

    const state = (await signInAs(t, 'system_admin', { county: 'CA' })).api;
    const both = (await state.get(`/api/v1/users?q=${tag}`)).json();
    expect(both.items.map((u: { id: string }) => u.id).sort()).toEqual([inAlameda.id, inTulare.id].sort());
    expect(both.total).toBe(2);
    const stateAgencies = ((await state.get('/api/v1/agencies')).json().items as { id: string }[]).map(
      (a) => a.id,
    );
    expect(stateAgencies).toEqual(expect.arrayContaining([alamedaAgency, tulareAgency]));
    expect((await state.get(`/api/v1/users/${inTulare.id}`)).statusCode).toBe(200);
  });
});
