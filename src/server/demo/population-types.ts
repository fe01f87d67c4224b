/** Plain rows of the synthetic population, one interface per table (camelCase columns; times are ISO strings). */
import type { ExploitationDetails } from '../modules/reports/reports.schemas';
import type { Rng } from './population-random';

export interface StaffRef {
  id: string;
  /** Shown as the actor of revisions. */
  name: string;
}

export interface PopulationJurisdiction {
  id: number;
  code: string;
  /** The county's name, for places ("Alameda"); the code when absent. */
  name?: string;
  /** Relative share of the youth (default 1). */
  weight?: number;
  /** Workers who receive and write up the reports; none leaves reports unassigned and allegations open. */
  workers?: StaffRef[];
  /** Supervisors who approve or return proposed dispositions; none leaves proposals waiting. */
  supervisors?: StaffRef[];
}

export interface PopulationOptions {
  seed: number | string;
  /** How many youth in all, spread over the jurisdictions by weight. */
  youth: number;
  jurisdictions: PopulationJurisdiction[];
  /** First possible report date, YYYY-MM-DD (default 2021-01-01). */
  start?: string;
  /** Nothing happens on or after this date, YYYY-MM-DD (default today, UTC). */
  end?: string;
  /** Youth per yielded chunk (default 1000). */
  chunkYouth?: number;
}

export interface YouthRow {
  id: string;
  jurisdictionId: number;
  legalFirstName: string;
  legalMiddleName: string | null;
  legalLastName: string;
  preferredName: string | null;
  otherNames: { kind: 'aka' | 'moniker'; name: string }[];
  dateOfBirth: string | null;
  dobEstimated: boolean;
  gender: string | null;
  raceEthnicity: string[];
  tribalAffiliation: string | null;
  languages: string[];
  interpreterNeeded: boolean;
  countryOfBirth: string | null;
  school: string | null;
  dependencyStatus: string | null;
  probationStatus: string | null;
  placementStatus: string | null;
  citizenshipStatus: string | null;
  immigrationNotes: string | null;
  genderIdentity: string | null;
  sexualOrientation: string | null;
  genderExpression: string | null;
  pronouns: string | null;
  tattoos: { description: string; bodyLocation: string; origin: string; whereObtained: string | null }[];
  phones: { number: string; label: string | null }[];
  handles: { platform: string; handle: string }[];
  searchNames: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface IdentifierRow {
  jurisdictionId: number;
  subjectType: 'youth' | 'person_of_interest';
  subjectId: string;
  kind: 'phone' | 'handle';
  value: string;
}

export interface ReportRow {
  id: string;
  jurisdictionId: number;
  receivedAt: string;
  reporterType: string;
  reporterName: string | null;
  narrative: string;
  screeningDecision: 'pending' | 'screened_in' | 'evaluated_out';
  responseTime: string | null;
  evaluatedOutReason: string | null;
  evaluatedOutNote: string | null;
  assignedWorkerId: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PersonRow {
  id: string;
  jurisdictionId: number;
  names: { kind: 'name' | 'moniker'; name: string }[];
  approximateAge: number | null;
  phones: { number: string; label: string | null }[];
  handles: { platform: string; handle: string }[];
  addresses: { line: string; city: string | null; state: string | null; note: string | null }[];
  vehicles: { description: string; plate: string | null }[];
  notes: string;
  searchNames: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AllegationRow {
  id: string;
  jurisdictionId: number;
  reportId: string;
  youthId: string;
  perpetratorKind: string;
  perpetratorName: string | null;
  personOfInterestId: string | null;
  category: string;
  subcategory: string | null;
  exploitation: ExploitationDetails | null;
  dispositionState: 'open' | 'proposed' | 'approved' | 'returned';
  disposition: string | null;
  dispositionDate: string | null;
  dispositionRationale: string | null;
  proposedBy: string | null;
  proposedAt: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface LinkRow {
  id: string;
  jurisdictionId: number;
  personOfInterestId: string;
  youthId: string;
  relationship: string;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}

export interface ContactRow {
  id: string;
  jurisdictionId: number;
  youthId: string;
  reportId: string | null;
  occurredAt: string;
  kind: string;
  participants: string;
  narrative: string;
  authorId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RevisionRow {
  jurisdictionId: number;
  entityType: 'allegation' | 'contact';
  entityId: string;
  version: number;
  change: 'created' | 'disposition_proposed' | 'disposition_approved' | 'disposition_returned';
  reason: string | null;
  data: Record<string, unknown>;
  actorId: string | null;
  actorName: string | null;
  createdAt: string;
}

/** Everything about a group of youth; parents before children in the insert order of the keys. */
export interface PopulationChunk {
  youth: YouthRow[];
  persons: PersonRow[];
  identifiers: IdentifierRow[];
  reports: ReportRow[];
  allegations: AllegationRow[];
  links: LinkRow[];
  contacts: ContactRow[];
  revisions: RevisionRow[];
}

/** What the generator carries while it works on one jurisdiction. */
export interface GenContext {
  r: Rng;
  jurisdictionId: number;
  countyName: string;
  /** The area code of the county's synthetic phone numbers. */
  area: string;
  workers: StaffRef[];
  supervisors: StaffRef[];
  startMs: number;
  /** The last moment anything may happen. */
  endMs: number;
}
