import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Form } from '@trussworks/react-uswds';
import type { YouthSearch } from '@web/routes/search';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { TextField } from '@web/ui/fields';
import { fieldMessage, type FormErrors } from '@web/ui/formErrors';

const ID = { q: 'youth-search-q', dob: 'youth-search-dob' } as const;

interface YouthSearchFormProps {
  search: YouthSearch;
  /** Whether this person may search by phone and handle (the identifiers permission). */
  byIdentifiers: boolean;
  onApply: (search: YouthSearch) => void;
}

/** A name, other name, phone or handle, a date of birth, or both. The address keeps the search. */
export function YouthSearchForm({ search, byIdentifiers, onApply }: YouthSearchFormProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(search.q ?? '');
  const [dob, setDob] = useState(search.dob ?? '');
  const [errors, setErrors] = useState<FormErrors | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = { q: q.trim() || undefined, dob: dob || undefined };
    if (!next.q && !next.dob) {
      const message = t('youth.find.needTerms');
      setErrors({ message, fields: [{ path: 'q', message }] });
      return;
    }
    setErrors(null);
    onApply(next);
  };

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={ID} />
      <Form onSubmit={submit} noValidate className="lantern-filters" aria-label={t('youth.find.formLabel')}>
        <TextField
          id={ID.q}
          type="search"
          enterKeyHint="search"
          label={byIdentifiers ? t('youth.find.query') : t('youth.find.queryNames')}
          hint={t('youth.find.termsHint')}
          // Neither box is required on its own: a search needs one of the two, or both (checked on submit).
          required={false}
          autoComplete="off"
          spellCheck={false}
          value={q}
          onChange={(event) => setQ(event.target.value)}
          error={fieldMessage(errors, 'q')}
        />
        <TextField
          id={ID.dob}
          type="date"
          label={t('youth.find.dob')}
          required={false}
          aria-describedby={`${ID.q}-hint`}
          value={dob}
          onChange={(event) => setDob(event.target.value)}
        />
        <ButtonGroup className="lantern-filter-actions">
          <Button type="submit">{t('youth.find.submit')}</Button>
          {(search.q || search.dob) && (
            <Button type="button" outline onClick={() => onApply({})}>
              {t('youth.find.clear')}
            </Button>
          )}
        </ButtonGroup>
      </Form>
    </>
  );
}
