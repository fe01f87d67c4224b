import { useTranslation } from 'react-i18next';
import type { Answers } from '@domain/identification/answers';
import type { Language } from '@domain/identification/forms';
import type { Instrument } from '@domain/identification/instrument';
import { formatDateTime } from '@web/ui/format';
import { changedItems } from './amendDraft';
import { answerText, itemLabel } from './answerText';
import type { ScreeningWithHistory } from './api';

type Revision = ScreeningWithHistory['history'][number];

interface Props {
  history: readonly Revision[];
  instrument: Instrument;
  lang: Language;
}

/** The answers a revision holds (the screening as it stood after that change), when it has them. */
function answersOf(revision: Revision | undefined): Answers | null {
  const answers = revision?.data.answers;
  return typeof answers === 'object' && answers !== null && !Array.isArray(answers)
    ? (answers as Answers)
    : null;
}

/** Recorded, then each amendment, newest first: who, when, why, and which answers changed. */
export function ScreeningHistory({ history, instrument, lang }: Props) {
  const { t, i18n } = useTranslation();
  const ordered = [...history].sort((a, b) => a.version - b.version);
  const entries = ordered.map((revision, i) => ({ revision, before: answersOf(ordered[i - 1]) })).reverse();
  return (
    <section aria-labelledby="screening-history-heading" className="lantern-section lantern-readable">
      <h2 id="screening-history-heading">{t('screeningResult.history.heading')}</h2>
      <ol className="usa-list usa-list--unstyled lantern-history">
        {entries.map(({ revision, before }) => {
          const after = answersOf(revision);
          const changed = before && after ? changedItems(instrument, before, after) : null;
          return (
            <li key={revision.version} className="lantern-history-entry">
              <h3 className="lantern-history-title">
                {revision.change === 'created'
                  ? t('screeningResult.history.created')
                  : t('screeningResult.history.amended')}
                <span className="lantern-secondary-text">
                  {' '}
                  {t('screeningResult.history.byOn', {
                    name: revision.actor ?? t('screeningResult.facts.someone'),
                    when: formatDateTime(revision.at, i18n.language),
                  })}
                </span>
              </h3>
              {revision.reason && (
                <p>
                  <strong>{t('screeningResult.history.reason')}</strong> {revision.reason}
                </p>
              )}
              {changed && changed.length === 0 && <p>{t('screeningResult.history.noChanges')}</p>}
              {changed && changed.length > 0 && (
                <ul className="usa-list">
                  {changed.map((item) => (
                    <li key={item.key}>
                      <span className="lantern-history-item">{itemLabel(item, lang)}</span>{' '}
                      {t('screeningResult.history.change', {
                        before: answerText(item, before?.[item.key], lang, t),
                        after: answerText(item, after?.[item.key], lang, t),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
