import { useTranslation } from 'react-i18next';
import { Button, Fieldset } from '@trussworks/react-uswds';
import { SOCIAL_PLATFORMS } from '@domain/record/vocabulary';
import { CodeSelect, TextField } from '@web/ui/fields';
import { fieldMessage } from '@web/ui/formErrors';
import { fieldId } from './fieldIds';
import { useFocusAfterRender } from './formParts';
import { emptyHandle, emptyPhone, pathOf, type GroupFieldsProps } from './sensitiveDraft';

/** Phone numbers and social-media handles: two lists of rows, each with its own "Add" button. */
export function IdentifiersFields({ prefix, draft, onChange, errors }: GroupFieldsProps<'identifiers'>) {
  const { t } = useTranslation();
  const focusLater = useFocusAfterRender();
  const { phones, handles } = draft;
  const path = (list: 'phones' | 'handles', index: number, field: string) =>
    pathOf('identifiers', `${list}.${index}.${field}`);
  const addPhoneId = fieldId(prefix, pathOf('identifiers', 'phones.add'));
  const addHandleId = fieldId(prefix, pathOf('identifiers', 'handles.add'));

  return (
    <>
      <Fieldset legend={t('youth.sensitive.phonesLegend')}>
        <p className="usa-hint" id={fieldId(prefix, pathOf('identifiers', 'phones'))} tabIndex={-1}>
          {phones.length === 0 ? t('youth.sensitive.noPhones') : t('youth.sensitive.phonesHint')}
        </p>
        {phones.map((row, index) => {
          const number = index + 1;
          const change = (patch: Partial<typeof row>) =>
            onChange({ ...draft, phones: phones.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
          return (
            <div key={row.key} className="lantern-row-group">
              <TextField
                id={fieldId(prefix, path('phones', index, 'number'))}
                type="tel"
                label={t('youth.sensitive.phoneNumber', { number })}
                autoComplete="off"
                value={row.number}
                onChange={(event) => change({ number: event.target.value })}
                error={fieldMessage(errors, path('phones', index, 'number'))}
              />
              <TextField
                id={fieldId(prefix, path('phones', index, 'label'))}
                label={t('youth.sensitive.phoneLabel', { number })}
                hint={t('youth.sensitive.phoneLabelHint')}
                optional
                value={row.label}
                onChange={(event) => change({ label: event.target.value })}
                error={fieldMessage(errors, path('phones', index, 'label'))}
              />
              <Button
                type="button"
                unstyled
                className="lantern-row-remove"
                onClick={() => {
                  onChange({ ...draft, phones: phones.filter((_, i) => i !== index) });
                  focusLater(addPhoneId);
                }}
              >
                {t('youth.form.remove')}
                <span className="usa-sr-only"> {t('youth.sensitive.phoneNumber', { number })}</span>
              </Button>
            </div>
          );
        })}
        <Button
          type="button"
          outline
          id={addPhoneId}
          className="lantern-row-add"
          onClick={() => {
            onChange({ ...draft, phones: [...phones, emptyPhone()] });
            focusLater(fieldId(prefix, path('phones', phones.length, 'number')));
          }}
        >
          {t('youth.sensitive.addPhone')}
        </Button>
      </Fieldset>

      <Fieldset legend={t('youth.sensitive.handlesLegend')}>
        <p className="usa-hint" id={fieldId(prefix, pathOf('identifiers', 'handles'))} tabIndex={-1}>
          {handles.length === 0 ? t('youth.sensitive.noHandles') : t('youth.sensitive.handlesHint')}
        </p>
        {handles.map((row, index) => {
          const number = index + 1;
          const change = (patch: Partial<typeof row>) =>
            onChange({ ...draft, handles: handles.map((h, i) => (i === index ? { ...h, ...patch } : h)) });
          return (
            <div key={row.key} className="lantern-row-group">
              <CodeSelect
                id={fieldId(prefix, path('handles', index, 'platform'))}
                label={t('youth.sensitive.platform', { number })}
                codes={SOCIAL_PLATFORMS}
                value={row.platform}
                onChange={(platform) => change({ platform })}
                labelFor={(code) => t(`vocab.socialPlatform.${code}`)}
                blank={t('youth.sensitive.choosePlatform')}
                error={fieldMessage(errors, path('handles', index, 'platform'))}
              />
              <TextField
                id={fieldId(prefix, path('handles', index, 'handle'))}
                label={t('youth.sensitive.handle', { number })}
                autoComplete="off"
                spellCheck={false}
                value={row.handle}
                onChange={(event) => change({ handle: event.target.value })}
                error={fieldMessage(errors, path('handles', index, 'handle'))}
              />
              <Button
                type="button"
                unstyled
                className="lantern-row-remove"
                onClick={() => {
                  onChange({ ...draft, handles: handles.filter((_, i) => i !== index) });
                  focusLater(addHandleId);
                }}
              >
                {t('youth.form.remove')}
                <span className="usa-sr-only"> {t('youth.sensitive.handle', { number })}</span>
              </Button>
            </div>
          );
        })}
        <Button
          type="button"
          outline
          id={addHandleId}
          className="lantern-row-add"
          onClick={() => {
            onChange({ ...draft, handles: [...handles, emptyHandle()] });
            focusLater(fieldId(prefix, path('handles', handles.length, 'platform')));
          }}
        >
          {t('youth.sensitive.addHandle')}
        </Button>
      </Fieldset>
    </>
  );
}
