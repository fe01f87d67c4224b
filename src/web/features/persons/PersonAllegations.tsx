import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Table } from '@trussworks/react-uswds';
import { formatDateTime } from '@web/ui/format';
import { TableRegion } from '@web/ui/TableRegion';
import type { PersonAllegation } from './api';
import { YouthLink } from './RecordLinks';

/** The allegations that name the person as the alleged perpetrator. */
export function PersonAllegations({
  allegations,
  personName,
}: {
  allegations: readonly PersonAllegation[];
  personName: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="person-allegations-heading" className="lantern-section">
      <h2 id="person-allegations-heading">{t('persons.allegations.heading')}</h2>
      {allegations.length === 0 ? (
        <p>{t('persons.allegations.none')}</p>
      ) : (
        <TableRegion label={t('persons.allegations.caption', { name: personName })}>
          <Table fullWidth caption={t('persons.allegations.caption', { name: personName })}>
            <thead>
              <tr>
                <th scope="col">{t('persons.links.youth')}</th>
                <th scope="col">{t('persons.allegations.category')}</th>
                <th scope="col">{t('persons.allegations.report')}</th>
                <th scope="col">{t('persons.allegations.received')}</th>
                <th scope="col">{t('persons.allegations.disposition')}</th>
              </tr>
            </thead>
            <tbody>
              {allegations.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <YouthLink id={a.youthId} name={a.youthName} />{' '}
                    <span className="lantern-secondary-text">{a.youthRef}</span>
                  </th>
                  <td>
                    {t(`vocab.category.${a.category}`)}
                    {a.subcategory && `: ${t(`vocab.subcategory.${a.subcategory}`)}`}
                  </td>
                  <td>
                    <Link to="/reports/$reportId" params={{ reportId: a.reportId }} className="usa-link">
                      {a.reportRef}
                    </Link>
                  </td>
                  <td>{formatDateTime(a.reportReceivedAt, i18n.language)}</td>
                  <td>
                    {t(`vocab.dispositionState.${a.dispositionState}`)}
                    {a.disposition && `: ${t(`vocab.disposition.${a.disposition}`)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableRegion>
      )}
    </section>
  );
}
