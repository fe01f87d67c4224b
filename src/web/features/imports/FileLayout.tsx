import { useTranslation } from 'react-i18next';
import type { OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from '@server/modules/imports/imports.schemas';

/**
 * The columns in the order the page lists them. Typed against the server's lists, so a column added or
 * removed there fails the type check here (and the zod runtime stays out of the browser bundle).
 */
const REQUIRED: Record<(typeof REQUIRED_COLUMNS)[number], number> = {
  referral_id: 0,
  received_date: 1,
  county: 2,
  child_id: 3,
  date_of_birth: 4,
  gender: 5,
  allegation_category: 6,
  allegation_subcategory: 7,
  disposition: 8,
  disposition_date: 9,
  reporter_type: 10,
  screening_decision: 11,
};
const OPTIONAL: Record<(typeof OPTIONAL_COLUMNS)[number], number> = {
  child_first_name: 0,
  child_last_name: 1,
  response_time: 2,
};
const ordered = (columns: Record<string, number>) =>
  Object.keys(columns).sort((a, b) => columns[a]! - columns[b]!);

function ColumnList({ columns }: { columns: Record<string, number> }) {
  return (
    <ul className="lantern-import-columns">
      {ordered(columns).map((c) => (
        <li key={c}>
          <code>{c}</code>
        </li>
      ))}
    </ul>
  );
}

/** The CSV layout in brief (docs/legacy-import.md has the whole description and an example file). */
export function FileLayout() {
  const { t } = useTranslation();
  return (
    <details className="margin-bottom-4">
      <summary>{t('imports.layout.summary')}</summary>
      <p>{t('imports.layout.text')}</p>
      <ColumnList columns={REQUIRED} />
      <p>{t('imports.layout.optional')}</p>
      <ColumnList columns={OPTIONAL} />
      <p>{t('imports.layout.values')}</p>
    </details>
  );
}
