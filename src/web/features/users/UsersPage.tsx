import { useRef, useState, type ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import { ApiErrorAlert, Loading } from '@web/ui/alerts';
import { PageHeading } from '@web/ui/PageHeading';
import { Pager } from '@web/ui/Pager';
import { USERS_PAGE_SIZE, usersQueryOptions, type User } from './api';
import { CreateUserForm } from './CreateUserForm';
import { EditUserPanel } from './EditUserPanel';
import { UserFilters } from './UserFilters';
import { UsersTable } from './UsersTable';

const route = getRouteApi('/session/signed-in/admin/users');

/** Everyone with an account in the jurisdictions this person administers. */
export function UsersPage(): ReactElement {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const users = useQuery(usersQueryOptions(search));
  const canManage = hasAbility(me, 'users.manage');
  const [editing, setEditing] = useState<User | null>(null);
  const openedFrom = useRef<HTMLButtonElement | null>(null);

  const closeEditor = () => {
    setEditing(null);
    openedFrom.current?.focus();
  };

  return (
    <>
      <PageHeading title={t('users.title')} />
      <p className="usa-intro">{canManage ? t('users.introManage') : t('users.introRead')}</p>
      <UserFilters
        key={JSON.stringify(search)}
        search={search}
        onApply={(next) => navigate({ search: next })}
      />
      {users.isError && <ApiErrorAlert error={users.error} />}
      {users.isPending && <Loading />}
      {users.data && (
        <>
          <UsersTable
            users={users.data.items}
            total={users.data.total}
            offset={search.offset ?? 0}
            canManage={canManage}
            onEdit={(user, button) => {
              openedFrom.current = button;
              setEditing(user);
            }}
          />
          <Pager
            offset={search.offset ?? 0}
            limit={USERS_PAGE_SIZE}
            total={users.data.total}
            label={t('users.table.pages')}
            onPage={(offset) => navigate({ search: { ...search, offset: offset || undefined } })}
          />
        </>
      )}
      {editing && <EditUserPanel key={editing.id} user={editing} onClose={closeEditor} />}
      {canManage && <CreateUserForm />}
    </>
  );
}
