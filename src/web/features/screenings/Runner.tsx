import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup } from '@trussworks/react-uswds';
import { say, type Language } from '@domain/identification/forms';
import type { Instrument } from '@domain/identification/instrument';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { ReviewAnswers } from './ReviewAnswers';
import type { Step } from './runner';
import { RunnerProgress } from './RunnerProgress';
import { stepTitle } from './runnerText';
import { StepQuestions } from './StepQuestions';
import { questionId, STEP_HEADING_ID, useRunner, type RunnerInput } from './useRunner';

export { emptyWork, type Work } from './useRunner';

interface RunnerProps extends RunnerInput {
  /** Back to the setup (instrument, context, language, time). */
  onChangeDetails: () => void;
}

/** The questions one short step at a time, then the review and the save. */
export function Runner(props: RunnerProps) {
  const { inst, setup, work, onWork, onChangeDetails } = props;
  const { t } = useTranslation();
  const run = useRunner(props);
  const { step, steps, index, lang } = run;
  const last = steps.length - 1;
  return (
    <div className="lantern-runner">
      <RunnerProgress step={index + 1} steps={steps.length + 1} progress={run.progress} />
      <ErrorSummary errors={run.errors} fieldIds={run.fieldIds} />
      <h2 id={STEP_HEADING_ID} tabIndex={-1} className="lantern-runner-heading">
        {step ? stepTitle(inst, step, lang, t) : t('screenings.review.heading')}
      </h2>
      {step ? (
        <form
          onSubmit={run.leave(index + 1)}
          noValidate
          className="usa-form usa-form--large lantern-runner-step"
        >
          <GroupIntro inst={inst} step={step} lang={lang} />
          <StepQuestions
            step={step}
            work={work}
            errors={run.errors}
            lang={lang}
            setupLanguage={setup.language}
            today={run.today}
            idOf={questionId}
            onAnswer={run.answer}
            onShowYouthText={(show) => onWork((w) => ({ ...w, showYouthText: show }))}
          />
          <ButtonGroup className="lantern-form-actions">
            <Button type="button" outline onClick={index === 0 ? onChangeDetails : () => run.go(index - 1)}>
              {t('screenings.runner.back')}
            </Button>
            <Button type="submit">
              {index === last ? t('screenings.runner.toReview') : t('screenings.runner.next')}
            </Button>
            {work.reviewed && index < last && (
              <Button type="button" outline onClick={run.leave(steps.length)}>
                {t('screenings.runner.toReview')}
              </Button>
            )}
          </ButtonGroup>
        </form>
      ) : (
        <div className="lantern-runner-review">
          <ReviewAnswers
            inst={inst}
            title={say(inst.title, lang)}
            steps={steps}
            answers={work.answers}
            dropped={run.dropped}
            setup={setup}
            errors={run.errors}
            lang={lang}
            onChange={(to, key) => run.go(to, questionId(key))}
            onChangeDetails={onChangeDetails}
          />
          <ButtonGroup className="lantern-form-actions">
            <Button type="button" outline onClick={() => run.go(last)}>
              {t('screenings.runner.back')}
            </Button>
            <Button type="button" onClick={run.send} aria-busy={run.pending}>
              {t('screenings.review.submit')}
            </Button>
          </ButtonGroup>
        </div>
      )}
    </div>
  );
}

function GroupIntro({ inst, step, lang }: { inst: Instrument; step: Step; lang: Language }) {
  const intro = inst.groups[step.groupIndex]!.intro;
  return step.part === 1 && intro ? <p className="lantern-group-intro">{say(intro, lang)}</p> : null;
}
