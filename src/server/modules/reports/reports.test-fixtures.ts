/**
 * Test fixtures for reports and allegations: youth and persons of interest written straight into the
 * database (system-wide scope), so these tests do not depend on the youth and persons modules' APIs.
 * Synthetic names only.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { searchNames } from '../../../domain/record/normalise';
import { inScope } from '../../platform/scope';
import { jurisdictionId, type TestApp } from '../../../../test/harness';

const everywhere = (t: TestApp) => ({
  jurisdictionIds: t.services.tree.all().map((j) => j.id),
  system: true,
});

export async function insertYouth(
  t: TestApp,
  opts: { county?: string; first?: string; last?: string; preferred?: string } = {},
): Promise<{ id: string; name: string }> {
  const j = jurisdictionId(t.services, opts.county ?? 'CA-ALAMEDA');
  const first = opts.first ?? `Rowan${randomUUID().slice(0, 4)}`;
  const last = opts.last ?? 'Examplee';
  return inScope(t.services.database.db, everywhere(t), async (tx) => {
    const res = await tx.execute(sql`
      insert into youth (jurisdiction_id, legal_first_name, legal_last_name, preferred_name, search_names)
      values (${j}, ${first}, ${last}, ${opts.preferred ?? null}, ${searchNames([`${first} ${last}`])})
      returning id`);
    return { id: String(res.rows[0]!.id), name: `${opts.preferred ?? first} ${last}` };
  });
}

export async function insertPerson(
  t: TestApp,
  opts: { county?: string; name?: string } = {},
): Promise<string> {
  const j = jurisdictionId(t.services, opts.county ?? 'CA-ALAMEDA');
  const name = opts.name ?? `Dex Sample ${randomUUID().slice(0, 4)}`;
  return inScope(t.services.database.db, everywhere(t), async (tx) => {
    const res = await tx.execute(sql`
      insert into persons_of_interest (jurisdiction_id, names, search_names)
      values (${j}, ${JSON.stringify([{ kind: 'name', name }])}::jsonb, ${searchNames([name])})
      returning id`);
    return String(res.rows[0]!.id);
  });
}

/** Rows read as the database owner (no scope): what the tests check was or was not written. */
export async function rows(t: TestApp, query: ReturnType<typeof sql>) {
  return (await t.services.database.db.execute(query)).rows;
}

export const auditRows = (t: TestApp, entityId: string, action: string) =>
  rows(
    t,
    sql`select actor_user_id, jurisdiction_id, before, after, meta from audit_events
        where entity_id = ${entityId} and action = ${action} order by seq`,
  );

export const exploitationDetails = (over: Record<string, unknown> = {}) => ({
  settings: [],
  means: [],
  exploiterRelationship: 'unknown',
  startDate: null,
  endDate: null,
  ...over,
});

/** Commercial sexual exploitation and involving the youth in criminal activity: two forms, two allegations. */
export function twoFormReport(youthId: string, over: Record<string, unknown> = {}) {
  return {
    receivedAt: '2026-10-02T16:30:00Z',
    reporterType: 'law_enforcement',
    reporterName: `Officer Sample ${randomUUID().slice(0, 6)}`,
    narrative:
      'Youth was found at a motel with an adult; the youth was also seen carrying packages for a group.',
    screeningDecision: 'screened_in',
    responseTime: 'immediate',
    allegations: [
      {
        youthId,
        perpetratorKind: 'other_person',
        perpetratorName: 'Unknown adult male ("Q")',
        category: 'exploitation',
        subcategory: 'commercial_sexual_exploitation',
        exploitation: exploitationDetails({
          settings: ['home_or_hotel', 'online_arranged'],
          means: ['debt_bondage'],
          exploiterRelationship: 'intimate_partner',
          startDate: '2026-06-01',
          ongoing: true,
          ageAtFirstOccurrence: 15,
          places: [{ description: 'Motel on the frontage road', county: 'Alameda', state: 'CA' }],
          movedAcrossCountyLines: 'yes',
          onlineRecruitment: 'yes',
          recruitmentPlatform: 'instagram',
          careTiming: 'while_absent_from_placement',
        }),
      },
      {
        youthId,
        perpetratorKind: 'unknown',
        category: 'exploitation',
        subcategory: 'involving_child_in_criminal_activity',
        exploitation: exploitationDetails({
          settings: ['drug_or_arms_sales'],
          means: ['threats_to_youth', 'threats_to_family'],
          exploiterRelationship: 'gang_member',
          startDate: '2026-07-15',
          endDate: '2026-09-30',
          reportedToLawEnforcement: 'yes',
          reportedToLawEnforcementDate: '2026-10-01',
        }),
      },
    ],
    ...over,
  };
}
