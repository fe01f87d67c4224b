import { Link } from '@tanstack/react-router';
import type { NetworkNode } from './api';

/** A link to a youth's page. */
export function YouthLink({ id, name }: { id: string; name: string }) {
  return (
    <Link to="/youth/$id" params={{ id }} className="usa-link">
      {name}
    </Link>
  );
}

/** A link to a person of interest's page. */
export function PersonLink({ id, name }: { id: string; name: string }) {
  return (
    <Link to="/persons/$personId" params={{ personId: id }} className="usa-link">
      {name}
    </Link>
  );
}

/** A network record's name, linking to its page. */
export function NodeLink({ node }: { node: NetworkNode }) {
  return node.type === 'youth' ? (
    <YouthLink id={node.id} name={node.label} />
  ) : (
    <PersonLink id={node.id} name={node.label} />
  );
}
