import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '@web/i18n';
import { labelForCode, lookupsQueryOptions } from '@web/features/lookups/api';
import { formatDateTime } from '@web/ui/format';
import type { Revision } from './api';
import { fieldLabel, hiddenInHistory, valueText, type HistoryContext } from './historyText';
import { historyWithChanges, type FieldChange } from './revisionDiff';

/** Every revision of the allegation, newest first: what happened, who, when, why, and what changed. */
export function AllegationHistory({ history }: { history: readonly Revision[] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const lookups = useQuery(lookupsQueryOptions);
  // Any list: an amendment may have moved the allegation from one form of exploitation to another.
  const settings = lookups.data ? Object.values(lookups.data.lists).flat() : undefined;
  const ctx: HistoryContext = {
    t,
    locale: i18n.language,
    settingLabel: (code) => labelForCode(settings, code, locale),
  };
  const entries = historyWithChanges(history, hiddenInHistory);

  return (
    <section aria-labelledby="history-heading" className="lantern-section">
      <h2 id="history-heading">{t('allegations.history.heading')}</h2>
      <p className="lantern-readable">{t('allegations.history.intro')}</p>
      <ol className="usa-list usa-list--unstyled lantern-history">
        {entries.map(({ revision, changes }) => (
          <li key={revision.version} className="lantern-history-entry">
            <h3 className="lantern-history-title">
              {t(`allegations.history.change.${revision.change}`)}
              <span className="lantern-secondary-text">
                {' '}
                {t('allegations.history.byOn', {
                  name: revision.actor ?? t('allegations.history.someone'),
                  when: formatDateTime(revision.at, i18n.language),
                })}
              </span>
            </h3>
            {revision.reason && (
              <p>
                <strong>{t('allegations.history.reason')}</strong> {revision.reason}
              </p>
            )}
            {revision.change === 'created' ? (
              <p>{t('allegations.history.created')}</p>
            ) : changes.length === 0 ? (
              <p>{t('allegations.history.noFieldChanges')}</p>
            ) : (
              <ChangesTable changes={changes} ctx={ctx} version={revision.version} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ChangesTable({
  changes,
  ctx,
  version,
}: {
  changes: FieldChange[];
  ctx: HistoryContext;
  version: number;
}) {
  const { t } = ctx;
  return (
    <table className="usa-table usa-table--borderless lantern-changes">
      <caption className="usa-sr-only">{t('allegations.history.changesCaption', { version })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('allegations.history.field')}</th>
          <th scope="col">{t('allegations.history.before')}</th>
          <th scope="col">{t('allegations.history.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.path}>
            <th scope="row">{fieldLabel(change.path, ctx)}</th>
            {change.kind === 'value' ? (
              <>
                <td>{valueText(change.path, change.before, ctx)}</td>
                <td>{valueText(change.path, change.after, ctx)}</td>
              </>
            ) : (
              <>
                <td>
                  {change.removed.length > 0
                    ? t('allegations.history.removed', { items: valueText(change.path, change.removed, ctx) })
                    : t('allegations.history.none')}
                </td>
                <td>
                  {change.added.length > 0
                    ? t('allegations.history.added', { items: valueText(change.path, change.added, ctx) })
                    : t('allegations.history.none')}
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
