import { useState, type FormEvent, type ReactElement } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Fieldset, Form } from '@trussworks/react-uswds';
import { createIdempotencyKeeper } from '@web/api/idempotency';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import { jurisdictionsQueryOptions } from '@web/features/jurisdictions/api';
import { JurisdictionOptions } from '@web/features/jurisdictions/JurisdictionOptions';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { SelectField } from '@web/ui/fields';
import { fieldMessage, toFormErrors, type FormErrors } from '@web/ui/formErrors';
import { PAGE_HEADING_ID, PageHeading } from '@web/ui/PageHeading';
import {
  checkDuplicates,
  createYouth,
  markJustCreated,
  youthKeys,
  type DuplicateCheckBody,
  type YouthSummary,
} from './api';
import { emptyProfileDraft, profileBody, type CreateYouthBody, type ProfileDraft } from './draft';
import { DuplicateWarning } from './DuplicateWarning';
import { errorFieldIds, fieldId, inDocument } from './fieldIds';
import { useFocusAfterRender } from './formParts';
import { ProfileFields } from './ProfileFields';
import { SensitiveGroupFields } from './SensitiveFields';
import {
  checkSensitiveDraft,
  emptySensitiveDrafts,
  GROUP_ABILITY,
  SENSITIVE_GROUPS,
  sensitiveCreateBody,
  type SensitiveDrafts,
  type SensitiveGroup,
} from './sensitiveDraft';
import './youth.css';

const PREFIX = 'new-youth';
const SUBMIT_ID = 'new-youth-submit';

/**
 * Add a youth. Before saving, Lantern looks for youth who may already be recorded and lists them; the
 * person opens one of them, or confirms this is a different youth. The create carries an idempotency key,
 * so a retried submission never adds the youth twice.
 */
export function NewYouthPage(): ReactElement {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ProfileDraft>(emptyProfileDraft);
  const [sensitive, setSensitive] = useState<SensitiveDrafts>(emptySensitiveDrafts);
  const [chosenJurisdiction, setJurisdiction] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [candidates, setCandidates] = useState<YouthSummary[] | null>(null);
  const [keeper] = useState(createIdempotencyKeeper);
  const focusLater = useFocusAfterRender();

  const allowed = SENSITIVE_GROUPS.filter((group) => hasAbility(me, GROUP_ABILITY[group]));
  // Someone who works for a county adds youth to it; someone above a county says which one.
  const choosesCounty = me.jurisdiction.kind !== 'county';
  const jurisdictions = useQuery({ ...jurisdictionsQueryOptions, enabled: choosesCounty });
  const counties = (jurisdictions.data ?? []).filter((item) => item.kind === 'county');
  const jurisdictionId = choosesCounty && chosenJurisdiction ? Number(chosenJurisdiction) : undefined;

  const body = (): CreateYouthBody => ({
    ...(jurisdictionId ? { jurisdictionId } : {}),
    ...profileBody(draft),
    sensitive: sensitiveCreateBody(allowed, sensitive),
  });

  const create = useMutation({
    mutationFn: (next: CreateYouthBody) => createYouth(next, keeper.keyFor(next)),
    onSuccess: async (youth) => {
      keeper.reset();
      markJustCreated(youth.id);
      void queryClient.invalidateQueries({ queryKey: youthKeys.all });
      await navigate({ to: '/youth/$id', params: { id: youth.id } });
    },
    onError: (error) => {
      setCandidates(null);
      setErrors(toFormErrors(error, t));
    },
  });

  const check = useMutation({
    mutationFn: (next: DuplicateCheckBody) => checkDuplicates(next),
    onSuccess: (found) => {
      if (found.length > 0) setCandidates(found);
      else create.mutate(body());
    },
    onError: (error) => setErrors(toFormErrors(error, t)),
  });
  const pending = check.isPending || create.isPending;

  // Any change after the check was made makes its answer stale.
  const changeDraft = (patch: Partial<ProfileDraft>) => {
    setCandidates(null);
    setDraft((previous) => ({ ...previous, ...patch }));
  };
  const changeSensitive = <G extends SensitiveGroup>(group: G, value: SensitiveDrafts[G]) =>
    setSensitive((previous) => ({ ...previous, [group]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setCandidates(null);
    const problems = [
      ...(choosesCounty && !chosenJurisdiction
        ? [{ path: 'jurisdictionId', message: t('youth.create.countyRequired') }]
        : []),
      ...checkSensitiveDraft(sensitive, { platformRequired: t('youth.sensitive.platformRequired') }),
    ];
    if (problems.length > 0) return setErrors({ message: t('errors.checkFields'), fields: problems });
    setErrors(null);
    const profile = profileBody(draft);
    check.mutate({
      ...(jurisdictionId ? { jurisdictionId } : {}),
      legalFirstName: profile.legalFirstName,
      legalLastName: profile.legalLastName,
      dateOfBirth: profile.dateOfBirth,
      otherNames: profile.otherNames,
    });
  };

  const cancelCreate = () => {
    setCandidates(null);
    focusLater(SUBMIT_ID);
  };

  return (
    <div className="lantern-readable">
      <PageHeading title={t('youth.create.title')} />
      <p className="usa-intro">{t('youth.create.intro')}</p>
      <p>{t('common.requiredNote')}</p>
      <ErrorSummary errors={errors} fieldIds={errorFieldIds(errors, PREFIX, inDocument)} />
      <Form
        onSubmit={submit}
        noValidate
        large
        aria-labelledby={PAGE_HEADING_ID}
        className="lantern-youth-form"
      >
        {choosesCounty && (
          <SelectField
            id={fieldId(PREFIX, 'jurisdictionId')}
            label={t('youth.create.county')}
            value={chosenJurisdiction}
            onChange={(event) => setJurisdiction(event.target.value)}
            error={fieldMessage(errors, 'jurisdictionId')}
          >
            <option value="">{t('youth.create.chooseCounty')}</option>
            <JurisdictionOptions items={counties} />
          </SelectField>
        )}
        <ProfileFields prefix={PREFIX} draft={draft} onChange={changeDraft} errors={errors} />
        {allowed.length > 0 && (
          <section aria-labelledby="new-youth-sensitive-heading" className="lantern-sensitive-form">
            <h2 id="new-youth-sensitive-heading">{t('youth.sensitive.heading')}</h2>
            <p>{t('youth.sensitive.createIntro')}</p>
            {allowed.map((group) => (
              <Fieldset key={group} legend={t(`vocab.sensitiveGroup.${group}`)} legendStyle="large">
                <SensitiveGroupFields
                  group={group}
                  prefix={PREFIX}
                  draft={sensitive[group]}
                  onChange={(value) => changeSensitive(group, value)}
                  errors={errors}
                />
              </Fieldset>
            ))}
          </section>
        )}
        {candidates && (
          <DuplicateWarning
            candidates={candidates}
            pending={create.isPending}
            onCreate={() => create.mutate(body())}
            onCancel={cancelCreate}
          />
        )}
        {!candidates && (
          <ButtonGroup>
            <Button type="submit" id={SUBMIT_ID} aria-busy={pending}>
              {t('youth.create.submit')}
            </Button>
            <Link to="/youth" className="usa-button usa-button--unstyled lantern-cancel-link">
              {t('common.cancel')}
            </Link>
          </ButtonGroup>
        )}
      </Form>
    </div>
  );
}
