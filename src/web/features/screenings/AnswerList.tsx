import { useTranslation } from 'react-i18next';
import type { Answers } from '@domain/identification/answers';
import type { Language } from '@domain/identification/forms';
import { ANSWERABLE, type Instrument } from '@domain/identification/instrument';
import { visibility } from '@domain/identification/visibility';
import { answerText, itemLabel } from './answerText';
import type { ScreeningWithHistory } from './api';

interface Props {
  screening: ScreeningWithHistory;
  instrument: Instrument;
  lang: Language;
}

/**
 * Every question asked, group by group, with its answer, in the words of the instrument version used.
 * Questions that were not asked (their condition did not hold) are left out.
 */
export function AnswerList({ screening, instrument, lang }: Props) {
  const { t } = useTranslation();
  const answers = screening.answers as Answers;
  const asked = visibility(instrument, answers);
  const groups = instrument.groups
    .map((group) => ({ group, items: group.items.filter((i) => ANSWERABLE(i) && asked.has(i.key)) }))
    .filter(({ items }) => items.length > 0);
  return (
    <section aria-labelledby="screening-answers-heading" className="lantern-section lantern-readable">
      <h2 id="screening-answers-heading">{t('screeningResult.answers.heading')}</h2>
      <p>{t('screeningResult.answers.intro')}</p>
      {groups.map(({ group, items }) => (
        <div key={group.key} className="lantern-answer-group">
          <h3>{group.title[lang]}</h3>
          <dl className="lantern-facts lantern-answers">
            {items.map((item) => {
              const value = answers[item.key];
              const status = value === 'unknown' || value === 'declined' || value === undefined;
              return (
                <div className="lantern-fact" key={item.key}>
                  <dt>{itemLabel(item, lang)}</dt>
                  <dd className={status ? 'lantern-answer-status' : undefined}>
                    {answerText(item, value, lang, t)}
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      ))}
    </section>
  );
}
