import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormGroup } from '@trussworks/react-uswds';
import { isStatus, type AnswerValue } from '@domain/identification/answers';
import { say, type Language } from '@domain/identification/forms';
import { INSTRUMENT_LIMITS, type Item } from '@domain/identification/instrument';
import { CheckboxField, CheckboxGroupField, RadioGroupField, type Option } from '@web/ui/choiceFields';
import { describedBy, HintAndError } from '@web/ui/fields';
import { typedAnswer } from './runner';

export interface YouthWords {
  /** The youth's language for the words read to them. */
  lang: Language;
  show: boolean;
}

export interface QuestionFieldProps {
  item: Item;
  /** The id of the question's first input (where an error link lands). */
  id: string;
  value: AnswerValue | undefined;
  /** What was typed into a number, date or text answer, as typed. */
  raw: string | undefined;
  onChange: (value: AnswerValue | undefined, raw?: string) => void;
  error?: string | undefined;
  /** The worker's language. */
  lang: Language;
  youth: YouthWords;
  /** Today as YYYY-MM-DD, the latest date a date answer may hold. */
  today: string;
}

type Status = 'unknown' | 'declined';
const NONE = '_none';

/** One question of an instrument, drawn by its type, always with "Not known" and "Declined to answer". */
export function QuestionField(props: QuestionFieldProps) {
  const { item, id, lang } = props;
  const { t } = useTranslation();
  const legend = <QuestionLegend item={item} lang={lang} />;
  const hint = useQuestionHint(props);
  const statuses: Option<Status>[] = [
    { value: 'unknown', label: t('identification.answers.unknown') },
    { value: 'declined', label: t('identification.answers.declined') },
  ];
  switch (item.type) {
    case 'info':
      return <Guidance item={item} id={id} lang={lang} youth={props.youth} />;
    case 'yes_no':
    case 'single': {
      const options: Option<string>[] =
        item.type === 'yes_no'
          ? [
              { value: 'yes', label: t('identification.answers.yes') },
              { value: 'no', label: t('identification.answers.no') },
            ]
          : (item.options ?? []).map((o) => ({ value: o.key, label: say(o.label, lang) }));
      return (
        <RadioGroupField
          id={id}
          legend={legend}
          hint={hint}
          error={props.error}
          options={[...options, ...statuses]}
          value={typeof props.value === 'string' ? props.value : ''}
          onChange={(v) => props.onChange(v)}
        />
      );
    }
    case 'multi':
      return <MultiField {...props} legend={legend} hint={hint} statuses={statuses} />;
    default:
      return <TypedField {...props} legend={legend} hint={hint} statuses={statuses} />;
  }
}

function QuestionLegend({ item, lang }: { item: Item; lang: Language }) {
  const { t } = useTranslation();
  return (
    <>
      {item.code && <span className="lantern-item-code">{item.code}</span>} {say(item.text, lang)}
      {!item.required && <span className="usa-hint"> {t('common.optional')}</span>}
    </>
  );
}

/** The item's help, the bounds of a typed answer, and (when shown) the words to read to the youth. */
function useQuestionHint({ item, lang, youth }: QuestionFieldProps): ReactNode {
  const { t } = useTranslation();
  const parts: ReactNode[] = [];
  if (item.help) parts.push(<span key="help">{say(item.help, lang)}</span>);
  if (item.type === 'number' && item.min !== undefined && item.max !== undefined)
    parts.push(<span key="bounds">{t('screenings.question.bounds', { min: item.min, max: item.max })}</span>);
  if (item.type === 'date') parts.push(<span key="date">{t('screenings.question.dateHint')}</span>);
  if (item.type === 'text')
    parts.push(
      <span key="text">
        {t('screenings.question.textHint', { max: INSTRUMENT_LIMITS.text.toLocaleString(lang) })}
      </span>,
    );
  if (youth.show) parts.push(<YouthWordsBlock key="youth" item={item} youth={youth} />);
  if (parts.length === 0) return undefined;
  return <span className="lantern-item-hint">{parts}</span>;
}

function YouthWordsBlock({ item, youth }: { item: Item; youth: YouthWords }) {
  const { t } = useTranslation();
  const words = item.youthText ? say(item.youthText, youth.lang) : say(item.text, youth.lang);
  return (
    <span className="lantern-youth-words">
      <span className="lantern-youth-words-label">
        {t('screenings.runner.readToYouth', { language: t(`identification.languages.${youth.lang}`) })}
      </span>{' '}
      <span lang={youth.lang}>{words}</span>
    </span>
  );
}

function Guidance({ item, id, lang, youth }: { item: Item; id: string; lang: Language; youth: YouthWords }) {
  const { t } = useTranslation();
  return (
    <div className="lantern-guidance" id={id}>
      <p className="lantern-guidance-label">{t('screenings.question.guidance')}</p>
      <p>
        {item.code && <span className="lantern-item-code">{item.code}</span>} {say(item.text, lang)}
      </p>
      {item.help && <p className="lantern-secondary-text">{say(item.help, lang)}</p>}
      {youth.show && (
        <p>
          <YouthWordsBlock item={item} youth={youth} />
        </p>
      )}
    </div>
  );
}

interface DrawnProps extends QuestionFieldProps {
  legend: ReactNode;
  hint: ReactNode;
  statuses: Option<Status>[];
}

/** Options to tick, plus "None of these", "Not known" and "Declined", which stand alone. */
function MultiField({ item, id, value, onChange, error, lang, legend, hint, statuses }: DrawnProps) {
  const { t } = useTranslation();
  const options: Option<string>[] = [
    ...(item.options ?? []).map((o) => ({ value: o.key, label: say(o.label, lang) })),
    { value: NONE, label: t('screenings.question.noneOfThese') },
    ...statuses,
  ];
  const ticked = Array.isArray(value)
    ? value.length === 0
      ? [NONE]
      : value
    : isStatus(value)
      ? [value]
      : [];
  const change = (next: string[]) => {
    const added = next.find((v) => !ticked.includes(v));
    if (added === NONE) return onChange([]);
    if (added === 'unknown' || added === 'declined') return onChange(added);
    const chosen = next.filter((v) => v !== NONE && !isStatus(v));
    onChange(chosen.length > 0 ? chosen : undefined);
  };
  return (
    <CheckboxGroupField
      id={id}
      legend={legend}
      hint={hint}
      error={error}
      options={options}
      values={ticked}
      onChange={change}
    />
  );
}

/** A number, date or text answer, with "Not known" and "Declined" beside it. */
function TypedField({ item, id, value, raw, onChange, error, legend, hint, statuses, today }: DrawnProps) {
  const { t } = useTranslation();
  const status = isStatus(value) ? value : null;
  const shown = raw ?? (value !== undefined && !status ? String(value) : '');
  const inputId = id;
  const type = (text: string) => onChange(typedAnswer(item, text), text);
  const common = {
    id: inputId,
    name: inputId,
    value: status ? '' : shown,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint && `${id}-hint`, error && `${id}-error`),
  };
  return (
    <FormGroup error={Boolean(error)}>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <label className="usa-label" htmlFor={inputId}>
          {t('screenings.question.answer')}
        </label>
        {item.type === 'text' ? (
          <textarea
            className={`usa-textarea${error ? ' usa-input--error' : ''}`}
            rows={3}
            {...common}
            onChange={(e) => type(e.target.value)}
          />
        ) : (
          <input
            className={`usa-input lantern-input-${item.type}${error ? ' usa-input--error' : ''}`}
            type={item.type === 'date' ? 'date' : 'text'}
            inputMode={item.type === 'number' ? 'decimal' : undefined}
            max={item.type === 'date' ? today : undefined}
            {...common}
            onChange={(e) => type(e.target.value)}
          />
        )}
        <p className="usa-hint lantern-item-otherwise">{t('screenings.question.otherwise')}</p>
        <div className="lantern-item-status">
          {statuses.map((s) => (
            <CheckboxField
              key={s.value}
              id={`${id}--${s.value}`}
              label={s.label}
              checked={status === s.value}
              onChange={(checked) => onChange(checked ? s.value : undefined, '')}
            />
          ))}
        </div>
      </fieldset>
    </FormGroup>
  );
}
