import { useTranslation } from 'react-i18next';
import { Button } from '@trussworks/react-uswds';
import { INSTRUMENT_LIMITS } from '@domain/identification/instrument';
import { TextField } from '@web/ui/fields';
import type { OptionDraft } from './newItem';

interface OptionRowsProps {
  options: OptionDraft[];
  errorFor: (id: string) => string | undefined;
  onChange: (options: OptionDraft[]) => void;
}

/** The options of a new choice item: a key and a label in each language; at least two. */
export function OptionRows({ options, errorFor, onChange }: OptionRowsProps) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<OptionDraft>) =>
    onChange(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  return (
    <fieldset className="usa-fieldset">
      <legend className="usa-legend">{t('instruments.add.options')}</legend>
      <p className="usa-hint">{t('instruments.add.optionsHint')}</p>
      {options.map((option, i) => {
        const n = i + 1;
        return (
          <div
            key={i}
            className="lantern-option-row"
            role="group"
            aria-label={t('instruments.add.optionN', { n })}
          >
            <TextField
              id={`new-item-option-${i}-key`}
              label={t('instruments.add.optionKey', { n })}
              autoComplete="off"
              maxLength={63}
              value={option.key}
              error={errorFor(`new-item-option-${i}-key`)}
              onChange={(event) => set(i, { key: event.target.value })}
            />
            <TextField
              id={`new-item-option-${i}-en`}
              label={t('instruments.add.optionLabel', { n, language: t('identification.languages.en') })}
              lang="en"
              autoComplete="off"
              maxLength={INSTRUMENT_LIMITS.label}
              value={option.en}
              error={errorFor(`new-item-option-${i}-en`)}
              onChange={(event) => set(i, { en: event.target.value })}
            />
            <TextField
              id={`new-item-option-${i}-es`}
              label={t('instruments.add.optionLabel', { n, language: t('identification.languages.es') })}
              lang="es"
              autoComplete="off"
              maxLength={INSTRUMENT_LIMITS.label}
              value={option.es}
              error={errorFor(`new-item-option-${i}-es`)}
              onChange={(event) => set(i, { es: event.target.value })}
            />
            {options.length > 2 && (
              <Button type="button" unstyled onClick={() => onChange(options.filter((_, j) => j !== i))}>
                {t('instruments.add.removeOption', { n })}
              </Button>
            )}
          </div>
        );
      })}
      {options.length < INSTRUMENT_LIMITS.options && (
        <Button type="button" outline onClick={() => onChange([...options, { key: '', en: '', es: '' }])}>
          {t('instruments.add.addOption')}
        </Button>
      )}
    </fieldset>
  );
}
