import type {
  AllegationCategory,
  CareTiming,
  ExploitationSubcategory,
  ExploiterRelationship,
  Means,
  ParentRole,
  PerpetratorKind,
  ReporterType,
  ResponseTime,
  ScreeningDecision,
  SOCIAL_PLATFORMS,
  EVALUATED_OUT_REASONS,
} from '@domain/record/vocabulary';
import type { Choice } from '@web/ui/SearchPicker';
import type { AllegationBody, ExploitationBody } from './api';

/**
 * What the report and allegation forms hold while someone types: plain strings for every input, so a
 * half-filled form is representable. `toAllegationBody` and friends turn a draft into the API's request
 * body, leaving out what does not apply (a platform when there was no online recruitment, and so on).
 */
export type YesNoUnknown = 'yes' | 'no' | 'unknown';
export type SocialPlatform = (typeof SOCIAL_PLATFORMS)[number];
export type EvaluatedOutReason = (typeof EVALUATED_OUT_REASONS)[number];

/** The youth or person of interest chosen in a picker. */
export type { Choice };

export interface PlaceDraft {
  /** Stable React key for the row; never sent. */
  key: string;
  description: string;
  county: string;
  state: string;
  country: string;
}

export interface ExploitationDraft {
  settings: string[];
  settingOther: string;
  means: Means[];
  meansNote: string;
  exploiterRelationship: ExploiterRelationship;
  parentRole: ParentRole;
  startDate: string;
  endDate: string;
  ongoing: boolean;
  ageAtFirstOccurrence: string;
  places: PlaceDraft[];
  movedAcrossCountyLines: YesNoUnknown;
  movedAcrossStateLines: YesNoUnknown;
  onlineRecruitment: YesNoUnknown;
  recruitmentPlatform: SocialPlatform | '';
  adStillOnline: YesNoUnknown;
  careTiming: CareTiming;
  reportedToLawEnforcement: YesNoUnknown;
  reportedToLawEnforcementDate: string;
}

export interface AllegationDraft {
  /** Stable React key for the block; never sent. */
  key: string;
  youth: Choice | null;
  perpetratorKind: PerpetratorKind | '';
  perpetratorName: string;
  person: Choice | null;
  category: AllegationCategory | '';
  subcategory: ExploitationSubcategory | '';
  exploitation: ExploitationDraft;
}

export interface ScreeningDraft {
  decision: ScreeningDecision;
  responseTime: ResponseTime | '';
  evaluatedOutReason: EvaluatedOutReason | '';
  evaluatedOutNote: string;
}

export interface ReportDraft {
  /** As a datetime-local input holds it: YYYY-MM-DDTHH:mm in the person's time zone. */
  receivedAt: string;
  reporterType: ReporterType | '';
  reporterName: string;
  narrative: string;
  screening: ScreeningDraft;
  assignToMe: boolean;
  allegations: AllegationDraft[];
}

let nextKey = 0;
/** A key unique within this page load, for list rows React must keep apart. */
export function newKey(prefix: string): string {
  nextKey += 1;
  return `${prefix}-${nextKey}`;
}

export function emptyPlace(): PlaceDraft {
  return { key: newKey('place'), description: '', county: '', state: '', country: '' };
}

export function emptyExploitation(): ExploitationDraft {
  return {
    settings: [],
    settingOther: '',
    means: [],
    meansNote: '',
    exploiterRelationship: 'unknown',
    parentRole: 'unknown',
    startDate: '',
    endDate: '',
    ongoing: false,
    ageAtFirstOccurrence: '',
    places: [],
    movedAcrossCountyLines: 'unknown',
    movedAcrossStateLines: 'unknown',
    onlineRecruitment: 'unknown',
    recruitmentPlatform: '',
    adStillOnline: 'unknown',
    careTiming: 'unknown',
    reportedToLawEnforcement: 'unknown',
    reportedToLawEnforcementDate: '',
  };
}

export function emptyAllegation(youth: Choice | null): AllegationDraft {
  return {
    key: newKey('allegation'),
    youth,
    perpetratorKind: '',
    perpetratorName: '',
    person: null,
    category: '',
    subcategory: '',
    exploitation: emptyExploitation(),
  };
}

export function emptyScreening(): ScreeningDraft {
  return { decision: 'pending', responseTime: '', evaluatedOutReason: '', evaluatedOutNote: '' };
}

/** A new report; `allegations` start it pre-filled (from a screening), else one empty allegation. */
export function emptyReport(now: Date, youth: Choice | null, allegations?: AllegationDraft[]): ReportDraft {
  return {
    receivedAt: toLocalDateTimeInput(now),
    reporterType: '',
    reporterName: '',
    narrative: '',
    screening: emptyScreening(),
    assignToMe: false,
    allegations: allegations && allegations.length > 0 ? allegations : [emptyAllegation(youth)],
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as a datetime-local input shows it (local time, to the minute). */
export function toLocalDateTimeInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Today as YYYY-MM-DD in the person's time zone. */
export function localToday(now: Date = new Date()): string {
  return toLocalDateTimeInput(now).slice(0, 10);
}

/** A datetime-local value as an ISO instant, or null when it is empty or not a time. */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const orNull = (value: string) => {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
};

/** Whole years 0–25 as typed, or null when left empty (anything else is caught by validation). */
export function parseAge(value: string): number | null {
  const trimmed = value.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  return Number(trimmed);
}

function isBlankPlace(place: PlaceDraft): boolean {
  return [place.description, place.county, place.state, place.country].every((v) => !v.trim());
}

export function toExploitationBody(d: ExploitationDraft): ExploitationBody {
  const online = d.onlineRecruitment === 'yes';
  const reported = d.reportedToLawEnforcement === 'yes';
  return {
    settings: [...d.settings],
    settingOther: orNull(d.settingOther),
    means: [...d.means],
    meansNote: orNull(d.meansNote),
    exploiterRelationship: d.exploiterRelationship,
    parentRole: d.parentRole,
    startDate: d.startDate || null,
    endDate: d.ongoing ? null : d.endDate || null,
    ongoing: d.ongoing,
    ageAtFirstOccurrence: parseAge(d.ageAtFirstOccurrence),
    places: d.places
      .filter((place) => !isBlankPlace(place))
      .map((place) => ({
        description: place.description.trim(),
        county: orNull(place.county),
        state: orNull(place.state),
        country: orNull(place.country),
      })),
    movedAcrossCountyLines: d.movedAcrossCountyLines,
    movedAcrossStateLines: d.movedAcrossStateLines,
    onlineRecruitment: d.onlineRecruitment,
    recruitmentPlatform: online && d.recruitmentPlatform ? d.recruitmentPlatform : null,
    adStillOnline: online ? d.adStillOnline : 'unknown',
    careTiming: d.careTiming,
    reportedToLawEnforcement: d.reportedToLawEnforcement,
    reportedToLawEnforcementDate: reported ? d.reportedToLawEnforcementDate || null : null,
  };
}

/**
 * The API body for one allegation. Call it on a draft that passed `validateAllegation`: a missing
 * category or perpetrator kind is a programming error here, not something to send.
 */
export function toAllegationBody(d: AllegationDraft): AllegationBody {
  if (!d.category || !d.perpetratorKind) throw new Error('Validate the allegation before sending it.');
  const exploitation = d.category === 'exploitation';
  const named = d.perpetratorKind === 'parent_guardian' || d.perpetratorKind === 'other_person';
  return {
    youthId: d.youth?.id ?? '',
    perpetratorKind: d.perpetratorKind,
    perpetratorName: named ? orNull(d.perpetratorName) : null,
    personOfInterestId: d.perpetratorKind === 'person_of_interest' ? (d.person?.id ?? null) : null,
    category: d.category,
    subcategory: exploitation && d.subcategory ? d.subcategory : null,
    exploitation: exploitation ? toExploitationBody(d.exploitation) : null,
  };
}

/** The screening fields, always sent together (the API checks them as a set). */
export function toScreeningBody(s: ScreeningDraft) {
  return {
    screeningDecision: s.decision,
    responseTime: s.decision === 'screened_in' && s.responseTime ? s.responseTime : null,
    evaluatedOutReason: s.decision === 'evaluated_out' && s.evaluatedOutReason ? s.evaluatedOutReason : null,
    evaluatedOutNote: s.decision === 'evaluated_out' ? orNull(s.evaluatedOutNote) : null,
  };
}

export function toCreateReportBody(d: ReportDraft, myUserId: string) {
  return {
    receivedAt: localInputToIso(d.receivedAt) ?? '',
    reporterType: d.reporterType || 'other',
    reporterName: orNull(d.reporterName),
    narrative: d.narrative.trim(),
    ...toScreeningBody(d.screening),
    assignedWorkerId: d.assignToMe ? myUserId : null,
    allegations: d.allegations.map(toAllegationBody),
  };
}
