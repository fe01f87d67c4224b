import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevealResponse } from './api';
import type { SensitiveGroup } from './sensitiveDraft';

/** The groups shown on screen right now, as the server revealed them (immigration adds "foreign national"). */
export type RevealedValues = { [R in RevealResponse as R['group']]?: R['values'] };
export type Revealed<G extends SensitiveGroup> = NonNullable<RevealedValues[G]>;

/** One revealed group's values, read-only. Used on the page and in the printed summary. */
export function SensitiveValuesView<G extends SensitiveGroup>({
  group,
  values,
}: {
  group: G;
  values: Revealed<G>;
}) {
  switch (group) {
    case 'immigration':
      return <ImmigrationView values={values as Revealed<'immigration'>} />;
    case 'sogie':
      return <SogieView values={values as Revealed<'sogie'>} />;
    case 'tattoos':
      return <TattoosView values={values as Revealed<'tattoos'>} />;
    default:
      return <IdentifiersView values={values as Revealed<'identifiers'>} />;
  }
}

export function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="lantern-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ImmigrationView({ values }: { values: Revealed<'immigration'> }) {
  const { t } = useTranslation();
  const foreign = values.foreignNational;
  return (
    <dl className="lantern-facts">
      <Fact label={t('youth.sensitive.citizenshipStatus')}>
        {values.citizenshipStatus
          ? t(`vocab.citizenshipStatus.${values.citizenshipStatus}`)
          : t('youth.notRecorded')}
      </Fact>
      <Fact label={t('youth.sensitive.foreignNational')}>
        {foreign === null
          ? t('youth.sensitive.foreignUnknown')
          : foreign
            ? t('youth.sensitive.foreignYes')
            : t('youth.sensitive.foreignNo')}
      </Fact>
      <Fact label={t('youth.sensitive.immigrationNotes')}>
        <span className="lantern-prewrap">{values.immigrationNotes ?? t('youth.notRecorded')}</span>
      </Fact>
    </dl>
  );
}

function SogieView({ values }: { values: Revealed<'sogie'> }) {
  const { t } = useTranslation();
  return (
    <dl className="lantern-facts">
      <Fact label={t('youth.sensitive.genderIdentity')}>
        {values.genderIdentity ? t(`vocab.genderIdentity.${values.genderIdentity}`) : t('youth.notRecorded')}
      </Fact>
      <Fact label={t('youth.sensitive.sexualOrientation')}>
        {values.sexualOrientation
          ? t(`vocab.sexualOrientation.${values.sexualOrientation}`)
          : t('youth.notRecorded')}
      </Fact>
      <Fact label={t('youth.sensitive.genderExpression')}>
        {values.genderExpression
          ? t(`vocab.genderExpression.${values.genderExpression}`)
          : t('youth.notRecorded')}
      </Fact>
      <Fact label={t('youth.sensitive.pronouns')}>{values.pronouns ?? t('youth.notRecorded')}</Fact>
    </dl>
  );
}

function TattoosView({ values }: { values: Revealed<'tattoos'> }) {
  const { t } = useTranslation();
  if (values.tattoos.length === 0) return <p>{t('youth.sensitive.noTattoosRecorded')}</p>;
  return (
    <ol className="lantern-value-list">
      {values.tattoos.map((tattoo, index) => (
        <li key={index}>
          <dl className="lantern-facts">
            <Fact label={t('youth.sensitive.tattooDescription')}>{tattoo.description}</Fact>
            <Fact label={t('youth.sensitive.tattooBodyLocation')}>{tattoo.bodyLocation}</Fact>
            <Fact label={t('youth.sensitive.tattooOrigin')}>{t(`vocab.tattooOrigin.${tattoo.origin}`)}</Fact>
            <Fact label={t('youth.sensitive.tattooWhereObtained')}>
              {tattoo.whereObtained ?? t('youth.notRecorded')}
            </Fact>
          </dl>
        </li>
      ))}
    </ol>
  );
}

function IdentifiersView({ values }: { values: Revealed<'identifiers'> }) {
  const { t } = useTranslation();
  return (
    <dl className="lantern-facts">
      <Fact label={t('youth.sensitive.phonesLegend')}>
        {values.phones.length === 0 ? (
          t('youth.notRecorded')
        ) : (
          <ul className="usa-list usa-list--unstyled">
            {values.phones.map((phone, index) => (
              <li key={index}>
                {phone.number}
                {phone.label && <span className="lantern-secondary-text"> ({phone.label})</span>}
              </li>
            ))}
          </ul>
        )}
      </Fact>
      <Fact label={t('youth.sensitive.handlesLegend')}>
        {values.handles.length === 0 ? (
          t('youth.notRecorded')
        ) : (
          <ul className="usa-list usa-list--unstyled">
            {values.handles.map((handle, index) => (
              <li key={index}>
                {t('youth.sensitive.handleOn', {
                  handle: handle.handle,
                  platform: t(`vocab.socialPlatform.${handle.platform}`),
                })}
              </li>
            ))}
          </ul>
        )}
      </Fact>
    </dl>
  );
}
