import { useState, type ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Table } from '@trussworks/react-uswds';
import { ApiErrorAlert, Loading, SuccessMessage } from '@web/ui/alerts';
import { formatDateTime } from '@web/ui/format';
import { PageHeading } from '@web/ui/PageHeading';
import { TableRegion } from '@web/ui/TableRegion';
import { reviewQueueQueryOptions, type Allegation } from './api';
import { PrimaFacieRule } from './DispositionPanel';
import { allegationForm } from './recordText';
import { proposedAt, sortQueue } from './reviewQueue';
import { ReviewProposal, type ReviewOutcome } from './ReviewProposal';
import './reports.css';

const route = getRouteApi('/session/signed-in/review');

/**
 * The supervisor's queue: dispositions workers have proposed, newest first, one line each. Choosing one
 * shows it in full above the list, to approve or return with a note.
 */
export function ReviewPage(): ReactElement {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queue = useQuery(reviewQueueQueryOptions);
  const [outcome, setOutcome] = useState<ReviewOutcome>(null);
  // Reviewed here: left out of the list at once, until the queue has been read again.
  const [reviewed, setReviewed] = useState<{ ids: ReadonlySet<string>; asOf: number }>({
    ids: new Set(),
    asOf: 0,
  });
  const stale = reviewed.asOf === queue.dataUpdatedAt;
  const oldestFirst = search.order === 'oldest';
  const waiting = queue.data?.filter((a) => !(stale && reviewed.ids.has(a.id)));
  const rows = waiting ? sortQueue(waiting, oldestFirst) : [];
  const selected = rows.find((a) => a.id === search.proposal);

  const onOutcome = (next: ReviewOutcome) => {
    setOutcome(next);
    if (next?.kind !== 'done') return;
    setReviewed((r) => ({
      ids: new Set(r.asOf === queue.dataUpdatedAt ? r.ids : []).add(next.id),
      asOf: queue.dataUpdatedAt,
    }));
    void navigate({ search: { ...search, proposal: undefined }, replace: true });
  };

  return (
    <>
      <PageHeading title={t('allegations.review.title')} />
      <p className="usa-intro">{t('allegations.review.intro')}</p>
      <div aria-live="polite">
        {outcome?.kind === 'done' && <SuccessMessage>{outcome.message}</SuccessMessage>}
      </div>
      {outcome?.kind === 'conflict' && (
        <Alert type="warning" headingLevel="h2" heading={t('errors.conflictHeading')} role="alert">
          {t('allegations.review.conflict')}
        </Alert>
      )}
      <details className="lantern-rule-details">
        <summary>{t('allegations.review.ruleSummary')}</summary>
        <PrimaFacieRule />
      </details>
      {queue.isError && <ApiErrorAlert error={queue.error} />}
      {queue.isPending && <Loading />}
      {waiting && waiting.length === 0 && <p>{t('allegations.review.empty')}</p>}
      {queue.data && search.proposal && !selected && outcome?.kind !== 'done' && (
        <Alert type="info" headingLevel="h2" slim>
          {t('allegations.review.notInQueue')}
        </Alert>
      )}
      {selected && (
        <ReviewProposal
          key={`${selected.id}:${selected.version}`}
          allegation={selected}
          onOutcome={onOutcome}
          closeLink={
            <Link
              to="/review"
              search={{ ...search, proposal: undefined }}
              className="usa-link"
              id="review-back-to-list"
            >
              {t('allegations.review.backToList')}
            </Link>
          }
        />
      )}
      {rows.length > 0 && (
        <section aria-labelledby="review-queue-heading" className="lantern-section">
          <div className="lantern-section-heading">
            <h2 id="review-queue-heading">{t('allegations.review.count', { count: rows.length })}</h2>
            {/* A toggle: filled while it is on. */}
            <Button
              type="button"
              outline={!oldestFirst}
              aria-pressed={oldestFirst}
              onClick={() =>
                void navigate({
                  search: { ...search, order: oldestFirst ? undefined : 'oldest' },
                  replace: true,
                })
              }
            >
              {t('allegations.review.oldestFirst')}
            </Button>
          </div>
          <QueueTable rows={rows} selectedId={selected?.id} oldestFirst={oldestFirst} />
        </section>
      )}
    </>
  );
}

function QueueTable({
  rows,
  selectedId,
  oldestFirst,
}: {
  rows: readonly Allegation[];
  selectedId: string | undefined;
  oldestFirst: boolean;
}) {
  const { t, i18n } = useTranslation();
  const caption = oldestFirst ? t('allegations.review.captionOldest') : t('allegations.review.captionNewest');
  return (
    <TableRegion label={caption}>
      <Table fullWidth compact caption={caption} className="lantern-review-table">
        <thead>
          <tr>
            <th scope="col">{t('allegations.fields.youth')}</th>
            <th scope="col">{t('allegations.fields.form')}</th>
            <th scope="col">{t('allegations.review.proposed')}</th>
            <th scope="col">{t('allegations.disposition.proposedBy')}</th>
            <th scope="col">{t('allegations.review.proposedAt')}</th>
            <th scope="col">
              <span className="usa-sr-only">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((allegation) => {
            const title = t('allegations.review.proposalTitle', {
              form: allegationForm(allegation, t),
              youth: allegation.youthName,
            });
            const current = allegation.id === selectedId;
            return (
              <tr key={allegation.id} className={current ? 'lantern-row-current' : undefined}>
                <th scope="row">
                  <Link to="/youth/$id" params={{ id: allegation.youthId }} className="usa-link">
                    {allegation.youthName}
                  </Link>
                </th>
                <td>
                  {allegationForm(allegation, t)}
                  <span className="display-block lantern-secondary-text">{allegation.reportRef}</span>
                </td>
                <td>
                  {allegation.disposition
                    ? t(`vocab.disposition.${allegation.disposition}`)
                    : t('allegations.history.none')}
                </td>
                <td>{allegation.proposedBy?.displayName ?? t('allegations.history.someone')}</td>
                <td className="lantern-nowrap">{formatDateTime(proposedAt(allegation), i18n.language)}</td>
                <td>
                  <Link
                    to="/review"
                    search={(prev) => ({ ...prev, proposal: allegation.id })}
                    className="usa-link"
                    aria-current={current ? 'true' : undefined}
                  >
                    {t('allegations.review.review')}
                    <span className="usa-sr-only"> {title}</span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </TableRegion>
  );
}
