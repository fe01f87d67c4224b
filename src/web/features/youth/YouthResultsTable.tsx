import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { Table } from '@trussworks/react-uswds';
import { TableRegion } from '@web/ui/TableRegion';
import type { YouthSummary } from './api';
import { AgeText, DateOfBirthText, MatchedText, OtherNamesText } from './YouthFacts';

/** Search hits, best match first: enough to tell two youth apart, and a way to each one's page. */
export function YouthResultsTable({ items }: { items: readonly YouthSummary[] }) {
  const { t } = useTranslation();
  return (
    <TableRegion label={t('youth.results.caption')}>
      <Table fullWidth stackedStyle="headers" caption={t('youth.results.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('youth.results.name')}</th>
            <th scope="col">{t('youth.results.otherNames')}</th>
            <th scope="col">{t('youth.results.dob')}</th>
            <th scope="col">{t('youth.results.age')}</th>
            <th scope="col">{t('youth.results.county')}</th>
            <th scope="col">{t('youth.results.matched')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((youth) => (
            <tr key={youth.id}>
              <th scope="row" data-label={t('youth.results.name')}>
                <Link to="/youth/$id" params={{ id: youth.id }} className="usa-link">
                  {youth.displayName}
                </Link>
                <span className="display-block text-normal lantern-secondary-text">
                  {youth.legalName !== youth.displayName && <>{youth.legalName} · </>}
                  {youth.ref}
                </span>
              </th>
              <td data-label={t('youth.results.otherNames')}>
                <OtherNamesText names={youth.otherNames} />
              </td>
              <td data-label={t('youth.results.dob')}>
                <DateOfBirthText dateOfBirth={youth.dateOfBirth} dobEstimated={youth.dobEstimated} />
              </td>
              <td data-label={t('youth.results.age')}>
                <AgeText age={youth.age} dobEstimated={youth.dobEstimated} />
              </td>
              <td data-label={t('youth.results.county')}>{youth.jurisdictionName}</td>
              <td data-label={t('youth.results.matched')}>
                <MatchedText matched={youth.matched} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableRegion>
  );
}
