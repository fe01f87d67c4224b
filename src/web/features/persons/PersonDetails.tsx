import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@web/ui/format';
import type { Person } from './api';

/** Everything recorded about a person of interest, as a list of facts. */
export function PersonDetails({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const none = t('persons.none');
  const lines = (items: readonly string[]) =>
    items.length === 0 ? (
      none
    ) : (
      <ul className="usa-list usa-list--unstyled">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    );
  const joined = (...parts: (string | null)[]) => parts.filter(Boolean).join(', ');

  return (
    <dl className="lantern-facts">
      <Fact label={t('persons.form.names')}>
        {lines(person.names.map((n) => `${n.name} (${t(`persons.nameKind.${n.kind}`)})`))}
      </Fact>
      <Fact label={t('persons.details.age')}>
        {person.approximateAge === null
          ? t('persons.unknown')
          : t('persons.details.ageYears', { count: person.approximateAge })}
      </Fact>
      <Fact label={t('persons.form.phones')}>
        {lines(person.phones.map((p) => (p.label ? `${p.number} (${p.label})` : p.number)))}
      </Fact>
      <Fact label={t('persons.form.handles')}>
        {lines(person.handles.map((h) => `${h.handle} (${t(`vocab.socialPlatform.${h.platform}`)})`))}
      </Fact>
      <Fact label={t('persons.form.addresses')}>
        {lines(person.addresses.map((a) => joined(a.line, a.city, a.state) + (a.note ? ` — ${a.note}` : '')))}
      </Fact>
      <Fact label={t('persons.form.vehicles')}>
        {lines(
          person.vehicles.map((v) =>
            v.plate
              ? t('persons.details.vehiclePlate', { vehicle: v.description, plate: v.plate })
              : v.description,
          ),
        )}
      </Fact>
      <Fact label={t('persons.form.notes')}>
        {person.notes ? <span className="lantern-preformatted">{person.notes}</span> : none}
      </Fact>
      <Fact label={t('persons.table.county')}>{person.jurisdictionName}</Fact>
      <Fact label={t('persons.details.updated')}>{formatDateTime(person.updatedAt, i18n.language)}</Fact>
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="lantern-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
