import { useTranslation } from 'react-i18next';
import { Button } from '@trussworks/react-uswds';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import { formatDateTime } from '@web/ui/format';
import type { Youth } from './api';
import { languageName, legalName } from './display';
import { EditProfilePanel } from './EditProfilePanel';
import { useFocusAfterRender } from './formParts';
import { Fact } from './sensitiveView';
import { AgeText, DateOfBirthText } from './YouthFacts';

const EDIT_BUTTON_ID = 'youth-edit-profile';

interface ProfileSectionProps {
  youth: Youth;
  editing: boolean;
  onEdit: (editing: boolean) => void;
}

/** The profile anyone who may read the youth sees, and its editor for those who may change it. */
export function ProfileSection({ youth, editing, onEdit }: ProfileSectionProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const focusLater = useFocusAfterRender();
  const close = () => {
    onEdit(false);
    focusLater(EDIT_BUTTON_ID);
  };

  return (
    <section aria-labelledby="youth-profile-heading" className="lantern-youth-section">
      <div className="lantern-section-heading">
        <h2 id="youth-profile-heading">{t('youth.profile.heading')}</h2>
        {hasAbility(me, 'youth.write') && !editing && (
          <Button type="button" outline id={EDIT_BUTTON_ID} onClick={() => onEdit(true)}>
            {t('youth.profile.edit')}
          </Button>
        )}
      </div>
      {editing ? <EditProfilePanel youth={youth} onClose={close} /> : <ProfileFacts youth={youth} />}
    </section>
  );
}

export function ProfileFacts({ youth }: { youth: Youth }) {
  const { t, i18n } = useTranslation();
  const none = t('youth.notRecorded');
  const code = <T extends string>(value: T | null, label: (value: T) => string) =>
    value === null ? none : label(value);
  const otherNames = youth.otherNames.map((other) =>
    t('youth.profile.otherName', { kind: t(`vocab.otherNameKind.${other.kind}`), name: other.name }),
  );
  const languages = youth.languages.map((language) => languageName(language, i18n.language));

  return (
    <dl className="lantern-facts">
      <Fact label={t('youth.profile.legalName')}>{legalName(youth)}</Fact>
      <Fact label={t('youth.form.preferredName')}>{youth.preferredName ?? none}</Fact>
      <Fact label={t('youth.profile.otherNames')}>
        {otherNames.length === 0 ? (
          none
        ) : (
          <ul className="usa-list usa-list--unstyled">
            {otherNames.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        )}
      </Fact>
      <Fact label={t('youth.form.dateOfBirth')}>
        <DateOfBirthText dateOfBirth={youth.dateOfBirth} dobEstimated={youth.dobEstimated} />
      </Fact>
      <Fact label={t('youth.profile.age')}>
        <AgeText age={youth.age} dobEstimated={youth.dobEstimated} />
      </Fact>
      <Fact label={t('youth.form.gender')}>{code(youth.gender, (g) => t(`vocab.gender.${g}`))}</Fact>
      <Fact label={t('youth.form.raceLegend')}>
        {youth.raceEthnicity.length === 0
          ? none
          : youth.raceEthnicity.map((r) => t(`vocab.raceEthnicity.${r}`)).join(', ')}
      </Fact>
      <Fact label={t('youth.form.tribalAffiliation')}>{youth.tribalAffiliation ?? none}</Fact>
      <Fact label={t('youth.form.languages')}>
        {languages.length === 0 ? none : languages.join(', ')}
        <span className="display-block">
          {youth.interpreterNeeded ? t('youth.profile.interpreter') : t('youth.profile.noInterpreter')}
        </span>
      </Fact>
      <Fact label={t('youth.form.countryOfBirth')}>{youth.countryOfBirth ?? none}</Fact>
      <Fact label={t('youth.form.school')}>{youth.school ?? none}</Fact>
      <Fact label={t('youth.form.dependencyStatus')}>
        {code(youth.dependencyStatus, (s) => t(`vocab.dependencyStatus.${s}`))}
      </Fact>
      <Fact label={t('youth.form.probationStatus')}>
        {code(youth.probationStatus, (s) => t(`vocab.probationStatus.${s}`))}
      </Fact>
      <Fact label={t('youth.form.placementStatus')}>
        {code(youth.placementStatus, (s) => t(`vocab.placementStatus.${s}`))}
      </Fact>
      <Fact label={t('youth.profile.county')}>{youth.jurisdictionName}</Fact>
      <Fact label={t('youth.profile.reference')}>{youth.ref}</Fact>
      <Fact label={t('youth.profile.updated')}>{formatDateTime(youth.updatedAt, i18n.language)}</Fact>
    </dl>
  );
}
