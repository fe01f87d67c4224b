import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from './formErrors';

interface ErrorSummaryProps {
  errors: FormErrors | null;
  /** Maps a field path from the server ("email") to the id of its input, so the summary can link to it. */
  fieldIds?: Readonly<Record<string, string>>;
  headingLevel?: 'h2' | 'h3' | 'h4';
}

/**
 * The list of problems at the top of a form. It takes focus when it appears, so keyboard and screen
 * reader users land on it, and each problem links to its field.
 */
export function ErrorSummary({ errors, fieldIds = {}, headingLevel: Heading = 'h2' }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();

  useEffect(() => {
    if (errors) ref.current?.focus();
  }, [errors]);

  if (!errors) return null;

  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };

  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="usa-alert usa-alert--error lantern-error-summary"
      data-testid="error-summary"
    >
      <div className="usa-alert__body" role="alert" aria-labelledby={headingId}>
        <Heading id={headingId} className="usa-alert__heading">
          {t('errors.summaryHeading')}
        </Heading>
        {!errors.fields.some((field) => field.message === errors.message) && (
          <p className="usa-alert__text">{errors.message}</p>
        )}
        {errors.fields.length > 0 && (
          <ul className="usa-list">
            {errors.fields.map((field) => {
              const id = fieldIds[field.path];
              return (
                <li key={`${field.path}:${field.message}`}>
                  {id ? (
                    <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                      {field.message}
                    </a>
                  ) : (
                    field.message
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
