/**
 * Queries for the links between a person of interest and youth, and the allegations naming the person.
 * Scoped like every repository, and limited to youth the reader may see (`visible`, from youth.access.ts).
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { withinScope } from '../../platform/scope';
import { reportRef, YOUTH_NAME, youthRef, type Visible } from './persons.repository';
import type { PersonAllegation, PersonLink } from './persons.schemas';

const iso = (v: unknown): string => new Date(v as string).toISOString();

const LINK_SELECT = sql`
  select l.person_of_interest_id, l.youth_id, ${YOUTH_NAME} as youth_name, y.ref as youth_ref, l.relationship,
    l.note, l.created_by, u.display_name as created_by_name, l.created_at
  from person_of_interest_links l
    join youth y on y.id = l.youth_id and y.jurisdiction_id = l.jurisdiction_id
    left join users u on u.id = l.created_by`;

const toLink = (r: Record<string, unknown>): PersonLink => ({
  personId: String(r.person_of_interest_id),
  youthId: String(r.youth_id),
  youthName: String(r.youth_name),
  youthRef: youthRef(r.youth_ref),
  relationship: r.relationship as PersonLink['relationship'],
  note: r.note === null ? null : String(r.note),
  createdBy: r.created_by
    ? { id: String(r.created_by), displayName: String(r.created_by_name ?? '—') }
    : null,
  createdAt: iso(r.created_at),
});

export async function listLinks(
  tx: Tx,
  personId: string,
  scopeIds: readonly number[],
  visible: Visible,
): Promise<PersonLink[]> {
  const res = await tx.execute(sql`${LINK_SELECT}
    where l.person_of_interest_id = ${personId} and ${withinScope(sql`l.jurisdiction_id`, scopeIds)}
      and ${visible(sql`l.youth_id`)}
    order by l.created_at, y.ref`);
  return res.rows.map(toLink);
}

export async function findLink(
  tx: Tx,
  personId: string,
  youthId: string,
  scopeIds: readonly number[],
  visible: Visible,
): Promise<PersonLink | null> {
  const res = await tx.execute(sql`${LINK_SELECT}
    where l.person_of_interest_id = ${personId} and l.youth_id = ${youthId}
      and ${withinScope(sql`l.jurisdiction_id`, scopeIds)} and ${visible(sql`l.youth_id`)}`);
  return res.rows[0] ? toLink(res.rows[0]) : null;
}

/** The youth's jurisdiction, when the reader may see the youth; null otherwise. */
export async function findYouthJurisdiction(
  tx: Tx,
  youthId: string,
  scopeIds: readonly number[],
  visible: Visible,
): Promise<number | null> {
  const res = await tx.execute(sql`
    select y.jurisdiction_id from youth y
    where y.id = ${youthId} and ${withinScope(sql`y.jurisdiction_id`, scopeIds)} and ${visible(sql`y.id`)}`);
  return res.rows[0] ? Number(res.rows[0].jurisdiction_id) : null;
}

export async function insertLink(
  tx: Tx,
  v: {
    jurisdictionId: number;
    personId: string;
    youthId: string;
    relationship: string;
    note: string | null;
    createdBy: string;
  },
): Promise<void> {
  await tx.execute(sql`
    insert into person_of_interest_links (jurisdiction_id, person_of_interest_id, youth_id, relationship, note, created_by)
    values (${v.jurisdictionId}, ${v.personId}, ${v.youthId}, ${v.relationship}, ${v.note}, ${v.createdBy})`);
}

export async function deleteLink(tx: Tx, personId: string, youthId: string): Promise<void> {
  await tx.execute(
    sql`delete from person_of_interest_links where person_of_interest_id = ${personId} and youth_id = ${youthId}`,
  );
}

/** Allegations naming the person as the alleged perpetrator, newest report first. */
export async function listAllegations(
  tx: Tx,
  personId: string,
  scopeIds: readonly number[],
  visible: Visible,
): Promise<PersonAllegation[]> {
  const res = await tx.execute(sql`
    select a.id, a.youth_id, ${YOUTH_NAME} as youth_name, y.ref as youth_ref, a.category, a.subcategory,
      a.report_id, r.ref as report_ref, r.received_at, a.disposition_state, a.disposition
    from allegations a
      join reports r on r.id = a.report_id and r.jurisdiction_id = a.jurisdiction_id
      join youth y on y.id = a.youth_id and y.jurisdiction_id = a.jurisdiction_id
    where a.person_of_interest_id = ${personId} and ${withinScope(sql`a.jurisdiction_id`, scopeIds)}
      and ${visible(sql`a.youth_id`)}
    order by r.received_at desc, r.ref desc, a.created_at
    limit 500`);
  return res.rows.map((r) => ({
    id: String(r.id),
    youthId: String(r.youth_id),
    youthName: String(r.youth_name),
    youthRef: youthRef(r.youth_ref),
    category: r.category as PersonAllegation['category'],
    subcategory: r.subcategory as PersonAllegation['subcategory'],
    reportId: String(r.report_id),
    reportRef: reportRef(r.report_ref),
    reportReceivedAt: iso(r.received_at),
    dispositionState: r.disposition_state as PersonAllegation['dispositionState'],
    disposition: r.disposition as PersonAllegation['disposition'],
  }));
}
