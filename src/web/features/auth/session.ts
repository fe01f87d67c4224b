import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import type { Me } from '@server/modules/auth/auth.schemas';
import type { Permission } from '@domain/access/roles';
import { isApiError } from '@web/api/client';
import { adoptAccountLocale } from '@web/i18n';
import { meQueryKey, meQueryOptions, signOut } from './api';

/** The signed-in person, or null. Undefined only while the first check is in flight. */
export function useMe(): Me | null | undefined {
  return useQuery(meQueryOptions).data;
}

/** For pages inside the signed-in area, which only render while there is a session. */
export function useCurrentUser(): Me {
  const me = useMe();
  if (!me) throw new Error('useCurrentUser is only available inside the signed-in area.');
  return me;
}

export function hasAbility(me: Me | null | undefined, ability: Permission): boolean {
  return me?.abilities.includes(ability) ?? false;
}

/** A new session began (or the current one changed): remember who is signed in and speak their language. */
export async function startSession(queryClient: QueryClient, me: Me): Promise<void> {
  queryClient.setQueryData(meQueryKey, me);
  await adoptAccountLocale(me.user.locale);
}

/** Forget everything fetched for the previous person. */
export function endSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, null);
}

/** Sign out of this browser. An already-expired session counts as signed out. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: async () => {
      try {
        await signOut();
      } catch (error) {
        if (!isApiError(error, 401)) throw error;
      }
    },
    onSuccess: async () => {
      endSession(queryClient);
      await router.navigate({ to: '/sign-in' });
    },
  });
}
