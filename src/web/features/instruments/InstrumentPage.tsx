import { useRef, useState, type ReactElement } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@trussworks/react-uswds';
import { parseInstrument } from '@domain/identification/instrument.validate';
import { Fact } from '@web/features/reports/Fact';
import { LoadProblem } from '@web/features/reports/LoadProblem';
import {
  currentInstrumentQueryOptions,
  instrumentKeys,
  instrumentVersionsQueryOptions,
  type InstrumentDetail,
} from '@web/features/screenings/api';
import { currentLocale } from '@web/i18n';
import { ApiErrorAlert, Loading, SuccessMessage } from '@web/ui/alerts';
import { formatDateTime } from '@web/ui/format';
import { PageHeading } from '@web/ui/PageHeading';
import { AdaptEditor } from './AdaptEditor';
import { DefinitionView } from './DefinitionView';
import { VersionHistory } from './VersionHistory';
import './instruments.css';

const route = getRouteApi('/session/signed-in/admin/instruments/$key');

/** One instrument: the version new screenings use, adapting it, and every earlier version. */
export function InstrumentPage(): ReactElement {
  const { key } = route.useParams();
  const current = useQuery(currentInstrumentQueryOptions(key));
  if (current.isError) return <LoadProblem error={current.error} />;
  if (current.isPending) return <Loading />;
  return <InstrumentView detail={current.data} />;
}

function InstrumentView({ detail }: { detail: InstrumentDetail }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const queryClient = useQueryClient();
  const versions = useQuery(instrumentVersionsQueryOptions(detail.key));
  const [adapting, setAdapting] = useState(false);
  const [reloads, setReloads] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const adaptButton = useRef<HTMLButtonElement>(null);
  const parsed = parseInstrument(detail.definition);
  const origin = t(`identification.origins.${detail.origin}`);

  const onSaved = (next: InstrumentDetail) => {
    queryClient.setQueryData(instrumentKeys.current(detail.key), next);
    void queryClient.invalidateQueries({ queryKey: instrumentKeys.list });
    void queryClient.invalidateQueries({ queryKey: instrumentKeys.versions(detail.key) });
    setAdapting(false);
    setSaved(t('instruments.page.saved', { version: next.version }));
    setTimeout(() => document.getElementById('instrument-saved')?.focus(), 0);
  };
  const onReload = async () => {
    await queryClient.refetchQueries({ queryKey: instrumentKeys.current(detail.key) });
    void queryClient.invalidateQueries({ queryKey: instrumentKeys.versions(detail.key) });
    setReloads((n) => n + 1);
    setTimeout(() => document.getElementById('adapt-heading')?.focus(), 0);
  };
  const closeEditor = () => {
    setAdapting(false);
    setTimeout(() => adaptButton.current?.focus(), 0);
  };

  return (
    <>
      <PageHeading title={detail.title[lang]} />
      <p>
        <Link to="/admin/instruments" className="usa-link">
          {t('instruments.page.back')}
        </Link>
      </p>
      {saved && (
        <div id="instrument-saved" tabIndex={-1}>
          <SuccessMessage>{saved}</SuccessMessage>
        </div>
      )}
      <dl className="lantern-facts lantern-readable">
        <Fact term={t('instruments.fields.kind')}>{t(`identification.kinds.${detail.kind}`)}</Fact>
        <Fact term={t('instruments.page.currentVersion')}>
          {t('instruments.page.versionOf', { version: detail.version, origin })}
        </Fact>
        <Fact term={t('instruments.fields.itemCount')}>{detail.itemCount}</Fact>
        {detail.createdAt && (
          <Fact term={t('instruments.fields.savedAt')}>
            {formatDateTime(detail.createdAt, lang)} — {detail.createdBy?.displayName ?? ''}
          </Fact>
        )}
      </dl>
      <p className="lantern-readable">{t('instruments.versionsKept')}</p>
      <section aria-labelledby="adapt-heading" className="lantern-section">
        <h2 id="adapt-heading" tabIndex={-1}>
          {t('instruments.page.adaptHeading')}
        </h2>
        {adapting ? (
          <AdaptEditor
            key={`${detail.origin}-${detail.version}-${reloads}`}
            base={detail}
            onSaved={onSaved}
            onCancel={closeEditor}
            onReload={() => void onReload()}
          />
        ) : (
          <>
            <p className="lantern-readable">{t('instruments.page.adaptIntro')}</p>
            <Button type="button" ref={adaptButton} onClick={() => (setSaved(null), setAdapting(true))}>
              {t('instruments.page.adapt')}
            </Button>
          </>
        )}
      </section>
      <section aria-labelledby="history-heading" className="lantern-section">
        <h2 id="history-heading">{t('instruments.history.heading')}</h2>
        {versions.isError && <ApiErrorAlert error={versions.error} />}
        {versions.isPending && <Loading />}
        {versions.data && <VersionHistory versions={versions.data} />}
      </section>
      {!adapting && (
        <section aria-labelledby="current-heading" className="lantern-section">
          <h2 id="current-heading">
            {t('instruments.page.currentHeading', { version: detail.version, origin })}
          </h2>
          {parsed.ok ? (
            <DefinitionView inst={parsed.instrument} idPrefix="current" />
          ) : (
            <ApiErrorAlert error={new Error(parsed.problems[0]?.message)} />
          )}
        </section>
      )}
    </>
  );
}
