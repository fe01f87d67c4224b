import { useCallback, useEffect, useMemo, useState, type ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Grid } from '@trussworks/react-uswds';
import { useCurrentUser } from '@web/features/auth/session';
import { SuccessMessage } from '@web/ui/alerts';
import { PageHeading } from '@web/ui/PageHeading';
import {
  forgetJustCreated,
  wasJustCreated,
  youthPageQueryOptions,
  type YouthPage as YouthPageData,
} from './api';
import { displayName, legalName } from './display';
import { PrintSummary } from './PrintSummary';
import { ProfileSection } from './ProfileSection';
import { RecordSection } from './RecordSection';
import { SensitiveSection } from './SensitiveSection';
import type { RevealedValues } from './sensitiveView';
import type { SensitiveGroup } from './sensitiveDraft';
import { buildTimeline } from './timeline';
import { YouthActions } from './YouthActions';
import { ScreeningPrompts } from '@web/features/screenings/ScreeningPrompts';
import { AgeText } from './YouthFacts';
import './print.css';
import './youth.css';

const route = getRouteApi('/session/signed-in/youth/$id');

/** The youth page: who the youth is, the sensitive groups, and the record of everything about them. */
export function YouthPage(): ReactElement {
  const { id } = route.useParams();
  // The loader has read the page; this keeps it current after changes made here.
  const query = useQuery({ ...youthPageQueryOptions(id), refetchOnMount: false });
  const loaded = route.useLoaderData();
  return <YouthRecord key={id} page={query.data ?? loaded} />;
}

/** Which editor is open: only one at a time, so two never save over each other's version. */
export type Editing = 'profile' | SensitiveGroup | null;

function YouthRecord({ page }: { page: YouthPageData }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { youth } = page;
  const name = displayName(youth);
  const [justCreated] = useState(() => wasJustCreated(youth.id));
  useEffect(() => forgetJustCreated(youth.id), [youth.id]);
  const [revealed, setRevealed] = useState<RevealedValues>({});
  const [editing, setEditing] = useState<Editing>(null);
  const [addingContact, setAddingContact] = useState(false);
  const timeline = useMemo(() => buildTimeline(page), [page]);
  const reveal = useCallback(
    (values: RevealedValues) => setRevealed((previous) => ({ ...previous, ...values })),
    [],
  );
  const hide = useCallback(
    (group: SensitiveGroup) =>
      setRevealed((previous) => {
        const next = { ...previous };
        delete next[group];
        return next;
      }),
    [],
  );

  return (
    <>
      <div className="lantern-youth-screen">
        <PageHeading title={name} />
        <p className="lantern-youth-meta">
          <span>{t('youth.page.ref', { ref: youth.ref })}</span>
          <span>
            <AgeText age={youth.age} dobEstimated={youth.dobEstimated} />
          </span>
          <span>{youth.jurisdictionName}</span>
          {legalName(youth) !== name && <span>{t('youth.page.legalName', { name: legalName(youth) })}</span>}
        </p>
        {justCreated && <SuccessMessage>{t('youth.create.done', { name })}</SuccessMessage>}
        <YouthActions
          me={me}
          youthId={youth.id}
          onAddContact={() => setAddingContact(true)}
          addingContact={addingContact}
        />
        <ScreeningPrompts me={me} page={page} />
        <Grid row gap="lg">
          <Grid desktop={{ col: 5 }}>
            <ProfileSection
              youth={youth}
              editing={editing === 'profile'}
              onEdit={(on) => setEditing(on ? 'profile' : null)}
            />
            <SensitiveSection
              youth={youth}
              revealed={revealed}
              onReveal={reveal}
              onHide={hide}
              editing={editing}
              onEdit={setEditing}
            />
          </Grid>
          <Grid desktop={{ col: 7 }}>
            <RecordSection
              youthId={youth.id}
              timeline={timeline}
              addingContact={addingContact}
              onCloseContact={() => setAddingContact(false)}
            />
          </Grid>
        </Grid>
      </div>
      <PrintSummary page={page} timeline={timeline} revealed={revealed} printedBy={me.user.displayName} />
    </>
  );
}
