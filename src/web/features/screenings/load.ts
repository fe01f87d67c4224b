import type { QueryClient } from '@tanstack/react-query';
import type { Me } from '@server/modules/auth/auth.schemas';
import { hasAbility } from '@web/features/auth/session';
import { loadYouthPage, type YouthPage } from '@web/features/youth/api';

/**
 * The screening runner's route loader: the youth (name and languages) for someone who may screen; nothing
 * for anyone else, who sees "You do not have access" without the youth's record being read.
 */
export function loadScreenYouth(queryClient: QueryClient, me: Me, id: string): Promise<YouthPage | null> {
  return hasAbility(me, 'screenings.write') ? loadYouthPage(queryClient, id) : Promise.resolve(null);
}
