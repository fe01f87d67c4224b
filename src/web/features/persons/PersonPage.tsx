import { useRef, useState, type ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@trussworks/react-uswds';
import { isApiError } from '@web/api/client';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import { ApiErrorAlert, Loading } from '@web/ui/alerts';
import { ForbiddenPage, NotFoundPage } from '@web/ui/NotFoundPage';
import { PageHeading } from '@web/ui/PageHeading';
import { personPageQueryOptions } from './api';
import './persons.css';
import { EditPersonPanel } from './EditPersonPanel';
import { LinkedYouth } from './LinkedYouth';
import { PersonAllegations } from './PersonAllegations';
import { PersonDetails } from './PersonDetails';

const route = getRouteApi('/session/signed-in/persons/$personId');

/** One person of interest: what is known, the youth linked to them, and the allegations naming them. */
export function PersonPage(): ReactElement {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { personId } = route.useParams();
  const page = useQuery(personPageQueryOptions(personId));
  const canWrite = hasAbility(me, 'persons.write');
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  if (page.isPending) return <Loading />;
  if (isApiError(page.error, 404)) return <NotFoundPage />;
  if (isApiError(page.error, 403)) return <ForbiddenPage />;
  if (page.isError) {
    return (
      <>
        <PageHeading title={t('persons.title')} />
        <ApiErrorAlert error={page.error} />
      </>
    );
  }
  const { person, links, allegations } = page.data;

  return (
    <>
      <p className="lantern-breadcrumb">
        <Link to="/persons" className="usa-link">
          {t('persons.title')}
        </Link>
      </p>
      <PageHeading title={t('persons.page.title', { name: person.displayName, ref: person.ref })}>
        {person.displayName} <span className="lantern-secondary-text">{person.ref}</span>
      </PageHeading>
      <p className="usa-intro">{t('persons.page.intro')}</p>
      <p>
        <Link to="/network" search={{ personId: person.id }} className="usa-button usa-button--outline">
          {t('persons.page.network')}
        </Link>
        {canWrite && !editing && (
          <Button type="button" ref={editButton} onClick={() => setEditing(true)}>
            {t('persons.page.edit')}
          </Button>
        )}
      </p>
      {editing && (
        <EditPersonPanel
          key={person.id}
          person={person}
          onClose={() => {
            setEditing(false);
            setTimeout(() => editButton.current?.focus(), 0);
          }}
        />
      )}
      <section aria-labelledby="person-details-heading" className="lantern-section">
        <h2 id="person-details-heading">{t('persons.page.details')}</h2>
        <PersonDetails person={person} />
      </section>
      <LinkedYouth personId={person.id} personName={person.displayName} links={links} canWrite={canWrite} />
      <PersonAllegations allegations={allegations} personName={person.displayName} />
    </>
  );
}
