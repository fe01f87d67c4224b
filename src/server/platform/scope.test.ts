import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readStateFiles } from '../modules/jurisdictions/jurisdictions.seed';
import { JurisdictionTree, type JurisdictionNode } from './scope';

/**
 * A random forest: node i's parent is null (a root) or an earlier node, so there are no cycles. Ids are a
 * random permutation of distinct positive integers, so nothing can lean on id order.
 */
const forest = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc.tuple(
      fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          i === 0 ? fc.constant(null) : fc.option(fc.nat(i - 1), { freq: 6 }),
        ),
      ),
      fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: n, maxLength: n }),
    ),
  )
  .map(([parents, ids]) =>
    parents.map((p, i): JurisdictionNode => ({
      id: ids[i]!,
      parentId: p === null ? null : ids[p]!,
      kind: p === null ? 'state' : 'county',
      code: `J-${ids[i]}`,
      name: `Jurisdiction ${ids[i]}`,
      fips: null,
    })),
  );

/** Reference answers computed the slow, obvious way: by walking up from every node. */
function ancestorsOf(nodes: JurisdictionNode[], id: number): number[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: number[] = [];
  for (let cur = byId.get(id)?.parentId ?? null; cur !== null; cur = byId.get(cur)?.parentId ?? null)
    out.push(cur);
  return out;
}
const descendantsOf = (nodes: JurisdictionNode[], id: number) =>
  nodes.filter((n) => ancestorsOf(nodes, n.id).includes(id)).map((n) => n.id);

const withNode = forest.chain((nodes) => fc.tuple(fc.constant(nodes), fc.constantFrom(...nodes)));

describe('JurisdictionTree.subtree', () => {
  test('contains the node itself and every descendant, each once', () => {
    fc.assert(
      fc.property(withNode, ([nodes, node]) => {
        const sub = new JurisdictionTree(nodes).subtree(node.id);
        expect(sub).toContain(node.id);
        expect(new Set(sub).size).toBe(sub.length);
        expect([...sub].sort((a, b) => a - b)).toEqual(
          [node.id, ...descendantsOf(nodes, node.id)].sort((a, b) => a - b),
        );
      }),
    );
  });

  test('never contains an ancestor or anything in a sibling branch', () => {
    fc.assert(
      fc.property(withNode, ([nodes, node]) => {
        const sub = new Set(new JurisdictionTree(nodes).subtree(node.id));
        for (const a of ancestorsOf(nodes, node.id)) expect(sub.has(a)).toBe(false);
        const siblings = nodes.filter((n) => n.id !== node.id && n.parentId === node.parentId);
        for (const s of siblings)
          for (const x of [s.id, ...descendantsOf(nodes, s.id)]) expect(sub.has(x)).toBe(false);
      }),
    );
  });

  test('an unknown id has an empty subtree', () => {
    fc.assert(
      fc.property(forest, fc.integer({ min: 1_000_001, max: 2_000_000 }), (nodes, id) => {
        expect(new JurisdictionTree(nodes).subtree(id)).toEqual([]);
      }),
    );
  });
});

describe('JurisdictionTree.scopeFor', () => {
  test('is system scope exactly at a root, and covers the same ids as subtree', () => {
    fc.assert(
      fc.property(withNode, ([nodes, node]) => {
        const tree = new JurisdictionTree(nodes);
        const scope = tree.scopeFor(node.id);
        expect(scope.system).toBe(node.parentId === null);
        expect([...scope.jurisdictionIds].sort()).toEqual(tree.subtree(node.id).sort());
      }),
    );
  });

  test('an unknown id gets an empty, non-system scope', () => {
    const tree = new JurisdictionTree([
      { id: 1, parentId: null, kind: 'state', code: 'CA', name: 'California', fips: '06' },
    ]);
    expect(tree.scopeFor(99)).toEqual({ jurisdictionIds: [], system: false });
  });
});

describe('the shipped jurisdictions', () => {
  const nodes: JurisdictionNode[] = [];
  let next = 1;
  for (const f of readStateFiles()) {
    const state = next++;
    nodes.push({
      id: state,
      parentId: null,
      kind: 'state',
      code: f.state.code,
      name: f.state.name,
      fips: f.state.fips,
    });
    for (const r of f.regions) {
      const region = next++;
      nodes.push({ id: region, parentId: state, kind: 'region', code: r.code, name: r.name, fips: null });
      for (const c of r.counties)
        nodes.push({
          id: next++,
          parentId: region,
          kind: 'county',
          code: c.code,
          name: c.name,
          fips: c.fips,
        });
    }
  }
  const tree = new JurisdictionTree(nodes);
  const byCode = (code: string) => nodes.find((n) => n.code === code)!;

  test('the state sees everything; a county sees only itself; a region sees its counties', () => {
    const ca = byCode('CA');
    expect(tree.scopeFor(ca.id)).toMatchObject({ system: true });
    expect(tree.subtree(ca.id).length).toBe(
      nodes.filter((n) => n.code === 'CA' || n.code.startsWith('CA-')).length,
    );
    expect(tree.scopeFor(byCode('CA-ALAMEDA').id)).toEqual({
      jurisdictionIds: [byCode('CA-ALAMEDA').id],
      system: false,
    });
    const bay = tree.subtree(byCode('CA-R-BAY-AREA').id);
    expect(bay).toContain(byCode('CA-ALAMEDA').id);
    expect(bay).not.toContain(byCode('CA-TULARE').id);
    expect(bay).not.toContain(ca.id);
  });
});
