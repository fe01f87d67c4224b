import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormGroup, Label, Select, Textarea, TextInput, type TextInputProps } from '@trussworks/react-uswds';

/**
 * Lantern's form fields: one frame (label, hint, error) around every kind of input, so each reads and is
 * announced the same way. Checkboxes and radio buttons are in choiceFields.tsx.
 */

export interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  /** Ids of further text that describes the input, such as help shared by several fields. */
  'aria-describedby'?: string | undefined;
}

/** The ids given as strings, joined with spaces; anything falsy (a missing hint, no error) is left out. */
export function describedBy(...ids: unknown[]): string | undefined {
  const joined = ids.filter((id): id is string => typeof id === 'string' && id.length > 0).join(' ');
  return joined || undefined;
}

/** A field's hint and error message, with the ids its input (or fieldset) is described by. */
export function HintAndError({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  return (
    <>
      {hint && (
        <div className="usa-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="usa-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
    </>
  );
}

/**
 * Label, hint and error for one input. The label text alone names the input; hint and error describe it.
 * `children` receives the ids the input's aria-describedby should hold.
 */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  optional,
  'aria-describedby': extra,
  children,
}: FieldFrameProps & { children: (describedBy: string | undefined) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} error={Boolean(error)}>
        {label}
        {optional && <span className="usa-hint"> {t('common.optional')}</span>}
      </Label>
      <HintAndError id={id} hint={hint} error={error} />
      {children(describedBy(extra, hint && `${id}-hint`, error && `${id}-error`))}
    </FormGroup>
  );
}

/** The frame's own props, taken off the rest (which go to the input). */
function frameProps<P extends FieldFrameProps>(props: P) {
  const { id, label, hint, error, optional, 'aria-describedby': extra, ...rest } = props;
  return { frame: { id, label, hint, error, optional, 'aria-describedby': extra }, rest };
}

type TextFieldProps = FieldFrameProps &
  Omit<ComponentProps<'input'>, 'id' | 'type' | 'ref'> & { type?: TextInputProps['type'] | 'date' | 'time' };

/** A one-line input: text, search, email, password, number, date or time. */
export function TextField(props: TextFieldProps) {
  const { frame, rest } = frameProps(props);
  const { type = 'text', name, className, ...input } = rest;
  const { id, error, optional } = frame;
  return (
    <FieldFrame {...frame}>
      {(ids) => {
        const shared = {
          id,
          name: name ?? id,
          'aria-describedby': ids,
          'aria-invalid': error ? true : undefined,
          required: !optional,
        };
        // The USWDS TextInput has no date or time type; a native input with the same styling does the job.
        if (type === 'date' || type === 'time') {
          const classes = ['usa-input', type === 'time' && 'lantern-input-time', error && 'usa-input--error'];
          return (
            <input
              type={type}
              className={[...classes, className].filter(Boolean).join(' ')}
              {...shared}
              {...input}
            />
          );
        }
        return (
          <TextInput
            type={type}
            className={className}
            validationStatus={error ? 'error' : undefined}
            {...shared}
            {...input}
          />
        );
      }}
    </FieldFrame>
  );
}

type SelectFieldProps = FieldFrameProps & Omit<ComponentProps<'select'>, 'id' | 'ref'>;

export function SelectField(props: SelectFieldProps) {
  const { frame, rest } = frameProps(props);
  const { name, children, ...select } = rest;
  const { id, error } = frame;
  return (
    <FieldFrame {...frame}>
      {(ids) => (
        <Select
          id={id}
          name={name ?? id}
          validationStatus={error ? 'error' : undefined}
          aria-describedby={ids}
          aria-invalid={error ? true : undefined}
          {...select}
        >
          {children}
        </Select>
      )}
    </FieldFrame>
  );
}

type TextAreaFieldProps = FieldFrameProps &
  Omit<ComponentProps<'textarea'>, 'id' | 'ref' | 'value' | 'onChange' | 'maxLength'> & {
    value: string;
    onChange: (value: string) => void;
    /** Shows "n of max characters" under the box and marks going over it (typing is never cut off). */
    maxLength?: number;
  };

/** Several lines of text, optionally with a running count against a limit. */
export function TextAreaField(props: TextAreaFieldProps) {
  const { t } = useTranslation();
  const { frame, rest } = frameProps(props);
  const { name, value, onChange, maxLength, ...textarea } = rest;
  const { id, error, optional } = frame;
  const over = maxLength !== undefined && value.length > maxLength;
  return (
    <FieldFrame {...frame}>
      {(ids) => (
        <>
          <Textarea
            id={id}
            name={name ?? id}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            error={Boolean(error) || over}
            aria-describedby={describedBy(ids, maxLength !== undefined && `${id}-count`)}
            aria-invalid={error || over ? true : undefined}
            required={!optional}
            {...textarea}
          />
          {maxLength !== undefined && (
            <div
              id={`${id}-count`}
              className={over ? 'usa-error-message lantern-char-count' : 'usa-hint lantern-char-count'}
            >
              {over
                ? t('common.charactersOver', {
                    count: value.length - maxLength,
                    max: maxLength.toLocaleString(),
                  })
                : t('common.characters', {
                    used: value.length.toLocaleString(),
                    max: maxLength.toLocaleString(),
                  })}
            </div>
          )}
        </>
      )}
    </FieldFrame>
  );
}

interface CodeSelectProps<C extends string> {
  id: string;
  label: ReactNode;
  codes: readonly C[];
  value: C | '';
  onChange: (value: C | '') => void;
  labelFor: (code: C) => string;
  /** The empty choice's words; without it the select always holds a code. */
  blank?: string;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
}

/** One value from a fixed code list, each shown in the person's language. */
export function CodeSelect<C extends string>({
  id,
  label,
  codes,
  value,
  onChange,
  labelFor,
  blank,
  hint,
  error,
  optional,
}: CodeSelectProps<C>) {
  return (
    <SelectField
      id={id}
      label={label}
      hint={hint}
      error={error}
      optional={optional}
      value={value}
      onChange={(event) => {
        const next = codes.find((code) => code === event.target.value);
        onChange(next ?? '');
      }}
    >
      {blank !== undefined && <option value="">{blank}</option>}
      {codes.map((code) => (
        <option key={code} value={code}>
          {labelFor(code)}
        </option>
      ))}
    </SelectField>
  );
}
