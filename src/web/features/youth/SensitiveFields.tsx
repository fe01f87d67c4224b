import { useTranslation } from 'react-i18next';
import { Button, Fieldset } from '@trussworks/react-uswds';
import {
  CITIZENSHIP_STATUSES,
  GENDER_EXPRESSIONS,
  GENDER_IDENTITIES,
  SEXUAL_ORIENTATIONS,
  TATTOO_ORIGINS,
} from '@domain/record/vocabulary';
import { CodeSelect, TextAreaField, TextField } from '@web/ui/fields';
import { fieldMessage } from '@web/ui/formErrors';
import { fieldId } from './fieldIds';
import { useFocusAfterRender } from './formParts';
import { IdentifiersFields } from './IdentifiersFields';
import { emptyTattoo, pathOf, type GroupFieldsProps, type SensitiveGroup } from './sensitiveDraft';

/** The inputs of one sensitive group. Paths match the API's ("sensitive.tattoos.tattoos.0.description"). */
export function SensitiveGroupFields<G extends SensitiveGroup>(props: GroupFieldsProps<G> & { group: G }) {
  const { group, ...rest } = props;
  switch (group) {
    case 'immigration':
      return <ImmigrationFields {...(rest as unknown as GroupFieldsProps<'immigration'>)} />;
    case 'sogie':
      return <SogieFields {...(rest as unknown as GroupFieldsProps<'sogie'>)} />;
    case 'tattoos':
      return <TattoosFields {...(rest as unknown as GroupFieldsProps<'tattoos'>)} />;
    default:
      return <IdentifiersFields {...(rest as unknown as GroupFieldsProps<'identifiers'>)} />;
  }
}

function ImmigrationFields({ prefix, draft, onChange, errors }: GroupFieldsProps<'immigration'>) {
  const { t } = useTranslation();
  const path = (field: string) => pathOf('immigration', field);
  return (
    <>
      <CodeSelect
        id={fieldId(prefix, path('citizenshipStatus'))}
        label={t('youth.sensitive.citizenshipStatus')}
        hint={t('youth.sensitive.citizenshipHint')}
        optional
        codes={CITIZENSHIP_STATUSES}
        value={draft.citizenshipStatus}
        onChange={(citizenshipStatus) => onChange({ ...draft, citizenshipStatus })}
        labelFor={(code) => t(`vocab.citizenshipStatus.${code}`)}
        blank={t('youth.form.notRecorded')}
        error={fieldMessage(errors, path('citizenshipStatus'))}
      />
      <TextAreaField
        id={fieldId(prefix, path('immigrationNotes'))}
        label={t('youth.sensitive.immigrationNotes')}
        optional
        rows={3}
        value={draft.immigrationNotes}
        onChange={(immigrationNotes) => onChange({ ...draft, immigrationNotes })}
        error={fieldMessage(errors, path('immigrationNotes'))}
      />
    </>
  );
}

function SogieFields({ prefix, draft, onChange, errors }: GroupFieldsProps<'sogie'>) {
  const { t } = useTranslation();
  const path = (field: string) => pathOf('sogie', field);
  return (
    <>
      <p className="usa-hint">{t('youth.sensitive.sogieHint')}</p>
      <CodeSelect
        id={fieldId(prefix, path('genderIdentity'))}
        label={t('youth.sensitive.genderIdentity')}
        optional
        codes={GENDER_IDENTITIES}
        value={draft.genderIdentity}
        onChange={(genderIdentity) => onChange({ ...draft, genderIdentity })}
        labelFor={(code) => t(`vocab.genderIdentity.${code}`)}
        blank={t('youth.form.notRecorded')}
        error={fieldMessage(errors, path('genderIdentity'))}
      />
      <CodeSelect
        id={fieldId(prefix, path('sexualOrientation'))}
        label={t('youth.sensitive.sexualOrientation')}
        optional
        codes={SEXUAL_ORIENTATIONS}
        value={draft.sexualOrientation}
        onChange={(sexualOrientation) => onChange({ ...draft, sexualOrientation })}
        labelFor={(code) => t(`vocab.sexualOrientation.${code}`)}
        blank={t('youth.form.notRecorded')}
        error={fieldMessage(errors, path('sexualOrientation'))}
      />
      <CodeSelect
        id={fieldId(prefix, path('genderExpression'))}
        label={t('youth.sensitive.genderExpression')}
        optional
        codes={GENDER_EXPRESSIONS}
        value={draft.genderExpression}
        onChange={(genderExpression) => onChange({ ...draft, genderExpression })}
        labelFor={(code) => t(`vocab.genderExpression.${code}`)}
        blank={t('youth.form.notRecorded')}
        error={fieldMessage(errors, path('genderExpression'))}
      />
      <TextField
        id={fieldId(prefix, path('pronouns'))}
        label={t('youth.sensitive.pronouns')}
        hint={t('youth.sensitive.pronounsHint')}
        optional
        value={draft.pronouns}
        onChange={(event) => onChange({ ...draft, pronouns: event.target.value })}
        error={fieldMessage(errors, path('pronouns'))}
      />
    </>
  );
}

function TattoosFields({ prefix, draft, onChange, errors }: GroupFieldsProps<'tattoos'>) {
  const { t } = useTranslation();
  const focusLater = useFocusAfterRender();
  const rows = draft.tattoos;
  const path = (index: number, field: string) => pathOf('tattoos', `tattoos.${index}.${field}`);
  const addId = fieldId(prefix, pathOf('tattoos', 'add'));
  const change = (index: number, patch: Partial<(typeof rows)[number]>) =>
    onChange({ tattoos: rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) });

  return (
    <>
      <p className="usa-hint" id={fieldId(prefix, pathOf('tattoos', 'tattoos'))} tabIndex={-1}>
        {rows.length === 0 ? t('youth.sensitive.noTattoos') : t('youth.sensitive.tattoosHint')}
      </p>
      {rows.map((row, index) => {
        const number = index + 1;
        return (
          <Fieldset
            key={row.key}
            legend={t('youth.sensitive.tattoo', { number })}
            className="lantern-row-group"
          >
            <TextAreaField
              id={fieldId(prefix, path(index, 'description'))}
              label={t('youth.sensitive.tattooDescription')}
              rows={2}
              value={row.description}
              onChange={(description) => change(index, { description })}
              error={fieldMessage(errors, path(index, 'description'))}
            />
            <TextField
              id={fieldId(prefix, path(index, 'bodyLocation'))}
              label={t('youth.sensitive.tattooBodyLocation')}
              hint={t('youth.sensitive.tattooBodyLocationHint')}
              value={row.bodyLocation}
              onChange={(event) => change(index, { bodyLocation: event.target.value })}
              error={fieldMessage(errors, path(index, 'bodyLocation'))}
            />
            <CodeSelect
              id={fieldId(prefix, path(index, 'origin'))}
              label={t('youth.sensitive.tattooOrigin')}
              codes={TATTOO_ORIGINS}
              value={row.origin}
              onChange={(origin) => origin && change(index, { origin })}
              labelFor={(code) => t(`vocab.tattooOrigin.${code}`)}
              error={fieldMessage(errors, path(index, 'origin'))}
            />
            <TextField
              id={fieldId(prefix, path(index, 'whereObtained'))}
              label={t('youth.sensitive.tattooWhereObtained')}
              optional
              value={row.whereObtained}
              onChange={(event) => change(index, { whereObtained: event.target.value })}
              error={fieldMessage(errors, path(index, 'whereObtained'))}
            />
            <Button
              type="button"
              unstyled
              className="lantern-row-remove"
              onClick={() => {
                onChange({ tattoos: rows.filter((_, i) => i !== index) });
                focusLater(addId);
              }}
            >
              {t('youth.form.remove')}
              <span className="usa-sr-only"> {t('youth.sensitive.tattoo', { number })}</span>
            </Button>
          </Fieldset>
        );
      })}
      <Button
        type="button"
        outline
        id={addId}
        className="lantern-row-add"
        onClick={() => {
          onChange({ tattoos: [...rows, emptyTattoo()] });
          focusLater(fieldId(prefix, path(rows.length, 'description')));
        }}
      >
        {t('youth.sensitive.addTattoo')}
      </Button>
    </>
  );
}
