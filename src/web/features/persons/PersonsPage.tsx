import { useState, type FormEvent, type ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button, Form, Table } from '@trussworks/react-uswds';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import { ApiErrorAlert, Loading } from '@web/ui/alerts';
import { TextField } from '@web/ui/fields';
import { PageHeading } from '@web/ui/PageHeading';
import { TableRegion } from '@web/ui/TableRegion';
import { personsSearchQueryOptions, type PersonSummary } from './api';
import './persons.css';

const route = getRouteApi('/session/signed-in/persons');

/** Find a person of interest by name, moniker, phone or handle; or record a new one. */
export function PersonsPage(): ReactElement {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const results = useQuery(personsSearchQueryOptions(search));

  return (
    <>
      <PageHeading title={t('persons.title')} />
      <p className="usa-intro">{t('persons.intro')}</p>
      {hasAbility(me, 'persons.write') && (
        <p>
          <Link to="/persons/new" className="usa-button">
            {t('persons.create.link')}
          </Link>
        </p>
      )}
      <PersonSearchForm
        key={search.q ?? ''}
        initial={search.q ?? ''}
        onSearch={(q) => navigate({ search: q ? { q } : {} })}
      />
      {results.isError && <ApiErrorAlert error={results.error} />}
      {results.isPending && <Loading />}
      {results.data && <PersonsTable persons={results.data} query={search.q} />}
    </>
  );
}

function PersonSearchForm({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(initial);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(q.trim());
  };
  return (
    <Form onSubmit={submit} role="search" aria-label={t('persons.search.label')} className="lantern-filters">
      <TextField
        id="persons-q"
        type="search"
        label={t('persons.search.label')}
        hint={t('persons.search.hint')}
        optional
        maxLength={100}
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      <Button type="submit">{t('persons.search.submit')}</Button>
      {initial && (
        <Button type="button" unstyled onClick={() => onSearch('')}>
          {t('persons.search.clear')}
        </Button>
      )}
    </Form>
  );
}

function PersonsTable({ persons, query }: { persons: readonly PersonSummary[]; query: string | undefined }) {
  const { t } = useTranslation();
  const heading = query ? t('persons.table.results', { q: query }) : t('persons.table.recent');
  const caption = (
    <>
      {heading}{' '}
      <span className="lantern-caption-detail">
        {persons.length === 0
          ? t('persons.table.empty')
          : t('persons.table.count', { count: persons.length })}
      </span>
    </>
  );
  return (
    <TableRegion label={heading}>
      <Table fullWidth caption={caption}>
        <thead>
          <tr>
            <th scope="col">{t('persons.table.name')}</th>
            <th scope="col">{t('persons.table.ref')}</th>
            <th scope="col">{t('persons.table.otherNames')}</th>
            <th scope="col">{t('persons.table.age')}</th>
            <th scope="col">{t('persons.table.linkedYouth')}</th>
            {query && <th scope="col">{t('persons.table.matched')}</th>}
            <th scope="col">{t('persons.table.county')}</th>
          </tr>
        </thead>
        <tbody>
          {persons.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                <Link to="/persons/$personId" params={{ personId: person.id }} className="usa-link">
                  {person.displayName}
                </Link>
              </th>
              <td>{person.ref}</td>
              <td>{person.otherNames.length ? person.otherNames.join(', ') : t('persons.none')}</td>
              <td>{person.approximateAge ?? t('persons.unknown')}</td>
              <td>{person.linkedYouthCount}</td>
              {query && <td>{person.matched.map((m) => t(`persons.matched.${m}`)).join(', ')}</td>}
              <td>{person.jurisdictionName}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableRegion>
  );
}
