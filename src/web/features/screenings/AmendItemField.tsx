import { useTranslation } from 'react-i18next';
import type { Language } from '@domain/identification/forms';
import type { Item } from '@domain/identification/instrument';
import { CheckboxGroupField, RadioGroupField, type Option } from '@web/ui/choiceFields';
import { TextAreaField, TextField } from '@web/ui/fields';
import { choosesDirectly, type AmendEntry } from './amendDraft';
import { itemLabel } from './answerText';

interface Props {
  id: string;
  item: Item;
  entry: AmendEntry;
  onChange: (entry: AmendEntry) => void;
  error: string | undefined;
  lang: Language;
}

/**
 * One question on the amend form. Yes/no and single-choice questions are one group of radio buttons with
 * "Not known" and "Declined to answer" beside the answers; other questions first say whether there is an
 * answer, then take it. "Not answered" is offered only where an answer is not required.
 */
export function AmendItemField({ id, item, entry, onChange, error, lang }: Props) {
  const { t } = useTranslation();
  const statuses: Option<string>[] = [
    { value: 'unknown', label: t('identification.answers.unknown') },
    { value: 'declined', label: t('identification.answers.declined') },
    ...(item.required ? [] : [{ value: '', label: t('identification.answers.notAnswered') }]),
  ];
  const legend = itemLabel(item, lang);
  const hint = item.help?.[lang];
  // The empty value ("not answered") needs a radio value of its own.
  const NONE = '__none';
  const radio = (options: Option<string>[]) => (
    <RadioGroupField
      id={id}
      legend={legend}
      hint={hint}
      error={error}
      options={options.map((o) => ({ ...o, value: o.value || NONE }))}
      value={entry.choice || NONE}
      onChange={(value) => onChange({ ...entry, choice: value === NONE ? '' : value })}
    />
  );

  if (choosesDirectly(item)) {
    const answers: Option<string>[] =
      item.type === 'yes_no'
        ? [
            { value: 'yes', label: t('identification.answers.yes') },
            { value: 'no', label: t('identification.answers.no') },
          ]
        : (item.options ?? []).map((o) => ({ value: o.key, label: o.label[lang] }));
    return radio([...answers, ...statuses]);
  }

  return (
    <div className="lantern-amend-item">
      {radio([{ value: 'answer', label: t('screeningResult.amend.hasAnswer') }, ...statuses])}
      {entry.choice === 'answer' && (
        <AnswerInput id={`${id}-value`} item={item} entry={entry} onChange={onChange} lang={lang} />
      )}
    </div>
  );
}

function AnswerInput({ id, item, entry, onChange, lang }: Omit<Props, 'error'>) {
  const { t } = useTranslation();
  const label = t('screeningResult.amend.answerFor', { item: itemLabel(item, lang) });
  if (item.type === 'multi') {
    return (
      <CheckboxGroupField
        id={id}
        legend={label}
        hint={t('screeningResult.amend.multiHint')}
        options={(item.options ?? []).map((o) => ({ value: o.key, label: o.label[lang] }))}
        values={entry.picks}
        onChange={(picks) => onChange({ ...entry, picks })}
      />
    );
  }
  if (item.type === 'text') {
    return (
      <TextAreaField
        id={id}
        label={label}
        rows={3}
        value={entry.input}
        onChange={(input) => onChange({ ...entry, input })}
        maxLength={2000}
      />
    );
  }
  return (
    <TextField
      id={id}
      label={label}
      type={item.type === 'date' ? 'date' : 'text'}
      inputMode={item.type === 'number' ? 'decimal' : undefined}
      hint={
        item.type === 'number'
          ? t('screeningResult.amend.numberHint', { min: item.min, max: item.max })
          : undefined
      }
      value={entry.input}
      onChange={(event) => onChange({ ...entry, input: event.target.value })}
    />
  );
}
