import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNetworkSearch, parsePersonsSearch } from '@web/routes/search';
import type { Network, NetworkEdge, NetworkNode } from './api';
import { connectionRows, countOthers } from './connections';
import {
  contentBox,
  labelAnchor,
  labelDirection,
  layoutNetwork,
  NODE_RADIUS,
  parallelOffsets,
  shiftedLine,
  type LayoutNode,
} from './networkLayout';

const node = (key: string, distance: number, label = key): NetworkNode => ({
  key,
  type: key.startsWith('youth') ? 'youth' : 'person',
  id: '00000000-0000-4000-8000-000000000000',
  label,
  ref: 'Y-1',
  distance,
});
const edge = (source: string, target: string, kind: NetworkEdge['kind'] = 'link'): NetworkEdge => ({
  key: `${kind}:${source}~${target}`,
  source,
  target,
  kind,
  relationship: kind === 'link' ? 'peer' : null,
  allegationCount: kind === 'allegation' ? 1 : null,
  identifierKind: kind === 'shared_identifier' ? 'phone' : null,
  values: null,
});

describe('layoutNetwork', () => {
  it('puts the starting record in the middle and each distance on a wider ring', () => {
    const nodes = [node('youth:a', 0), node('person:p', 1), node('youth:b', 2), node('youth:c', 2)];
    const layout = layoutNetwork(nodes, [edge('person:p', 'youth:a'), edge('person:p', 'youth:b')]);
    const centre = { x: layout.width / 2, y: layout.height / 2 };
    const r = (key: string) => {
      const p = layout.positions.get(key)!;
      return Math.hypot(p.x - centre.x, p.y - centre.y);
    };
    expect(r('youth:a')).toBe(0);
    expect(r('person:p')).toBeGreaterThan(NODE_RADIUS * 2);
    expect(r('youth:b')).toBeGreaterThan(r('person:p') + NODE_RADIUS * 2);
    expect(Math.abs(r('youth:b') - r('youth:c'))).toBeLessThan(1);
  });

  it('places records within the slice of the record that led to them', () => {
    // root – p1 – (y1, y2); root – p2 – y3
    const nodes = [
      node('youth:root', 0),
      node('person:p1', 1),
      node('person:p2', 1),
      node('youth:y1', 2),
      node('youth:y2', 2),
      node('youth:y3', 2),
    ];
    const edges = [
      edge('person:p1', 'youth:root'),
      edge('person:p2', 'youth:root'),
      edge('person:p1', 'youth:y1'),
      edge('person:p1', 'youth:y2'),
      edge('person:p2', 'youth:y3'),
    ];
    const layout = layoutNetwork(nodes, edges);
    const angle = (key: string) => {
      const p = layout.positions.get(key)!;
      return Math.atan2(p.y - layout.height / 2, p.x - layout.width / 2);
    };
    expect(angle('youth:y3')).toBeCloseTo(angle('person:p2'), 5);
    const between = (x: number, a: number, b: number) => x > Math.min(a, b) && x < Math.max(a, b);
    expect(between(angle('person:p1'), angle('youth:y1'), angle('youth:y2'))).toBe(true);
  });

  it('is the same every time for the same network', () => {
    const nodes = [node('youth:a', 0), node('person:p', 1), node('person:q', 1)];
    const edges = [edge('person:p', 'youth:a'), edge('person:q', 'youth:a')];
    expect([...layoutNetwork(nodes, edges).positions]).toEqual([...layoutNetwork(nodes, edges).positions]);
  });

  it('property: every record fits in the drawing and no two circles overlap', () => {
    const arbitraryNetwork = fc
      .array(fc.integer({ min: 1, max: 3 }), { minLength: 0, maxLength: 60 })
      .map((distances) => [
        { key: 'youth:root', label: 'root', distance: 0 },
        ...distances.map((d, i) => ({ key: `youth:n${i}`, label: `n${i}`, distance: d })),
      ]);
    fc.assert(
      fc.property(arbitraryNetwork, (nodes: LayoutNode[]) => {
        const layout = layoutNetwork(nodes, []);
        const points = nodes.map((n) => layout.positions.get(n.key)!);
        for (const p of points) {
          expect(p.x).toBeGreaterThanOrEqual(NODE_RADIUS);
          expect(p.y).toBeGreaterThanOrEqual(NODE_RADIUS);
          expect(p.x).toBeLessThanOrEqual(layout.width - NODE_RADIUS);
          expect(p.y).toBeLessThanOrEqual(layout.height - NODE_RADIUS);
        }
        for (let i = 0; i < points.length; i++)
          for (let j = i + 1; j < points.length; j++)
            expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).toBeGreaterThan(
              NODE_RADIUS * 2,
            );
      }),
    );
  });

  it('places labels outside the circle, on the side it is told', () => {
    expect(labelAnchor({ x: 200, y: 200 }, { x: 0, y: 1 })).toMatchObject({ anchor: 'middle' });
    const right = labelAnchor({ x: 350, y: 200 }, { x: 1, y: 0 });
    expect(right).toMatchObject({ anchor: 'start' });
    expect(right.x).toBeGreaterThan(350 + NODE_RADIUS);
    expect(labelAnchor({ x: 50, y: 200 }, { x: -1, y: 0 })).toMatchObject({ anchor: 'end' });
    const above = labelAnchor({ x: 200, y: 50 }, { x: 0, y: -1 });
    expect(above.anchor).toBe('middle');
    expect(above.refY).toBeLessThan(50 - NODE_RADIUS);
    expect(above.nameY).toBeLessThan(above.refY);
    const below = labelAnchor({ x: 200, y: 350 }, { x: 0, y: 1 });
    expect(below.nameY).toBeGreaterThan(350 + NODE_RADIUS);
  });
});

describe('labelDirection', () => {
  const centre = { x: 0, y: 0 };

  it('points away from the records a record is connected to', () => {
    // The starting record with one connection below it: its labels go above, off the line.
    expect(labelDirection(centre, [{ x: 0, y: 130 }], centre)).toEqual({ x: 0, y: -1 });
    // A record on the right, connected back to the centre: its labels go further right.
    expect(labelDirection({ x: 130, y: 0 }, [centre], centre)).toEqual({ x: 1, y: 0 });
  });

  it('takes the clearest side when connections pull evenly every way', () => {
    const neighbours = [0, (2 * Math.PI) / 3, (4 * Math.PI) / 3].map((a) => ({
      x: 130 * Math.sin(a),
      y: 130 * Math.cos(a),
    }));
    // One connection straight down, two up and to the sides: the labels go straight up.
    const d = labelDirection(centre, neighbours, centre);
    expect(d.x).toBeCloseTo(0, 5);
    expect(d.y).toBeCloseTo(-1, 5);
  });

  it('labels a record without connections away from the centre, and the centre itself below', () => {
    expect(labelDirection({ x: -50, y: 0 }, [], centre)).toEqual({ x: -1, y: 0 });
    expect(labelDirection(centre, [], centre)).toEqual({ x: 0, y: 1 });
  });
});

describe('contentBox', () => {
  it('holds every shape and label with room around, and no more', () => {
    const shapes = [
      { x: 400, y: 300, radius: 25 },
      { x: 400, y: 430, radius: 18 },
    ];
    const labels = [
      { ...labelAnchor(shapes[0]!, { x: 0, y: -1 }), name: 'Bexley Quintrell', ref: 'Y-301' },
      { ...labelAnchor(shapes[1]!, { x: 0, y: 1 }), name: 'Dex Vantorro', ref: 'P-29' },
    ];
    const box = contentBox(shapes, labels);
    expect(box.x).toBeLessThan(400 - 'Bexley Quintrell'.length * 3);
    expect(box.x + box.width).toBeGreaterThan(400 + 'Bexley Quintrell'.length * 3);
    expect(box.y).toBeLessThan(labels[0]!.nameY - 14);
    expect(box.y + box.height).toBeGreaterThan(labels[1]!.refY);
    // Centred on the two records, and far smaller than the rings' drawing area around them.
    expect(box.x + box.width / 2).toBeCloseTo(400, 0);
    expect(box.width).toBeLessThan(220);
  });
});

describe('parallel connections', () => {
  it('spreads several connections between one pair side by side, and leaves a single one centred', () => {
    const edges = [
      edge('person:p', 'youth:a'),
      edge('person:p', 'youth:a', 'allegation'),
      edge('youth:a', 'person:p', 'shared_identifier'),
      edge('person:p', 'youth:b'),
    ];
    const offsets = parallelOffsets(edges);
    expect(edges.map((e) => offsets.get(e.key))).toEqual([-7, 0, 7, 0]);
  });

  it('shifts a line sideways the same way whichever end it starts from', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 100, y: 0 };
    expect(shiftedLine(a, b, 5)).toEqual({ x1: 0, y1: 5, x2: 100, y2: 5 });
    expect(shiftedLine(b, a, 5)).toEqual({ x1: 100, y1: 5, x2: 0, y2: 5 });
  });
});

describe('connectionRows', () => {
  const network: Pick<Network, 'nodes' | 'edges' | 'root'> = {
    root: 'youth:a',
    nodes: [node('youth:a', 0, 'Ana'), node('person:p', 1, 'Blaze'), node('youth:b', 2, 'Cruz')],
    edges: [
      edge('youth:b', 'person:p', 'shared_identifier'),
      edge('person:p', 'youth:a'),
      edge('person:p', 'youth:missing'),
    ],
  };

  it('lists every connection between shown records, nearest first', () => {
    const rows = connectionRows(network);
    expect(rows.map((r) => [r.from.label, r.edge.kind, r.to.label])).toEqual([
      ['Blaze', 'link', 'Ana'],
      ['Cruz', 'shared_identifier', 'Blaze'],
    ]);
  });

  it('counts the other youth and persons', () => {
    expect(countOthers(network)).toEqual({ youth: 1, persons: 1 });
  });
});

describe('search parameters', () => {
  const id = '0b6f3c1e-8a1d-4c2e-9f7a-1234567890ab';
  it('keeps one valid starting record and a depth from 1 to 3', () => {
    expect(parseNetworkSearch({ youthId: id, depth: '3' })).toEqual({ youthId: id, depth: 3 });
    expect(parseNetworkSearch({ personId: id, depth: 4 })).toEqual({ personId: id });
    expect(parseNetworkSearch({ youthId: id, personId: id })).toEqual({ youthId: id });
    expect(parseNetworkSearch({ youthId: 'x; drop', depth: '0' })).toEqual({});
  });

  it('trims and bounds the persons search', () => {
    expect(parsePersonsSearch({ q: '  Smoke ' })).toEqual({ q: 'Smoke' });
    expect(parsePersonsSearch({ q: '' })).toEqual({});
    expect(parsePersonsSearch({ q: 'x'.repeat(300) }).q).toHaveLength(100);
  });
});
