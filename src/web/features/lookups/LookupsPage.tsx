import { useRef, useState, type ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EXTENDABLE_LISTS, type ExtendableList } from '@domain/record/vocabulary';
import { useCurrentUser } from '@web/features/auth/session';
import { jurisdictionsQueryOptions, sortJurisdictions } from '@web/features/jurisdictions/api';
import { ApiErrorAlert, Loading } from '@web/ui/alerts';
import { SelectField } from '@web/ui/fields';
import { PageHeading } from '@web/ui/PageHeading';
import { AddLookupValueForm } from './AddLookupValueForm';
import { lookupsForQueryOptions, type CountyLookupValue } from './api';
import { EditLookupValuePanel } from './EditLookupValuePanel';
import { LookupTable } from './LookupTable';

/**
 * The lists a county can extend (industries and settings of exploitation): the built-in values, which
 * no one changes, and the county's own, which its administrators and coordinators add, relabel and
 * deactivate. A deactivated value stays on the records that use it but is no longer offered.
 */
export function LookupsPage(): ReactElement {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const atCounty = me.jurisdiction.kind === 'county';
  const jurisdictions = useQuery({ ...jurisdictionsQueryOptions, enabled: !atCounty });
  const counties = sortJurisdictions(jurisdictions.data ?? []).filter((j) => j.kind === 'county');
  const [chosen, setChosen] = useState('');
  const jurisdictionId = atCounty ? null : chosen ? Number(chosen) : null;
  const lookups = useQuery({
    ...lookupsForQueryOptions(jurisdictionId),
    enabled: atCounty || jurisdictionId !== null,
  });
  const [editing, setEditing] = useState<{ list: ExtendableList; value: CountyLookupValue } | null>(null);
  const openedFrom = useRef<HTMLButtonElement | null>(null);

  const closeEditor = () => {
    setEditing(null);
    openedFrom.current?.focus();
  };

  return (
    <>
      <PageHeading title={t('lookups.title')} />
      <p className="usa-intro">{t('lookups.intro')}</p>
      {!atCounty && (
        <SelectField
          id="lookups-county"
          label={t('lookups.county')}
          hint={t('lookups.countyHint')}
          value={chosen}
          onChange={(event) => {
            setEditing(null);
            setChosen(event.target.value);
          }}
        >
          <option value="">{t('lookups.chooseCounty')}</option>
          {counties.map((county) => (
            <option key={county.id} value={county.id}>
              {county.name}
            </option>
          ))}
        </SelectField>
      )}
      {lookups.isError && <ApiErrorAlert error={lookups.error} />}
      {lookups.isFetching && !lookups.data && <Loading />}
      {lookups.data &&
        EXTENDABLE_LISTS.map((list) => (
          <section key={list} aria-labelledby={`lookup-${list}-heading`} className="lantern-section">
            <h2 id={`lookup-${list}-heading`}>{t(`lookups.lists.${list}`)}</h2>
            <p className="lantern-readable">{t(`lookups.listHints.${list}`)}</p>
            <LookupTable
              list={list}
              values={lookups.data.lists[list]}
              onEdit={(value, button) => {
                openedFrom.current = button;
                setEditing({ list, value });
              }}
            />
            {editing?.list === list && (
              <EditLookupValuePanel key={editing.value.id} value={editing.value} onClose={closeEditor} />
            )}
            <AddLookupValueForm list={list} jurisdictionId={jurisdictionId} />
          </section>
        ))}
    </>
  );
}
