import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  User,
  createUserBody,
  listUsersResponse,
  updateUserBody,
} from '@server/modules/users/users.schemas';
import { api } from '@web/api/client';
import type { UsersSearch } from '@web/routes/search';

export type { User };
type UserList = z.infer<typeof listUsersResponse>;
export type CreateUserBody = z.input<typeof createUserBody>;
export type UpdateUserBody = z.input<typeof updateUserBody>;

export const USERS_PAGE_SIZE = 25;

export const userKeys = {
  all: ['users'] as const,
  list: (filters: UsersSearch) => ['users', 'list', filters] as const,
};

export function usersQueryOptions(filters: UsersSearch) {
  return queryOptions({
    queryKey: userKeys.list(filters),
    queryFn: ({ signal }) =>
      api<UserList>('/api/v1/users', {
        query: {
          q: filters.q,
          role: filters.role,
          active: filters.active,
          limit: USERS_PAGE_SIZE,
          offset: filters.offset ?? 0,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function createUser(body: CreateUserBody, idempotencyKey: string): Promise<User> {
  return api('/api/v1/users', { method: 'POST', body, idempotencyKey });
}

export function updateUser(id: string, body: UpdateUserBody): Promise<User> {
  return api(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}
