import { useTranslation } from 'react-i18next';
import { percent, type Progress } from './runner';

interface RunnerProgressProps {
  /** 1-based; the last step is the review. */
  step: number;
  steps: number;
  progress: Progress;
}

/** Where the worker is: the step, the questions answered, and a bar that says the same thing visually. */
export function RunnerProgress({ step, steps, progress }: RunnerProgressProps) {
  const { t } = useTranslation();
  const done = percent(progress);
  return (
    <section className="lantern-runner-progress" aria-label={t('screenings.progress.label')}>
      <p className="lantern-runner-progress-text">
        <strong>
          {step === steps
            ? t('screenings.progress.review', { step, steps })
            : t('screenings.progress.step', { step, steps })}
        </strong>{' '}
        <span>
          {t('screenings.progress.answered', { answered: progress.answered, asked: progress.asked })}
        </span>
      </p>
      {/* The sentence above is the bar's text equivalent, so the bar itself is hidden from assistive technology. */}
      <div className="lantern-runner-bar" aria-hidden="true">
        <div className="lantern-runner-bar-fill" style={{ width: `${done}%` }} />
      </div>
    </section>
  );
}
