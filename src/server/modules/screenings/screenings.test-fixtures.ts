/**
 * Shared by the screenings integration tests: synthetic youth, answer sets for the built-in at-risk
 * instrument, and a small county instrument (with a condition and facts) written straight to the table.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Answers } from '../../../domain/identification/answers';
import { items, type InstrumentInput } from '../../../domain/identification/instrument';
import type { Db } from '../../platform/db';
import type { signInAs } from '../../../../test/harness';
import { builtin } from '../instruments/instruments.content';

export type Api = Awaited<ReturnType<typeof signInAs>>['api'];

export async function newYouth(api: Api, extra: Record<string, unknown> = {}) {
  const res = await api.post('/api/v1/youth', {
    legalFirstName: 'Rowan',
    legalLastName: `Cribado ${randomUUID().slice(0, 6)}`,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; jurisdictionId: number; ref: string };
}

/** Every required at-risk v1 item answered "no", then the overrides. */
export function atRisk(over: Answers = {}): Answers {
  const inst = builtin('at-risk', 1)!;
  return { ...Object.fromEntries(items(inst).map((i) => [i.key, 'no'])), ...over };
}

export const AT_RISK_V1 = { key: 'at-risk', version: 1, origin: 'builtin' } as const;

export const screening = (youthId: string, answers: Answers, over: Record<string, unknown> = {}) => ({
  youthId,
  instrument: AT_RISK_V1,
  context: 'intake',
  language: 'en',
  answers,
  ...over,
});

const t = (en: string, es: string) => ({ en, es });

/** A county instrument with a follow-up asked only after "yes", bound to determination facts. */
export const COUNTY_DEFINITION = (key: string): InstrumentInput => ({
  key,
  version: 1,
  kind: 'screening',
  title: t('Test county follow-up', 'Seguimiento de prueba del condado'),
  description: t('Synthetic instrument for tests.', 'Instrumento sintético para pruebas.'),
  source: t('Written for Lantern tests.', 'Escrito para las pruebas de Lantern.'),
  forms: ['sex_trafficking'],
  groups: [
    {
      key: 'main',
      title: t('Questions', 'Preguntas'),
      items: [
        {
          key: 'exchange',
          type: 'yes_no',
          required: true,
          signals: ['sex_trafficking'],
          fact: 'commercialSex',
          text: t(
            'Something of value was offered for a sex act.',
            'Se ofreció algo de valor por un acto sexual.',
          ),
        },
        {
          key: 'what_value',
          type: 'multi',
          required: true,
          fact: 'valueExchanged',
          showIf: { item: 'exchange', is: 'yes' },
          options: [
            { key: 'money', label: t('Money', 'Dinero') },
            { key: 'shelter', label: t('A place to stay', 'Un lugar donde quedarse') },
          ],
          text: t('What was offered?', '¿Qué se ofreció?'),
        },
        { key: 'times', type: 'number', min: 0, max: 50, text: t('How many times?', '¿Cuántas veces?') },
      ],
    },
  ],
  rules: [
    {
      key: 'exchange_reported',
      label: t('An exchange was reported', 'Se informó de un intercambio'),
      form: 'sex_trafficking',
      when: { item: 'exchange' },
    },
  ],
});

/** Saves the county instrument directly (the adapt route only adapts built-in keys). */
export async function insertCountyInstrument(db: Db, jurisdictionId: number, key: string): Promise<string> {
  const res = await db.execute(sql`
    insert into instrument_versions
      (jurisdiction_id, key, version, based_on_origin, based_on_version, definition, change_note)
    values (${jurisdictionId}, ${key}, 1, 'builtin', 1, ${JSON.stringify(COUNTY_DEFINITION(key))}::jsonb,
            'Synthetic test instrument')
    returning id`);
  return String(res.rows[0]!.id);
}

export async function auditRows(db: Db, action: string, entityId: string) {
  return (
    await db.execute(sql`
      select actor_user_id, jurisdiction_id, entity_type, before, after, meta from audit_events
      where action = ${action} and entity_id = ${entityId} order by seq`)
  ).rows;
}

export async function countScreenings(db: Db, youthId: string): Promise<number> {
  const res = await db.execute(sql`select count(*)::int as n from screenings where youth_id = ${youthId}`);
  return Number(res.rows[0]!.n);
}
