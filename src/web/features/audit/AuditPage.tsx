import type { ReactElement } from 'react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button, Table } from '@trussworks/react-uswds';
import { jurisdictionName, jurisdictionsQueryOptions } from '@web/features/jurisdictions/api';
import { ApiErrorAlert, Loading } from '@web/ui/alerts';
import { PageHeading } from '@web/ui/PageHeading';
import { TableRegion } from '@web/ui/TableRegion';
import { auditQueryOptions } from './api';
import { AuditEventRows } from './AuditEventRows';
import { AuditFilters } from './AuditFilters';

const route = getRouteApi('/session/signed-in/audit');

/** Who did what, to which record, and when: newest first, older on request. */
export function AuditPage(): ReactElement {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const audit = useInfiniteQuery(auditQueryOptions(search));
  const jurisdictions = useQuery(jurisdictionsQueryOptions);
  const events = audit.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeading title={t('audit.title')} />
      <p className="usa-intro">{t('audit.intro')}</p>
      <AuditFilters
        key={JSON.stringify(search)}
        search={search}
        onApply={(next) => navigate({ search: next })}
      />
      {audit.isError && <ApiErrorAlert error={audit.error} />}
      {audit.isPending && <Loading />}
      {audit.data && (
        <>
          <TableRegion label={t('audit.table.caption')}>
            <Table fullWidth caption={t('audit.table.caption')}>
              <thead>
                <tr>
                  <th scope="col">{t('audit.table.time')}</th>
                  <th scope="col">{t('audit.table.actor')}</th>
                  <th scope="col">{t('audit.table.action')}</th>
                  <th scope="col">{t('audit.table.entity')}</th>
                  <th scope="col">{t('audit.table.jurisdiction')}</th>
                  <th scope="col">{t('audit.table.details')}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((event) => (
                  <AuditEventRows
                    key={event.seq}
                    event={event}
                    jurisdiction={jurisdictionName(jurisdictions.data, event.jurisdictionId)}
                  />
                ))}
              </tbody>
            </Table>
          </TableRegion>
          <p role="status" className="lantern-caption-detail">
            {events.length === 0 ? t('audit.empty') : t('audit.shown', { count: events.length })}
          </p>
          {audit.hasNextPage ? (
            <Button
              type="button"
              outline
              onClick={() => !audit.isFetchingNextPage && void audit.fetchNextPage()}
              aria-busy={audit.isFetchingNextPage}
            >
              {t('audit.older')}
            </Button>
          ) : (
            events.length > 0 && <p>{t('audit.noOlder')}</p>
          )}
        </>
      )}
    </>
  );
}
