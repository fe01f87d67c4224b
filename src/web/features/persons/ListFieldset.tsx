import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Fieldset } from '@trussworks/react-uswds';

interface ListFieldsetProps<T> {
  /** The list's id: the "Add" button carries it, so an error about the whole list can point at it. */
  id: string;
  legend: string;
  hint?: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  blank: () => T;
  addLabel: string;
  /** What each entry is called, for its heading and its Remove button ("Phone 2"). */
  itemLabel: (index: number) => string;
  /** The fields of one entry; `update` merges a change into it. */
  render: (item: T, index: number, update: (change: Partial<T>) => void) => ReactNode;
  /** Entries that may not be removed (e.g. a person keeps at least one name). */
  minItems?: number;
  error?: string | undefined;
}

/** A list of entries of the same shape (phones, addresses…), each with its fields, that can grow and shrink. */
export function ListFieldset<T>({
  id,
  legend,
  hint,
  items,
  onChange,
  blank,
  addLabel,
  itemLabel,
  render,
  minItems = 0,
  error,
}: ListFieldsetProps<T>) {
  const { t } = useTranslation();
  const update = (index: number) => (change: Partial<T>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const add = () => {
    onChange([...items, blank()]);
    // Move to the new entry's first input once it is drawn.
    setTimeout(
      () =>
        document
          .querySelector<HTMLElement>(`#${id}-item-${items.length} input, #${id}-item-${items.length} select`)
          ?.focus(),
      0,
    );
  };
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    setTimeout(() => document.getElementById(id)?.focus(), 0);
  };

  return (
    <Fieldset legend={legend} legendStyle="large" className="lantern-list-fieldset">
      {hint && <p className="usa-hint">{hint}</p>}
      {error && (
        <span className="usa-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      {items.length === 0 && <p className="lantern-secondary-text">{t('persons.form.noneYet')}</p>}
      {items.map((item, index) => (
        <Fieldset
          key={index}
          id={`${id}-item-${index}`}
          legend={itemLabel(index)}
          className="lantern-list-item"
        >
          {render(item, index, update(index))}
          {items.length > minItems && (
            <Button type="button" unstyled className="lantern-remove" onClick={() => remove(index)}>
              {t('persons.form.remove', { item: itemLabel(index) })}
            </Button>
          )}
        </Fieldset>
      ))}
      <Button
        type="button"
        outline
        id={id}
        onClick={add}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {addLabel}
      </Button>
    </Fieldset>
  );
}
