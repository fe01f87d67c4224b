import { useState, type ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button, Table } from '@trussworks/react-uswds';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import { Loading, SuccessMessage } from '@web/ui/alerts';
import { formatDateTime } from '@web/ui/format';
import { PageHeading } from '@web/ui/PageHeading';
import { TableRegion } from '@web/ui/TableRegion';
import { AddAllegationForm } from './AddAllegationForm';
import { Fact } from './Fact';
import { reportQueryOptions, type Report } from './api';
import { LoadProblem } from './LoadProblem';
import { allegationForm } from './recordText';
import { ScreeningPanel } from './ScreeningPanel';
import './reports.css';

const route = getRouteApi('/session/signed-in/reports/$reportId');

/** One report: what was reported, the screening decision, and its allegations. */
export function ReportPage(): ReactElement {
  const { reportId } = route.useParams();
  const { created } = route.useSearch();
  const report = useQuery(reportQueryOptions(reportId));
  if (report.isError) return <LoadProblem error={report.error} />;
  if (report.isPending) return <Loading />;
  return <ReportView report={report.data} created={Boolean(created)} />;
}

function ReportView({ report, created }: { report: Report; created: boolean }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const canWrite = hasAbility(me, 'reports.write');
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  // Each youth the report is about, once, in the order their allegations were recorded.
  const youth = [...new Map(report.allegations.map((a) => [a.youthId, a.youthName])).entries()];
  const closeAdd = () => {
    setAdding(false);
    setTimeout(() => document.getElementById('report-add-allegation')?.focus(), 0);
  };

  return (
    <>
      <PageHeading title={t('reports.page.title', { ref: report.ref })} />
      {created && <SuccessMessage>{t('reports.page.created')}</SuccessMessage>}
      <section aria-labelledby="report-details-heading" className="lantern-readable">
        <h2 id="report-details-heading">{t('reports.page.detailsHeading')}</h2>
        <dl className="lantern-facts">
          <Fact term={t('allegations.fields.youth')}>
            {youth.map(([id, name], i) => (
              <span key={id}>
                {i > 0 && ', '}
                <Link to="/youth/$id" params={{ id }} className="usa-link">
                  {name}
                </Link>
              </span>
            ))}
          </Fact>
          <Fact term={t('reports.fields.receivedAt')}>
            {formatDateTime(report.receivedAt, i18n.language)}
          </Fact>
          <Fact term={t('reports.fields.reporterType')}>
            {t(`vocab.reporterType.${report.reporterType}`)}
          </Fact>
          <Fact term={t('reports.fields.reporterName')}>
            {report.reporterName ?? t('reports.fields.notGiven')}
          </Fact>
          <Fact term={t('reports.fields.createdBy')}>
            {report.createdBy?.displayName ?? t('reports.fields.notGiven')}
          </Fact>
        </dl>
        <h3>{t('reports.fields.narrative')}</h3>
        {report.narrative ? (
          <p className="lantern-narrative">{report.narrative}</p>
        ) : (
          <p>{t('reports.fields.noNarrative')}</p>
        )}
      </section>

      <ScreeningPanel report={report} canWrite={canWrite} />

      <section aria-labelledby="report-allegations-heading" className="lantern-section">
        <h2 id="report-allegations-heading">{t('reports.page.allegationsHeading')}</h2>
        <p className="lantern-readable">{t('allegations.form.oneFormEach')}</p>
        <TableRegion label={t('reports.page.allegationsHeading')}>
          <Table fullWidth>
            <thead>
              <tr>
                <th scope="col">{t('allegations.fields.form')}</th>
                <th scope="col">{t('allegations.fields.youth')}</th>
                <th scope="col">{t('allegations.fields.perpetrator')}</th>
                <th scope="col">{t('allegations.fields.dispositionState')}</th>
              </tr>
            </thead>
            <tbody>
              {report.allegations.map((allegation) => (
                <tr key={allegation.id}>
                  <th scope="row">
                    <Link
                      to="/allegations/$allegationId"
                      params={{ allegationId: allegation.id }}
                      className="usa-link"
                    >
                      {allegationForm(allegation, t)}
                    </Link>
                    {allegation.subcategory && (
                      <span className="display-block lantern-secondary-text">
                        {t(`vocab.category.${allegation.category}`)}
                      </span>
                    )}
                  </th>
                  <td>
                    <Link to="/youth/$id" params={{ id: allegation.youthId }} className="usa-link">
                      {allegation.youthName}
                    </Link>
                  </td>
                  <td>
                    {t(`vocab.perpetratorKind.${allegation.perpetratorKind}`)}
                    {(allegation.personOfInterest?.displayName ?? allegation.perpetratorName) && (
                      <span className="display-block">
                        {allegation.personOfInterest?.displayName ?? allegation.perpetratorName}
                      </span>
                    )}
                  </td>
                  <td>
                    {t(`vocab.dispositionState.${allegation.dispositionState}`)}
                    {allegation.disposition && (
                      <span className="display-block lantern-secondary-text">
                        {t(`vocab.disposition.${allegation.disposition}`)}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableRegion>
        {added && <SuccessMessage>{added}</SuccessMessage>}
        {canWrite && !adding && (
          <Button
            type="button"
            id="report-add-allegation"
            onClick={() => {
              setAdded(null);
              setAdding(true);
            }}
          >
            {t('allegations.form.add')}
          </Button>
        )}
        {canWrite && adding && (
          <AddAllegationForm
            report={report}
            onCancel={closeAdd}
            onAdded={(allegation) => {
              setAdded(t('allegations.add.done', { form: allegationForm(allegation, t) }));
              closeAdd();
            }}
          />
        )}
      </section>
    </>
  );
}
