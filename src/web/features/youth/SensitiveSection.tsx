import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Tag } from '@trussworks/react-uswds';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import { ApiErrorAlert } from '@web/ui/alerts';
import { revealSensitive, type Youth } from './api';
import { useFocusAfterRender } from './formParts';
import { SensitiveGroupEditor } from './SensitiveGroupEditor';
import { SENSITIVE_GROUPS, type SensitiveGroup } from './sensitiveDraft';
import { SensitiveValuesView, type RevealedValues } from './sensitiveView';
import type { Editing } from './YouthPage';

interface SensitiveSectionProps {
  youth: Youth;
  revealed: RevealedValues;
  onReveal: (values: RevealedValues) => void;
  onHide: (group: SensitiveGroup) => void;
  editing: Editing;
  onEdit: (editing: Editing) => void;
}

/**
 * The four sensitive groups. Each says whether anything is recorded; its values come only from the
 * revealing endpoint, one group at a time, for people whose role allows it, and every reveal is audited.
 */
export function SensitiveSection(props: SensitiveSectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="youth-sensitive-heading" className="lantern-youth-section">
      <h2 id="youth-sensitive-heading">{t('youth.sensitive.heading')}</h2>
      <p>{t('youth.sensitive.pageIntro')}</p>
      {SENSITIVE_GROUPS.map((group) => (
        <SensitiveGroupCard key={group} group={group} {...props} />
      ))}
    </section>
  );
}

const ids = (group: SensitiveGroup) => ({
  heading: `youth-sensitive-${group}-heading`,
  show: `youth-sensitive-${group}-show`,
  values: `youth-sensitive-${group}-values`,
  edit: `youth-sensitive-${group}-edit`,
});

function SensitiveGroupCard({
  group,
  youth,
  revealed,
  onReveal,
  onHide,
  editing,
  onEdit,
}: SensitiveSectionProps & { group: SensitiveGroup }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const focusLater = useFocusAfterRender();
  const state = youth.sensitive[group];
  const values = revealed[group];
  const id = ids(group);
  const label = t(`vocab.sensitiveGroup.${group}`);
  const canEdit = state.canReveal && hasAbility(me, 'youth.write');
  const isEditing = editing === group;

  const reveal = useMutation({
    mutationFn: () => revealSensitive(youth.id, group),
    onSuccess: (answer) => {
      onReveal({ [answer.group]: answer.values } as RevealedValues);
      focusLater(id.values);
    },
  });

  const closeEditor = () => {
    onEdit(null);
    focusLater(id.values);
  };

  return (
    <section
      aria-labelledby={id.heading}
      className="lantern-sensitive-group"
      data-testid={`sensitive-${group}`}
    >
      <h3 id={id.heading}>{label}</h3>
      {!state.canReveal && (
        <p>
          <Tag className="lantern-tag-restricted">{t('youth.sensitive.restricted')}</Tag>{' '}
          {state.present ? t('youth.sensitive.restrictedRecorded') : t('youth.sensitive.restrictedEmpty')}
        </p>
      )}
      {state.canReveal && !values && !isEditing && (
        <>
          {state.present ? (
            <>
              <p>
                <Tag className="lantern-tag-recorded">{t('youth.sensitive.recorded')}</Tag>{' '}
                {t('youth.sensitive.showLogged')}
              </p>
              <Button
                type="button"
                outline
                id={id.show}
                aria-busy={reveal.isPending}
                onClick={() => !reveal.isPending && reveal.mutate()}
              >
                {t('youth.sensitive.show')}
                <span className="usa-sr-only"> {label}</span>
              </Button>
            </>
          ) : (
            <p tabIndex={-1} id={id.values}>
              {t('youth.sensitive.nothingRecorded')}
            </p>
          )}
          {!state.present && canEdit && (
            <Button type="button" outline id={id.edit} onClick={() => onEdit(group)}>
              {t('youth.sensitive.add')}
              <span className="usa-sr-only"> {label}</span>
            </Button>
          )}
          {reveal.isError && <ApiErrorAlert error={reveal.error} headingLevel="h3" />}
        </>
      )}
      {values && !isEditing && (
        <div id={id.values} tabIndex={-1} className="lantern-revealed">
          <p className="usa-sr-only">{t('youth.sensitive.shown', { group: label })}</p>
          <SensitiveValuesView group={group} values={values} />
          <ButtonGroup>
            <Button
              type="button"
              outline
              onClick={() => {
                onHide(group);
                focusLater(id.show);
              }}
            >
              {t('youth.sensitive.hide')}
              <span className="usa-sr-only"> {label}</span>
            </Button>
            {canEdit && (
              <Button type="button" outline id={id.edit} onClick={() => onEdit(group)}>
                {t('youth.sensitive.edit')}
                <span className="usa-sr-only"> {label}</span>
              </Button>
            )}
          </ButtonGroup>
        </div>
      )}
      {isEditing && (
        <SensitiveGroupEditor
          group={group}
          youth={youth}
          values={values ?? null}
          onRevealed={onReveal}
          onClose={closeEditor}
        />
      )}
    </section>
  );
}
