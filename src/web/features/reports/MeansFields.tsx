import { useTranslation } from 'react-i18next';
import { LIMITS, MEANS, type Means, type MeansKind } from '@domain/record/vocabulary';
import { CheckboxGroupField } from '@web/ui/choiceFields';
import { TextAreaField } from '@web/ui/fields';
import type { ExploitationPartProps } from './exploitationPart';
import { fieldDomId, joinPath, messageFor } from './fieldPaths';
import { LegendHeading } from './LegendHeading';

const KINDS = Object.keys(MEANS) as MeansKind[];

/** Force, fraud and coercion, each kind with its own checkboxes and a sentence on what it means. */
export function MeansFields({ form, base, value, onChange, errors, level }: ExploitationPartProps) {
  const { t } = useTranslation();
  const key = joinPath(base, 'means');
  const error = messageFor(errors, key);

  /** Replace the choices of one kind, keeping the others. */
  const setKind = (kind: MeansKind, chosen: Means[]) => {
    const others = value.means.filter((m) => !(MEANS[kind] as readonly Means[]).includes(m));
    onChange({ means: [...others, ...chosen] });
  };

  return (
    <fieldset className="usa-fieldset lantern-subsection" aria-describedby={`${fieldDomId(form, key)}-about`}>
      <LegendHeading level={level} tier="part">
        {t('allegations.means.legend')}
      </LegendHeading>
      <p className="usa-hint" id={`${fieldDomId(form, key)}-about`}>
        {t('allegations.means.hint')}
      </p>
      {error && (
        <span className="usa-error-message" id={`${fieldDomId(form, key)}-error`}>
          {error}
        </span>
      )}
      {KINDS.map((kind, i) => (
        <CheckboxGroupField<Means>
          key={kind}
          // The first group's first box carries the field's id, so an error link lands on it.
          id={i === 0 ? fieldDomId(form, key) : fieldDomId(form, `${key}-${kind}`)}
          legend={t(`vocab.meansKind.${kind}`)}
          legendClassName="usa-legend lantern-legend-minor"
          hint={t(`allegations.means.kindHint.${kind}`)}
          options={MEANS[kind].map((code) => ({
            value: code,
            label: t(`vocab.means.${code}`),
            hint: t(`allegations.means.help.${code}`),
          }))}
          values={value.means.filter((m) => (MEANS[kind] as readonly Means[]).includes(m))}
          onChange={(chosen) => setKind(kind, chosen)}
        />
      ))}
      <TextAreaField
        id={fieldDomId(form, joinPath(base, 'meansNote'))}
        label={t('allegations.means.note')}
        optional
        rows={3}
        value={value.meansNote}
        onChange={(meansNote) => onChange({ meansNote })}
        error={messageFor(errors, joinPath(base, 'meansNote'))}
        maxLength={LIMITS.note}
      />
    </fieldset>
  );
}
