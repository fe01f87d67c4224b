import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { explore, summariseEdges, type NeighbourSource, type NodeKey, type RawEdge } from './persons.network';

/** A neighbour source over a fixed list of connections, recording each frontier it was asked about. */
function graph(edges: RawEdge[]) {
  const asked: NodeKey[][] = [];
  const source: NeighbourSource = async (frontier) => {
    asked.push([...frontier]);
    return edges.filter((e) => frontier.includes(e.a) || frontier.includes(e.b));
  };
  return { source, asked };
}

const y = (n: number): NodeKey => `youth:y${n}`;
const p = (n: number): NodeKey => `person:p${n}`;
const phone = (a: NodeKey, b: NodeKey, value = '5105550100'): RawEdge => ({
  a,
  b,
  kind: 'shared_identifier',
  identifierKind: 'phone',
  value,
});
const link = (person: NodeKey, youth: NodeKey): RawEdge => ({
  a: person,
  b: youth,
  kind: 'link',
  relationship: 'gang_member',
});

describe('explore', () => {
  test('walks breadth-first and stops at the depth, recording each distance', async () => {
    // y1 – p1 – y2 – y3 (phone) – p2
    const { source } = graph([link(p(1), y(1)), link(p(1), y(2)), phone(y(2), y(3)), link(p(2), y(3))]);
    const two = await explore(y(1), 2, 200, source);
    expect(Object.fromEntries(two.distances)).toEqual({ [y(1)]: 0, [p(1)]: 1, [y(2)]: 2 });
    expect(two.edges).toHaveLength(2);
    const three = await explore(y(1), 3, 200, source);
    expect(three.distances.get(y(3))).toBe(3);
    expect(three.distances.has(p(2))).toBe(false);
    expect(three.truncated).toBe(false);
  });

  test('keeps connections among the records at the outer edge', async () => {
    // p1 links y1 and y2, which also share a phone: both at distance 1 from p1
    const { source } = graph([link(p(1), y(1)), link(p(1), y(2)), phone(y(1), y(2))]);
    const net = await explore(p(1), 1, 200, source);
    expect(net.edges.map((e) => e.kind).sort()).toEqual(['link', 'link', 'shared_identifier']);
  });

  test('stops at the node limit, nearest first, and says it was cut off', async () => {
    const spokes = Array.from({ length: 10 }, (_, i) => link(p(1), y(i)));
    const { source } = graph([...spokes, phone(y(0), y(99))]);
    const net = await explore(p(1), 3, 5, source);
    expect(net.distances.size).toBe(5);
    expect(net.truncated).toBe(true);
    expect([...net.distances.keys()]).toEqual([p(1), y(0), y(1), y(2), y(3)]);
    for (const e of net.edges) expect(net.distances.has(e.a) && net.distances.has(e.b)).toBe(true);
  });

  test('property: never exceeds the limits, and every edge joins two records it reached', async () => {
    const node = fc.oneof(fc.integer({ min: 0, max: 12 }).map(y), fc.integer({ min: 0, max: 6 }).map(p));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(node, node), { maxLength: 40 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 15 }),
        async (pairs, depth, max) => {
          const { source } = graph(pairs.map(([a, b]) => phone(a, b)));
          const net = await explore(y(0), depth, max, source);
          expect(net.distances.size).toBeLessThanOrEqual(max);
          for (const d of net.distances.values()) expect(d).toBeLessThanOrEqual(depth);
          for (const e of net.edges) {
            expect(net.distances.has(e.a) && net.distances.has(e.b)).toBe(true);
            expect(e.a).not.toBe(e.b);
          }
        },
      ),
    );
  });
});

describe('summariseEdges', () => {
  const distances = new Map<NodeKey, number>([
    [y(1), 0],
    [p(1), 1],
    [y(2), 1],
  ]);
  const raw: RawEdge[] = [
    link(p(1), y(1)),
    { a: y(1), b: p(1), kind: 'allegation', allegationId: 'a1' },
    { a: p(1), b: y(1), kind: 'allegation', allegationId: 'a2' },
    { a: p(1), b: y(1), kind: 'allegation', allegationId: 'a2' },
    phone(y(2), y(1), '5105550100'),
    phone(y(1), y(2), '5105550199'),
    { a: y(2), b: y(1), kind: 'shared_identifier', identifierKind: 'handle', value: 'night.owl' },
  ];

  test('one edge per pair and kind; person to youth; shared from the record nearer the root', () => {
    const edges = summariseEdges({ distances, edges: raw }, { revealValues: true });
    expect(edges).toEqual([
      expect.objectContaining({ kind: 'allegation', source: p(1), target: y(1), allegationCount: 2 }),
      expect.objectContaining({ kind: 'link', source: p(1), target: y(1), relationship: 'gang_member' }),
      expect.objectContaining({
        kind: 'shared_identifier',
        identifierKind: 'handle',
        source: y(1),
        target: y(2),
        values: ['night.owl'],
      }),
      expect.objectContaining({
        kind: 'shared_identifier',
        identifierKind: 'phone',
        source: y(1),
        target: y(2),
        values: ['5105550100', '5105550199'],
      }),
    ]);
  });

  test('without the identifiers permission no value is kept anywhere', () => {
    const edges = summariseEdges({ distances, edges: raw }, { revealValues: false });
    expect(edges.map((e) => e.values)).toEqual([null, null, null, null]);
    expect(JSON.stringify(edges)).not.toMatch(/5105550|night\.owl/);
  });
});
