/**
 * Test fixtures for persons of interest: youth, identifiers and allegations written straight into the
 * database (as a system-wide scope), so these tests do not depend on the youth and reports modules' APIs.
 * Synthetic names only.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { normaliseHandle, normalisePhone, searchNames } from '../../../domain/record/normalise';
import { inScope } from '../../platform/scope';
import { jurisdictionId, type TestApp } from '../../../../test/harness';

const everywhere = (t: TestApp) => ({
  jurisdictionIds: t.services.tree.all().map((j) => j.id),
  system: true,
});

/** A phone number (almost certainly) no other test uses, written the way a person might type it. */
export const uniquePhone = () =>
  `+1 (415) ${String(randomInt(200, 1000))}-${String(randomInt(0, 10_000)).padStart(4, '0')}`;
export const uniqueHandle = () => `@night.owl_${randomUUID().slice(0, 8)}`;

export async function insertYouth(
  t: TestApp,
  opts: { county?: string; first?: string; last?: string; phones?: string[]; handles?: string[] } = {},
): Promise<{ id: string; name: string }> {
  const j = jurisdictionId(t.services, opts.county ?? 'CA-ALAMEDA');
  const first = opts.first ?? `Avery${randomUUID().slice(0, 4)}`;
  const last = opts.last ?? 'Testcase';
  return inScope(t.services.database.db, everywhere(t), async (tx) => {
    const res = await tx.execute(sql`
      insert into youth (jurisdiction_id, legal_first_name, legal_last_name, phones, handles, search_names)
      values (${j}, ${first}, ${last},
        ${JSON.stringify((opts.phones ?? []).map((number) => ({ number, label: null })))}::jsonb,
        ${JSON.stringify((opts.handles ?? []).map((handle) => ({ platform: 'instagram', handle })))}::jsonb,
        ${searchNames([`${first} ${last}`])})
      returning id`);
    const id = String(res.rows[0]!.id);
    for (const p of opts.phones ?? [])
      await tx.execute(sql`insert into identifiers (jurisdiction_id, subject_type, subject_id, kind, value)
        values (${j}, 'youth', ${id}, 'phone', ${normalisePhone(p)})`);
    for (const h of opts.handles ?? [])
      await tx.execute(sql`insert into identifiers (jurisdiction_id, subject_type, subject_id, kind, value)
        values (${j}, 'youth', ${id}, 'handle', ${normaliseHandle(h)})`);
    return { id, name: `${first} ${last}` };
  });
}

/** A report with one exploitation allegation naming the person as the alleged perpetrator. */
export async function insertAllegation(
  t: TestApp,
  opts: { youthId: string; personId: string; county?: string },
): Promise<string> {
  const j = jurisdictionId(t.services, opts.county ?? 'CA-ALAMEDA');
  return inScope(t.services.database.db, everywhere(t), async (tx) => {
    const report = await tx.execute(sql`
      insert into reports (jurisdiction_id, received_at, reporter_type) values (${j}, now(), 'law_enforcement')
      returning id`);
    const res = await tx.execute(sql`
      insert into allegations (jurisdiction_id, report_id, youth_id, perpetrator_kind, person_of_interest_id,
        category, subcategory)
      values (${j}, ${String(report.rows[0]!.id)}, ${opts.youthId}, 'person_of_interest', ${opts.personId},
        'exploitation', 'commercial_sexual_exploitation')
      returning id`);
    return String(res.rows[0]!.id);
  });
}
