/**
 * The network view's queries: every connection touching a set of youth and persons (links, allegations
 * naming a person, and phones or handles held by two records), and the labels of the records reached. All
 * within the reader's scope, and only youth the reader may see (the relationship rule, `visible`).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ExploiterRelationship } from '../../../domain/record/vocabulary';
import type { Tx } from '../../platform/db';
import { withinScope } from '../../platform/scope';
import { nodeKey, parseNodeKey, type NodeKey, type RawEdge } from './persons.network';
import { personDisplayName, personRef, YOUTH_NAME, youthRef, type Visible } from './persons.repository';
import type { IdentifierKind, NetworkNode, Person } from './persons.schemas';

const uuids = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

function split(keys: readonly NodeKey[]) {
  const youth: string[] = [];
  const persons: string[] = [];
  for (const k of keys) {
    const { type, id } = parseNodeKey(k);
    (type === 'youth' ? youth : persons).push(id);
  }
  return { youth, persons };
}

/** The connections touching any record in `frontier`. */
export async function neighbours(
  tx: Tx,
  frontier: readonly NodeKey[],
  scopeIds: readonly number[],
  visible: Visible,
): Promise<RawEdge[]> {
  const { youth, persons } = split(frontier);
  const Y = uuids(youth);
  const P = uuids(persons);
  const scope = (c: SQL) => withinScope(c, scopeIds);
  const edges: RawEdge[] = [];

  const links = await tx.execute(sql`
    select l.person_of_interest_id, l.youth_id, l.relationship from person_of_interest_links l
    where ${scope(sql`l.jurisdiction_id`)} and ${visible(sql`l.youth_id`)}
      and (l.youth_id = any(${Y}) or l.person_of_interest_id = any(${P}))`);
  for (const r of links.rows)
    edges.push({
      a: nodeKey('person', String(r.person_of_interest_id)),
      b: nodeKey('youth', String(r.youth_id)),
      kind: 'link',
      relationship: r.relationship as ExploiterRelationship,
    });

  const allegations = await tx.execute(sql`
    select a.id, a.person_of_interest_id, a.youth_id from allegations a
    where ${scope(sql`a.jurisdiction_id`)} and ${visible(sql`a.youth_id`)} and a.person_of_interest_id is not null
      and (a.youth_id = any(${Y}) or a.person_of_interest_id = any(${P}))`);
  for (const r of allegations.rows)
    edges.push({
      a: nodeKey('person', String(r.person_of_interest_id)),
      b: nodeKey('youth', String(r.youth_id)),
      kind: 'allegation',
      allegationId: String(r.id),
    });

  const shared = await tx.execute(sql`
    select i1.subject_type as t1, i1.subject_id as s1, i2.subject_type as t2, i2.subject_id as s2, i1.kind, i1.value
    from identifiers i1
      join identifiers i2 on ${scope(sql`i2.jurisdiction_id`)} and i2.kind = i1.kind and i2.value = i1.value
        and i2.subject_id <> i1.subject_id
    where ${scope(sql`i1.jurisdiction_id`)}
      and ((i1.subject_type = 'youth' and i1.subject_id = any(${Y}))
        or (i1.subject_type = 'person_of_interest' and i1.subject_id = any(${P})))
      and (i2.subject_type <> 'youth' or ${visible(sql`i2.subject_id`)})`);
  const key = (t: unknown, id: unknown) => nodeKey(t === 'youth' ? 'youth' : 'person', String(id));
  for (const r of shared.rows)
    edges.push({
      a: key(r.t1, r.s1),
      b: key(r.t2, r.s2),
      kind: 'shared_identifier',
      identifierKind: r.kind as IdentifierKind,
      value: String(r.value),
    });
  return edges;
}

/** Whether the record the view starts from exists for this reader (in scope and, for a youth, visible). */
export async function rootExists(
  tx: Tx,
  root: NodeKey,
  scopeIds: readonly number[],
  visible: Visible,
): Promise<number | null> {
  const { type, id } = parseNodeKey(root);
  const res =
    type === 'youth'
      ? await tx.execute(sql`select y.jurisdiction_id from youth y
          where y.id = ${id} and ${withinScope(sql`y.jurisdiction_id`, scopeIds)} and ${visible(sql`y.id`)}`)
      : await tx.execute(sql`select p.jurisdiction_id from persons_of_interest p
          where p.id = ${id} and ${withinScope(sql`p.jurisdiction_id`, scopeIds)}`);
  return res.rows[0] ? Number(res.rows[0].jurisdiction_id) : null;
}

/** Labels and references of the records reached (records the reader may not see are left out). */
export async function describeNodes(
  tx: Tx,
  distances: ReadonlyMap<NodeKey, number>,
  scopeIds: readonly number[],
  visible: Visible,
): Promise<NetworkNode[]> {
  const { youth, persons } = split([...distances.keys()]);
  const nodes: NetworkNode[] = [];
  const add = (type: 'youth' | 'person', id: string, label: string, ref: string) => {
    const key = nodeKey(type, id);
    nodes.push({ key, type, id, label, ref, distance: distances.get(key) ?? 0 });
  };
  if (youth.length > 0) {
    const res = await tx.execute(sql`
      select y.id, y.ref, ${YOUTH_NAME} as name from youth y
      where y.id = any(${uuids(youth)}) and ${withinScope(sql`y.jurisdiction_id`, scopeIds)} and ${visible(sql`y.id`)}`);
    for (const r of res.rows) add('youth', String(r.id), String(r.name), youthRef(r.ref));
  }
  if (persons.length > 0) {
    const res = await tx.execute(sql`
      select p.id, p.ref, p.names from persons_of_interest p
      where p.id = any(${uuids(persons)}) and ${withinScope(sql`p.jurisdiction_id`, scopeIds)}`);
    for (const r of res.rows) {
      const names = (typeof r.names === 'string' ? JSON.parse(r.names) : r.names) as Person['names'];
      add('person', String(r.id), personDisplayName(names, r.ref), personRef(r.ref));
    }
  }
  return nodes.sort(
    (x, y) => x.distance - y.distance || x.type.localeCompare(y.type) || x.label.localeCompare(y.label),
  );
}
