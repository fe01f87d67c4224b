import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@trussworks/react-uswds';
import type { Answers } from '@domain/identification/answers';
import type { Language } from '@domain/identification/forms';
import { ANSWERABLE, itemMap, type Instrument } from '@domain/identification/instrument';
import { fieldMessage, type FormErrors } from '@web/ui/formErrors';
import { formatDateTime } from '@web/ui/format';
import { answerText, itemLabel } from './answerText';
import type { Step } from './runner';
import { stepTitle } from './runnerText';
import { localInputToIso, type SetupDraft } from './setup';

export const reviewItemId = (key: string) => `review-${key}`;
export const reviewDetailId = (field: string) => `review-detail-${field}`;
/** The details a server problem can be about, besides the answers. */
export const DETAIL_FIELDS = ['instrument', 'context', 'contextNote', 'language', 'screenedAt'] as const;

interface ReviewAnswersProps {
  inst: Instrument;
  title: string;
  steps: readonly Step[];
  answers: Answers;
  /** Answers to questions no longer asked: shown, and left out of what is saved. */
  dropped: readonly string[];
  setup: SetupDraft;
  errors: FormErrors | null;
  lang: Language;
  onChange: (stepIndex: number, itemKey: string) => void;
  onChangeDetails: () => void;
}

/** Every asked question with its answer and a way back to it, the details, and what will not be saved. */
export function ReviewAnswers(props: ReviewAnswersProps) {
  const { inst, steps, answers, dropped, errors, lang, onChange } = props;
  const { t } = useTranslation();
  const items = itemMap(inst);
  return (
    <>
      <p>{t('screenings.review.intro')}</p>
      <ReviewDetails {...props} />
      {steps.map((step, index) => {
        const questions = step.items.filter(ANSWERABLE);
        if (questions.length === 0) return null;
        return (
          <section key={step.key} aria-labelledby={`review-step-${step.key}`} className="lantern-review-step">
            <h3 id={`review-step-${step.key}`}>{stepTitle(inst, step, lang, t)}</h3>
            <dl className="lantern-review-list">
              {questions.map((item) => {
                const error = fieldMessage(errors, `answers.${item.key}`);
                return (
                  <div
                    key={item.key}
                    id={reviewItemId(item.key)}
                    tabIndex={-1}
                    className={error ? 'lantern-review-row lantern-review-row--error' : 'lantern-review-row'}
                  >
                    <dt>{itemLabel(item, lang)}</dt>
                    <dd>
                      {error && <span className="usa-error-message">{error}</span>}
                      <span>{answerText(item, answers[item.key], lang, t)}</span>{' '}
                      <Button type="button" unstyled onClick={() => onChange(index, item.key)}>
                        {t('screenings.review.change')}
                        <span className="usa-sr-only">
                          {' '}
                          {t('screenings.review.changeWhich', { question: itemLabel(item, lang) })}
                        </span>
                      </Button>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
      {dropped.length > 0 && (
        <Alert type="info" headingLevel="h3" heading={t('screenings.review.droppedHeading')}>
          {t('screenings.review.droppedText')}
          <ul className="usa-list">
            {dropped.flatMap((key) => {
              const item = items.get(key);
              return item
                ? [
                    <li key={key}>
                      {itemLabel(item, lang)} — {answerText(item, answers[key], lang, t)}
                    </li>,
                  ]
                : [];
            })}
          </ul>
        </Alert>
      )}
    </>
  );
}

function ReviewDetails({ title, setup, errors, lang, onChangeDetails }: ReviewAnswersProps) {
  const { t } = useTranslation();
  const at = localInputToIso(setup.screenedAt);
  const rows: Array<[(typeof DETAIL_FIELDS)[number], string, string]> = [
    ['instrument', t('screenings.review.instrument'), title],
    [
      'context',
      t('screenings.review.context'),
      setup.context ? t(`identification.contexts.${setup.context}`) : '',
    ],
    ['contextNote', t('screenings.review.contextNote'), setup.contextNote.trim()],
    ['language', t('screenings.review.language'), t(`identification.languages.${setup.language}`)],
    ['screenedAt', t('screenings.review.screenedAt'), at ? formatDateTime(at, lang) : ''],
  ];
  return (
    <section aria-labelledby="review-details" className="lantern-review-step">
      <h3 id="review-details">{t('screenings.review.details')}</h3>
      <dl className="lantern-review-list">
        {rows
          .filter(([field, , value]) => field !== 'contextNote' || value !== '')
          .map(([field, label, value]) => {
            const error = fieldMessage(errors, field);
            return (
              <div key={field} id={reviewDetailId(field)} tabIndex={-1} className="lantern-review-row">
                <dt>{label}</dt>
                <dd>
                  {error && <span className="usa-error-message">{error}</span>}
                  <span className="lantern-prewrap">{value}</span>
                </dd>
              </div>
            );
          })}
      </dl>
      <Button type="button" outline onClick={onChangeDetails}>
        {t('screenings.review.changeDetails')}
      </Button>
    </section>
  );
}
