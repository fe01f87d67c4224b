import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Form } from '@trussworks/react-uswds';
import { ActiveStatus, EditPanel } from '@web/ui/EditPanel';
import { TextField } from '@web/ui/fields';
import { fieldMessage, type FormErrors } from '@web/ui/formErrors';
import { UpdateOutcomeMessage } from '@web/ui/UpdateOutcomeMessage';
import { useVersionedUpdate } from '@web/ui/useVersionedUpdate';
import { lookupKeys, updateLookupValue, type CountyLookupValue, type UpdateLookupBody } from './api';

const ID = { labelEn: 'edit-lookup-en', labelEs: 'edit-lookup-es' } as const;
type Patch = Omit<UpdateLookupBody, 'version'>;

/** Relabel a county value, or deactivate / reactivate it. Saves carry the version (409 when stale). */
export function EditLookupValuePanel({ value, onClose }: { value: CountyLookupValue; onClose: () => void }) {
  const { t } = useTranslation();
  const edit = useVersionedUpdate<CountyLookupValue, Patch>(value, updateLookupValue, lookupKeys.all);
  const { record } = edit;
  const errors = edit.outcome?.kind === 'error' ? edit.outcome.errors : null;

  return (
    <EditPanel
      headingId="edit-lookup-heading"
      heading={t('lookups.edit.heading', { label: record.labelEn })}
      testId="edit-lookup-panel"
    >
      <UpdateOutcomeMessage outcome={edit.outcome} fieldIds={ID} />
      <LabelFields
        key={record.version}
        value={record}
        errors={errors}
        pending={edit.pending}
        onSave={(patch) => edit.save(patch, t('lookups.edit.saved'))}
      />
      <ActiveStatus
        heading={t('lookups.edit.statusHeading')}
        active={record.active}
        activeNow={t('lookups.edit.activeNow')}
        inactiveNow={t('lookups.edit.inactiveNow')}
        deactivate={t('lookups.edit.deactivate')}
        reactivate={t('lookups.edit.reactivate')}
        pending={edit.pending}
        onToggle={() =>
          edit.save(
            { active: !record.active },
            t(record.active ? 'lookups.edit.deactivated' : 'lookups.edit.reactivated', {
              label: record.labelEn,
            }),
          )
        }
        onClose={onClose}
      />
    </EditPanel>
  );
}

interface LabelFieldsProps {
  value: CountyLookupValue;
  errors: FormErrors | null;
  pending: boolean;
  onSave: (patch: Patch) => void;
}

function LabelFields({ value, errors, pending, onSave }: LabelFieldsProps) {
  const { t } = useTranslation();
  const [labelEn, setLabelEn] = useState(value.labelEn);
  const [labelEs, setLabelEs] = useState(value.labelEs);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const patch: Patch = {};
    if (labelEn.trim() !== value.labelEn) patch.labelEn = labelEn.trim();
    if (labelEs.trim() !== value.labelEs) patch.labelEs = labelEs.trim();
    onSave(patch);
  };

  return (
    <Form onSubmit={submit} noValidate large aria-labelledby="edit-lookup-heading">
      <TextField
        id={ID.labelEn}
        label={t('lookups.form.labelEn')}
        maxLength={120}
        value={labelEn}
        onChange={(event) => setLabelEn(event.target.value)}
        error={fieldMessage(errors, 'labelEn')}
      />
      <TextField
        id={ID.labelEs}
        label={t('lookups.form.labelEs')}
        lang="es"
        maxLength={120}
        value={labelEs}
        onChange={(event) => setLabelEs(event.target.value)}
        error={fieldMessage(errors, 'labelEs')}
      />
      <Button type="submit" aria-busy={pending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
