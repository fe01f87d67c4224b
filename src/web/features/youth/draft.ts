import type { z } from 'zod';
import type { createYouthBody, updateYouthBody, Youth } from '@server/modules/youth/youth.schemas';

/**
 * The profile form's working copy: every input as the text or choice it shows, turned into an API body
 * only when it is sent. Pure functions, shared by "Add a youth" and "Edit profile".
 */
export type CreateYouthBody = z.input<typeof createYouthBody>;
export type UpdateYouthBody = z.input<typeof updateYouthBody>;

type Code<K extends keyof Youth> = NonNullable<Youth[K]>;
export type Gender = Code<'gender'>;
export type RaceEthnicity = Youth['raceEthnicity'][number];
export type DependencyStatus = Code<'dependencyStatus'>;
export type ProbationStatus = Code<'probationStatus'>;
export type PlacementStatus = Code<'placementStatus'>;
export type OtherNameKind = Youth['otherNames'][number]['kind'];

export interface OtherNameRow {
  /** Stable across edits, so React keeps each row's input (and its focus) as rows come and go. */
  key: string;
  kind: OtherNameKind;
  name: string;
}

export interface ProfileDraft {
  legalFirstName: string;
  legalMiddleName: string;
  legalLastName: string;
  preferredName: string;
  otherNames: OtherNameRow[];
  dateOfBirth: string;
  dobEstimated: boolean;
  gender: Gender | '';
  raceEthnicity: RaceEthnicity[];
  tribalAffiliation: string;
  /** As typed: languages separated by commas. */
  languages: string;
  interpreterNeeded: boolean;
  countryOfBirth: string;
  school: string;
  dependencyStatus: DependencyStatus | '';
  probationStatus: ProbationStatus | '';
  placementStatus: PlacementStatus | '';
}

/** The profile fields of a create or update body (no jurisdiction, no sensitive groups, no version). */
export type ProfileBody = Required<Omit<CreateYouthBody, 'jurisdictionId' | 'sensitive'>>;

let rowCounter = 0;
/** A fresh key for a repeating row. */
export function rowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

export function emptyProfileDraft(): ProfileDraft {
  return {
    legalFirstName: '',
    legalMiddleName: '',
    legalLastName: '',
    preferredName: '',
    otherNames: [],
    dateOfBirth: '',
    dobEstimated: false,
    gender: '',
    raceEthnicity: [],
    tribalAffiliation: '',
    languages: '',
    interpreterNeeded: false,
    countryOfBirth: '',
    school: '',
    dependencyStatus: '',
    probationStatus: '',
    placementStatus: '',
  };
}

export function profileDraftFrom(youth: Youth): ProfileDraft {
  return {
    legalFirstName: youth.legalFirstName,
    legalMiddleName: youth.legalMiddleName ?? '',
    legalLastName: youth.legalLastName,
    preferredName: youth.preferredName ?? '',
    otherNames: youth.otherNames.map((other) => ({ key: rowKey(), kind: other.kind, name: other.name })),
    dateOfBirth: youth.dateOfBirth ?? '',
    dobEstimated: youth.dobEstimated,
    gender: youth.gender ?? '',
    raceEthnicity: [...youth.raceEthnicity],
    tribalAffiliation: youth.tribalAffiliation ?? '',
    languages: youth.languages.join(', '),
    interpreterNeeded: youth.interpreterNeeded,
    countryOfBirth: youth.countryOfBirth ?? '',
    school: youth.school ?? '',
    dependencyStatus: youth.dependencyStatus ?? '',
    probationStatus: youth.probationStatus ?? '',
    placementStatus: youth.placementStatus ?? '',
  };
}

/** Blank text is "not recorded" (null), as the API stores it. */
export function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed ? trimmed : null;
}

/** "Spanish, Mam ,spanish" → ["Spanish", "Mam"]: trimmed, blanks dropped, repeats (any case) dropped. */
export function parseLanguages(text: string): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const language = part.trim();
    const folded = language.toLocaleLowerCase();
    if (!language || seen.has(folded)) continue;
    seen.add(folded);
    result.push(language);
  }
  return result;
}

/**
 * The profile as the API takes it. Rows are sent as they are, blank ones too, so that a problem the
 * server finds in row 2 is reported at row 2.
 */
export function profileBody(draft: ProfileDraft): ProfileBody {
  return {
    legalFirstName: draft.legalFirstName.trim(),
    legalMiddleName: orNull(draft.legalMiddleName),
    legalLastName: draft.legalLastName.trim(),
    preferredName: orNull(draft.preferredName),
    otherNames: draft.otherNames.map((row) => ({ kind: row.kind, name: row.name.trim() })),
    dateOfBirth: draft.dateOfBirth || null,
    dobEstimated: draft.dobEstimated,
    gender: draft.gender || null,
    raceEthnicity: [...draft.raceEthnicity],
    tribalAffiliation: orNull(draft.tribalAffiliation),
    languages: parseLanguages(draft.languages),
    interpreterNeeded: draft.interpreterNeeded,
    countryOfBirth: orNull(draft.countryOfBirth),
    school: orNull(draft.school),
    dependencyStatus: draft.dependencyStatus || null,
    probationStatus: draft.probationStatus || null,
    placementStatus: draft.placementStatus || null,
  };
}

/** Only what changed from the record as it stands: an update never re-sends what it did not change. */
export function profilePatch(youth: Youth, draft: ProfileDraft): Partial<ProfileBody> {
  const body = profileBody(draft);
  const patch: Partial<Record<keyof ProfileBody, unknown>> = {};
  for (const key of Object.keys(body) as Array<keyof ProfileBody>) {
    const before = key === 'raceEthnicity' ? [...youth.raceEthnicity].sort() : youth[key];
    const after = key === 'raceEthnicity' ? [...body.raceEthnicity].sort() : body[key];
    if (JSON.stringify(before ?? null) !== JSON.stringify(after ?? null)) patch[key] = body[key];
  }
  return patch as Partial<ProfileBody>;
}

/** Adds or removes one value of a multiple choice, keeping the list's own order. */
export function toggle<T>(list: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  const next = on ? [...new Set([...list, value])] : list.filter((item) => item !== value);
  return next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
