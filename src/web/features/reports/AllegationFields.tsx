import { useTranslation } from 'react-i18next';
import {
  ALLEGATION_CATEGORIES,
  EXPLOITATION_SUBCATEGORIES,
  PERPETRATOR_KINDS,
  type AllegationCategory,
  type ExploitationSubcategory,
  type PerpetratorKind,
} from '@domain/record/vocabulary';
import { SelectField, TextField } from '@web/ui/fields';
import type { FormErrors } from '@web/ui/formErrors';
import { emptyExploitation, type AllegationDraft } from './draft';
import { ExploitationFields } from './ExploitationFields';
import { fieldDomId, joinPath, messageFor } from './fieldPaths';
import type { HeadingLevel } from './LegendHeading';
import { PersonPicker, YouthPicker } from './Pickers';

interface AllegationFieldsProps {
  /** Names the form, so the ids of two forms on one page never clash. */
  form: string;
  /** Where this allegation sits in the request body: "allegations.1", "allegation" or "". */
  base: string;
  value: AllegationDraft;
  onChange: (next: AllegationDraft) => void;
  errors: FormErrors | null;
  /** Whether persons of interest may be searched and named (persons.read). */
  canUsePersons: boolean;
  /** The heading level of "Exploitation details": one below the heading the allegation sits under. */
  detailsLevel: HeadingLevel;
}

/** The facts of one allegation: who it is about, who is alleged to have done it, and what. */
export function AllegationFields({
  form,
  base,
  value,
  onChange,
  errors,
  canUsePersons,
  detailsLevel,
}: AllegationFieldsProps) {
  const { t } = useTranslation();
  const key = (field: string) => joinPath(base, field);
  const id = (field: string) => fieldDomId(form, key(field));
  const error = (field: string) => messageFor(errors, key(field));
  const patch = (p: Partial<AllegationDraft>) => onChange({ ...value, ...p });
  const kinds = PERPETRATOR_KINDS.filter(
    (kind) => canUsePersons || kind !== 'person_of_interest' || value.perpetratorKind === kind,
  );

  const chooseCategory = (category: AllegationCategory | '') =>
    patch(category === 'exploitation' ? { category } : { category, subcategory: '' });
  // Another form of exploitation has another list of settings: the chosen ones no longer apply.
  const chooseSubcategory = (subcategory: ExploitationSubcategory | '') =>
    patch({
      subcategory,
      exploitation: {
        ...value.exploitation,
        settings: subcategory === value.subcategory ? value.exploitation.settings : [],
      },
    });

  return (
    <>
      <YouthPicker
        id={id('youthId')}
        value={value.youth}
        onChange={(youth) => patch({ youth })}
        error={error('youthId')}
      />
      <SelectField
        id={id('category')}
        label={t('allegations.form.category')}
        value={value.category}
        onChange={(event) => chooseCategory(event.target.value as AllegationCategory | '')}
        error={error('category')}
      >
        <option value="">{t('allegations.form.chooseCategory')}</option>
        {ALLEGATION_CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {t(`vocab.category.${category}`)}
          </option>
        ))}
      </SelectField>
      {value.category === 'exploitation' && (
        <SelectField
          id={id('subcategory')}
          label={t('allegations.form.subcategory')}
          hint={t('allegations.form.subcategoryHint')}
          value={value.subcategory}
          onChange={(event) => chooseSubcategory(event.target.value as ExploitationSubcategory | '')}
          error={error('subcategory')}
        >
          <option value="">{t('allegations.form.chooseSubcategory')}</option>
          {EXPLOITATION_SUBCATEGORIES.map((subcategory) => (
            <option key={subcategory} value={subcategory}>
              {t(`vocab.subcategory.${subcategory}`)}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField
        id={id('perpetratorKind')}
        label={t('allegations.form.perpetratorKind')}
        value={value.perpetratorKind}
        onChange={(event) => patch({ perpetratorKind: event.target.value as PerpetratorKind | '' })}
        error={error('perpetratorKind')}
      >
        <option value="">{t('allegations.form.choosePerpetratorKind')}</option>
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`vocab.perpetratorKind.${kind}`)}
          </option>
        ))}
      </SelectField>
      {(value.perpetratorKind === 'parent_guardian' || value.perpetratorKind === 'other_person') && (
        <TextField
          id={id('perpetratorName')}
          label={t('allegations.form.perpetratorName')}
          optional
          autoComplete="off"
          maxLength={200}
          value={value.perpetratorName}
          onChange={(event) => patch({ perpetratorName: event.target.value })}
          error={error('perpetratorName')}
        />
      )}
      {value.perpetratorKind === 'person_of_interest' && (
        <PersonPicker
          id={id('personOfInterestId')}
          value={value.person}
          onChange={(person) => patch({ person })}
          error={error('personOfInterestId')}
        />
      )}
      {value.category === 'exploitation' && value.subcategory && (
        <ExploitationFields
          form={form}
          base={key('exploitation')}
          subcategory={value.subcategory}
          value={value.exploitation ?? emptyExploitation()}
          onChange={(exploitation) => patch({ exploitation })}
          errors={errors}
          level={detailsLevel}
        />
      )}
    </>
  );
}
