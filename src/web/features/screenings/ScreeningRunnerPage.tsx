import { useMemo, useState, type ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '@trussworks/react-uswds';
import { parseInstrument } from '@domain/identification/instrument.validate';
import type { ScreeningContext } from '@domain/identification/forms';
import { displayName } from '@web/features/youth/display';
import { useFocusAfterRender } from '@web/features/youth/formParts';
import type { Youth } from '@web/features/youth/api';
import { ApiErrorAlert, Loading } from '@web/ui/alerts';
import type { FormErrors } from '@web/ui/formErrors';
import { ForbiddenPage } from '@web/ui/NotFoundPage';
import { PageHeading } from '@web/ui/PageHeading';
import { instrumentLanguage } from './answerText';
import { instrumentsQueryOptions, instrumentVersionQueryOptions, type InstrumentSummary } from './api';
import { emptyWork, Runner, type Work } from './Runner';
import { RunnerSetup } from './RunnerSetup';
import { recordedLanguage } from './runner';
import { setupErrors } from './runnerText';
import { checkSetup, initialSetup, type SetupDraft } from './setup';
import './screenings.css';

const route = getRouteApi('/session/signed-in/youth/$id/screen');

/** Take a screening with a youth: the setup, the questions step by step, the review and the save. */
export function ScreeningRunnerPage(): ReactElement {
  const page = route.useLoaderData();
  // The loader reads the youth only for someone who may screen (the route's guard says the same).
  return page ? <ScreenYouth youth={page.youth} /> : <ForbiddenPage />;
}

function ScreenYouth({ youth }: { youth: Youth }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const instruments = useQuery(instrumentsQueryOptions());
  return (
    <>
      <PageHeading title={t('screenings.runner.title', { name: displayName(youth) })} />
      <p className="usa-intro">{t('screenings.runner.intro')}</p>
      {instruments.isPending && <Loading />}
      {instruments.isError && <ApiErrorAlert error={instruments.error} />}
      {instruments.data &&
        (instruments.data.length === 0 ? (
          <Alert type="info" headingLevel="h2" slim>
            {t('screenings.setup.noInstruments')}
          </Alert>
        ) : (
          <ScreeningFlow key={youth.id} youth={youth} instruments={instruments.data} preselect={search} />
        ))}
    </>
  );
}

interface FlowProps {
  youth: Youth;
  instruments: readonly InstrumentSummary[];
  preselect: { instrument?: string; context?: ScreeningContext };
}

const sameVersion = (a: InstrumentSummary, b: InstrumentSummary) =>
  a.key === b.key && a.version === b.version && a.origin === b.origin;

/** The setup, then the runner; going back to the setup keeps the answers unless the instrument changes. */
function ScreeningFlow({ youth, instruments, preselect }: FlowProps) {
  const { t, i18n } = useTranslation();
  const focusLater = useFocusAfterRender();
  const recorded = recordedLanguage(youth.languages);
  const [setup, setSetup] = useState<SetupDraft>(() =>
    initialSetup(new Date(), recorded ?? instrumentLanguage(i18n.language), preselect, instruments),
  );
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [started, setStarted] = useState<InstrumentSummary | null>(null);
  const [running, setRunning] = useState(false);
  const [work, setWork] = useState<Work>(emptyWork);

  const start = () => {
    const problems = checkSetup(setup, new Date());
    const chosen = instruments.find((i) => i.key === setup.instrument);
    if (problems.length > 0 || !chosen) return setErrors(setupErrors(problems, t));
    setErrors(null);
    if (!started || !sameVersion(started, chosen)) {
      setWork(emptyWork());
      setStarted(chosen);
    }
    setRunning(true);
  };

  if (running && started)
    return (
      <RunInstrument
        summary={started}
        youthId={youth.id}
        setup={setup}
        work={work}
        onWork={setWork}
        onChangeDetails={() => {
          setRunning(false);
          focusLater('setup-heading');
        }}
      />
    );
  return (
    <RunnerSetup
      youthId={youth.id}
      instruments={instruments}
      draft={setup}
      onChange={(patch) => setSetup((d) => ({ ...d, ...patch }))}
      errors={errors}
      onStart={start}
      inProgress={started && Object.keys(work.answers).length > 0 ? started.key : null}
      languageFromRecord={recorded !== null}
    />
  );
}

interface RunInstrumentProps {
  summary: InstrumentSummary;
  youthId: string;
  setup: SetupDraft;
  work: Work;
  onWork: (update: (work: Work) => Work) => void;
  onChangeDetails: () => void;
}

/** Reads the exact version chosen and runs it; a version that does not load is said plainly. */
function RunInstrument({ summary, ...rest }: RunInstrumentProps) {
  const { t } = useTranslation();
  const ref = { key: summary.key, version: summary.version, origin: summary.origin };
  const detail = useQuery(instrumentVersionQueryOptions(ref));
  const parsed = useMemo(() => (detail.data ? parseInstrument(detail.data.definition) : null), [detail.data]);
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <ApiErrorAlert error={detail.error} />;
  if (!parsed?.ok)
    return (
      <Alert type="error" headingLevel="h2" heading={t('errors.heading')} role="alert">
        {t('screenings.runner.badInstrument')}
      </Alert>
    );
  return <Runner inst={parsed.instrument} instrumentRef={ref} {...rest} />;
}
