import { useRef, useState, type ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import { ApiErrorAlert, Loading } from '@web/ui/alerts';
import { PageHeading } from '@web/ui/PageHeading';
import { AgenciesTable } from './AgenciesTable';
import { AgencyFilters } from './AgencyFilters';
import { agenciesQueryOptions, type Agency } from './api';
import { CreateAgencyForm } from './CreateAgencyForm';
import { EditAgencyPanel } from './EditAgencyPanel';

const route = getRouteApi('/session/signed-in/admin/agencies');

/** The agencies of the jurisdictions this person may see: county departments and their partners. */
export function AgenciesPage(): ReactElement {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const agencies = useQuery(agenciesQueryOptions(search));
  const canManage = hasAbility(me, 'agencies.manage');
  const [editing, setEditing] = useState<Agency | null>(null);
  const openedFrom = useRef<HTMLButtonElement | null>(null);

  const closeEditor = () => {
    setEditing(null);
    openedFrom.current?.focus();
  };

  return (
    <>
      <PageHeading title={t('agencies.title')} />
      <p className="usa-intro">{canManage ? t('agencies.introManage') : t('agencies.introRead')}</p>
      <AgencyFilters
        key={JSON.stringify(search)}
        search={search}
        onApply={(next) => navigate({ search: next })}
      />
      {agencies.isError && <ApiErrorAlert error={agencies.error} />}
      {agencies.isPending && <Loading />}
      {agencies.data && (
        <AgenciesTable
          agencies={agencies.data}
          canManage={canManage}
          onEdit={(agency, button) => {
            openedFrom.current = button;
            setEditing(agency);
          }}
        />
      )}
      {editing && <EditAgencyPanel key={editing.id} agency={editing} onClose={closeEditor} />}
      {canManage && <CreateAgencyForm />}
    </>
  );
}
