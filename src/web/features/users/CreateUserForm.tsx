import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Role } from '@domain/access/roles';
import { Button, Form } from '@trussworks/react-uswds';
import { createIdempotencyKeeper } from '@web/api/idempotency';
import { AgencySelect } from '@web/features/agencies/AgencySelect';
import { useCurrentUser } from '@web/features/auth/session';
import { jurisdictionsQueryOptions } from '@web/features/jurisdictions/api';
import { JurisdictionOptions } from '@web/features/jurisdictions/JurisdictionOptions';
import { currentLocale, isLocale, type Locale } from '@web/i18n';
import { SuccessMessage } from '@web/ui/alerts';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { SelectField, TextField } from '@web/ui/fields';
import { fieldMessage, toFormErrors, type FormErrors } from '@web/ui/formErrors';
import { createUser, userKeys, type CreateUserBody } from './api';
import { jurisdictionKindsForRole } from './roleJurisdictions';

const ID = {
  email: 'new-user-email',
  displayName: 'new-user-name',
  role: 'new-user-role',
  jurisdictionId: 'new-user-jurisdiction',
  agencyId: 'new-user-agency',
  password: 'new-user-password',
  locale: 'new-user-locale',
} as const;

interface Draft {
  email: string;
  displayName: string;
  role: Role | '';
  jurisdictionId: number | null;
  agencyId: string;
  password: string;
  locale: Locale;
}

const emptyDraft = (): Draft => ({
  email: '',
  displayName: '',
  role: '',
  jurisdictionId: null,
  agencyId: '',
  password: '',
  locale: currentLocale(),
});

/** Give someone an account: who they are, their role, where they work, and a first password. */
export function CreateUserForm() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const jurisdictions = useQuery(jurisdictionsQueryOptions);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [keeper] = useState(createIdempotencyKeeper);

  const eligibleKinds = jurisdictionKindsForRole(draft.role);
  const eligible = (jurisdictions.data ?? []).filter((item) => eligibleKinds.includes(item.kind));
  // With one place to choose from, it is chosen.
  const jurisdictionId = draft.jurisdictionId ?? (eligible.length === 1 ? eligible[0]!.id : null);

  const mutation = useMutation({
    mutationFn: (body: CreateUserBody) => createUser(body, keeper.keyFor(body)),
    onSuccess: (user) => {
      keeper.reset();
      setErrors(null);
      setDraft(emptyDraft());
      setCreated(user.displayName);
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
    },
    onError: (error) => setErrors(toFormErrors(error, t)),
  });

  const update = (patch: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...patch }));

  const chooseRole = (role: Role | '') => {
    const kinds = jurisdictionKindsForRole(role);
    const stillEligible = eligible.some(
      (item) => item.id === draft.jurisdictionId && kinds.includes(item.kind),
    );
    update(stillEligible ? { role } : { role, jurisdictionId: null, agencyId: '' });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setCreated(null);
    const missing = [
      draft.role === '' ? { path: 'role', message: t('users.form.roleRequired') } : null,
      jurisdictionId === null
        ? { path: 'jurisdictionId', message: t('users.form.jurisdictionRequired') }
        : null,
    ].filter((field) => field !== null);
    if (draft.role === '' || jurisdictionId === null) {
      setErrors({ message: t('errors.checkFields'), fields: missing });
      return;
    }
    mutation.mutate({
      email: draft.email,
      displayName: draft.displayName,
      role: draft.role,
      jurisdictionId,
      agencyId: draft.agencyId || null,
      password: draft.password,
      locale: draft.locale,
    });
  };

  return (
    <section aria-labelledby="create-user-heading" className="lantern-section">
      <h2 id="create-user-heading">{t('users.create.heading')}</h2>
      <p>{t('common.requiredNote')}</p>
      {created && <SuccessMessage>{t('users.create.done', { name: created })}</SuccessMessage>}
      <ErrorSummary errors={errors} fieldIds={ID} headingLevel="h3" />
      <Form onSubmit={submit} noValidate large aria-labelledby="create-user-heading">
        <TextField
          id={ID.email}
          type="email"
          label={t('users.form.email')}
          autoComplete="off"
          spellCheck={false}
          value={draft.email}
          onChange={(event) => update({ email: event.target.value })}
          error={fieldMessage(errors, 'email')}
        />
        <TextField
          id={ID.displayName}
          label={t('users.form.displayName')}
          autoComplete="off"
          value={draft.displayName}
          onChange={(event) => update({ displayName: event.target.value })}
          error={fieldMessage(errors, 'displayName')}
        />
        <SelectField
          id={ID.role}
          label={t('users.form.role')}
          value={draft.role}
          onChange={(event) => chooseRole(event.target.value as Role | '')}
          error={fieldMessage(errors, 'role')}
          data-testid="create-user-role"
        >
          <option value="">{t('users.form.chooseRole')}</option>
          {me.grantableRoles.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={ID.jurisdictionId}
          label={t('users.form.jurisdiction')}
          hint={t('users.form.jurisdictionHint')}
          value={jurisdictionId ?? ''}
          onChange={(event) =>
            update({ jurisdictionId: event.target.value ? Number(event.target.value) : null, agencyId: '' })
          }
          error={
            fieldMessage(errors, 'jurisdictionId') ??
            (jurisdictions.isError ? t('users.form.jurisdictionsFailed') : undefined)
          }
          data-testid="create-user-jurisdiction"
        >
          <option value="">{t('users.form.chooseJurisdiction')}</option>
          <JurisdictionOptions items={eligible} />
        </SelectField>
        <AgencySelect
          id={ID.agencyId}
          jurisdictionId={jurisdictionId}
          value={draft.agencyId}
          onChange={(agencyId) => update({ agencyId })}
          error={fieldMessage(errors, 'agencyId')}
          testId="create-user-agency"
        />
        <TextField
          id={ID.password}
          type="password"
          label={t('users.form.password')}
          hint={t('users.form.passwordHint')}
          autoComplete="new-password"
          value={draft.password}
          onChange={(event) => update({ password: event.target.value })}
          error={fieldMessage(errors, 'password')}
        />
        <SelectField
          id={ID.locale}
          label={t('users.form.locale')}
          value={draft.locale}
          onChange={(event) => isLocale(event.target.value) && update({ locale: event.target.value })}
          error={fieldMessage(errors, 'locale')}
        >
          <option value="en" lang="en">
            {t('language.names.en')}
          </option>
          <option value="es" lang="es">
            {t('language.names.es')}
          </option>
        </SelectField>
        <Button type="submit" aria-busy={mutation.isPending}>
          {t('users.create.submit')}
        </Button>
      </Form>
    </section>
  );
}
