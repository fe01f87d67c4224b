import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, Grid } from '@trussworks/react-uswds';
import type { AuditSearch } from '@web/routes/search';
import { TextField } from '@web/ui/fields';
import { FilterActions } from '@web/ui/FormActions';

type Field = keyof AuditSearch;

type TextLabel =
  'audit.filters.action' | 'audit.filters.actorEmail' | 'audit.filters.entityType' | 'audit.filters.entityId';

const TEXT_FIELDS: ReadonlyArray<{ field: Field; label: TextLabel }> = [
  { field: 'action', label: 'audit.filters.action' },
  { field: 'actorEmail', label: 'audit.filters.actorEmail' },
  { field: 'entityType', label: 'audit.filters.entityType' },
  { field: 'entityId', label: 'audit.filters.entityId' },
];

const HELP_ID = 'audit-filter-help';

/** Narrow the log by what happened, who did it, to which record, and when. */
export function AuditFilters({
  search,
  onApply,
}: {
  search: AuditSearch;
  onApply: (s: AuditSearch) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<AuditSearch>(search);
  const set = (field: Field, value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const cleaned = Object.fromEntries(
      Object.entries(values).map(([key, value]) => [key, value?.trim() ? value.trim() : undefined]),
    ) as AuditSearch;
    onApply(cleaned);
  };

  return (
    <Form
      onSubmit={submit}
      noValidate
      className="lantern-filters lantern-filters--wide"
      aria-label={t('audit.filters.label')}
    >
      <p id={HELP_ID} className="usa-hint margin-y-0">
        {t('audit.filters.help')}
      </p>
      <Grid row gap>
        {TEXT_FIELDS.map(({ field, label }) => (
          <Grid key={field} tablet={{ col: 6 }} desktop={{ col: 3 }}>
            <TextField
              id={`audit-filter-${field}`}
              label={t(label)}
              aria-describedby={field === 'action' || field === 'entityType' ? HELP_ID : undefined}
              type={field === 'actorEmail' ? 'email' : 'text'}
              required={false}
              autoComplete="off"
              spellCheck={false}
              value={values[field] ?? ''}
              onChange={(event) => set(field, event.target.value)}
            />
          </Grid>
        ))}
        <Grid tablet={{ col: 6 }} desktop={{ col: 3 }}>
          <TextField
            id="audit-filter-from"
            type="date"
            label={t('audit.filters.from')}
            required={false}
            value={values.from ?? ''}
            onChange={(event) => set('from', event.target.value)}
          />
        </Grid>
        <Grid tablet={{ col: 6 }} desktop={{ col: 3 }}>
          <TextField
            id="audit-filter-to"
            type="date"
            label={t('audit.filters.to')}
            required={false}
            value={values.to ?? ''}
            onChange={(event) => set('to', event.target.value)}
          />
        </Grid>
      </Grid>
      <FilterActions onClear={() => onApply({})} />
    </Form>
  );
}
