import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { jurisdictionId, startTestApp, type TestApp } from '../../../../test/harness';
import { JurisdictionTree } from '../../platform/scope';
import { csvLine } from './csv';
import { LEGACY_EVALUATED_OUT_NOTE } from './imports.repository';
import { importReferrals, type ImportOptions, type ImportProgress } from './imports.run';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../test/fixtures/imports/${name}`, import.meta.url), 'utf8');
/** The example file with its ids made unique to one test. */
const example = (prefix: string) =>
  fixture('referrals-example.csv').replace(/\b(R-20\d\d-|C-9)/g, (m) => `${prefix}${m}`);

let t: TestApp;
let alameda: number;
let tulare: number;
let state: number;
beforeAll(async () => {
  t = await startTestApp();
  alameda = jurisdictionId(t.services, 'CA-ALAMEDA');
  tulare = jurisdictionId(t.services, 'CA-TULARE');
  state = jurisdictionId(t.services, 'CA');
});
afterAll(() => t.close());

const db = () => t.services.database.db;
const options = (over: Partial<ImportOptions> = {}): ImportOptions => ({
  tree: t.services.tree,
  fileName: 'extract.csv',
  acceptValidOnly: false,
  actor: null,
  batchJurisdictionId: state,
  via: 'cli',
  ...over,
});
const statewide = () => t.services.tree.scopeFor(state);
const countyOnly = () => t.services.tree.scopeFor(alameda);

/** Rows of the record created from one file, found by the legacy ids it uses (each test uses its own). */
async function recordRows(prefix: string) {
  const q = async (table: string) =>
    Number(
      (
        await db().execute(
          sql`select count(*)::int as n from ${sql.raw(table)} where legacy_id like ${`${prefix}%`}`,
        )
      ).rows[0]!.n,
    );
  return { youth: await q('youth'), reports: await q('reports'), allegations: await q('allegations') };
}

const auditFor = async (batchId: string) =>
  (
    await db().execute(
      sql`select jurisdiction_id, after, meta from audit_events where action = 'import.referrals' and entity_id = ${batchId} order by jurisdiction_id`,
    )
  ).rows;

/** A file of `n` lines for `prefix`: two allegations per referral, a youth in every second referral again. */
function synthetic(prefix: string, n: number, counties: readonly string[]) {
  const header =
    'referral_id,received_date,county,child_id,date_of_birth,gender,allegation_category,allegation_subcategory,disposition,disposition_date,reporter_type,screening_decision,response_time';
  const lines = [header];
  for (let i = 0; i < n; i++) {
    const referral = Math.floor(i / 2);
    const child = Math.floor(referral / 2);
    const county = counties[child % counties.length]!;
    const [cat, sub] = i % 2 ? ['Exploitation', 'Labor Trafficking'] : ['Exploitation', 'CSEC'];
    lines.push(
      csvLine([
        `${prefix}R${referral}`,
        '2022-06-01',
        county,
        `${prefix}C${child}`,
        '2009-02-03',
        'F',
        cat,
        sub,
        '',
        '',
        'Police',
        'Screened In',
        '10 Day',
      ]),
    );
  }
  return lines.join('\n');
}

describe('importReferrals', () => {
  test('a bad file is rejected with line-level reasons, and nothing is created', async () => {
    const before = await recordRows('R-');
    const progress: ImportProgress[] = [];
    const out = await importReferrals(
      db(),
      countyOnly(),
      fixture('referrals-bad.csv'),
      options({ batchJurisdictionId: alameda }),
      (p) => progress.push(p),
    );
    expect(out.status).toBe('rejected');
    expect(out).toMatchObject({
      totalRows: 6,
      invalidRows: 5,
      created: { youth: 0, reports: 0, allegations: 0 },
    });
    expect(out.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'received_date', 'invalid_date'],
      [3, 'county', 'unknown_county'],
      [4, 'allegation_subcategory', 'subcategory_required'],
      [5, 'disposition', 'unknown_value'],
      [7, null, 'unclosed_quote'],
    ]);
    expect(await recordRows('R-')).toEqual(before);
    expect(progress.at(-1)).toMatchObject({ status: 'rejected' });
    const batch = (
      await db().execute(
        sql`select status, invalid_rows, errors, finished_at from import_batches where id = ${out.batchId}`,
      )
    ).rows[0]!;
    expect(batch).toMatchObject({ status: 'rejected', invalid_rows: 5 });
    expect((batch.errors as unknown[]).length).toBe(5);
    expect(batch.finished_at).not.toBeNull();
    const audit = await auditFor(out.batchId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      jurisdiction_id: alameda,
      after: { status: 'rejected', invalidRows: 5 },
    });
  });

  test('a good file creates its records; the same file again creates nothing new', async () => {
    const file = example('G1-');
    const first = await importReferrals(db(), statewide(), file, options());
    expect(first).toMatchObject({
      status: 'completed',
      totalRows: 6,
      processedRows: 6,
      invalidRows: 0,
      created: { youth: 3, reports: 4, allegations: 6 },
      alreadyPresent: { youth: 0, reports: 0, allegations: 0 },
    });
    expect(await recordRows('G1-C-9000')).toMatchObject({ youth: 3 });
    expect(await recordRows('G1-R-2023-0001')).toMatchObject({ reports: 3, allegations: 5 });

    const again = await importReferrals(db(), statewide(), Buffer.from(file), options());
    expect(again).toMatchObject({
      status: 'completed',
      created: { youth: 0, reports: 0, allegations: 0 },
      alreadyPresent: { youth: 3, reports: 4, allegations: 6 },
    });
    expect(await recordRows('G1-C-9000')).toMatchObject({ youth: 3 });
    const [sha1, sha2] = (
      await db().execute(
        sql`select file_sha256 from import_batches where id in (${first.batchId}, ${again.batchId})`,
      )
    ).rows.map((r) => r.file_sha256);
    expect(sha1).toBe(sha2);
  });

  test('what is stored: names or "Unknown / Legacy <id>", unknown exploitation details, final dispositions', async () => {
    await importReferrals(db(), statewide(), example('S1-'), options());
    const youth = (
      await db().execute(sql`
        select legacy_id, legal_first_name, legal_last_name, date_of_birth, gender, search_names, jurisdiction_id
        from youth where legacy_id in ('S1-C-900002', 'S1-C-900003') order by legacy_id`)
    ).rows;
    expect(youth).toEqual([
      expect.objectContaining({
        legal_first_name: 'Unknown',
        legal_last_name: 'Legacy S1-C-900002',
        gender: 'male',
        search_names: 'unknown legacy s1 c 900002',
        jurisdiction_id: alameda,
      }),
      expect.objectContaining({
        legal_first_name: 'Ana Lucía',
        legal_last_name: 'de la Cruz',
        gender: 'female',
      }),
    ]);
    const allegations = (
      await db().execute(sql`
        select legacy_id, category, subcategory, perpetrator_kind, exploitation, disposition_state, disposition, disposition_date::text as dd
        from allegations where legacy_id like 'S1-R-2023-000101:%' order by legacy_id`)
    ).rows;
    expect(allegations).toHaveLength(2);
    expect(allegations[0]).toMatchObject({
      legacy_id: 'S1-R-2023-000101:S1-C-900001:exploitation:commercial_sexual_exploitation',
      perpetrator_kind: 'unknown',
      disposition_state: 'approved',
      disposition: 'substantiated',
      dd: '2023-03-20',
      exploitation: {
        parentRole: 'unknown',
        careTiming: 'unknown',
        exploiterRelationship: 'unknown',
        means: [],
      },
    });
    const open = (
      await db().execute(
        sql`select disposition_state, disposition from allegations where legacy_id like 'S1-R-2024-000104:%'`,
      )
    ).rows;
    expect(open).toEqual([{ disposition_state: 'open', disposition: null }]);
    const out = (
      await db().execute(
        sql`select screening_decision, response_time, evaluated_out_reason, evaluated_out_note, reporter_type from reports where legacy_id = 'S1-R-2023-000103'`,
      )
    ).rows[0];
    expect(out).toEqual({
      screening_decision: 'evaluated_out',
      response_time: null,
      evaluated_out_reason: 'other',
      evaluated_out_note: LEGACY_EVALUATED_OUT_NOTE,
      reporter_type: 'community_or_anonymous',
    });
  });

  test('accepting only valid lines imports them and lists the others', async () => {
    const out = await importReferrals(
      db(),
      countyOnly(),
      fixture('referrals-bad.csv'),
      options({ acceptValidOnly: true, batchJurisdictionId: alameda }),
    );
    expect(out).toMatchObject({
      status: 'completed',
      totalRows: 6,
      processedRows: 6,
      invalidRows: 5,
      created: { youth: 1, reports: 1, allegations: 1 },
    });
    expect(out.errors).toHaveLength(5);
    expect(await recordRows('R-GOOD-5')).toEqual({ youth: 0, reports: 1, allegations: 1 });
    expect(await recordRows('R-BAD-')).toEqual({ youth: 0, reports: 0, allegations: 0 });
    const batch = (
      await db().execute(sql`select status, errors from import_batches where id = ${out.batchId}`)
    ).rows[0]!;
    expect(batch.status).toBe('completed');
    expect((batch.errors as { line: number }[]).map((e) => e.line)).toEqual([2, 3, 4, 5, 7]);
  });

  test("a county outside the importer's scope is a problem on the county column", async () => {
    const file = synthetic('OUT-', 2, ['CA-TULARE']);
    const out = await importReferrals(db(), countyOnly(), file, options({ batchJurisdictionId: alameda }));
    expect(out.status).toBe('rejected');
    expect(out.errors[0]).toMatchObject({ line: 2, column: 'county', code: 'county_out_of_scope' });
    expect(await recordRows('OUT-')).toEqual({ youth: 0, reports: 0, allegations: 0 });
  });

  test('many lines in small chunks across two counties: links hold across chunks; audit events per county before and after', async () => {
    const progress: ImportProgress[] = [];
    const file = synthetic('MANY-', 2_001, ['CA-ALAMEDA', 'Tulare']);
    const out = await importReferrals(db(), statewide(), file, options({ chunkSize: 97 }), (p) =>
      progress.push(p),
    );
    expect(out.status).toBe('completed');
    expect(out.created).toEqual({ youth: 501, reports: 1_001, allegations: 2_001 });
    expect(await recordRows('MANY-')).toEqual({ youth: 501, reports: 1_001, allegations: 2_001 });
    // Every allegation points at the youth and report its line named.
    const mismatched = await db().execute(sql`
      select count(*)::int as n from allegations a
      join reports r on r.id = a.report_id join youth y on y.id = a.youth_id
      where a.legacy_id like 'MANY-%' and a.legacy_id not like r.legacy_id || ':' || y.legacy_id || ':%'`);
    expect(mismatched.rows[0]!.n).toBe(0);
    const importing = progress.filter((p) => p.status === 'importing').map((p) => p.processedRows);
    expect(importing.length).toBeGreaterThan(10);
    expect(importing).toEqual([...importing].sort((a, b) => a - b));
    // Per county: one event before anything is written (what will be), one at the end (what was created).
    const audit = await auditFor(out.batchId);
    const byStatus = (status: string) =>
      audit.filter((a) => (a.after as { status: string }).status === status);
    for (const status of ['importing', 'completed']) {
      const events = byStatus(status);
      expect(events.map((a) => a.jurisdiction_id).sort()).toEqual([alameda, tulare].sort());
      const rows = events.map((a) => (a.after as { rows: number }).rows);
      expect(rows.reduce((s, n) => s + n, 0)).toBe(2_001);
    }
    const created = byStatus('completed').map(
      (a) => (a.after as { created: { youth: number } }).created.youth,
    );
    expect(created.reduce((s, n) => s + n, 0)).toBe(501);
    expect(byStatus('importing')[0]!.after).not.toHaveProperty('created');
  });

  test('a database failure part-way keeps the chunks already written and marks the batch failed', async () => {
    // A county that the importer's tree knows but the database does not: its rows break a foreign key.
    const nowhere = {
      id: 999_999,
      parentId: state,
      kind: 'county' as const,
      code: 'CA-NOWHERE',
      name: 'Nowhere',
      fips: '06999',
    };
    const tree = new JurisdictionTree([...t.services.tree.all(), nowhere]);
    const scope = { jurisdictionIds: [...statewide().jurisdictionIds, nowhere.id], system: true };
    const file = `${synthetic('FAIL-', 40, ['CA-ALAMEDA'])}\n${synthetic('FAIL2-', 4, ['CA-NOWHERE']).split('\n').slice(1).join('\n')}`;
    const progress: ImportProgress[] = [];
    await expect(
      importReferrals(db(), scope, file, options({ tree, chunkSize: 10 }), (p) => progress.push(p)),
    ).rejects.toThrow();
    expect(progress.at(-1)).toMatchObject({ status: 'failed' });
    const batchId = progress[0]!.batchId;
    const batch = (
      await db().execute(sql`select status, created, errors from import_batches where id = ${batchId}`)
    ).rows[0]!;
    expect(batch.status).toBe('failed');
    // Youth are written first: the first chunk (ten youth of Alameda) went in, the one naming Nowhere failed.
    expect(batch.created).toMatchObject({ youth: 10, reports: 0, allegations: 0 });
    expect(batch.errors).toEqual([expect.objectContaining({ code: 'import_failed', line: 0 })]);
    expect(await recordRows('FAIL-')).toEqual({ youth: 10, reports: 0, allegations: 0 });
    const audit = await auditFor(batchId);
    // Announced for both counties before any write; the failure recorded for the batch's own jurisdiction.
    expect(audit.map((a) => [a.jurisdiction_id, (a.after as { status: string }).status])).toEqual([
      [state, 'failed'],
      [alameda, 'importing'],
      [nowhere.id, 'importing'],
    ]);
  });

  test('a file that is not UTF-8, or has no lines, is rejected as a whole', async () => {
    const latin1 = Buffer.from('referral_id\nR-\xe9\n', 'latin1');
    expect((await importReferrals(db(), statewide(), latin1, options())).errors[0]).toMatchObject({
      line: 0,
      code: 'not_utf8',
    });
    expect((await importReferrals(db(), statewide(), '\uFEFF\r\n', options())).errors[0]).toMatchObject({
      code: 'file_empty',
    });
  });
});
