import type { SensitiveGroup, SensitiveValues } from '@server/modules/youth/youth.schemas';
import type { FieldError, FormErrors } from '@web/ui/formErrors';
import { orNull, rowKey } from './draft';

/**
 * The four sensitive groups as their forms hold them, and as the API takes them. A group is sent only by
 * someone allowed to change it, and on a new youth only when something was entered.
 */
export type { SensitiveGroup, SensitiveValues };

/** The groups in the order the page shows them (typed against the server's list). */
const GROUP_ORDER: Record<SensitiveGroup, number> = { immigration: 0, sogie: 1, tattoos: 2, identifiers: 3 };
export const SENSITIVE_GROUPS = (Object.keys(GROUP_ORDER) as SensitiveGroup[]).sort(
  (a, b) => GROUP_ORDER[a] - GROUP_ORDER[b],
);

/** The permission that reveals and changes each group. */
export const GROUP_ABILITY = {
  immigration: 'youth.sensitive.immigration',
  sogie: 'youth.sensitive.sogie',
  tattoos: 'youth.sensitive.tattoos',
  identifiers: 'youth.sensitive.identifiers',
} as const satisfies Record<SensitiveGroup, string>;

type Immigration = SensitiveValues['immigration'];
type Sogie = SensitiveValues['sogie'];
type Tattoo = SensitiveValues['tattoos']['tattoos'][number];
type Phone = SensitiveValues['identifiers']['phones'][number];
type Handle = SensitiveValues['identifiers']['handles'][number];

export type CitizenshipStatus = NonNullable<Immigration['citizenshipStatus']>;
export type GenderIdentity = NonNullable<Sogie['genderIdentity']>;
export type SexualOrientation = NonNullable<Sogie['sexualOrientation']>;
export type GenderExpression = NonNullable<Sogie['genderExpression']>;
export type TattooOrigin = Tattoo['origin'];
export type SocialPlatform = Handle['platform'];

export interface ImmigrationDraft {
  citizenshipStatus: CitizenshipStatus | '';
  immigrationNotes: string;
}
export interface SogieDraft {
  genderIdentity: GenderIdentity | '';
  sexualOrientation: SexualOrientation | '';
  genderExpression: GenderExpression | '';
  pronouns: string;
}
export interface TattooRow {
  key: string;
  description: string;
  bodyLocation: string;
  origin: TattooOrigin;
  whereObtained: string;
}
export interface PhoneRow {
  key: string;
  number: string;
  label: string;
}
export interface HandleRow {
  key: string;
  platform: SocialPlatform | '';
  handle: string;
}
export interface TattoosDraft {
  tattoos: TattooRow[];
}
export interface IdentifiersDraft {
  phones: PhoneRow[];
  handles: HandleRow[];
}

export interface SensitiveDrafts {
  immigration: ImmigrationDraft;
  sogie: SogieDraft;
  tattoos: TattoosDraft;
  identifiers: IdentifiersDraft;
}

export const emptyTattoo = (): TattooRow => ({
  key: rowKey(),
  description: '',
  bodyLocation: '',
  origin: 'unknown',
  whereObtained: '',
});
export const emptyPhone = (): PhoneRow => ({ key: rowKey(), number: '', label: '' });
export const emptyHandle = (): HandleRow => ({ key: rowKey(), platform: '', handle: '' });

export function emptySensitiveDrafts(): SensitiveDrafts {
  return {
    immigration: { citizenshipStatus: '', immigrationNotes: '' },
    sogie: { genderIdentity: '', sexualOrientation: '', genderExpression: '', pronouns: '' },
    tattoos: { tattoos: [] },
    identifiers: { phones: [], handles: [] },
  };
}

/** The form's copy of values revealed from the server (or empty ones when nothing is recorded). */
export function sensitiveDraftFrom<G extends SensitiveGroup>(
  group: G,
  values: SensitiveValues[G] | null,
): SensitiveDrafts[G] {
  const drafts = emptySensitiveDrafts();
  if (!values) return drafts[group];
  const filled: { [K in SensitiveGroup]: (v: SensitiveValues[K]) => SensitiveDrafts[K] } = {
    immigration: (v) => ({
      citizenshipStatus: v.citizenshipStatus ?? '',
      immigrationNotes: v.immigrationNotes ?? '',
    }),
    sogie: (v) => ({
      genderIdentity: v.genderIdentity ?? '',
      sexualOrientation: v.sexualOrientation ?? '',
      genderExpression: v.genderExpression ?? '',
      pronouns: v.pronouns ?? '',
    }),
    tattoos: (v) => ({
      tattoos: v.tattoos.map((tattoo) => ({
        key: rowKey(),
        description: tattoo.description,
        bodyLocation: tattoo.bodyLocation,
        origin: tattoo.origin,
        whereObtained: tattoo.whereObtained ?? '',
      })),
    }),
    identifiers: (v) => ({
      phones: v.phones.map((phone) => ({ key: rowKey(), number: phone.number, label: phone.label ?? '' })),
      handles: v.handles.map((h) => ({ key: rowKey(), platform: h.platform, handle: h.handle })),
    }),
  };
  return filled[group](values);
}

/** A group's values as the API takes (and, after saving, as the page shows) them. */
export function sensitiveValuesFrom<G extends SensitiveGroup>(
  group: G,
  draft: SensitiveDrafts[G],
): SensitiveValues[G] {
  const convert: { [K in SensitiveGroup]: (d: SensitiveDrafts[K]) => SensitiveValues[K] } = {
    immigration: (d) => ({
      citizenshipStatus: d.citizenshipStatus || null,
      immigrationNotes: orNull(d.immigrationNotes),
    }),
    sogie: (d) => ({
      genderIdentity: d.genderIdentity || null,
      sexualOrientation: d.sexualOrientation || null,
      genderExpression: d.genderExpression || null,
      pronouns: orNull(d.pronouns),
    }),
    tattoos: (d) => ({
      tattoos: d.tattoos.map((row): Tattoo => ({
        description: row.description.trim(),
        bodyLocation: row.bodyLocation.trim(),
        origin: row.origin,
        whereObtained: orNull(row.whereObtained),
      })),
    }),
    identifiers: (d) => ({
      phones: d.phones.map((row): Phone => ({ number: row.number.trim(), label: orNull(row.label) })),
      // A handle without a platform is caught by checkSensitiveDraft before anything is sent.
      handles: d.handles.map((row) => ({ platform: row.platform, handle: row.handle.trim() }) as Handle),
    }),
  };
  return convert[group](draft);
}

/** Whether a group's values hold anything at all. */
export function hasSensitiveValues<G extends SensitiveGroup>(group: G, values: SensitiveValues[G]): boolean {
  const v = values as SensitiveValues[SensitiveGroup];
  switch (group) {
    case 'immigration': {
      const i = v as Immigration;
      return i.citizenshipStatus !== null || i.immigrationNotes !== null;
    }
    case 'sogie': {
      const s = v as Sogie;
      return Object.values(s).some((value) => value !== null);
    }
    case 'tattoos':
      return (v as SensitiveValues['tattoos']).tattoos.length > 0;
    default: {
      const ids = v as SensitiveValues['identifiers'];
      return ids.phones.length > 0 || ids.handles.length > 0;
    }
  }
}

/**
 * What the browser can tell before sending: a handle needs its platform (a choice the server would only
 * call "invalid"). Paths are the ones the API reports, so one error summary serves both.
 */
export function checkSensitiveDraft(
  drafts: Partial<SensitiveDrafts>,
  message: { platformRequired: string },
): FieldError[] {
  return (drafts.identifiers?.handles ?? []).flatMap((row, index) =>
    row.platform
      ? []
      : [{ path: `sensitive.identifiers.handles.${index}.platform`, message: message.platformRequired }],
  );
}

/**
 * The sensitive part of a new youth: only the groups this person may change, and of those only the ones
 * where something was entered (an empty group is not worth an audit line saying it was set).
 */
export function sensitiveCreateBody(
  allowed: readonly SensitiveGroup[],
  drafts: SensitiveDrafts,
): Partial<SensitiveValues> {
  const body: Partial<Record<SensitiveGroup, unknown>> = {};
  for (const group of allowed) {
    const values = sensitiveValuesFrom(group, drafts[group]);
    if (hasSensitiveValues(group, values)) body[group] = values;
  }
  return body as Partial<SensitiveValues>;
}

/** What every group's inputs take: the working copy, its setter, and the errors the API or the browser found. */
export interface GroupFieldsProps<G extends SensitiveGroup> {
  prefix: string;
  draft: SensitiveDrafts[G];
  onChange: (draft: SensitiveDrafts[G]) => void;
  errors: FormErrors | null;
}

/** A sensitive input's path as the API reports it: "sensitive.tattoos.tattoos.0.description". */
export const pathOf = (group: SensitiveGroup, field: string) => `sensitive.${group}.${field}`;
