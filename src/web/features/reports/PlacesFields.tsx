import { useTranslation } from 'react-i18next';
import { Button } from '@trussworks/react-uswds';
import { TextField } from '@web/ui/fields';
import { emptyPlace, type PlaceDraft } from './draft';
import type { ExploitationPartProps } from './exploitationPart';
import { fieldDomId, joinPath, messageFor } from './fieldPaths';
import { LegendHeading } from './LegendHeading';

const focusSoon = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

/** Where it happened: as many places as are known, each a short description and where it is. */
export function PlacesFields({ form, base, value, onChange, errors, level }: ExploitationPartProps) {
  const { t } = useTranslation();
  const key = joinPath(base, 'places');
  const addId = `${fieldDomId(form, key)}-add`;
  const rowKey = (i: number, field: keyof Omit<PlaceDraft, 'key'>) => `${key}.${i}.${field}`;

  const update = (i: number, patch: Partial<PlaceDraft>) =>
    onChange({ places: value.places.map((place, j) => (j === i ? { ...place, ...patch } : place)) });
  const add = () => {
    onChange({ places: [...value.places, emptyPlace()] });
    focusSoon(fieldDomId(form, rowKey(value.places.length, 'description')));
  };
  const remove = (i: number) => {
    onChange({ places: value.places.filter((_, j) => j !== i) });
    focusSoon(addId);
  };

  return (
    <fieldset className="usa-fieldset lantern-subsection" id={fieldDomId(form, key)} tabIndex={-1}>
      <LegendHeading level={level} tier="part">
        {t('allegations.places.legend')}
      </LegendHeading>
      <p className="usa-hint">{t('allegations.places.hint')}</p>
      {value.places.length === 0 && <p>{t('allegations.places.none')}</p>}
      {value.places.map((place, i) => (
        <fieldset key={place.key} className="usa-fieldset lantern-place">
          <legend className="usa-legend">{t('allegations.places.place', { number: i + 1 })}</legend>
          <TextField
            id={fieldDomId(form, rowKey(i, 'description'))}
            label={t('allegations.places.description')}
            hint={t('allegations.places.descriptionHint')}
            value={place.description}
            maxLength={200}
            onChange={(event) => update(i, { description: event.target.value })}
            error={messageFor(errors, rowKey(i, 'description'))}
          />
          <div className="lantern-field-row">
            <TextField
              id={fieldDomId(form, rowKey(i, 'county'))}
              label={t('allegations.places.county')}
              optional
              value={place.county}
              maxLength={80}
              onChange={(event) => update(i, { county: event.target.value })}
              error={messageFor(errors, rowKey(i, 'county'))}
            />
            <TextField
              id={fieldDomId(form, rowKey(i, 'state'))}
              label={t('allegations.places.state')}
              optional
              value={place.state}
              maxLength={40}
              onChange={(event) => update(i, { state: event.target.value })}
              error={messageFor(errors, rowKey(i, 'state'))}
            />
            <TextField
              id={fieldDomId(form, rowKey(i, 'country'))}
              label={t('allegations.places.country')}
              optional
              value={place.country}
              maxLength={80}
              onChange={(event) => update(i, { country: event.target.value })}
              error={messageFor(errors, rowKey(i, 'country'))}
            />
          </div>
          <Button type="button" unstyled className="lantern-remove" onClick={() => remove(i)}>
            {t('allegations.places.remove', { number: i + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button type="button" outline id={addId} onClick={add}>
        {t('allegations.places.add')}
      </Button>
    </fieldset>
  );
}
