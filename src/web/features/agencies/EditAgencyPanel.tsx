import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Form } from '@trussworks/react-uswds';
import { ActiveStatus, EditPanel } from '@web/ui/EditPanel';
import { TextField } from '@web/ui/fields';
import { fieldMessage, type FormErrors } from '@web/ui/formErrors';
import { UpdateOutcomeMessage } from '@web/ui/UpdateOutcomeMessage';
import { useVersionedUpdate } from '@web/ui/useVersionedUpdate';
import { agencyKeys, updateAgency, type Agency, type AgencyKind, type UpdateAgencyBody } from './api';
import { KindSelect } from './KindSelect';

const ID = { name: 'edit-agency-name', kind: 'edit-agency-kind' } as const;

/** Rename an agency, change its kind, or deactivate / reactivate it. */
export function EditAgencyPanel({ agency, onClose }: { agency: Agency; onClose: () => void }) {
  const { t } = useTranslation();
  const edit = useVersionedUpdate<Agency, Omit<UpdateAgencyBody, 'version'>>(
    agency,
    updateAgency,
    agencyKeys.all,
  );
  const { record } = edit;
  const errors = edit.outcome?.kind === 'error' ? edit.outcome.errors : null;

  return (
    <EditPanel
      headingId="edit-agency-heading"
      heading={t('agencies.edit.heading', { name: record.name })}
      testId="edit-agency-panel"
    >
      <UpdateOutcomeMessage outcome={edit.outcome} fieldIds={ID} />
      <AgencyFields
        key={record.version}
        agency={record}
        errors={errors}
        pending={edit.pending}
        onSave={(patch) => edit.save(patch, t('agencies.edit.saved'))}
      />
      <ActiveStatus
        heading={t('agencies.edit.statusHeading')}
        active={record.active}
        activeNow={t('agencies.edit.activeNow')}
        inactiveNow={t('agencies.edit.inactiveNow')}
        deactivate={t('agencies.edit.deactivate')}
        reactivate={t('agencies.edit.reactivate')}
        pending={edit.pending}
        onToggle={() =>
          edit.save(
            { active: !record.active },
            t(record.active ? 'agencies.edit.deactivated' : 'agencies.edit.reactivated', {
              name: record.name,
            }),
          )
        }
        onClose={onClose}
      />
    </EditPanel>
  );
}

interface AgencyFieldsProps {
  agency: Agency;
  errors: FormErrors | null;
  pending: boolean;
  onSave: (patch: Omit<UpdateAgencyBody, 'version'>) => void;
}

function AgencyFields({ agency, errors, pending, onSave }: AgencyFieldsProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(agency.name);
  const [kind, setKind] = useState<AgencyKind | ''>(agency.kind);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const patch: Omit<UpdateAgencyBody, 'version'> = {};
    if (name !== agency.name) patch.name = name;
    if (kind && kind !== agency.kind) patch.kind = kind;
    onSave(patch);
  };

  return (
    <Form onSubmit={submit} noValidate large aria-labelledby="edit-agency-heading">
      <TextField
        id={ID.name}
        label={t('agencies.form.name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={fieldMessage(errors, 'name')}
      />
      <KindSelect
        id={ID.kind}
        value={kind}
        onChange={setKind}
        error={fieldMessage(errors, 'kind')}
        testId="edit-agency-kind"
      />
      <Button type="submit" aria-busy={pending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
