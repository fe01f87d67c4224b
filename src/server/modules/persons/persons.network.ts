/**
 * The network view's graph logic, without I/O: a breadth-first walk from one youth or person over the
 * connections a neighbour source reports, bounded in depth and size, then folded into one edge per pair and
 * kind of connection. The database side (what counts as a neighbour, who may see whom) is in
 * persons.network.repository.ts.
 */
import type { ExploiterRelationship } from '../../../domain/record/vocabulary';
import type { IdentifierKind, NetworkEdge, NetworkEdgeKind, NetworkNodeType } from './persons.schemas';

export type NodeKey = `youth:${string}` | `person:${string}`;

export const nodeKey = (type: NetworkNodeType, id: string): NodeKey => `${type}:${id}`;

export function parseNodeKey(key: NodeKey): { type: NetworkNodeType; id: string } {
  const [type, id] = key.split(':') as [NetworkNodeType, string];
  return { type, id };
}

/** One connection as the database reports it (a link, one allegation, or one shared value). */
export interface RawEdge {
  a: NodeKey;
  b: NodeKey;
  kind: NetworkEdgeKind;
  relationship?: ExploiterRelationship;
  /** The allegation's id, so two allegations for one pair count twice and one found twice counts once. */
  allegationId?: string;
  identifierKind?: IdentifierKind;
  value?: string;
}

/** Every connection touching any of the given records (visible to the reader, within scope). */
export type NeighbourSource = (frontier: readonly NodeKey[]) => Promise<RawEdge[]>;

export interface Explored {
  /** Each record reached, with its distance (steps) from the root. */
  distances: Map<NodeKey, number>;
  edges: RawEdge[];
  truncated: boolean;
}

const rawIdentity = (e: RawEdge) =>
  [
    e.kind,
    ...[e.a, e.b].sort(),
    e.relationship ?? '',
    e.allegationId ?? '',
    e.identifierKind ?? '',
    e.value ?? '',
  ].join('|');

/**
 * Walks outwards from `root` up to `depth` steps, taking at most `maxNodes` records (the nearest first; among
 * equals, in key order so the answer is stable). A last round collects the connections among the records at
 * the outer edge, so every connection between two records shown is shown.
 */
export async function explore(
  root: NodeKey,
  depth: number,
  maxNodes: number,
  neighbours: NeighbourSource,
): Promise<Explored> {
  const distances = new Map<NodeKey, number>([[root, 0]]);
  const edges = new Map<string, RawEdge>();
  let truncated = false;
  let frontier: NodeKey[] = [root];
  for (let d = 0; frontier.length > 0; d++) {
    const found = await neighbours(frontier);
    const next: NodeKey[] = [];
    if (d < depth) {
      const candidates = new Set<NodeKey>();
      for (const e of found) for (const end of [e.a, e.b]) if (!distances.has(end)) candidates.add(end);
      for (const c of [...candidates].sort()) {
        if (distances.size >= maxNodes) {
          truncated = true;
          break;
        }
        distances.set(c, d + 1);
        next.push(c);
      }
    }
    for (const e of found)
      if (distances.has(e.a) && distances.has(e.b) && e.a !== e.b) edges.set(rawIdentity(e), e);
    if (d >= depth) break;
    frontier = next;
  }
  return { distances, edges: [...edges.values()], truncated };
}

/**
 * One edge per pair and kind of connection: a link (with its relationship), the allegations naming the
 * person for the youth (counted), and each kind of identifier two records share (values only if `revealValues`).
 * A person–youth edge runs from the person to the youth; a shared identifier from the record nearer the root.
 */
export function summariseEdges(
  explored: Pick<Explored, 'distances' | 'edges'>,
  opts: { revealValues: boolean },
): NetworkEdge[] {
  const out = new Map<string, NetworkEdge & { valueSet: Set<string>; allegationIds: Set<string> }>();
  const dist = (k: NodeKey) => explored.distances.get(k) ?? Number.MAX_SAFE_INTEGER;
  for (const e of explored.edges) {
    let [source, target] = [e.a, e.b];
    if (e.kind === 'shared_identifier') {
      if (dist(target) < dist(source) || (dist(target) === dist(source) && target < source))
        [source, target] = [target, source];
    } else if (source.startsWith('youth:')) {
      [source, target] = [target, source];
    }
    const key = `${e.kind}${e.identifierKind ? `:${e.identifierKind}` : ''}:${source}~${target}`;
    let edge = out.get(key);
    if (!edge) {
      edge = {
        key,
        source,
        target,
        kind: e.kind,
        relationship: e.kind === 'link' ? (e.relationship ?? 'unknown') : null,
        allegationCount: e.kind === 'allegation' ? 0 : null,
        identifierKind: e.kind === 'shared_identifier' ? (e.identifierKind ?? null) : null,
        values: null,
        valueSet: new Set(),
        allegationIds: new Set(),
      };
      out.set(key, edge);
    }
    if (e.allegationId) edge.allegationIds.add(e.allegationId);
    if (e.value) edge.valueSet.add(e.value);
  }
  return [...out.values()]
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .map(({ valueSet, allegationIds, ...edge }) => ({
      ...edge,
      allegationCount: edge.kind === 'allegation' ? allegationIds.size : null,
      values: edge.kind === 'shared_identifier' && opts.revealValues ? [...valueSet].sort() : null,
    }));
}
