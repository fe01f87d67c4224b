import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network, NetworkEdge } from './api';
import { countOthers } from './connections';
import {
  contentBox,
  labelAnchor,
  labelBox,
  labelDirection,
  layoutNetwork,
  NODE_RADIUS,
  parallelOffsets,
  shiftedLine,
  type LabelPlacement,
  type Point,
} from './networkLayout';

/** The starting record's ring reaches this far from its centre. */
const RING_RADIUS = NODE_RADIUS + 7;

const EDGE_STYLE: Record<string, { dash?: string; width: number }> = {
  link: { width: 2.5 },
  allegation: { width: 3 },
  'shared_identifier:phone': { dash: '7 5', width: 2 },
  'shared_identifier:handle': { dash: '2 4', width: 2 },
};
const edgeStyle = (e: NetworkEdge) =>
  EDGE_STYLE[e.identifierKind ? `${e.kind}:${e.identifierKind}` : e.kind]!;

/**
 * The network drawn as a picture: youth as circles, persons of interest as squares, the starting record
 * ringed, and connections styled by kind (the legend says which). The picture is one image to assistive
 * technology, with a text summary; the table beside it lists every connection with links.
 */
export function NetworkDiagram({ network }: { network: Network }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const layout = layoutNetwork(network.nodes, network.edges);
  const offsets = parallelOffsets(network.edges);
  const at = (key: string) => layout.positions.get(key);
  const others = countOthers(network);
  const root = network.nodes.find((n) => n.key === network.root);
  const labels = placeLabels(network, layout.positions, { x: layout.width / 2, y: layout.height / 2 });
  const box = contentBox(
    network.nodes.flatMap((n) => {
      const p = at(n.key);
      return p ? [{ ...p, radius: n.key === network.root ? RING_RADIUS + 2 : NODE_RADIUS + 2 }] : [];
    }),
    network.nodes.flatMap((n) => {
      const label = labels.get(n.key);
      return label ? [{ ...label, name: n.label, ref: n.ref }] : [];
    }),
  );

  return (
    <figure className="lantern-network-figure">
      <div className="lantern-network-canvas">
        <svg
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
          width={box.width}
          height={box.height}
          // Drawn at its own size (never enlarged); a wide network shrinks to the box, down to a readable size.
          style={{ minWidth: Math.min(box.width, 448) }}
          className="lantern-network-svg"
          data-testid="network-diagram"
        >
          <title id={titleId}>{t('persons.network.diagramTitle', { name: root?.label ?? '' })}</title>
          <desc id={descId}>
            {t('persons.network.diagramDesc', {
              youth: others.youth,
              persons: others.persons,
              connections: network.edges.length,
            })}
          </desc>
          <g className="lantern-network-edges">
            {network.edges.map((e) => {
              const a = at(e.source);
              const b = at(e.target);
              if (!a || !b) return null;
              const style = edgeStyle(e);
              return (
                <line
                  key={e.key}
                  {...shiftedLine(a, b, offsets.get(e.key) ?? 0)}
                  className={`lantern-edge lantern-edge--${e.kind}`}
                  strokeWidth={style.width}
                  strokeDasharray={style.dash}
                />
              );
            })}
          </g>
          <g className="lantern-network-nodes">
            {network.nodes.map((n) => {
              const p = at(n.key);
              if (!p) return null;
              const label = labels.get(n.key)!;
              const isRoot = n.key === network.root;
              return (
                <g
                  key={n.key}
                  className={`lantern-node lantern-node--${n.type}${isRoot ? ' lantern-node--root' : ''}`}
                >
                  {isRoot && <circle cx={p.x} cy={p.y} r={RING_RADIUS} className="lantern-node-ring" />}
                  {n.type === 'youth' ? (
                    <circle cx={p.x} cy={p.y} r={NODE_RADIUS} />
                  ) : (
                    <rect
                      x={p.x - NODE_RADIUS * 0.85}
                      y={p.y - NODE_RADIUS * 0.85}
                      width={NODE_RADIUS * 1.7}
                      height={NODE_RADIUS * 1.7}
                    />
                  )}
                  <rect
                    {...labelBox({ ...label, name: n.label, ref: n.ref })}
                    rx={3}
                    className="lantern-node-label-bg"
                  />
                  <text x={label.x} y={label.nameY} textAnchor={label.anchor} className="lantern-node-label">
                    {n.label}
                  </text>
                  <text x={label.x} y={label.refY} textAnchor={label.anchor} className="lantern-node-ref">
                    {n.ref}
                  </text>
                </g>
              );
            })}
          </g>
        </svg>
      </div>
      <figcaption>
        <NetworkLegend />
      </figcaption>
    </figure>
  );
}

/** Each record's labels, placed away from its connections. */
function placeLabels(
  network: Network,
  positions: ReadonlyMap<string, Point>,
  centre: Point,
): Map<string, LabelPlacement> {
  // Each connected record once, however many ways the two are connected.
  const neighbours = new Map<string, Set<string>>();
  const add = (from: string, to: string) => neighbours.set(from, (neighbours.get(from) ?? new Set()).add(to));
  for (const e of network.edges) {
    add(e.source, e.target);
    add(e.target, e.source);
  }
  const labels = new Map<string, LabelPlacement>();
  for (const n of network.nodes) {
    const p = positions.get(n.key);
    if (!p) continue;
    const near = [...(neighbours.get(n.key) ?? [])].flatMap((key) => positions.get(key) ?? []);
    const radius = n.key === network.root ? RING_RADIUS : NODE_RADIUS;
    labels.set(n.key, labelAnchor(p, labelDirection(p, near, centre), radius));
  }
  return labels;
}

function NetworkLegend() {
  const { t } = useTranslation();
  const swatch = (children: ReactNode) => (
    <svg width="44" height="24" viewBox="0 0 44 24" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
  const line = (kind: string, width: number, dash?: string) =>
    swatch(
      <line
        x1="2"
        y1="12"
        x2="42"
        y2="12"
        className={`lantern-edge lantern-edge--${kind}`}
        strokeWidth={width}
        strokeDasharray={dash}
      />,
    );
  return (
    <ul className="lantern-network-legend" aria-label={t('persons.network.legend')}>
      <li>
        {swatch(<circle cx="22" cy="12" r="9" className="lantern-legend-youth" />)}
        {t('persons.network.legendYouth')}
      </li>
      <li>
        {swatch(<rect x="13" y="3" width="18" height="18" className="lantern-legend-person" />)}
        {t('persons.network.legendPerson')}
      </li>
      <li>
        {line('link', 2.5)}
        {t('persons.network.legendLink')}
      </li>
      <li>
        {line('allegation', 3)}
        {t('persons.network.legendAllegation')}
      </li>
      <li>
        {line('shared_identifier', 2, '7 5')}
        {t('persons.network.legendPhone')}
      </li>
      <li>
        {line('shared_identifier', 2, '2 4')}
        {t('persons.network.legendHandle')}
      </li>
    </ul>
  );
}
