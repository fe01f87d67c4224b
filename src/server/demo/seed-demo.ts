import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Role } from '../../domain/access/roles';
import { writeAudit } from '../platform/audit';
import type { Services } from '../platform/context';
import { randomToken } from '../platform/crypto';
import { assertAcceptablePassword, hashPassword, verifyPassword } from '../platform/passwords';
import { inScope } from '../platform/scope';
import type { Tx } from '../platform/db';
import { collectPopulation, insertPopulation, type PopulationCounts, type StaffRef } from './population';
import { seedDemoScreenings } from './screenings';

/** Synthetic agencies and accounts. Every name says "Demo": nothing here is a real person. */
export const DEMO_AGENCIES = [
  { county: 'CA-ALAMEDA', name: 'Alameda County Child Welfare (demo)', kind: 'county_child_welfare' },
  { county: 'CA-ALAMEDA', name: 'Alameda County Probation (demo)', kind: 'probation' },
  { county: 'CA-ALAMEDA', name: 'Eastbay Youth Advocates (demo)', kind: 'community_based_organization' },
  { county: 'CA-TULARE', name: 'Tulare County Child Welfare (demo)', kind: 'county_child_welfare' },
] as const;

export const DEMO_USERS: {
  email: string;
  name: string;
  role: Role;
  jurisdiction: string;
  agency: string | null;
}[] = [
  {
    email: 'admin@demo.lantern.test',
    name: 'Demo System Administrator',
    role: 'system_admin',
    jurisdiction: 'CA',
    agency: null,
  },
  {
    email: 'worker.alameda@demo.lantern.test',
    name: 'Demo Worker Alameda',
    role: 'social_worker',
    jurisdiction: 'CA-ALAMEDA',
    agency: 'Alameda County Child Welfare (demo)',
  },
  {
    email: 'supervisor.alameda@demo.lantern.test',
    name: 'Demo Supervisor Alameda',
    role: 'supervisor',
    jurisdiction: 'CA-ALAMEDA',
    agency: 'Alameda County Child Welfare (demo)',
  },
  {
    email: 'coordinator.alameda@demo.lantern.test',
    name: 'Demo Coordinator Alameda',
    role: 'coordinator',
    jurisdiction: 'CA-ALAMEDA',
    agency: 'Alameda County Child Welfare (demo)',
  },
  {
    email: 'partner.alameda@demo.lantern.test',
    name: 'Demo Partner Alameda',
    role: 'partner',
    jurisdiction: 'CA-ALAMEDA',
    agency: 'Eastbay Youth Advocates (demo)',
  },
  {
    email: 'analyst.alameda@demo.lantern.test',
    name: 'Demo Analyst Alameda',
    role: 'county_analyst',
    jurisdiction: 'CA-ALAMEDA',
    agency: 'Alameda County Child Welfare (demo)',
  },
  {
    email: 'countyadmin.alameda@demo.lantern.test',
    name: 'Demo County Administrator Alameda',
    role: 'county_admin',
    jurisdiction: 'CA-ALAMEDA',
    agency: 'Alameda County Child Welfare (demo)',
  },
  {
    email: 'worker.tulare@demo.lantern.test',
    name: 'Demo Worker Tulare',
    role: 'social_worker',
    jurisdiction: 'CA-TULARE',
    agency: 'Tulare County Child Welfare (demo)',
  },
  {
    email: 'analyst.state@demo.lantern.test',
    name: 'Demo State Analyst',
    role: 'state_analyst',
    jurisdiction: 'CA',
    agency: null,
  },
  {
    email: 'auditor@demo.lantern.test',
    name: 'Demo Auditor',
    role: 'auditor',
    jurisdiction: 'CA',
    agency: null,
  },
];

/**
 * The synthetic population of each demo county: youth with reports assigned to the county's demo worker,
 * dispositions reviewed by its supervisor (Tulare has none, so its proposals wait), persons of interest
 * shared between youth. Generated once per county, when the county has no youth yet.
 */
export const DEMO_POPULATION: { county: string; youth: number; workers: string[]; supervisors: string[] }[] =
  [
    {
      county: 'CA-ALAMEDA',
      youth: 240,
      workers: ['worker.alameda@demo.lantern.test'],
      supervisors: ['supervisor.alameda@demo.lantern.test'],
    },
    { county: 'CA-TULARE', youth: 60, workers: ['worker.tulare@demo.lantern.test'], supervisors: [] },
  ];
/** The generator's seed: the same demo everywhere (dates end the day before the first start). */
export const DEMO_POPULATION_SEED = 'lantern-demo-1';

/** Adds the population to every demo county that has no youth yet; null when none needed it. */
async function seedPopulation(tx: Tx, services: Services): Promise<PopulationCounts | null> {
  const staff = async (emails: string[]): Promise<StaffRef[]> => {
    if (emails.length === 0) return [];
    const res = await tx.execute(sql`
      select id, display_name from users where lower(email) = any(${`{${emails.join(',')}}`}::text[]) order by email`);
    return res.rows.map((r) => ({ id: String(r.id), name: String(r.display_name) }));
  };
  const jurisdictions = [];
  for (const p of DEMO_POPULATION) {
    const county = services.tree.all().find((j) => j.code === p.county);
    if (!county) throw new Error(`Jurisdiction ${p.county} is missing from content/jurisdictions.`);
    const existing = await tx.execute(
      sql`select exists (select 1 from youth where jurisdiction_id = ${county.id}) as present`,
    );
    if (existing.rows[0]!.present) continue;
    jurisdictions.push({
      id: county.id,
      code: county.code,
      name: county.name,
      weight: p.youth,
      workers: await staff(p.workers),
      supervisors: await staff(p.supervisors),
    });
  }
  if (jurisdictions.length === 0) return null;
  const rows = collectPopulation({
    seed: DEMO_POPULATION_SEED,
    youth: jurisdictions.reduce((n, j) => n + j.weight, 0),
    jurisdictions,
  });
  return insertPopulation(tx, rows);
}

/**
 * The demo password: LANTERN_DEMO_PASSWORD if set; otherwise one generated on first seed and kept in the
 * data directory, so every later start prints the same, working password.
 */
export function demoPassword(services: Services): { password: string; source: 'env' | 'generated' | 'kept' } {
  if (services.config.demoPassword) return { password: services.config.demoPassword, source: 'env' };
  const file = join(services.config.dataDir, '.demo-password');
  if (existsSync(file)) return { password: readFileSync(file, 'utf8').trim(), source: 'kept' };
  mkdirSync(services.config.dataDir, { recursive: true });
  const password = `demo-${randomToken(12)}`;
  writeFileSync(file, password + '\n', { mode: 0o600 });
  return { password, source: 'generated' };
}

/**
 * Idempotent: creates what is missing, resets a demo account's password only when it no longer matches, and
 * gives each demo county its synthetic population once (a county that has any youth is left alone).
 */
export async function seedDemo(
  services: Services,
  password: string,
): Promise<{ created: number; updated: number; population: PopulationCounts | null }> {
  if (services.config.production) throw new Error('Demo accounts are never seeded in production.');
  assertAcceptablePassword(password, { blocklist: services.blocklist }, 'LANTERN_DEMO_PASSWORD');
  const { db } = services.database;
  const hashed = await hashPassword(password);
  const codeToId = new Map(services.tree.all().map((j) => [j.code, j.id]));
  const jid = (code: string) => {
    const id = codeToId.get(code);
    if (id === undefined) throw new Error(`Jurisdiction ${code} is missing from content/jurisdictions.`);
    return id;
  };
  let created = 0;
  let updated = 0;
  let population: PopulationCounts | null = null;
  let screenings = 0;
  // Runs as lantern_app over every jurisdiction, like any other write: row-level security still applies.
  const everywhere = { jurisdictionIds: services.tree.all().map((j) => j.id), system: true };
  await inScope(db, everywhere, async (tx) => {
    const agencyIds = new Map<string, string>();
    for (const a of DEMO_AGENCIES) {
      const res = await tx.execute(sql`
        insert into agencies (jurisdiction_id, name, kind) values (${jid(a.county)}, ${a.name}, ${a.kind})
        on conflict (jurisdiction_id, name) do update set kind = excluded.kind returning id`);
      agencyIds.set(a.name, String(res.rows[0]!.id));
    }
    for (const u of DEMO_USERS) {
      const existing = await tx.execute(
        sql`select id, password_hash from users where lower(email) = ${u.email}`,
      );
      const row = existing.rows[0];
      if (!row) {
        await tx.execute(sql`
          insert into users (email, display_name, role, jurisdiction_id, agency_id, password_hash, password_changed_at)
          values (${u.email}, ${u.name}, ${u.role}, ${jid(u.jurisdiction)}, ${u.agency ? agencyIds.get(u.agency)! : null}, ${hashed}, now())`);
        created++;
      } else if (!(await verifyPassword(row.password_hash as string | null, password))) {
        await tx.execute(
          sql`update users set password_hash = ${hashed}, password_changed_at = now() where id = ${row.id as string}`,
        );
        updated++;
      }
    }
    population = await seedPopulation(tx, services);
    screenings = await seedDemoScreenings(tx, services);
    if (created || updated || population || screenings)
      await writeAudit(tx, {
        action: 'demo.seed',
        actor: null,
        jurisdictionId: null,
        meta: {
          createdAccounts: created,
          passwordsReset: updated,
          ...(population ? { population } : {}),
          ...(screenings ? { screenings } : {}),
        },
      });
  });
  // Fresh statistics: plans cached while the tables were empty (foreign-key checks especially) would
  // otherwise keep scanning whole tables for the rest of the process's life.
  if (population)
    await services.database.db.execute(
      sql`analyze youth, identifiers, reports, allegations, contacts, persons_of_interest, person_of_interest_links, record_revisions`,
    );
  return { created, updated, population };
}
