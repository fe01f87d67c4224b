import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormGroup, Label, Select, TextInput, type TextInputProps } from '@trussworks/react-uswds';

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  /** Ids of further text that describes the input, such as help shared by several fields. */
  'aria-describedby'?: string | undefined;
}

/** Label, hint and error for one input. The label text alone names the input; hint and error describe it. */
function FieldFrame({
  id,
  label,
  hint,
  error,
  optional,
  'aria-describedby': extra,
  children,
}: FieldFrameProps & { children: (describedBy: string | undefined) => ReactNode }) {
  const { t } = useTranslation();
  const describedBy = [extra, hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} error={Boolean(error)}>
        {label}
        {optional && <span className="usa-hint"> {t('common.optional')}</span>}
      </Label>
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
      {children(describedBy || undefined)}
    </FormGroup>
  );
}

type TextFieldProps = FieldFrameProps &
  Omit<ComponentProps<'input'>, 'id' | 'type' | 'ref'> & { type?: TextInputProps['type'] | 'date' };

export function TextField(props: TextFieldProps) {
  const {
    id,
    label,
    hint,
    error,
    optional,
    type = 'text',
    name,
    'aria-describedby': extra,
    ...input
  } = props;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional} aria-describedby={extra}>
      {(describedBy) => {
        const shared = {
          id,
          name: name ?? id,
          'aria-describedby': describedBy,
          'aria-invalid': error ? true : undefined,
          required: !optional,
        };
        // The USWDS TextInput has no date type; a native date input with the same styling does the job.
        if (type === 'date') {
          return (
            <input
              type="date"
              className={`usa-input${error ? ' usa-input--error' : ''}`}
              {...shared}
              {...input}
            />
          );
        }
        return (
          <TextInput type={type} validationStatus={error ? 'error' : undefined} {...shared} {...input} />
        );
      }}
    </FieldFrame>
  );
}

type SelectFieldProps = FieldFrameProps & Omit<ComponentProps<'select'>, 'id' | 'ref'>;

export function SelectField(props: SelectFieldProps) {
  const { id, label, hint, error, optional, name, children, 'aria-describedby': extra, ...select } = props;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional} aria-describedby={extra}>
      {(describedBy) => (
        <Select
          id={id}
          name={name ?? id}
          validationStatus={error ? 'error' : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...select}
        >
          {children}
        </Select>
      )}
    </FieldFrame>
  );
}
