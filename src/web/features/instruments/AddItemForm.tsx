import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@trussworks/react-uswds';
import { ITEM_TYPES, INSTRUMENT_LIMITS, type Instrument, type Item } from '@domain/identification/instrument';
import { currentLocale } from '@web/i18n';
import { CheckboxField, CheckboxGroupField } from '@web/ui/choiceFields';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { CodeSelect, SelectField, TextAreaField, TextField } from '@web/ui/fields';
import { fieldMessage, type FormErrors } from '@web/ui/formErrors';
import { itemKeys } from './editor';
import { buildItem, emptyDraft, isChoice, type NewItemDraft } from './newItem';
import { OptionRows } from './OptionRows';
import { useNewItemMessages } from './useNewItemMessages';

interface AddItemFormProps {
  inst: Instrument;
  onAdd: (group: string, item: Item) => void;
}

/**
 * A new item for one group. It is checked on its own when added (key, texts, options, range); the whole
 * instrument is checked again on save. Enter in a one-line field adds the item rather than saving.
 */
export function AddItemForm({ inst, onAdd }: AddItemFormProps) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const messages = useNewItemMessages();
  const [draft, setDraft] = useState<NewItemDraft>(() => emptyDraft(inst.groups[0]?.key ?? ''));
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const set = (patch: Partial<NewItemDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const err = (id: string) => fieldMessage(errors, id);

  const add = () => {
    const result = buildItem(draft, itemKeys(inst), messages);
    if (!result.ok) return setErrors({ message: t('errors.checkFields'), fields: result.problems });
    setErrors(null);
    onAdd(draft.group, result.item);
    setDraft(emptyDraft(draft.group));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      add();
    }
  };
  const ids = Object.fromEntries((errors?.fields ?? []).map((f) => [f.path, f.path]));
  const pair = (field: 'text' | 'youth' | 'help', optional: boolean) => (
    <div className="lantern-text-pair">
      {(['en', 'es'] as const).map((l) => {
        const key = `${field}${l === 'en' ? 'En' : 'Es'}` as const;
        const id = `new-item-${field === 'youth' ? 'youthText' : field}-${l}`;
        return (
          <TextAreaField
            key={l}
            id={id}
            lang={l}
            rows={2}
            optional={optional}
            label={t('instruments.edit.inLanguage', {
              name: t(`instruments.fields.${field === 'youth' ? 'youthText' : field}`),
              language: t(`identification.languages.${l}`),
            })}
            maxLength={INSTRUMENT_LIMITS.text}
            value={draft[key]}
            error={err(id)}
            onChange={(value) => set({ [key]: value })}
          />
        );
      })}
    </div>
  );

  return (
    <div onKeyDown={onKeyDown} data-testid="add-item">
      <ErrorSummary errors={errors} fieldIds={ids} headingLevel="h4" />
      <SelectField
        id="new-item-group"
        label={t('instruments.add.group')}
        value={draft.group}
        onChange={(e) => set({ group: e.target.value })}
      >
        {inst.groups.map((g) => (
          <option key={g.key} value={g.key}>
            {g.title[lang]}
          </option>
        ))}
      </SelectField>
      <TextField
        id="new-item-key"
        label={t('instruments.add.key')}
        hint={t('instruments.add.keyHint')}
        autoComplete="off"
        maxLength={63}
        value={draft.key}
        error={err('new-item-key')}
        onChange={(e) => set({ key: e.target.value })}
      />
      <TextField
        id="new-item-code"
        label={t('instruments.add.code')}
        hint={t('instruments.add.codeHint')}
        optional
        autoComplete="off"
        maxLength={8}
        value={draft.code}
        error={err('new-item-code')}
        onChange={(e) => set({ code: e.target.value })}
      />
      <CodeSelect
        id="new-item-type"
        label={t('instruments.add.type')}
        codes={ITEM_TYPES}
        value={draft.type}
        labelFor={(type) => t(`instruments.types.${type}`)}
        onChange={(type) => type && set({ type })}
      />
      {pair('text', false)}
      {pair('youth', true)}
      {pair('help', true)}
      {isChoice(draft.type) && (
        <OptionRows options={draft.options} errorFor={err} onChange={(options) => set({ options })} />
      )}
      {draft.type === 'number' && (
        <div className="lantern-text-pair">
          {(['min', 'max'] as const).map((k) => (
            <TextField
              key={k}
              id={`new-item-${k}`}
              type="number"
              label={t(`instruments.add.${k}`)}
              value={draft[k]}
              error={err(`new-item-${k}`)}
              onChange={(e) => set({ [k]: e.target.value })}
            />
          ))}
        </div>
      )}
      {draft.type !== 'info' && (
        <CheckboxField
          id="new-item-required"
          label={t('instruments.add.required')}
          hint={t('instruments.add.requiredHint')}
          checked={draft.required}
          onChange={(required) => set({ required })}
        />
      )}
      {draft.type === 'yes_no' && inst.forms.length > 0 && (
        <CheckboxGroupField
          id="new-item-signals"
          legend={t('instruments.add.signals')}
          hint={t('instruments.add.signalsHint')}
          options={inst.forms.map((f) => ({ value: f, label: t(`identification.forms.${f}`) }))}
          values={draft.signals}
          onChange={(signals) => set({ signals })}
        />
      )}
      {draft.type === 'yes_no' && inst.forms.length === 0 && (
        <p className="usa-hint">{t('instruments.add.noForms')}</p>
      )}
      <Button type="button" className="margin-top-2" onClick={add}>
        {t('instruments.add.submit')}
      </Button>
    </div>
  );
}
