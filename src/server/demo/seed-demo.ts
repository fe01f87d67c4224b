import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Role } from '../../domain/access/roles';
import { writeAudit } from '../platform/audit';
import type { Services } from '../platform/context';
import { randomToken } from '../platform/crypto';
import { assertAcceptablePassword, hashPassword, verifyPassword } from '../platform/passwords';
import { inScope } from '../platform/scope';

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

/** Idempotent: creates what is missing, and resets a demo account's password only when it no longer matches. */
export async function seedDemo(
  services: Services,
  password: string,
): Promise<{ created: number; updated: number }> {
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
    if (created || updated)
      await writeAudit(tx, {
        action: 'demo.seed',
        actor: null,
        jurisdictionId: null,
        meta: { createdAccounts: created, passwordsReset: updated },
      });
  });
  return { created, updated };
}
