import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Table } from '@trussworks/react-uswds';
import { formatPhone } from '@web/ui/format';
import { TableRegion } from '@web/ui/TableRegion';
import type { Network, NetworkEdge, NetworkNode } from './api';
import { connectionRows } from './connections';
import { NodeLink } from './RecordLinks';

/** Every connection in the network as a sentence-like row: "Youth A — shares a phone number with — Person B". */
export function NetworkTable({ network }: { network: Network }) {
  const { t } = useTranslation();
  const rows = connectionRows(network);
  const caption = t('persons.network.tableCaption');
  if (rows.length === 0) return <p>{t('persons.network.noConnections', { count: network.depth })}</p>;
  return (
    <TableRegion label={caption}>
      <Table fullWidth caption={caption}>
        <thead>
          <tr>
            <th scope="col">{t('persons.network.from')}</th>
            <th scope="col">{t('persons.network.connection')}</th>
            <th scope="col">{t('persons.network.to')}</th>
            {network.valuesShown && <th scope="col">{t('persons.network.sharedValues')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ edge, from, to }) => (
            <tr key={edge.key}>
              <td>
                <NodeCell node={from} />
              </td>
              <td>{connectionText(edge, t)}</td>
              <td>
                <NodeCell node={to} />
              </td>
              {network.valuesShown && <td>{sharedValues(edge) ?? '—'}</td>}
            </tr>
          ))}
        </tbody>
      </Table>
    </TableRegion>
  );
}

function NodeCell({ node }: { node: NetworkNode }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="lantern-secondary-text">{t(`persons.network.type.${node.type}`)} </span>
      <NodeLink node={node} /> <span className="lantern-secondary-text">{node.ref}</span>
    </>
  );
}

function connectionText(edge: NetworkEdge, t: TFunction): string {
  if (edge.kind === 'link')
    return t('persons.network.edge.link', {
      relationship: t(`vocab.exploiterRelationship.${edge.relationship ?? 'unknown'}`),
    });
  if (edge.kind === 'allegation')
    return t('persons.network.edge.allegation', { count: edge.allegationCount ?? 1 });
  return edge.identifierKind === 'handle'
    ? t('persons.network.edge.handle')
    : t('persons.network.edge.phone');
}

/** The phone numbers (written as on a person's page) or handles two records share. */
function sharedValues(edge: NetworkEdge): string | null {
  if (!edge.values) return null;
  return (edge.identifierKind === 'phone' ? edge.values.map(formatPhone) : edge.values).join(', ');
}
