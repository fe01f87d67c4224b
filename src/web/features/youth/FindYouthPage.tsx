import type { ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import { ApiErrorAlert } from '@web/ui/alerts';
import { PageHeading } from '@web/ui/PageHeading';
import { hasSearchTerms, YOUTH_SEARCH_LIMIT, youthSearchQueryOptions } from './api';
import { YouthResultsTable } from './YouthResultsTable';
import { YouthSearchForm } from './YouthSearchForm';
import './youth.css';

const route = getRouteApi('/session/signed-in/youth');

/** Find a youth by name, other name, phone, handle or date of birth, before adding one. */
export function FindYouthPage(): ReactElement {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const results = useQuery(youthSearchQueryOptions(search));
  const searching = hasSearchTerms(search);
  const items = results.data ?? [];

  let status = '';
  if (searching && results.isFetching) status = t('youth.find.searching');
  else if (searching && results.isSuccess) {
    status =
      items.length === 0
        ? t('youth.find.noneFound')
        : `${t('youth.find.found', { count: items.length })}${
            items.length >= YOUTH_SEARCH_LIMIT
              ? ` ${t('youth.find.narrow', { count: YOUTH_SEARCH_LIMIT })}`
              : ''
          }`;
  }

  return (
    <>
      <PageHeading title={t('youth.find.title')} />
      <p className="usa-intro">{t('youth.find.intro')}</p>
      {hasAbility(me, 'youth.write') && (
        <p>
          <Link to="/youth/new" className="usa-button usa-button--outline">
            {t('youth.find.add')}
          </Link>
        </p>
      )}
      <YouthSearchForm
        key={JSON.stringify(search)}
        search={search}
        byIdentifiers={hasAbility(me, 'youth.sensitive.identifiers')}
        onApply={(next) => navigate({ search: next })}
      />
      <p role="status" className="lantern-search-status">
        {status}
      </p>
      {results.isError && <ApiErrorAlert error={results.error} />}
      {searching && items.length > 0 && <YouthResultsTable items={items} />}
      {searching && results.isSuccess && items.length === 0 && hasAbility(me, 'youth.write') && (
        <p>{t('youth.find.noneFoundAdd')}</p>
      )}
    </>
  );
}
