import type { ReactNode } from 'react';
import { FormGroup } from '@trussworks/react-uswds';
import { describedBy, HintAndError } from './fields';

/**
 * Checkboxes and radio buttons. Each option's help text describes its input without lengthening its name.
 * For a group, the group's id goes on the first input, so an error link lands on it.
 */

export interface Option<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface ChoiceProps {
  kind: 'checkbox' | 'radio';
  id: string;
  name: string;
  value?: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
}

/** One checkbox or radio button with its label and help text. */
function Choice({ kind, id, name, value, label, hint, checked, onChange, className }: ChoiceProps) {
  return (
    <div className={[`usa-${kind}`, 'lantern-choice', className].filter(Boolean).join(' ')}>
      <input
        className={`usa-${kind}__input`}
        type={kind}
        id={id}
        name={name}
        value={value}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-help` : undefined}
      />
      <label className={`usa-${kind}__label`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="usa-hint lantern-choice-help" id={`${id}-help`}>
          {hint}
        </span>
      )}
    </div>
  );
}

interface GroupFrameProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  legendClassName?: string;
}

/** A fieldset with its legend, hint and error, around a group of choices. */
function GroupFrame({
  id,
  legend,
  hint,
  error,
  legendClassName = 'usa-legend',
  children,
}: GroupFrameProps & { children: ReactNode }) {
  return (
    <FormGroup error={Boolean(error)}>
      <fieldset
        className="usa-fieldset"
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      >
        <legend className={legendClassName}>{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        {children}
      </fieldset>
    </FormGroup>
  );
}

/**
 * A group's options, one input each. The first carries the group's id, so an error link lands on it; the
 * others add their value to it.
 */
function Options<T extends string>(props: {
  kind: 'checkbox' | 'radio';
  id: string;
  options: readonly Option<T>[];
  isChecked: (value: T) => boolean;
  onChange: (value: T, checked: boolean) => void;
}) {
  const { kind, id, options, isChecked, onChange } = props;
  return options.map((option, i) => (
    <Choice
      key={option.value}
      kind={kind}
      id={i === 0 ? id : `${id}--${option.value}`}
      name={id}
      value={option.value}
      label={option.label}
      hint={option.hint}
      checked={isChecked(option.value)}
      onChange={(checked) => onChange(option.value, checked)}
    />
  ));
}

interface RadioGroupFieldProps<T extends string> extends Omit<GroupFrameProps, 'legendClassName'> {
  options: readonly Option<T>[];
  value: T | '';
  onChange: (value: T) => void;
}

export function RadioGroupField<T extends string>({
  options,
  value,
  onChange,
  ...frame
}: RadioGroupFieldProps<T>) {
  return (
    <GroupFrame {...frame}>
      <Options
        kind="radio"
        id={frame.id}
        options={options}
        isChecked={(v) => v === value}
        onChange={(v) => onChange(v)}
      />
    </GroupFrame>
  );
}

interface CheckboxGroupFieldProps<T extends string> extends GroupFrameProps {
  options: readonly Option<T>[];
  values: readonly T[];
  onChange: (values: T[]) => void;
  /** Lays a long list of short options out in columns on wider screens. */
  columns?: boolean;
}

/** Checkboxes under one legend. */
export function CheckboxGroupField<T extends string>({
  options,
  values,
  onChange,
  columns = false,
  ...frame
}: CheckboxGroupFieldProps<T>) {
  const toggle = (value: T, checked: boolean) =>
    onChange(checked ? [...values, value] : values.filter((v) => v !== value));
  return (
    <GroupFrame {...frame}>
      <div className={columns ? 'lantern-choice-columns' : undefined}>
        <Options
          kind="checkbox"
          id={frame.id}
          options={options}
          isChecked={(v) => values.includes(v)}
          onChange={toggle}
        />
      </div>
    </GroupFrame>
  );
}

/** One checkbox on its own (a yes/no question such as "Still going on"). */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  hint,
}: {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
}) {
  return (
    <Choice
      kind="checkbox"
      id={id}
      name={id}
      label={label}
      hint={hint}
      checked={checked}
      onChange={onChange}
      className="lantern-single-checkbox"
    />
  );
}
