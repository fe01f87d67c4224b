import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '@domain/identification/answers';
import type { Language } from '@domain/identification/forms';
import { CheckboxField } from '@web/ui/choiceFields';
import { fieldMessage, type FormErrors } from '@web/ui/formErrors';
import { QuestionField } from './QuestionField';
import type { Step } from './runner';
import type { Work } from './Runner';

interface StepQuestionsProps {
  step: Step;
  work: Work;
  errors: FormErrors | null;
  /** The worker's language. */
  lang: Language;
  /** The youth's language, chosen in the setup. */
  setupLanguage: Language;
  today: string;
  idOf: (itemKey: string) => string;
  onAnswer: (itemKey: string) => (value: AnswerValue | undefined, raw?: string) => void;
  onShowYouthText: (show: boolean) => void;
}

/** One step's questions, with the right to decline and the youth-facing words a tick away. */
export function StepQuestions(props: StepQuestionsProps) {
  const { step, work, errors, lang, setupLanguage, today, idOf, onAnswer } = props;
  const { t } = useTranslation();
  return (
    <>
      <p className="lantern-decline-note">{t('screenings.runner.declineNote')}</p>
      <CheckboxField
        id="runner-youth-text"
        label={t('screenings.runner.youthTextToggle')}
        hint={t('screenings.runner.youthTextToggleHint', {
          language: t(`identification.languages.${setupLanguage}`),
        })}
        checked={work.showYouthText}
        onChange={props.onShowYouthText}
      />
      {step.items.map((item) => (
        <QuestionField
          key={item.key}
          item={item}
          id={idOf(item.key)}
          value={work.answers[item.key]}
          raw={work.raw[item.key]}
          onChange={onAnswer(item.key)}
          error={fieldMessage(errors, `answers.${item.key}`)}
          lang={lang}
          youth={{ lang: setupLanguage, show: work.showYouthText }}
          today={today}
        />
      ))}
    </>
  );
}
