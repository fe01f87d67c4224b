import { useState, type FormEvent, type ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Form, Table } from '@trussworks/react-uswds';
import { SCREENING_DECISIONS, type ScreeningDecision } from '@domain/record/vocabulary';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import type { ReportsSearch } from '@web/routes/search';
import { ApiErrorAlert, Loading } from '@web/ui/alerts';
import { SelectField } from '@web/ui/fields';
import { FilterActions } from '@web/ui/FormActions';
import { formatDateTime } from '@web/ui/format';
import { PageHeading } from '@web/ui/PageHeading';
import { TableRegion } from '@web/ui/TableRegion';
import { REPORTS_PAGE_SIZE, reportsQueryOptions, type ReportSummary } from './api';
import './reports.css';

const route = getRouteApi('/session/signed-in/reports');

/** Reports received, newest first: the ones assigned to me, or all in my scope, by screening decision. */
export function ReportsPage(): ReactElement {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const reports = useQuery(reportsQueryOptions(search));

  return (
    <>
      <PageHeading title={t('reports.list.title')} />
      <p className="usa-intro">{t('reports.list.intro')}</p>
      {hasAbility(me, 'reports.write') && (
        <p>
          <Link to="/reports/new" className="usa-button">
            {t('reports.list.new')}
          </Link>
        </p>
      )}
      <ReportFilters
        key={JSON.stringify(search)}
        search={search}
        onApply={(next) => navigate({ search: next })}
      />
      {reports.isError && <ApiErrorAlert error={reports.error} />}
      {reports.isPending && <Loading />}
      {reports.data && <ReportsTable reports={reports.data} />}
    </>
  );
}

function ReportFilters({ search, onApply }: { search: ReportsSearch; onApply: (s: ReportsSearch) => void }) {
  const { t } = useTranslation();
  const [assigned, setAssigned] = useState<'me' | ''>(search.assigned ?? '');
  const [decision, setDecision] = useState<ScreeningDecision | ''>(search.decision ?? '');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ assigned: assigned || undefined, decision: decision || undefined });
  };
  return (
    <Form onSubmit={submit} noValidate className="lantern-filters" aria-label={t('reports.list.filters')}>
      <SelectField
        id="reports-filter-assigned"
        label={t('reports.list.assigned')}
        value={assigned}
        onChange={(event) => setAssigned(event.target.value as 'me' | '')}
      >
        <option value="">{t('reports.list.assignedAnyone')}</option>
        <option value="me">{t('reports.list.assignedMe')}</option>
      </SelectField>
      <SelectField
        id="reports-filter-decision"
        label={t('reports.list.decision')}
        value={decision}
        onChange={(event) => setDecision(event.target.value as ScreeningDecision | '')}
      >
        <option value="">{t('reports.list.anyDecision')}</option>
        {SCREENING_DECISIONS.map((d) => (
          <option key={d} value={d}>
            {t(`vocab.screeningDecision.${d}`)}
          </option>
        ))}
      </SelectField>
      <FilterActions onClear={() => onApply({})} />
    </Form>
  );
}

function ReportsTable({ reports }: { reports: readonly ReportSummary[] }) {
  const { t, i18n } = useTranslation();
  const caption = (
    <>
      {t('reports.list.caption')}{' '}
      <span className="lantern-caption-detail">
        {reports.length === 0
          ? t('reports.list.empty')
          : reports.length >= REPORTS_PAGE_SIZE
            ? t('reports.list.countLimited', { number: reports.length })
            : t('reports.list.count', { count: reports.length })}
      </span>
    </>
  );
  return (
    <TableRegion label={t('reports.list.caption')}>
      <Table fullWidth caption={caption}>
        <thead>
          <tr>
            <th scope="col">{t('reports.fields.ref')}</th>
            <th scope="col">{t('reports.fields.receivedAt')}</th>
            <th scope="col">{t('reports.fields.reporterType')}</th>
            <th scope="col">{t('reports.fields.screeningDecision')}</th>
            <th scope="col">{t('reports.fields.assignedWorker')}</th>
            <th scope="col">{t('reports.fields.allegationCount')}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr key={report.id}>
              <th scope="row">
                <Link to="/reports/$reportId" params={{ reportId: report.id }} className="usa-link">
                  {report.ref}
                </Link>
              </th>
              <td>{formatDateTime(report.receivedAt, i18n.language)}</td>
              <td>{t(`vocab.reporterType.${report.reporterType}`)}</td>
              <td>
                {t(`vocab.screeningDecision.${report.screeningDecision}`)}
                {report.responseTime && (
                  <span className="display-block lantern-secondary-text">
                    {t(`vocab.responseTime.${report.responseTime}`)}
                  </span>
                )}
              </td>
              <td>{report.assignedWorker?.displayName ?? t('reports.fields.unassigned')}</td>
              <td>{report.allegationCount}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableRegion>
  );
}
