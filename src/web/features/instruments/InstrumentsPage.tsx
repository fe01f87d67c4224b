import type { ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Table } from '@trussworks/react-uswds';
import { instrumentsQueryOptions } from '@web/features/screenings/api';
import { currentLocale } from '@web/i18n';
import { ApiErrorAlert, Loading } from '@web/ui/alerts';
import { PageHeading } from '@web/ui/PageHeading';
import { TableRegion } from '@web/ui/TableRegion';
import './instruments.css';

/** The county's screening instruments: the version each new screening uses, and where to manage it. */
export function InstrumentsPage(): ReactElement {
  const { t } = useTranslation();
  const lang = currentLocale();
  const instruments = useQuery(instrumentsQueryOptions());
  const caption = t('instruments.list.caption');
  return (
    <>
      <PageHeading title={t('instruments.list.title')} />
      <p className="usa-intro lantern-readable">{t('instruments.list.intro')}</p>
      <p className="lantern-readable">{t('instruments.versionsKept')}</p>
      {instruments.isError && <ApiErrorAlert error={instruments.error} />}
      {instruments.isPending && <Loading />}
      {instruments.data && (
        <TableRegion label={caption}>
          <Table fullWidth>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('instruments.fields.title')}</th>
                <th scope="col">{t('instruments.fields.kind')}</th>
                <th scope="col">{t('instruments.fields.version')}</th>
                <th scope="col">{t('instruments.fields.origin')}</th>
                <th scope="col">{t('instruments.fields.itemCount')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {instruments.data.map((inst) => (
                <tr key={inst.key}>
                  <th scope="row">{inst.title[lang]}</th>
                  <td>{t(`identification.kinds.${inst.kind}`)}</td>
                  <td>{inst.version}</td>
                  <td>{t(`identification.origins.${inst.origin}`)}</td>
                  <td>{inst.itemCount}</td>
                  <td>
                    <Link to="/admin/instruments/$key" params={{ key: inst.key }} className="usa-link">
                      {t('instruments.list.manage')}
                      <span className="usa-sr-only"> {inst.title[lang]}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableRegion>
      )}
      {instruments.data?.length === 0 && <p>{t('instruments.list.none')}</p>}
    </>
  );
}
