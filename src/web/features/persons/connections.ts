import type { Network, NetworkEdge, NetworkNode } from './api';

/** One row of the network's table: who, how connected, to whom. */
export interface ConnectionRow {
  edge: NetworkEdge;
  from: NetworkNode;
  to: NetworkNode;
}

/**
 * Every connection of the network as a row, nearest to the starting record first; connections whose ends
 * are not both shown are left out (the table and the diagram always agree).
 */
export function connectionRows(network: Pick<Network, 'nodes' | 'edges'>): ConnectionRow[] {
  const byKey = new Map(network.nodes.map((n) => [n.key, n]));
  const rows: ConnectionRow[] = [];
  for (const edge of network.edges) {
    const from = byKey.get(edge.source);
    const to = byKey.get(edge.target);
    if (from && to) rows.push({ edge, from, to });
  }
  const order = (r: ConnectionRow) => Math.min(r.from.distance, r.to.distance);
  return rows.sort(
    (a, b) =>
      order(a) - order(b) ||
      a.from.label.localeCompare(b.from.label) ||
      a.to.label.localeCompare(b.to.label) ||
      a.edge.key.localeCompare(b.edge.key),
  );
}

/** How many youth and persons a network holds, besides the one it starts from. */
export function countOthers(network: Pick<Network, 'nodes' | 'root'>): { youth: number; persons: number } {
  const others = network.nodes.filter((n) => n.key !== network.root);
  return {
    youth: others.filter((n) => n.type === 'youth').length,
    persons: others.filter((n) => n.type === 'person').length,
  };
}
