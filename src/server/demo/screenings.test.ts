import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAnswers, type Answers } from '../../domain/identification/answers';
import { evaluate } from '../../domain/identification/evaluate';
import type { Evaluation } from '../../domain/identification/result';
import { builtin } from '../modules/instruments/instruments.content';
import { ageOn } from '../modules/youth/youth.view';
import { jurisdictionId, startTestApp, TEST_PASSWORD, type TestApp } from '../../../test/harness';
import { DEMO_SCENARIOS, scenarioAnswers } from './screenings';
import { seedDemo } from './seed-demo';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const parse = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

describe('demo screenings', () => {
  it('answers every scenario in a way that fits its instrument', () => {
    for (const [i, s] of DEMO_SCENARIOS.entries()) {
      const inst = builtin(s.instrument);
      if (!inst) continue; // an instrument not written yet is skipped by the seed too
      for (const facts of s.amend ? [s.facts, s.amend.facts] : [s.facts]) {
        const answers = scenarioAnswers(inst, s, `check-${i}`, facts);
        expect(checkAnswers(inst, answers, { today: '2030-01-01' }), `${i} ${s.instrument}`).toEqual([]);
      }
    }
  });

  it('the seed adds them once, in Alameda, with real results, findings for every form and one amendment', async () => {
    const s = t.services;
    await seedDemo(s, TEST_PASSWORD);
    const alameda = jurisdictionId(s, 'CA-ALAMEDA');
    const rows = (
      await s.database.db.execute(sql`
        select s.id, s.jurisdiction_id, s.instrument_key, s.instrument_version, s.context, s.answers, s.result,
               s.version, s.screened_at, y.date_of_birth::text as dob, u.email
        from screenings s join youth y on y.id = s.youth_id join users u on u.id = s.screened_by
        order by s.screened_at`)
    ).rows;
    const expected = DEMO_SCENARIOS.filter((x) => builtin(x.instrument)).length;
    expect(rows).toHaveLength(expected);
    const results: Evaluation[] = [];
    for (const r of rows) {
      expect(Number(r.jurisdiction_id)).toBe(alameda);
      expect(r.email).toBe('worker.alameda@demo.lantern.test');
      const inst = builtin(String(r.instrument_key), Number(r.instrument_version))!;
      const age = ageOn(String(r.dob), new Date(String(r.screened_at)));
      const result = parse<Evaluation>(r.result);
      expect(result).toEqual(evaluate(inst, parse<Answers>(r.answers), { age }));
      results.push(result);
    }
    const contexts = new Set(rows.map((r) => r.context));
    expect(contexts).toContain('intake');
    expect(contexts).toContain('return_from_runaway');
    const met = new Set(
      results
        .flatMap((r) => r.determination?.determinations.filter((d) => d.status === 'met') ?? [])
        .map((d) => d.key),
    );
    for (const key of ['sex_trafficking', 'labor_trafficking_criminal_activity', 'illegal_child_labor'])
      expect(met).toContain(key);
    const outcomes = new Set(results.flatMap((r) => r.outcomes));
    for (const o of [
      'at_risk_cse',
      'sex_trafficking_indicators',
      'labor_exploiting_indicators',
      'labor_criminal_indicators',
    ])
      expect(outcomes).toContain(o);

    const amended = rows.filter((r) => Number(r.version) === 2);
    expect(amended).toHaveLength(1);
    const history = (
      await s.database.db.execute(sql`
        select version, change, reason, data from record_revisions
        where entity_type = 'screening' and entity_id = ${String(amended[0]!.id)} order by version`)
    ).rows;
    expect(history.map((h) => h.change)).toEqual(['created', 'amended']);
    expect(String(history[1]!.reason)).toMatch(/advocate/);
    expect(parse<{ answers: Answers }>(history[1]!.data).answers).toEqual(parse(amended[0]!.answers));
    expect(parse<{ answers: Answers }>(history[0]!.data).answers).not.toEqual(parse(amended[0]!.answers));
    const revisions = await s.database.db.execute(
      sql`select count(*)::int as n from record_revisions where entity_type = 'screening'`,
    );
    expect(Number(revisions.rows[0]!.n)).toBe(expected + 1);

    await seedDemo(s, TEST_PASSWORD);
    const again = await s.database.db.execute(sql`select count(*)::int as n from screenings`);
    expect(Number(again.rows[0]!.n)).toBe(expected);
  });
});
