import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { Button, ButtonGroup, Form, FormGroup, Label } from '@trussworks/react-uswds';
import { LANGUAGES, SCREENING_CONTEXTS, say, type Language } from '@domain/identification/forms';
import { LIMITS } from '@domain/record/vocabulary';
import { RadioGroupField } from '@web/ui/choiceFields';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { describedBy, HintAndError, TextAreaField } from '@web/ui/fields';
import { fieldMessage, type FormErrors } from '@web/ui/formErrors';
import type { InstrumentSummary } from './api';
import { byKind, type SetupDraft } from './setup';

const FIELD_IDS = {
  instrument: 'setup-instrument',
  context: 'setup-context',
  contextNote: 'setup-contextNote',
  language: 'setup-language',
  screenedAt: 'setup-screenedAt',
} as const;

interface RunnerSetupProps {
  youthId: string;
  instruments: readonly InstrumentSummary[];
  draft: SetupDraft;
  onChange: (patch: Partial<SetupDraft>) => void;
  errors: FormErrors | null;
  onStart: () => void;
  /** The instrument whose answers are in progress, if any (choosing another clears them). */
  inProgress: string | null;
  languageFromRecord: boolean;
}

/** Before the questions: which instrument, what prompted it, the youth's language, and when. */
export function RunnerSetup(props: RunnerSetupProps) {
  const { draft, onChange, errors, inProgress } = props;
  const { t } = useTranslation();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    props.onStart();
  };
  return (
    <>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} />
      <Form
        onSubmit={submit}
        noValidate
        large
        className="lantern-runner-setup"
        aria-labelledby="setup-heading"
      >
        <h2 id="setup-heading" tabIndex={-1}>
          {t('screenings.setup.heading')}
        </h2>
        <InstrumentChoice {...props} />
        <RadioGroupField
          id={FIELD_IDS.context}
          legend={t('screenings.setup.contextLegend')}
          error={fieldMessage(errors, 'context')}
          options={SCREENING_CONTEXTS.map((c) => ({ value: c, label: t(`identification.contexts.${c}`) }))}
          value={draft.context}
          onChange={(context) => onChange({ context })}
        />
        <TextAreaField
          id={FIELD_IDS.contextNote}
          label={t('screenings.setup.contextNote')}
          hint={t('screenings.setup.contextNoteHint')}
          optional
          value={draft.contextNote}
          onChange={(contextNote) => onChange({ contextNote })}
          maxLength={LIMITS.note}
          error={fieldMessage(errors, 'contextNote')}
          rows={3}
        />
        <RadioGroupField<Language>
          id={FIELD_IDS.language}
          legend={t('screenings.setup.languageLegend')}
          hint={
            props.languageFromRecord
              ? `${t('screenings.setup.languageHint')} ${t('screenings.setup.languageFromRecord')}`
              : t('screenings.setup.languageHint')
          }
          options={LANGUAGES.map((l) => ({ value: l, label: t(`identification.languages.${l}`) }))}
          value={draft.language}
          onChange={(language) => onChange({ language })}
        />
        <ScreenedAtField
          value={draft.screenedAt}
          onChange={(screenedAt) => onChange({ screenedAt })}
          errors={errors}
        />
        <ButtonGroup className="lantern-form-actions">
          <Button type="submit">
            {inProgress && inProgress === draft.instrument
              ? t('screenings.setup.continue')
              : t('screenings.setup.start')}
          </Button>
          <Link to="/youth/$id" params={{ id: props.youthId }} className="usa-button usa-button--outline">
            {t('screenings.runner.leave')}
          </Link>
        </ButtonGroup>
      </Form>
    </>
  );
}

/** The instruments as radio buttons, one fieldset per kind inside one question. */
function InstrumentChoice({ instruments, draft, onChange, errors, inProgress }: RunnerSetupProps) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language.startsWith('es') ? 'es' : 'en';
  const error = fieldMessage(errors, 'instrument');
  const id = FIELD_IDS.instrument;
  const groups = byKind(instruments, lang);
  const firstKey = groups[0]?.instruments[0]?.key;
  return (
    <FormGroup error={Boolean(error)}>
      <fieldset className="usa-fieldset" aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}>
        <legend className="usa-legend lantern-setup-legend">{t('screenings.setup.instrumentLegend')}</legend>
        <HintAndError
          id={id}
          hint={
            inProgress
              ? `${t('screenings.setup.instrumentHint')} ${t('screenings.setup.changeClears')}`
              : t('screenings.setup.instrumentHint')
          }
          error={error}
        />
        {groups.map((group) => (
          <fieldset key={group.kind} className="usa-fieldset lantern-instrument-kind">
            <legend className="usa-legend lantern-instrument-kind-legend">
              {t(`screenings.setup.kinds.${group.kind}`)}
            </legend>
            {group.instruments.map((instrument) => {
              const inputId = instrument.key === firstKey ? id : `${id}--${instrument.key}`;
              return (
                <div key={instrument.key} className="usa-radio lantern-choice">
                  <input
                    className="usa-radio__input"
                    type="radio"
                    id={inputId}
                    name={id}
                    value={instrument.key}
                    checked={draft.instrument === instrument.key}
                    onChange={() => onChange({ instrument: instrument.key })}
                    aria-describedby={`${inputId}-help`}
                  />
                  <label className="usa-radio__label" htmlFor={inputId}>
                    {say(instrument.title, lang)}
                  </label>
                  <span className="usa-hint lantern-choice-help" id={`${inputId}-help`}>
                    {say(instrument.description, lang)}{' '}
                    <span className="lantern-instrument-version">
                      {t('screenings.setup.version', {
                        version: instrument.version,
                        origin: t(`identification.origins.${instrument.origin}`),
                        count: instrument.itemCount,
                      })}
                    </span>
                  </span>
                </div>
              );
            })}
          </fieldset>
        ))}
      </fieldset>
    </FormGroup>
  );
}

function ScreenedAtField(props: { value: string; onChange: (v: string) => void; errors: FormErrors | null }) {
  const { t } = useTranslation();
  const id = FIELD_IDS.screenedAt;
  const error = fieldMessage(props.errors, 'screenedAt');
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} error={Boolean(error)}>
        {t('screenings.setup.screenedAt')}
      </Label>
      <HintAndError id={id} hint={t('screenings.setup.screenedAtHint')} error={error} />
      <input
        type="datetime-local"
        id={id}
        name={id}
        className={`usa-input${error ? ' usa-input--error' : ''}`}
        value={props.value}
        required
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
      />
    </FormGroup>
  );
}
