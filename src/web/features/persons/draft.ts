import type { TFunction } from 'i18next';
import type { FieldError, FormErrors } from '@web/ui/formErrors';
import type { CreatePersonBody, Person } from './api';

export type SocialPlatform = Person['handles'][number]['platform'];

/**
 * The person form's working copy: every input as the person typed it. `toBody` turns it into what the API
 * takes; `checkDraft` finds the mistakes worth catching before sending (the server checks everything again).
 */
export interface PersonDraft {
  names: { kind: 'name' | 'moniker'; name: string }[];
  approximateAge: string;
  phones: { number: string; label: string }[];
  handles: { platform: SocialPlatform | ''; handle: string }[];
  addresses: { line: string; city: string; state: string; note: string }[];
  vehicles: { description: string; plate: string }[];
  notes: string;
}

export type PersonFields = Omit<CreatePersonBody, 'jurisdictionId'>;
export type ListName = 'names' | 'phones' | 'handles' | 'addresses' | 'vehicles';

export const NOTES_MAX = 2000;

export const BLANK = {
  names: () => ({ kind: 'moniker' as const, name: '' }),
  phones: () => ({ number: '', label: '' }),
  handles: () => ({ platform: '' as const, handle: '' }),
  addresses: () => ({ line: '', city: '', state: '', note: '' }),
  vehicles: () => ({ description: '', plate: '' }),
};

export function emptyDraft(): PersonDraft {
  return {
    names: [{ kind: 'name', name: '' }],
    approximateAge: '',
    phones: [],
    handles: [],
    addresses: [],
    vehicles: [],
    notes: '',
  };
}

export function draftFrom(person: Person): PersonDraft {
  return {
    names: person.names.map((n) => ({ ...n })),
    approximateAge: person.approximateAge === null ? '' : String(person.approximateAge),
    phones: person.phones.map((p) => ({ number: p.number, label: p.label ?? '' })),
    handles: person.handles.map((h) => ({ ...h })),
    addresses: person.addresses.map((a) => ({
      line: a.line,
      city: a.city ?? '',
      state: a.state ?? '',
      note: a.note ?? '',
    })),
    vehicles: person.vehicles.map((v) => ({ description: v.description, plate: v.plate ?? '' })),
    notes: person.notes,
  };
}

const orNull = (v: string) => (v.trim() ? v.trim() : null);

export function toBody(d: PersonDraft): PersonFields {
  return {
    names: d.names.map((n) => ({ kind: n.kind, name: n.name.trim() })),
    approximateAge: d.approximateAge.trim() === '' ? null : Number(d.approximateAge),
    phones: d.phones.map((p) => ({ number: p.number.trim(), label: orNull(p.label) })),
    handles: d.handles.map((h) => ({ platform: h.platform as SocialPlatform, handle: h.handle.trim() })),
    addresses: d.addresses.map((a) => ({
      line: a.line.trim(),
      city: orNull(a.city),
      state: orNull(a.state),
      note: orNull(a.note),
    })),
    vehicles: d.vehicles.map((v) => ({ description: v.description.trim(), plate: orNull(v.plate) })),
    notes: d.notes.trim(),
  };
}

/** The fields of `next` that differ from the saved person (what a PATCH sends). */
export function changedFields(person: Person, next: PersonFields): Partial<PersonFields> {
  const saved = toBody(draftFrom(person));
  const patch: Partial<PersonFields> = {};
  for (const key of Object.keys(next) as (keyof PersonFields)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(saved[key])) Object.assign(patch, { [key]: next[key] });
  }
  return patch;
}

/** The mistakes a person can fix before sending, with the server's field paths. */
export function checkDraft(d: PersonDraft, t: TFunction): FieldError[] {
  const problems: FieldError[] = [];
  const need = (ok: boolean, path: string, message: string) => {
    if (!ok) problems.push({ path, message });
  };
  need(d.names.length > 0, 'names', t('persons.validation.nameRequired'));
  d.names.forEach((n, i) => need(n.name.trim() !== '', `names.${i}.name`, t('persons.validation.name')));
  const age = d.approximateAge.trim();
  need(
    age === '' || (/^\d{1,3}$/.test(age) && Number(age) <= 120),
    'approximateAge',
    t('persons.validation.age'),
  );
  d.phones.forEach((p, i) =>
    need(p.number.replace(/\D/g, '').length >= 7, `phones.${i}.number`, t('persons.validation.phone')),
  );
  d.handles.forEach((h, i) => {
    need(h.platform !== '', `handles.${i}.platform`, t('persons.validation.platform'));
    need(h.handle.trim() !== '', `handles.${i}.handle`, t('persons.validation.handle'));
  });
  d.addresses.forEach((a, i) =>
    need(a.line.trim() !== '', `addresses.${i}.line`, t('persons.validation.address')),
  );
  d.vehicles.forEach((v, i) =>
    need(v.description.trim() !== '', `vehicles.${i}.description`, t('persons.validation.vehicle')),
  );
  need(d.notes.trim().length <= NOTES_MAX, 'notes', t('persons.validation.notes', { max: NOTES_MAX }));
  return problems;
}

/** The id of the input a server field path points at ("phones.0.number" → "person-phones-0-number"). */
export const fieldId = (path: string) => `person-${path.replace(/\./g, '-')}`;

/** For the error summary: each problem's field path and the input it links to. */
export function errorFieldIds(errors: FormErrors | null): Record<string, string> {
  return Object.fromEntries((errors?.fields ?? []).map((f) => [f.path, fieldId(f.path)]));
}
