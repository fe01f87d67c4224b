/**
 * Where each record of a network is drawn: a radial tree layout computed in code. The starting record sits
 * in the middle; records one step away on the first ring, two steps on the second, and so on. Each record
 * is placed within the slice of the circle given to the record it was reached from (a slice as wide as the
 * records reached through it need), so records sit near the one that led to them and connections do not
 * cut through the middle. Rings move outwards until neighbouring circles cannot overlap.
 */

export interface LayoutNode {
  key: string;
  label: string;
  distance: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

export interface Point {
  x: number;
  y: number;
}

export interface Layout {
  /** The drawing's size; positions are within [0, width] × [0, height]. */
  width: number;
  height: number;
  positions: Map<string, Point>;
}

export const NODE_RADIUS = 18;
/** Distance between rings, and the least space (centre to centre) between records on one ring. */
const RING_STEP = 130;
const MIN_SPACING = NODE_RADIUS * 2 + 34;
/** Room around the outer ring for the labels: wide at the sides, where labels run outwards. */
const MARGIN_X = 200;
const MARGIN_Y = 70;

const byLabel = (a: LayoutNode, b: LayoutNode) =>
  a.label.localeCompare(b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Each record's parent: the first (by label) neighbour one ring further in; the root for any without one. */
function treeOf(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]) {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const root = [...nodes].sort((a, b) => a.distance - b.distance || byLabel(a, b))[0];
  const inner = new Map<string, LayoutNode[]>();
  for (const e of edges) {
    const a = byKey.get(e.source);
    const b = byKey.get(e.target);
    if (!a || !b) continue;
    if (a.distance === b.distance - 1) inner.set(b.key, [...(inner.get(b.key) ?? []), a]);
    if (b.distance === a.distance - 1) inner.set(a.key, [...(inner.get(a.key) ?? []), b]);
  }
  const children = new Map<string, LayoutNode[]>();
  for (const n of nodes) {
    if (n === root) continue;
    const parent = (inner.get(n.key) ?? []).sort(byLabel)[0] ?? root!;
    children.set(parent.key, [...(children.get(parent.key) ?? []), n]);
  }
  for (const list of children.values()) list.sort(byLabel);
  return { root, children };
}

export function layoutNetwork(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Layout {
  const { root, children } = treeOf(nodes, edges);
  const weight = new Map<string, number>();
  const weigh = (n: LayoutNode): number => {
    const w = Math.max(
      1,
      (children.get(n.key) ?? []).reduce((sum, c) => sum + weigh(c), 0),
    );
    weight.set(n.key, w);
    return w;
  };
  const angle = new Map<string, number>();
  const place = (n: LayoutNode, from: number, to: number) => {
    angle.set(n.key, (from + to) / 2);
    let at = from;
    for (const c of children.get(n.key) ?? []) {
      const span = ((to - from) * weight.get(c.key)!) / weight.get(n.key)!;
      place(c, at, at + span);
      at += span;
    }
  };
  if (root) {
    weigh(root);
    place(root, -Math.PI / 2, (3 * Math.PI) / 2);
  }

  // Each ring at least one step beyond the last, and far enough out that its closest two records keep apart.
  const rings = new Map<number, number[]>();
  for (const n of nodes) rings.set(n.distance, [...(rings.get(n.distance) ?? []), angle.get(n.key) ?? 0]);
  const radius = new Map<number, number>();
  let previous = 0;
  for (const d of [...rings.keys()].sort((a, b) => a - b)) {
    const angles = rings.get(d)!.sort((a, b) => a - b);
    let gap = 2 * Math.PI;
    for (let i = 1; i < angles.length; i++) gap = Math.min(gap, angles[i]! - angles[i - 1]!);
    if (angles.length > 1) gap = Math.min(gap, 2 * Math.PI - (angles.at(-1)! - angles[0]!));
    const apart = angles.length > 1 ? MIN_SPACING / (2 * Math.sin(Math.max(gap, 1e-3) / 2)) : 0;
    const r = d === 0 ? 0 : Math.max(previous + RING_STEP, apart);
    radius.set(d, r);
    previous = r;
  }

  const outer = Math.max(0, ...radius.values());
  const width = 2 * (outer + MARGIN_X);
  const height = 2 * (outer + MARGIN_Y);
  const positions = new Map<string, Point>();
  for (const n of nodes) {
    const r = radius.get(n.distance) ?? 0;
    const a = angle.get(n.key) ?? 0;
    positions.set(n.key, { x: round(width / 2 + r * Math.cos(a)), y: round(height / 2 + r * Math.sin(a)) });
  }
  return { width, height, positions };
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Space between connections drawn side by side between the same two records. */
const PARALLEL_GAP = 7;

/**
 * Two records can be connected several ways at once (linked, named in an allegation, sharing a phone).
 * Each such connection is drawn parallel to the others: this gives each one its sideways shift.
 */
export function parallelOffsets(edges: readonly (LayoutEdge & { key: string })[]): Map<string, number> {
  const pairs = new Map<string, string[]>();
  for (const e of edges) {
    const pair = [e.source, e.target].sort().join('~');
    pairs.set(pair, [...(pairs.get(pair) ?? []), e.key]);
  }
  const offsets = new Map<string, number>();
  for (const keys of pairs.values())
    keys.forEach((key, i) => offsets.set(key, (i - (keys.length - 1) / 2) * PARALLEL_GAP));
  return offsets;
}

/** A line from a to b moved sideways by `offset` (perpendicular to it). */
export function shiftedLine(
  a: Point,
  b: Point,
  offset: number,
): { x1: number; y1: number; x2: number; y2: number } {
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  // Always measure "sideways" the same way for a pair, whichever end the edge starts from.
  const flip = a.x < b.x || (a.x === b.x && a.y < b.y) ? 1 : -1;
  const nx = (-(b.y - a.y) / len) * offset * flip;
  const ny = ((b.x - a.x) / len) * offset * flip;
  return { x1: round(a.x + nx), y1: round(a.y + ny), x2: round(b.x + nx), y2: round(b.y + ny) };
}

/** Height of one line of label text in the drawing, and the font sizes of the two lines (see persons.css). */
const LINE = 15;
const NAME_SIZE = 14;
const REF_SIZE = 12;
/** Space between a record's shape and its labels. */
const LABEL_GAP = 8;

export interface LabelPlacement {
  x: number;
  nameY: number;
  refY: number;
  anchor: 'start' | 'middle' | 'end';
}

const unit = (x: number, y: number): Point => {
  const len = Math.hypot(x, y);
  return len === 0 ? { x: 0, y: 0 } : { x: x / len, y: y / len };
};

/** Directions a label may take when its record is connected on all sides: below first, then above, then the sides. */
const CANDIDATES: readonly Point[] = [
  { x: 0, y: 1 },
  { x: 0, y: -1 },
  { x: 1, y: 0 },
  { x: -1, y: 0 },
  unit(1, 1),
  unit(-1, 1),
  unit(1, -1),
  unit(-1, -1),
];

/**
 * Which way a record's labels go: away from the records it is connected to, so no connection runs through
 * them. When the connections pull evenly every way, the direction furthest from all of them; a record with
 * no connection is labelled away from the centre of the drawing (below, for the centre itself).
 */
export function labelDirection(p: Point, neighbours: readonly Point[], centre: Point): Point {
  const towards = neighbours.map((n) => unit(n.x - p.x, n.y - p.y)).filter((d) => d.x !== 0 || d.y !== 0);
  if (towards.length === 0) {
    const out = unit(p.x - centre.x, p.y - centre.y);
    return out.x === 0 && out.y === 0 ? { x: 0, y: 1 } : out;
  }
  const sum = towards.reduce((acc, d) => ({ x: acc.x - d.x, y: acc.y - d.y }), { x: 0, y: 0 });
  if (Math.hypot(sum.x, sum.y) >= 0.5) return unit(sum.x, sum.y);
  // Balanced: the candidate whose nearest connection is furthest away (by the angle between them).
  const clearance = (c: Point) =>
    Math.min(...towards.map((d) => Math.acos(Math.max(-1, Math.min(1, c.x * d.x + c.y * d.y)))));
  return CANDIDATES.reduce((best, c) => (clearance(c) > clearance(best) + 1e-6 ? c : best));
}

/**
 * Where a record's two label lines (name, then reference) go, on the side `direction` points to: above or
 * below the shape (`radius` reaches its edge), centred on it, when the direction is mostly vertical; beside
 * it otherwise.
 */
export function labelAnchor(p: Point, direction: Point, radius = NODE_RADIUS): LabelPlacement {
  const d = unit(direction.x, direction.y);
  const gap = radius + LABEL_GAP;
  if (Math.abs(d.x) < 0.4) {
    const nameY = d.y >= 0 ? p.y + gap + 10 : p.y - gap - LINE;
    return { x: round(p.x), nameY: round(nameY), refY: round(nameY + LINE), anchor: 'middle' };
  }
  const x = p.x + d.x * gap;
  // The two lines sit around the point the direction reaches, a little lower when it points down.
  const middle = p.y + d.y * gap * 0.6;
  const nameY = middle - 2;
  return { x: round(x), nameY: round(nameY), refY: round(nameY + LINE), anchor: d.x > 0 ? 'start' : 'end' };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The space a record's two label lines take, estimated from their length (the drawing has no text metrics
 * before it is shown). A white box is drawn there, so a connection passing behind never runs through the text.
 */
export function labelBox(l: LabelPlacement & { name: string; ref: string }): Box {
  const width = Math.max(l.name.length * NAME_SIZE * 0.56, l.ref.length * REF_SIZE * 0.56) + 6;
  const x = l.anchor === 'start' ? l.x - 3 : l.anchor === 'end' ? l.x - width + 3 : l.x - width / 2;
  const y = l.nameY - NAME_SIZE;
  return { x: round(x), y: round(y), width: round(width), height: round(l.refY + 5 - y) };
}

/** Room kept around everything drawn. */
const PADDING = 16;

/**
 * The part of the drawing that holds something: every shape and every label (its width estimated from its
 * length), with a little room around. Used as the picture's viewBox, so the drawing is centred and neither
 * scaled down to fit empty space nor cut off at a label.
 */
export function contentBox(
  shapes: readonly (Point & { radius: number })[],
  labels: readonly (LabelPlacement & { name: string; ref: string })[],
): Box {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  const take = (x1: number, y1: number, x2: number, y2: number) => {
    left = Math.min(left, x1);
    top = Math.min(top, y1);
    right = Math.max(right, x2);
    bottom = Math.max(bottom, y2);
  };
  for (const s of shapes) take(s.x - s.radius, s.y - s.radius, s.x + s.radius, s.y + s.radius);
  for (const l of labels) {
    const b = labelBox(l);
    take(b.x, b.y, b.x + b.width, b.y + b.height);
  }
  if (left === Infinity) return { x: 0, y: 0, width: 0, height: 0 };
  return {
    x: round(left - PADDING),
    y: round(top - PADDING),
    width: round(right - left + 2 * PADDING),
    height: round(bottom - top + 2 * PADDING),
  };
}
