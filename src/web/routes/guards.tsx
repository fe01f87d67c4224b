import type { ComponentType, ReactElement } from 'react';
import type { Permission } from '@domain/access/roles';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import { ForbiddenPage } from '@web/ui/NotFoundPage';

/**
 * A page only for people holding an ability. Others see a plain "You do not have access to this." page;
 * nothing of the page itself is rendered or fetched.
 *
 * Pages passed here declare their return type (`(): ReactElement`): they read their own route's search
 * through the registered router, and an inferred return type would make that type depend on itself.
 */
export function requireAbility(ability: Permission, Page: ComponentType): () => ReactElement {
  function Guarded() {
    const me = useCurrentUser();
    return hasAbility(me, ability) ? <Page /> : <ForbiddenPage />;
  }
  Guarded.displayName = `RequireAbility(${ability})`;
  return Guarded;
}
