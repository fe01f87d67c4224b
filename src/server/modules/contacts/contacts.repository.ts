/**
 * Queries for contacts and observations and their revisions. Every function takes the transaction it runs in
 * and the reader's jurisdiction scope (row-level security is the other half).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../../domain/access/roles';
import { revisionsOf } from '../reports/revisions.repository';
import type { Tx } from '../../platform/db';
import { withinScope } from '../../platform/scope';
import { youthVisible } from '../youth/youth.access';
import type { Contact, ContactInput } from './contacts.schemas';

const SELECT = sql`
  select c.id, c.jurisdiction_id, c.youth_id, c.report_id, c.occurred_at, c.kind, c.participants, c.narrative,
         c.author_id, u.display_name as author_name, c.created_at, c.updated_at, c.version
  from contacts c left join users u on u.id = c.author_id`;

const iso = (v: unknown) => new Date(v as string).toISOString();

export type ContactRow = Contact & { jurisdictionId: number };

function toContact(r: Record<string, unknown>): ContactRow {
  return {
    id: String(r.id),
    jurisdictionId: Number(r.jurisdiction_id),
    youthId: String(r.youth_id),
    reportId: r.report_id === null ? null : String(r.report_id),
    occurredAt: iso(r.occurred_at),
    kind: r.kind as Contact['kind'],
    participants: String(r.participants),
    narrative: String(r.narrative),
    // An author outside the reader's scope (e.g. state staff) is shown without a name.
    author:
      r.author_id === null || r.author_name === null
        ? null
        : { id: String(r.author_id), displayName: String(r.author_name) },
    amended: Number(r.version) > 1,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    version: Number(r.version),
  };
}

/** Contacts on the youth's record, newest first (for the youth page; the caller has checked the youth). */
export async function contactsForYouth(
  tx: Tx,
  youthId: string,
  scopeIds: readonly number[],
): Promise<Contact[]> {
  const res = await tx.execute(sql`${SELECT}
    where c.youth_id = ${youthId} and ${withinScope(sql`c.jurisdiction_id`, scopeIds)}
    order by c.occurred_at desc, c.created_at desc`);
  return res.rows.map((r) => {
    const { jurisdictionId: _j, ...contact } = toContact(r);
    return contact;
  });
}

/** The contact, when in scope and about a youth this role may see. */
export async function findContact(
  tx: Tx,
  id: string,
  opts: { scopeIds: readonly number[]; role: Role },
): Promise<ContactRow | null> {
  const res = await tx.execute(sql`${SELECT}
    where c.id = ${id} and ${withinScope(sql`c.jurisdiction_id`, opts.scopeIds)}
      and ${youthVisible(opts.role, sql`c.youth_id`)}`);
  return res.rows[0] ? toContact(res.rows[0]) : null;
}

/** The youth's jurisdiction, when the youth is in scope and visible to this role (null: answer 404). */
export async function visibleYouthJurisdiction(
  tx: Tx,
  youthId: string,
  opts: { scopeIds: readonly number[]; role: Role },
): Promise<number | null> {
  const res = await tx.execute(sql`
    select y.jurisdiction_id from youth y
    where y.id = ${youthId} and ${withinScope(sql`y.jurisdiction_id`, opts.scopeIds)}
      and ${youthVisible(opts.role, sql`y.id`)}`);
  return res.rows[0] ? Number(res.rows[0].jurisdiction_id) : null;
}

/** Whether the report is in scope, in the youth's county, and has an allegation about the youth. */
export async function reportIsAboutYouth(
  tx: Tx,
  v: { reportId: string; youthId: string; jurisdictionId: number; scopeIds: readonly number[] },
): Promise<boolean> {
  const res = await tx.execute(sql`
    select 1 from reports r
    where r.id = ${v.reportId} and r.jurisdiction_id = ${v.jurisdictionId}
      and ${withinScope(sql`r.jurisdiction_id`, v.scopeIds)}
      and exists (select 1 from allegations a
                  where a.report_id = r.id and a.jurisdiction_id = r.jurisdiction_id and a.youth_id = ${v.youthId})`);
  return res.rows.length > 0;
}

export async function insertContact(
  tx: Tx,
  v: ContactInput & { youthId: string; jurisdictionId: number; authorId: string },
): Promise<string> {
  const res = await tx.execute(sql`
    insert into contacts (jurisdiction_id, youth_id, report_id, occurred_at, kind, participants, narrative, author_id)
    values (${v.jurisdictionId}, ${v.youthId}, ${v.reportId}, ${v.occurredAt}, ${v.kind}, ${v.participants},
            ${v.narrative}, ${v.authorId})
    returning id`);
  return String(res.rows[0]!.id);
}

/** Amends the version the caller saw; false when it has moved on. */
export async function amendContact(tx: Tx, id: string, version: number, v: ContactInput): Promise<boolean> {
  const sets: SQL[] = [
    sql`report_id = ${v.reportId}`,
    sql`occurred_at = ${v.occurredAt}`,
    sql`kind = ${v.kind}`,
    sql`participants = ${v.participants}`,
    sql`narrative = ${v.narrative}`,
    sql`updated_at = now()`,
    sql`version = version + 1`,
  ];
  const res = await tx.execute(
    sql`update contacts set ${sql.join(sets, sql`, `)} where id = ${id} and version = ${version} returning id`,
  );
  return res.rows.length === 1;
}

/** What a revision keeps: the entry as it stood after the change. */
export const revisionData = (c: Contact) => ({
  occurredAt: c.occurredAt,
  kind: c.kind,
  participants: c.participants,
  narrative: c.narrative,
  reportId: c.reportId,
});

export async function insertContactRevision(
  tx: Tx,
  v: {
    contact: ContactRow;
    change: 'created' | 'amended';
    reason: string | null;
    actorId: string;
    actorName: string;
  },
): Promise<void> {
  await tx.execute(sql`
    insert into record_revisions (jurisdiction_id, entity_type, entity_id, version, change, reason, data, actor_id, actor_name)
    values (${v.contact.jurisdictionId}, 'contact', ${v.contact.id}, ${v.contact.version}, ${v.change}, ${v.reason},
            ${JSON.stringify(revisionData(v.contact))}::jsonb, ${v.actorId}, ${v.actorName})`);
}

/** Every revision of the contact, oldest first. */
export const contactRevisions = (tx: Tx, id: string, scopeIds: readonly number[]) =>
  revisionsOf(tx, 'contact', id, scopeIds);
