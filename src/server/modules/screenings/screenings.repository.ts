/**
 * Queries for screenings and their revisions. Every function takes the transaction it runs in and the
 * reader's jurisdiction scope (row-level security is the other half); reads also apply youth visibility.
 */
import { sql } from 'drizzle-orm';
import type { Role } from '../../../domain/access/roles';
import type { Answers } from '../../../domain/identification/answers';
import type { Evaluation } from '../../../domain/identification/result';
import { revisionsOf } from '../reports/revisions.repository';
import type { Tx } from '../../platform/db';
import { withinScope } from '../../platform/scope';
import type { Origin } from '../instruments/instruments.schemas';
import { youthVisible } from '../youth/youth.access';
import { YOUTH_NAME, youthRef } from '../youth/youth.view';
import type { ScreeningInput } from './screenings.schemas';

type Scope = { scopeIds: readonly number[]; role: Role };

const SELECT = sql`
  select s.id, s.jurisdiction_id, s.youth_id, s.instrument_key, s.instrument_version, s.instrument_origin,
         s.county_instrument_id, iv.definition -> 'title' as county_title, s.context, s.context_note,
         s.language, s.screened_at, s.answers, s.result, s.screened_by, u.display_name as screened_by_name,
         s.created_at, s.updated_at, s.version, y.ref as youth_ref, ${YOUTH_NAME} as youth_name
  from screenings s
  join youth y on y.id = s.youth_id and y.jurisdiction_id = s.jurisdiction_id
  left join users u on u.id = s.screened_by
  left join instrument_versions iv on iv.id = s.county_instrument_id and iv.jurisdiction_id = s.jurisdiction_id`;

const iso = (v: unknown) => (v instanceof Date ? v : new Date(String(v))).toISOString();
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** A stored screening as the service works with it (the public shape is built in screenings.view.ts). */
export interface ScreeningRow {
  id: string;
  jurisdictionId: number;
  youth: { id: string; ref: string; displayName: string };
  instrument: { key: string; version: number; origin: Origin };
  countyInstrumentId: string | null;
  /** The title stored with a county version (built-in titles come from content). */
  countyTitle: { en: string; es: string } | null;
  context: ScreeningInput['context'];
  contextNote: string | null;
  language: ScreeningInput['language'];
  screenedAt: string;
  screenedBy: { id: string; displayName: string } | null;
  answers: Answers;
  result: Evaluation;
  createdAt: string;
  updatedAt: string;
  version: number;
}

function toRow(r: Record<string, unknown>): ScreeningRow {
  return {
    id: String(r.id),
    jurisdictionId: Number(r.jurisdiction_id),
    youth: { id: String(r.youth_id), ref: youthRef(r.youth_ref), displayName: String(r.youth_name) },
    instrument: {
      key: String(r.instrument_key),
      version: Number(r.instrument_version),
      origin: r.instrument_origin as Origin,
    },
    countyInstrumentId: r.county_instrument_id === null ? null : String(r.county_instrument_id),
    countyTitle: r.county_title === null ? null : json(r.county_title),
    context: r.context as ScreeningRow['context'],
    contextNote: r.context_note === null ? null : String(r.context_note),
    language: r.language as ScreeningRow['language'],
    screenedAt: iso(r.screened_at),
    // A screener outside the reader's scope (e.g. state staff) is shown without a name.
    screenedBy:
      r.screened_by === null || r.screened_by_name === null
        ? null
        : { id: String(r.screened_by), displayName: String(r.screened_by_name) },
    answers: json(r.answers),
    result: json(r.result),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    version: Number(r.version),
  };
}

/** The youth a screening is about, when in scope and visible to this role (null: answer 404). */
export async function visibleYouth(
  tx: Tx,
  youthId: string,
  opts: Scope,
): Promise<{
  jurisdictionId: number;
  dateOfBirth: string | null;
  youth: ScreeningRow['youth'];
} | null> {
  const res = await tx.execute(sql`
    select y.jurisdiction_id, y.date_of_birth::text as date_of_birth, y.ref, ${YOUTH_NAME} as youth_name
    from youth y
    where y.id = ${youthId} and ${withinScope(sql`y.jurisdiction_id`, opts.scopeIds)}
      and ${youthVisible(opts.role, sql`y.id`)}`);
  const r = res.rows[0];
  if (!r) return null;
  return {
    jurisdictionId: Number(r.jurisdiction_id),
    dateOfBirth: r.date_of_birth === null ? null : String(r.date_of_birth),
    youth: { id: youthId, ref: youthRef(r.ref), displayName: String(r.youth_name) },
  };
}

/** The screening, when in scope and about a youth this role may see. */
export async function findScreening(tx: Tx, id: string, opts: Scope): Promise<ScreeningRow | null> {
  const res = await tx.execute(sql`${SELECT}
    where s.id = ${id} and ${withinScope(sql`s.jurisdiction_id`, opts.scopeIds)}
      and ${youthVisible(opts.role, sql`s.youth_id`)}`);
  return res.rows[0] ? toRow(res.rows[0]) : null;
}

/** The youth's screenings, newest first (the caller has checked the youth). */
export async function screeningsForYouth(tx: Tx, youthId: string, opts: Scope): Promise<ScreeningRow[]> {
  const res = await tx.execute(sql`${SELECT}
    where s.youth_id = ${youthId} and ${withinScope(sql`s.jurisdiction_id`, opts.scopeIds)}
      and ${youthVisible(opts.role, sql`s.youth_id`)}
    order by s.screened_at desc, s.created_at desc`);
  return res.rows.map(toRow);
}

/**
 * Inserts the screening and its "created" revision in one statement (one round trip), returning what the
 * database set.
 */
export async function insertScreening(
  tx: Tx,
  v: Omit<ScreeningInput, 'instrument' | 'screenedAt'> & {
    jurisdictionId: number;
    instrument: { key: string; version: number; origin: Origin };
    countyInstrumentId: string | null;
    screenedAt: string;
    result: Evaluation;
    screenedBy: { id: string; displayName: string };
  },
): Promise<{ id: string; createdAt: string; updatedAt: string; version: number }> {
  const res = await tx.execute(sql`
    with s as (
      insert into screenings (jurisdiction_id, youth_id, instrument_key, instrument_version, instrument_origin,
                              county_instrument_id, context, context_note, language, screened_at, answers, result,
                              screened_by)
      values (${v.jurisdictionId}, ${v.youthId}, ${v.instrument.key}, ${v.instrument.version}, ${v.instrument.origin},
              ${v.countyInstrumentId}, ${v.context}, ${v.contextNote}, ${v.language}, ${v.screenedAt},
              ${JSON.stringify(v.answers)}::jsonb, ${JSON.stringify(v.result)}::jsonb, ${v.screenedBy.id})
      returning id, jurisdiction_id, version, created_at, updated_at),
    r as (
      insert into record_revisions (jurisdiction_id, entity_type, entity_id, version, change, reason, data,
                                    actor_id, actor_name)
      select jurisdiction_id, 'screening', id, version, 'created', null,
             ${JSON.stringify(revisionData(v))}::jsonb, ${v.screenedBy.id}, ${v.screenedBy.displayName}
      from s)
    select id, version, created_at, updated_at from s`);
  const r = res.rows[0]!;
  return {
    id: String(r.id),
    version: Number(r.version),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

/** Replaces the answers and result of the version the caller saw; false when it has moved on. */
export async function amendScreening(
  tx: Tx,
  id: string,
  version: number,
  v: { answers: Answers; result: Evaluation },
): Promise<boolean> {
  const res = await tx.execute(sql`
    update screenings
    set answers = ${JSON.stringify(v.answers)}::jsonb, result = ${JSON.stringify(v.result)}::jsonb,
        updated_at = now(), version = version + 1
    where id = ${id} and version = ${version} returning id`);
  return res.rows.length === 1;
}

/** What a revision keeps: the answers as they stood after the change, and what they came to. */
export const revisionData = (s: Pick<ScreeningRow, 'answers' | 'result'>) => ({
  answers: s.answers,
  outcomes: s.result.outcomes,
  rulesTrue: s.result.rules.filter((r) => r.value === true).map((r) => r.key),
});

export async function insertScreeningRevision(
  tx: Tx,
  v: {
    screening: ScreeningRow;
    change: 'created' | 'amended';
    reason: string | null;
    actorId: string;
    actorName: string;
  },
): Promise<void> {
  const s = v.screening;
  await tx.execute(sql`
    insert into record_revisions (jurisdiction_id, entity_type, entity_id, version, change, reason, data, actor_id, actor_name)
    values (${s.jurisdictionId}, 'screening', ${s.id}, ${s.version}, ${v.change}, ${v.reason},
            ${JSON.stringify(revisionData(s))}::jsonb, ${v.actorId}, ${v.actorName})`);
}

/** Every revision of the screening, oldest first. */
export const screeningRevisions = (tx: Tx, id: string, scopeIds: readonly number[]) =>
  revisionsOf(tx, 'screening', id, scopeIds);
