import { useState, type ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@trussworks/react-uswds';
import { parseInstrument } from '@domain/identification/instrument.validate';
import type { Instrument } from '@domain/identification/instrument';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import { LoadProblem } from '@web/features/reports/LoadProblem';
import { Loading, SuccessMessage } from '@web/ui/alerts';
import { PageHeading } from '@web/ui/PageHeading';
import { AmendScreening } from './AmendScreening';
import { AnswerList } from './AnswerList';
import { instrumentLanguage } from './answerText';
import { instrumentVersionQueryOptions, screeningQueryOptions, type ScreeningWithHistory } from './api';
import { DeterminationList } from './DeterminationList';
import { FormFindings } from './FormFindings';
import { NextSteps } from './NextSteps';
import { RuleFindings } from './RuleFindings';
import { ScreeningFacts } from './ScreeningFacts';
import { ScreeningHistory } from './ScreeningHistory';
import './result.css';

const route = getRouteApi('/session/signed-in/screenings/$screeningId');
export const AMEND_BUTTON_ID = 'screening-amend';

/**
 * One screening: what was asked and answered, with the labels of the exact instrument version used; what
 * was found per form, which rules came out true and why, the determinations, the next steps, and every
 * amendment. Prints as a paper copy (result.css).
 */
export function ScreeningPage(): ReactElement {
  const { screeningId } = route.useParams();
  const screening = useQuery(screeningQueryOptions(screeningId));
  const instrument = useQuery({
    ...instrumentVersionQueryOptions(
      screening.data?.instrument ?? { key: 'pending', version: 1, origin: 'builtin' },
    ),
    enabled: Boolean(screening.data),
  });
  if (screening.isError) return <LoadProblem error={screening.error} />;
  if (instrument.isError) return <LoadProblem error={instrument.error} />;
  if (screening.isPending || instrument.isPending) return <Loading />;
  const parsed = parseInstrument(instrument.data.definition);
  if (!parsed.ok) return <UnreadableInstrument />;
  return <ScreeningView screening={screening.data} instrument={parsed.instrument} />;
}

function UnreadableInstrument() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('screeningResult.page.titleFallback')} />
      <Alert type="error" headingLevel="h2" heading={t('errors.heading')} role="alert">
        {t('screeningResult.page.unreadable')}
      </Alert>
    </>
  );
}

function ScreeningView({
  screening,
  instrument,
}: {
  screening: ScreeningWithHistory;
  instrument: Instrument;
}) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const lang = instrumentLanguage(i18n.language);
  const [amending, setAmending] = useState(false);
  const [amended, setAmended] = useState<string | null>(null);
  const canAmend = hasAbility(me, 'screenings.write');
  const title = t('screeningResult.page.title', {
    instrument: screening.instrument.title[lang],
    youth: screening.youth.displayName,
  });

  const closeAmend = (message: string | null) => {
    setAmending(false);
    setAmended(message);
    setTimeout(() => document.getElementById(AMEND_BUTTON_ID)?.focus(), 0);
  };

  return (
    <div className="lantern-screening">
      <p className="lantern-print-notice lantern-print-only">{t('youth.print.confidential')}</p>
      <PageHeading title={title} />
      {amended && <SuccessMessage>{amended}</SuccessMessage>}
      <ScreeningFacts screening={screening} lang={lang} />
      <div
        role="group"
        aria-label={t('screeningResult.page.actions')}
        className="lantern-screening-actions lantern-no-print"
      >
        <ul className="usa-button-group">
          {canAmend && !amending && (
            <li className="usa-button-group__item">
              <Button
                type="button"
                outline
                id={AMEND_BUTTON_ID}
                onClick={() => {
                  setAmended(null);
                  setAmending(true);
                }}
              >
                {t('screeningResult.amend.open')}
              </Button>
            </li>
          )}
          <li className="usa-button-group__item">
            <Button type="button" outline onClick={() => window.print()}>
              {t('screeningResult.page.print')}
            </Button>
          </li>
        </ul>
      </div>
      {amending && <AmendScreening screening={screening} instrument={instrument} onDone={closeAmend} />}
      <FormFindings screening={screening} instrument={instrument} lang={lang} />
      <RuleFindings screening={screening} instrument={instrument} lang={lang} />
      {screening.result.determination && (
        <DeterminationList determination={screening.result.determination} lang={lang} />
      )}
      <NextSteps screening={screening} instrument={instrument} lang={lang} />
      <AnswerList screening={screening} instrument={instrument} lang={lang} />
      <ScreeningHistory history={screening.history} instrument={instrument} lang={lang} />
    </div>
  );
}
