import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@domain/access/roles';
import { Button, Form } from '@trussworks/react-uswds';
import { AgencySelect } from '@web/features/agencies/AgencySelect';
import { useCurrentUser } from '@web/features/auth/session';
import { ActiveStatus, EditPanel } from '@web/ui/EditPanel';
import { SelectField, TextField } from '@web/ui/fields';
import { fieldMessage } from '@web/ui/formErrors';
import { UpdateOutcomeMessage } from '@web/ui/UpdateOutcomeMessage';
import { useVersionedUpdate } from '@web/ui/useVersionedUpdate';
import { updateUser, userKeys, type UpdateUserBody, type User } from './api';

const ID = { displayName: 'edit-user-name', role: 'edit-user-role', agencyId: 'edit-user-agency' } as const;

/** Change a person's name, role or agency, or deactivate / reactivate their account. */
export function EditUserPanel({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const edit = useVersionedUpdate<User, Omit<UpdateUserBody, 'version'>>(user, updateUser, userKeys.all);
  const { record } = edit;

  const errors = edit.outcome?.kind === 'error' ? edit.outcome.errors : null;
  const toggleActive = () =>
    edit.save(
      { active: !record.active },
      t(record.active ? 'users.edit.deactivated' : 'users.edit.reactivated', { name: record.displayName }),
    );

  return (
    <EditPanel
      headingId="edit-user-heading"
      heading={t('users.edit.heading', { name: record.displayName })}
      testId="edit-user-panel"
    >
      <p className="text-base-dark">{record.email}</p>
      <UpdateOutcomeMessage outcome={edit.outcome} fieldIds={ID} />
      {/* A new version (saved here or by someone else) resets the fields to what the server holds. */}
      <UserFields
        key={record.version}
        user={record}
        errors={errors}
        onSave={(patch) => edit.save(patch, t('users.edit.saved'))}
        pending={edit.pending}
      />
      <ActiveStatus
        heading={t('users.edit.accessHeading')}
        active={record.active}
        activeNow={t('users.edit.activeNow')}
        inactiveNow={t('users.edit.inactiveNow')}
        deactivate={t('users.edit.deactivate')}
        reactivate={t('users.edit.reactivate')}
        pending={edit.pending}
        onToggle={toggleActive}
        onClose={onClose}
      />
    </EditPanel>
  );
}

interface UserFieldsProps {
  user: User;
  errors: Parameters<typeof fieldMessage>[0];
  pending: boolean;
  onSave: (patch: Omit<UpdateUserBody, 'version'>) => void;
}

function UserFields({ user, errors, pending, onSave }: UserFieldsProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [role, setRole] = useState<Role>(user.role);
  const [agencyId, setAgencyId] = useState(user.agencyId ?? '');
  const canChangeRole = me.grantableRoles.includes(user.role);
  const roles = canChangeRole ? me.grantableRoles : [user.role];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const patch: Omit<UpdateUserBody, 'version'> = {};
    if (displayName !== user.displayName) patch.displayName = displayName;
    if (role !== user.role) patch.role = role;
    if (agencyId !== (user.agencyId ?? '')) patch.agencyId = agencyId || null;
    onSave(patch);
  };

  return (
    <Form onSubmit={submit} noValidate large aria-labelledby="edit-user-heading">
      <TextField
        id={ID.displayName}
        label={t('users.form.displayName')}
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        error={fieldMessage(errors, 'displayName')}
      />
      <SelectField
        id={ID.role}
        label={t('users.form.role')}
        hint={canChangeRole ? undefined : t('users.edit.roleLocked')}
        value={role}
        disabled={!canChangeRole}
        onChange={(event) => setRole(event.target.value as Role)}
        error={fieldMessage(errors, 'role')}
        data-testid="edit-user-role"
      >
        {roles.map((option) => (
          <option key={option} value={option}>
            {t(`roles.${option}`)}
          </option>
        ))}
      </SelectField>
      <AgencySelect
        id={ID.agencyId}
        jurisdictionId={user.jurisdictionId}
        value={agencyId}
        onChange={setAgencyId}
        error={fieldMessage(errors, 'agencyId')}
        current={user.agencyId && user.agencyName ? { id: user.agencyId, name: user.agencyName } : null}
        testId="edit-user-agency"
      />
      <Button type="submit" aria-busy={pending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
