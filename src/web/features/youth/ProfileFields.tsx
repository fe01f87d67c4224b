import { useTranslation } from 'react-i18next';
import { Button, Fieldset } from '@trussworks/react-uswds';
import {
  DEPENDENCY_STATUSES,
  GENDERS,
  PLACEMENT_STATUSES,
  PROBATION_STATUSES,
  RACE_ETHNICITIES,
} from '@domain/record/vocabulary';
import { CheckboxField } from '@web/ui/choiceFields';
import { CodeSelect, TextField } from '@web/ui/fields';
import { fieldMessage, type FormErrors } from '@web/ui/formErrors';
import { toggle, rowKey, type OtherNameKind, type ProfileDraft } from './draft';
import { fieldId, messageUnder } from './fieldIds';
import { useFocusAfterRender } from './formParts';

interface ProfileFieldsProps {
  /** Prefix of every input id, so two forms on one page never share an id. */
  prefix: string;
  draft: ProfileDraft;
  onChange: (patch: Partial<ProfileDraft>) => void;
  errors: FormErrors | null;
}

const OTHER_NAME_KINDS: readonly OtherNameKind[] = ['aka', 'moniker'];

/** Everyone who may read the youth sees these fields: names, birth, background, languages and statuses. */
export function ProfileFields({ prefix, draft, onChange, errors }: ProfileFieldsProps) {
  const { t } = useTranslation();
  const id = (path: string) => fieldId(prefix, path);
  const error = (path: string) => fieldMessage(errors, path);

  return (
    <>
      <Fieldset legend={t('youth.form.namesLegend')} legendStyle="large">
        <TextField
          id={id('legalFirstName')}
          label={t('youth.form.legalFirstName')}
          autoComplete="off"
          value={draft.legalFirstName}
          onChange={(event) => onChange({ legalFirstName: event.target.value })}
          error={error('legalFirstName')}
        />
        <TextField
          id={id('legalMiddleName')}
          label={t('youth.form.legalMiddleName')}
          optional
          autoComplete="off"
          value={draft.legalMiddleName}
          onChange={(event) => onChange({ legalMiddleName: event.target.value })}
          error={error('legalMiddleName')}
        />
        <TextField
          id={id('legalLastName')}
          label={t('youth.form.legalLastName')}
          autoComplete="off"
          value={draft.legalLastName}
          onChange={(event) => onChange({ legalLastName: event.target.value })}
          error={error('legalLastName')}
        />
        <TextField
          id={id('preferredName')}
          label={t('youth.form.preferredName')}
          hint={t('youth.form.preferredNameHint')}
          optional
          autoComplete="off"
          value={draft.preferredName}
          onChange={(event) => onChange({ preferredName: event.target.value })}
          error={error('preferredName')}
        />
      </Fieldset>

      <OtherNamesFields prefix={prefix} draft={draft} onChange={onChange} errors={errors} />

      <Fieldset legend={t('youth.form.dobLegend')} legendStyle="large">
        <TextField
          id={id('dateOfBirth')}
          type="date"
          label={t('youth.form.dateOfBirth')}
          hint={t('youth.form.dobHint')}
          optional
          value={draft.dateOfBirth}
          onChange={(event) => onChange({ dateOfBirth: event.target.value })}
          error={error('dateOfBirth')}
        />
        <CheckboxField
          id={id('dobEstimated')}
          label={t('youth.form.dobEstimated')}
          checked={draft.dobEstimated}
          onChange={(dobEstimated) => onChange({ dobEstimated })}
        />
      </Fieldset>

      <Fieldset legend={t('youth.form.aboutLegend')} legendStyle="large">
        <CodeSelect
          id={id('gender')}
          label={t('youth.form.gender')}
          optional
          codes={GENDERS}
          value={draft.gender}
          onChange={(gender) => onChange({ gender })}
          labelFor={(code) => t(`vocab.gender.${code}`)}
          blank={t('youth.form.notRecorded')}
          error={error('gender')}
        />
        <RaceEthnicityFields prefix={prefix} draft={draft} onChange={onChange} errors={errors} />
        <TextField
          id={id('tribalAffiliation')}
          label={t('youth.form.tribalAffiliation')}
          optional
          value={draft.tribalAffiliation}
          onChange={(event) => onChange({ tribalAffiliation: event.target.value })}
          error={error('tribalAffiliation')}
        />
        <TextField
          id={id('languages')}
          label={t('youth.form.languages')}
          hint={t('youth.form.languagesHint')}
          optional
          value={draft.languages}
          onChange={(event) => onChange({ languages: event.target.value })}
          error={messageUnder(errors, 'languages')}
        />
        <CheckboxField
          id={id('interpreterNeeded')}
          label={t('youth.form.interpreterNeeded')}
          checked={draft.interpreterNeeded}
          onChange={(interpreterNeeded) => onChange({ interpreterNeeded })}
        />
        <TextField
          id={id('countryOfBirth')}
          label={t('youth.form.countryOfBirth')}
          optional
          value={draft.countryOfBirth}
          onChange={(event) => onChange({ countryOfBirth: event.target.value })}
          error={error('countryOfBirth')}
        />
        <TextField
          id={id('school')}
          label={t('youth.form.school')}
          optional
          value={draft.school}
          onChange={(event) => onChange({ school: event.target.value })}
          error={error('school')}
        />
      </Fieldset>

      <Fieldset legend={t('youth.form.statusLegend')} legendStyle="large">
        <CodeSelect
          id={id('dependencyStatus')}
          label={t('youth.form.dependencyStatus')}
          optional
          codes={DEPENDENCY_STATUSES}
          value={draft.dependencyStatus}
          onChange={(dependencyStatus) => onChange({ dependencyStatus })}
          labelFor={(code) => t(`vocab.dependencyStatus.${code}`)}
          blank={t('youth.form.notRecorded')}
          error={error('dependencyStatus')}
        />
        <CodeSelect
          id={id('probationStatus')}
          label={t('youth.form.probationStatus')}
          optional
          codes={PROBATION_STATUSES}
          value={draft.probationStatus}
          onChange={(probationStatus) => onChange({ probationStatus })}
          labelFor={(code) => t(`vocab.probationStatus.${code}`)}
          blank={t('youth.form.notRecorded')}
          error={error('probationStatus')}
        />
        <CodeSelect
          id={id('placementStatus')}
          label={t('youth.form.placementStatus')}
          optional
          codes={PLACEMENT_STATUSES}
          value={draft.placementStatus}
          onChange={(placementStatus) => onChange({ placementStatus })}
          labelFor={(code) => t(`vocab.placementStatus.${code}`)}
          blank={t('youth.form.notRecorded')}
          error={error('placementStatus')}
        />
      </Fieldset>
    </>
  );
}

function RaceEthnicityFields({ prefix, draft, onChange, errors }: ProfileFieldsProps) {
  const { t } = useTranslation();
  const error = messageUnder(errors, 'raceEthnicity');
  return (
    <Fieldset
      legend={t('youth.form.raceLegend')}
      className={`lantern-choice-group${error ? ' usa-form-group--error' : ''}`}
      aria-describedby={`${fieldId(prefix, 'raceEthnicity')}-hint`}
    >
      <span className="usa-hint" id={`${fieldId(prefix, 'raceEthnicity')}-hint`}>
        {t('youth.form.raceHint')}
      </span>
      {error && <span className="usa-error-message">{error}</span>}
      {RACE_ETHNICITIES.map((code, index) => (
        <CheckboxField
          key={code}
          // The first box carries the list's own id, so an error about the list can link to it.
          id={index === 0 ? fieldId(prefix, 'raceEthnicity') : fieldId(prefix, `raceEthnicity.${code}`)}
          label={t(`vocab.raceEthnicity.${code}`)}
          checked={draft.raceEthnicity.includes(code)}
          onChange={(on) =>
            onChange({ raceEthnicity: toggle(draft.raceEthnicity, code, on, RACE_ETHNICITIES) })
          }
        />
      ))}
    </Fieldset>
  );
}

function OtherNamesFields({ prefix, draft, onChange, errors }: ProfileFieldsProps) {
  const { t } = useTranslation();
  const focusLater = useFocusAfterRender();
  const addId = fieldId(prefix, 'otherNames.add');
  const rows = draft.otherNames;

  const add = () => {
    onChange({ otherNames: [...rows, { key: rowKey(), kind: 'aka', name: '' }] });
    focusLater(fieldId(prefix, `otherNames.${rows.length}.name`));
  };
  const remove = (index: number) => {
    onChange({ otherNames: rows.filter((_, i) => i !== index) });
    focusLater(addId);
  };
  const change = (index: number, patch: Partial<(typeof rows)[number]>) =>
    onChange({ otherNames: rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) });

  return (
    <Fieldset legend={t('youth.form.otherNamesLegend')} legendStyle="large">
      <p className="usa-hint" id={fieldId(prefix, 'otherNames')} tabIndex={-1}>
        {rows.length === 0 ? t('youth.form.noOtherNames') : t('youth.form.otherNamesHint')}
      </p>
      {rows.map((row, index) => {
        const number = index + 1;
        return (
          <div key={row.key} className="lantern-row-group">
            <CodeSelect
              id={fieldId(prefix, `otherNames.${index}.kind`)}
              label={t('youth.form.otherNameKind', { number })}
              codes={OTHER_NAME_KINDS}
              value={row.kind}
              onChange={(kind) => kind && change(index, { kind })}
              labelFor={(code) => t(`vocab.otherNameKind.${code}`)}
              error={fieldMessage(errors, `otherNames.${index}.kind`)}
            />
            <TextField
              id={fieldId(prefix, `otherNames.${index}.name`)}
              label={t('youth.form.otherName', { number })}
              autoComplete="off"
              value={row.name}
              onChange={(event) => change(index, { name: event.target.value })}
              error={fieldMessage(errors, `otherNames.${index}.name`)}
            />
            <Button type="button" unstyled className="lantern-row-remove" onClick={() => remove(index)}>
              {t('youth.form.remove')}
              <span className="usa-sr-only"> {t('youth.form.otherName', { number })}</span>
            </Button>
          </div>
        );
      })}
      <Button type="button" outline id={addId} className="lantern-row-add" onClick={add}>
        {t('youth.form.addOtherName')}
      </Button>
    </Fieldset>
  );
}
