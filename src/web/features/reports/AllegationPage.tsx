import { useState, type ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@trussworks/react-uswds';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import { Loading, SuccessMessage } from '@web/ui/alerts';
import { formatDateTime } from '@web/ui/format';
import { PageHeading } from '@web/ui/PageHeading';
import { AllegationHistory } from './AllegationHistory';
import { AmendAllegationForm } from './AmendAllegationForm';
import { allegationQueryOptions, type AllegationWithHistory } from './api';
import { DispositionPanel } from './DispositionPanel';
import { ExploitationSummary } from './ExploitationSummary';
import { Fact } from './Fact';
import { LoadProblem } from './LoadProblem';
import { allegationForm } from './recordText';
import './reports.css';

const route = getRouteApi('/session/signed-in/allegations/$allegationId');

/** One allegation: its facts, exploitation details, disposition, and every revision. */
export function AllegationPage(): ReactElement {
  const { allegationId } = route.useParams();
  const allegation = useQuery(allegationQueryOptions(allegationId));
  if (allegation.isError) return <LoadProblem error={allegation.error} />;
  if (allegation.isPending) return <Loading />;
  return <AllegationView allegation={allegation.data} />;
}

function AllegationView({ allegation }: { allegation: AllegationWithHistory }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const canWrite = hasAbility(me, 'reports.write');
  const [amending, setAmending] = useState(false);
  const [amended, setAmended] = useState<string | null>(null);
  const form = allegationForm(allegation, t);
  const person = allegation.personOfInterest?.displayName ?? allegation.perpetratorName;

  const closeAmend = (message: string | null) => {
    setAmending(false);
    setAmended(message);
    setTimeout(() => document.getElementById('allegation-amend')?.focus(), 0);
  };

  return (
    <>
      <PageHeading title={t('allegations.page.title', { form, youth: allegation.youthName })} />
      <p>
        <Link to="/reports/$reportId" params={{ reportId: allegation.reportId }} className="usa-link">
          {t('allegations.page.backToReport', { ref: allegation.reportRef })}
        </Link>
      </p>
      {amended && <SuccessMessage>{amended}</SuccessMessage>}
      <section aria-labelledby="facts-heading" className="lantern-readable">
        <h2 id="facts-heading">{t('allegations.page.factsHeading')}</h2>
        <dl className="lantern-facts">
          <Fact term={t('allegations.fields.youth')}>
            <Link to="/youth/$id" params={{ id: allegation.youthId }} className="usa-link">
              {allegation.youthName}
            </Link>
          </Fact>
          <Fact term={t('allegations.fields.category')}>{t(`vocab.category.${allegation.category}`)}</Fact>
          {allegation.subcategory && (
            <Fact term={t('allegations.fields.subcategory')}>
              {t(`vocab.subcategory.${allegation.subcategory}`)}
            </Fact>
          )}
          <Fact term={t('allegations.fields.perpetratorKind')}>
            {t(`vocab.perpetratorKind.${allegation.perpetratorKind}`)}
            {person && ` — ${person}`}
          </Fact>
          <Fact term={t('allegations.fields.report')}>
            {t('allegations.page.reportReceived', {
              ref: allegation.reportRef,
              when: formatDateTime(allegation.reportReceivedAt, i18n.language),
            })}
          </Fact>
          <Fact term={t('allegations.fields.updatedAt')}>
            {formatDateTime(allegation.updatedAt, i18n.language)}
          </Fact>
        </dl>
        {canWrite && !amending && (
          <Button
            type="button"
            outline
            id="allegation-amend"
            onClick={() => {
              setAmended(null);
              setAmending(true);
            }}
          >
            {t('allegations.amend.open')}
          </Button>
        )}
      </section>
      {amending && <AmendAllegationForm allegation={allegation} onDone={closeAmend} />}

      {allegation.exploitation && (
        <section aria-labelledby="exploitation-heading" className="lantern-section lantern-readable">
          <h2 id="exploitation-heading">{t('allegations.exploitation.legend')}</h2>
          <ExploitationSummary details={allegation.exploitation} subcategory={allegation.subcategory} />
        </section>
      )}

      <DispositionPanel allegation={allegation} canWrite={canWrite} />
      <AllegationHistory history={allegation.history} />
    </>
  );
}
