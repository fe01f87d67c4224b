import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@domain/access/roles';
import { Button, ButtonGroup, Form } from '@trussworks/react-uswds';
import { AgencySelect } from '@web/features/agencies/AgencySelect';
import { useCurrentUser } from '@web/features/auth/session';
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
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const errors = edit.outcome?.kind === 'error' ? edit.outcome.errors : null;
  const toggleActive = () =>
    edit.save(
      { active: !record.active },
      t(record.active ? 'users.edit.deactivated' : 'users.edit.reactivated', { name: record.displayName }),
    );

  return (
    <section aria-labelledby="edit-user-heading" className="lantern-panel" data-testid="edit-user-panel">
      <h2 id="edit-user-heading" ref={headingRef} tabIndex={-1}>
        {t('users.edit.heading', { name: record.displayName })}
      </h2>
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
      <h3>{t('users.edit.accessHeading')}</h3>
      <p>{record.active ? t('users.edit.activeNow') : t('users.edit.inactiveNow')}</p>
      <ButtonGroup>
        <Button type="button" secondary={record.active} onClick={toggleActive} aria-busy={edit.pending}>
          {record.active ? t('users.edit.deactivate') : t('users.edit.reactivate')}
        </Button>
        <Button type="button" outline onClick={onClose}>
          {t('common.close')}
        </Button>
      </ButtonGroup>
    </section>
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
