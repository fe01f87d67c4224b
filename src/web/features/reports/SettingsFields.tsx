import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SETTING_LIST_FOR, type ExploitationSubcategory } from '@domain/record/vocabulary';
import { currentLocale } from '@web/i18n';
import { lookupLabel, lookupsQueryOptions, offeredValues } from '@web/features/lookups/api';
import { ApiErrorAlert } from '@web/ui/alerts';
import { CheckboxGroupField } from '@web/ui/choiceFields';
import { TextField } from '@web/ui/fields';
import type { ExploitationPartProps } from './exploitationPart';
import { fieldDomId, joinPath, messageFor } from './fieldPaths';

/** The settings list has no heading of its own: its legend is a field's label. */
interface SettingsFieldsProps extends Omit<ExploitationPartProps, 'level'> {
  subcategory: ExploitationSubcategory;
}

/** Industry or setting: the guide's list for this form of exploitation plus the county's own values. */
export function SettingsFields({ form, base, subcategory, value, onChange, errors }: SettingsFieldsProps) {
  const { t } = useTranslation();
  const list = SETTING_LIST_FOR[subcategory];
  const lookups = useQuery({ ...lookupsQueryOptions, enabled: list !== null });
  const locale = currentLocale();
  const key = (field: string) => joinPath(base, field);
  const values = list && lookups.data ? offeredValues(lookups.data.lists[list], value.settings) : [];

  return (
    <>
      {list && lookups.isError && <ApiErrorAlert error={lookups.error} headingLevel="h3" />}
      {list && lookups.isPending && <p className="lantern-loading">{t('common.loading')}</p>}
      {list && values.length > 0 && (
        <CheckboxGroupField
          id={fieldDomId(form, key('settings'))}
          legend={t(`allegations.settings.legend.${list}`)}
          hint={t('allegations.settings.hint')}
          error={messageFor(errors, key('settings'))}
          options={values.map((v) => ({
            value: v.code,
            label: v.active
              ? lookupLabel(v, locale)
              : t('allegations.settings.inactive', { label: lookupLabel(v, locale) }),
          }))}
          columns
          values={value.settings}
          onChange={(settings) => onChange({ settings })}
        />
      )}
      <TextField
        id={fieldDomId(form, key('settingOther'))}
        label={list ? t('allegations.settings.other') : t('allegations.settings.describe')}
        hint={t('allegations.settings.otherHint')}
        optional
        value={value.settingOther}
        onChange={(event) => onChange({ settingOther: event.target.value })}
        error={messageFor(errors, key('settingOther'))}
        maxLength={200}
      />
    </>
  );
}
