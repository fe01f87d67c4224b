import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ExploitationSummary } from '@web/features/reports/ExploitationSummary';
import { formatDateTime } from '@web/ui/format';
import type { Allegation } from './api';
import { allegationTitle } from './timeline';
import { useDispositionWords } from './TimelineEntries';

/** "Exploitation: Commercial sexual exploitation", or the category alone for other allegations. */
function allegationName(allegation: Allegation, t: TFunction): string {
  const title = allegationTitle(allegation);
  return title.key === 'subcategory'
    ? `${t('vocab.category.exploitation')}: ${t(`vocab.subcategory.${title.code}`)}`
    : t(`vocab.category.${title.code}`);
}

/** The disposition in the table's Disposition column: the column names it, so the cell does not repeat it. */
function DispositionCell({ allegation }: { allegation: Allegation }) {
  const { t } = useTranslation();
  const words = useDispositionWords(allegation);
  return <>{t(`youth.print.dispositionState.${allegation.dispositionState}`, words)}</>;
}

/**
 * The allegations on paper: a table of every allegation with its disposition, then the details of each
 * exploitation allegation (settings, means, who, when, timing relative to care, law enforcement).
 */
export function PrintAllegations({ allegations }: { allegations: readonly Allegation[] }) {
  const { t, i18n } = useTranslation();
  const exploitation = allegations.filter((a) => a.exploitation);
  return (
    <>
      <h3>{t('youth.print.allegations')}</h3>
      {allegations.length === 0 ? (
        <p>{t('youth.print.noAllegations')}</p>
      ) : (
        <table className="lantern-print-table">
          <thead>
            <tr>
              <th scope="col">{t('youth.print.report')}</th>
              <th scope="col">{t('youth.print.allegation')}</th>
              <th scope="col">{t('youth.print.disposition')}</th>
            </tr>
          </thead>
          <tbody>
            {allegations.map((allegation) => (
              <tr key={allegation.id}>
                <td>
                  {allegation.reportRef}
                  <br />
                  {formatDateTime(allegation.reportReceivedAt, i18n.language)}
                </td>
                <td>{allegationName(allegation, t)}</td>
                <td>
                  <DispositionCell allegation={allegation} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {exploitation.length > 0 && (
        <>
          <h3>{t('youth.print.exploitationDetails')}</h3>
          {exploitation.map((allegation) => (
            <div key={allegation.id} className="lantern-print-allegation">
              <h4>
                {t('youth.print.detailsTitle', {
                  name: allegationName(allegation, t),
                  ref: allegation.reportRef,
                })}
              </h4>
              <ExploitationSummary details={allegation.exploitation!} subcategory={allegation.subcategory} />
            </div>
          ))}
        </>
      )}
    </>
  );
}
