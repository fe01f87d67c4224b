/**
 * The network view: who is connected to a youth or a person of interest through links, allegations and
 * shared phones or handles, so a coordinator can find other youth who may need help. One scoped
 * transaction; the read is audited with every record it showed.
 */
import { can } from '../../../domain/access/roles';
import { writeAudit } from '../../platform/audit';
import type { UseCaseContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { inScope } from '../../platform/scope';
import { explore, nodeKey, summariseEdges } from './persons.network';
import { describeNodes, neighbours, rootExists } from './persons.network.repository';
import { NETWORK_MAX_NODES, type Network, type NetworkQuery } from './persons.schemas';
import { visibleFor } from './persons.service';

export function readNetwork(ctx: UseCaseContext, query: NetworkQuery): Promise<Network> {
  const { auth, services, meta } = ctx;
  const scopeIds = auth.scope.jurisdictionIds;
  const visible = visibleFor(ctx);
  const root = query.youthId ? nodeKey('youth', query.youthId) : nodeKey('person', query.personId!);
  const revealValues = can(auth.user.role, 'youth.sensitive.identifiers');
  return inScope(services.database.db, auth.scope, async (tx) => {
    const jurisdictionId = await rootExists(tx, root, scopeIds, visible);
    if (jurisdictionId === null)
      throw notFound(
        query.youthId
          ? 'There is no such youth, or you do not have access to their record.'
          : 'There is no such person of interest, or it is outside your jurisdiction.',
      );
    const explored = await explore(root, query.depth, NETWORK_MAX_NODES, (frontier) =>
      neighbours(tx, frontier, scopeIds, visible),
    );
    const nodes = await describeNodes(tx, explored.distances, scopeIds, visible);
    const shown = new Set(nodes.map((n) => n.key));
    const edges = summariseEdges(explored, { revealValues }).filter(
      (e) => shown.has(e.source) && shown.has(e.target),
    );
    await writeAudit(tx, {
      action: 'person.network_read',
      actor: auth.actor,
      jurisdictionId,
      entityType: query.youthId ? 'youth' : 'person_of_interest',
      entityId: query.youthId ?? query.personId!,
      meta: {
        requestId: meta.requestId,
        depth: query.depth,
        youthIds: nodes.filter((n) => n.type === 'youth').map((n) => n.id),
        personIds: nodes.filter((n) => n.type === 'person').map((n) => n.id),
        valuesShown: revealValues,
      },
    });
    return {
      root,
      depth: query.depth,
      nodes,
      edges,
      truncated: explored.truncated,
      valuesShown: revealValues,
    };
  });
}
