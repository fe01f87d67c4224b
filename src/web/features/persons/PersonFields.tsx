import { useTranslation } from 'react-i18next';
import { SOCIAL_PLATFORMS } from '@domain/record/vocabulary';
import { SelectField, TextAreaField, TextField } from '@web/ui/fields';
import { fieldMessage, type FormErrors } from '@web/ui/formErrors';
import { BLANK, fieldId, NOTES_MAX, type PersonDraft, type SocialPlatform } from './draft';
import { ListFieldset } from './ListFieldset';

interface PersonFieldsProps {
  draft: PersonDraft;
  onChange: (draft: PersonDraft) => void;
  errors: FormErrors | null;
}

/** Every field of a person of interest, for recording one and for changing one. */
export function PersonFields({ draft, onChange, errors }: PersonFieldsProps) {
  const { t } = useTranslation();
  const err = (path: string) => fieldMessage(errors, path);
  const set =
    <K extends keyof PersonDraft>(key: K) =>
    (value: PersonDraft[K]) =>
      onChange({ ...draft, [key]: value });
  const text = (
    path: string,
    label: string,
    value: string,
    change: (v: string) => void,
    optional = false,
  ) => (
    <TextField
      id={fieldId(path)}
      label={label}
      value={value}
      optional={optional}
      autoComplete="off"
      onChange={(event) => change(event.target.value)}
      error={err(path)}
    />
  );

  return (
    <>
      <ListFieldset
        id={fieldId('names')}
        legend={t('persons.form.names')}
        hint={t('persons.form.namesHint')}
        items={draft.names}
        onChange={set('names')}
        blank={BLANK.names}
        minItems={1}
        addLabel={t('persons.form.addName')}
        itemLabel={(i) => t('persons.form.nameN', { n: i + 1 })}
        error={err('names')}
        render={(item, i, update) => (
          <>
            <SelectField
              id={fieldId(`names.${i}.kind`)}
              label={t('persons.form.nameKind')}
              value={item.kind}
              onChange={(event) => update({ kind: event.target.value as 'name' | 'moniker' })}
              error={err(`names.${i}.kind`)}
            >
              <option value="name">{t('persons.nameKind.name')}</option>
              <option value="moniker">{t('persons.nameKind.moniker')}</option>
            </SelectField>
            {text(`names.${i}.name`, t('persons.form.name'), item.name, (name) => update({ name }))}
          </>
        )}
      />

      <TextField
        id={fieldId('approximateAge')}
        label={t('persons.form.approximateAge')}
        hint={t('persons.form.approximateAgeHint')}
        inputMode="numeric"
        optional
        className="usa-input--small"
        value={draft.approximateAge}
        onChange={(event) => set('approximateAge')(event.target.value)}
        error={err('approximateAge')}
      />

      <ListFieldset
        id={fieldId('phones')}
        legend={t('persons.form.phones')}
        items={draft.phones}
        onChange={set('phones')}
        blank={BLANK.phones}
        addLabel={t('persons.form.addPhone')}
        itemLabel={(i) => t('persons.form.phoneN', { n: i + 1 })}
        error={err('phones')}
        render={(item, i, update) => (
          <>
            {text(`phones.${i}.number`, t('persons.form.phoneNumber'), item.number, (number) =>
              update({ number }),
            )}
            {text(
              `phones.${i}.label`,
              t('persons.form.phoneLabel'),
              item.label,
              (label) => update({ label }),
              true,
            )}
          </>
        )}
      />

      <ListFieldset
        id={fieldId('handles')}
        legend={t('persons.form.handles')}
        items={draft.handles}
        onChange={set('handles')}
        blank={BLANK.handles}
        addLabel={t('persons.form.addHandle')}
        itemLabel={(i) => t('persons.form.handleN', { n: i + 1 })}
        error={err('handles')}
        render={(item, i, update) => (
          <>
            <SelectField
              id={fieldId(`handles.${i}.platform`)}
              label={t('persons.form.platform')}
              value={item.platform}
              onChange={(event) => update({ platform: event.target.value as SocialPlatform })}
              error={err(`handles.${i}.platform`)}
            >
              <option value="">{t('persons.form.choosePlatform')}</option>
              {SOCIAL_PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {t(`vocab.socialPlatform.${p}`)}
                </option>
              ))}
            </SelectField>
            {text(`handles.${i}.handle`, t('persons.form.handle'), item.handle, (handle) =>
              update({ handle }),
            )}
          </>
        )}
      />

      <ListFieldset
        id={fieldId('addresses')}
        legend={t('persons.form.addresses')}
        items={draft.addresses}
        onChange={set('addresses')}
        blank={BLANK.addresses}
        addLabel={t('persons.form.addAddress')}
        itemLabel={(i) => t('persons.form.addressN', { n: i + 1 })}
        error={err('addresses')}
        render={(item, i, update) => (
          <>
            {text(`addresses.${i}.line`, t('persons.form.addressLine'), item.line, (line) =>
              update({ line }),
            )}
            {text(`addresses.${i}.city`, t('persons.form.city'), item.city, (city) => update({ city }), true)}
            {text(
              `addresses.${i}.state`,
              t('persons.form.state'),
              item.state,
              (state) => update({ state }),
              true,
            )}
            {text(
              `addresses.${i}.note`,
              t('persons.form.addressNote'),
              item.note,
              (note) => update({ note }),
              true,
            )}
          </>
        )}
      />

      <ListFieldset
        id={fieldId('vehicles')}
        legend={t('persons.form.vehicles')}
        items={draft.vehicles}
        onChange={set('vehicles')}
        blank={BLANK.vehicles}
        addLabel={t('persons.form.addVehicle')}
        itemLabel={(i) => t('persons.form.vehicleN', { n: i + 1 })}
        error={err('vehicles')}
        render={(item, i, update) => (
          <>
            {text(
              `vehicles.${i}.description`,
              t('persons.form.vehicleDescription'),
              item.description,
              (description) => update({ description }),
            )}
            {text(
              `vehicles.${i}.plate`,
              t('persons.form.plate'),
              item.plate,
              (plate) => update({ plate }),
              true,
            )}
          </>
        )}
      />

      <TextAreaField
        id={fieldId('notes')}
        label={t('persons.form.notes')}
        hint={t('persons.form.notesHint', { max: NOTES_MAX })}
        optional
        value={draft.notes}
        onChange={set('notes')}
        error={err('notes')}
      />
    </>
  );
}
