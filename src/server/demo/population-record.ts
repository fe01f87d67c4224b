/**
 * Everything recorded about one synthetic youth: reports, allegations (with exploitation details for every
 * exploitation allegation), the link to a shared person of interest, contacts and the revision history.
 */
import {
  ALLEGATION_CATEGORIES,
  CONTACT_KINDS,
  EVALUATED_OUT_REASONS,
  MEANS,
  SETTING_LIST_FOR,
  SOCIAL_PLATFORMS,
  type AllegationCategory,
  type ExploitationSubcategory,
  type Means,
} from '../../domain/record/vocabulary';
import { builtInLookups } from '../modules/lookups/lookups.content';
import type { ExploitationDetails } from '../modules/reports/reports.schemas';
import { addYears, ageAt, DAY, HOUR, isoDay, isoTime } from './population-dates';
import { CONCERNS, CONTACT_NOTES, OTHER_EXPLOITATION, PLACES } from './population-pools';
import type { Rng } from './population-random';
import type {
  AllegationRow,
  GenContext,
  PersonRow,
  PopulationChunk,
  ReportRow,
  StaffRef,
  YouthRow,
} from './population-types';

export interface YouthPlan {
  youth: YouthRow;
  /** When each of the youth's reports was received, oldest first. */
  reportMs: number[];
  /** The forms of exploitation the youth experienced (first = the one a shared exploiter is linked to). */
  forms: ExploitationSubcategory[];
  person: { row: PersonRow; relationship: string } | null;
}

const MALTREATMENT: Partial<Record<AllegationCategory, number>> = {
  general_neglect: 28,
  sexual_abuse: 14,
  physical_abuse: 14,
  emotional_abuse: 10,
  substantial_risk: 12,
  severe_neglect: 8,
  caretaker_absence: 8,
  at_risk_sibling_abused: 6,
};

const FORM_MEANS: Record<ExploitationSubcategory, readonly Means[]> = {
  commercial_sexual_exploitation: [
    'false_romantic_relationship',
    'psychological_abuse',
    'facilitated_drug_dependency',
    'threats_to_youth',
    'monitoring_or_surveillance',
    'physical_violence',
    'sexual_violence',
    'isolation',
    'deprivation_of_basic_needs',
    'confinement',
  ],
  exploiting_childs_labor: [
    'withheld_pay',
    'debt_bondage',
    'false_job_offer',
    'false_promises_of_pay_or_conditions',
    'confiscated_documents',
    'threats_of_deportation',
    'isolation',
    'threats_to_family',
    'fraudulent_recruitment',
  ],
  involving_child_in_criminal_activity: [
    'threats_to_youth',
    'threats_to_family',
    'threats_of_prosecution',
    'physical_violence',
    'facilitated_drug_dependency',
    'debt_bondage',
    'psychological_abuse',
    'monitoring_or_surveillance',
  ],
  other_exploitation: [
    'false_promises_of_pay_or_conditions',
    'psychological_abuse',
    'threats_to_family',
    ...MEANS.fraud,
  ],
};

const RELATIONSHIP: Record<ExploitationSubcategory, Record<string, number>> = {
  commercial_sexual_exploitation: {
    intimate_partner: 28,
    peer: 12,
    unknown: 15,
    gang_member: 10,
    dealer_or_substance_provider: 8,
    relative: 6,
    parent_guardian: 5,
    foster_parent: 2,
    employer_or_recruiter: 3,
    landlord: 2,
    smuggler: 2,
    other: 7,
  },
  exploiting_childs_labor: {
    employer_or_recruiter: 40,
    parent_guardian: 15,
    relative: 12,
    smuggler: 10,
    landlord: 5,
    unknown: 10,
    other: 8,
  },
  involving_child_in_criminal_activity: {
    gang_member: 35,
    peer: 20,
    dealer_or_substance_provider: 20,
    relative: 5,
    parent_guardian: 5,
    unknown: 10,
    other: 5,
  },
  other_exploitation: { parent_guardian: 35, relative: 20, other: 20, unknown: 25 },
};

const ONLINE: Record<ExploitationSubcategory, number> = {
  commercial_sexual_exploitation: 0.45,
  exploiting_childs_labor: 0.15,
  involving_child_in_criminal_activity: 0.25,
  other_exploitation: 0.1,
};

const yesNo = (r: Rng, yes: number, no: number) =>
  r.weighted({ yes, no, unknown: Math.max(0, 100 - yes - no) }) as 'yes' | 'no' | 'unknown';

/** The facts of one exploitation allegation, in the exact shape the API's schema gives back. */
function exploitationDetails(
  c: GenContext,
  form: ExploitationSubcategory,
  youth: YouthRow,
  receivedMs: number,
  relationship: string,
): ExploitationDetails {
  const { r } = c;
  const dob = youth.dateOfBirth!;
  const ageNow = ageAt(dob, receivedMs);
  const ageFirst = Math.max(11, Math.min(17, ageNow - r.weighted({ 0: 40, 1: 35, 2: 15, 3: 10 })));
  const birthdayMs = addYears(Date.parse(`${dob}T00:00:00Z`), ageFirst);
  const startMs = Math.min(birthdayMs + r.int(0, 300) * DAY, receivedMs - DAY);
  const known = r.chance(0.9) && startMs >= birthdayMs;
  const ongoing = r.chance(0.3);
  const endMs =
    !ongoing && known && r.chance(0.8) ? startMs + Math.floor(r.next() * (receivedMs - startMs)) : null;
  const reported = yesNo(r, 45, 35);
  const online = r.chance(ONLINE[form]) ? 'yes' : r.chance(0.6) ? 'no' : 'unknown';
  const list = SETTING_LIST_FOR[form];
  const settings = list
    ? r.sample(builtInLookups()[list], r.weighted({ 1: 60, 2: 30, 3: 10 })).map((s) => s.code)
    : [];
  const county = yesNo(r, 25, 50);
  const state = yesNo(r, 8, 67);
  const parentRole =
    relationship === 'parent_guardian'
      ? form === 'exploiting_childs_labor' && r.chance(0.4)
        ? 'exploited_alongside'
        : 'exploiter'
      : r.weighted({ not_involved: 55, failed_to_protect: 20, unknown: 25 });
  return {
    settings,
    settingOther: list ? null : r.pick(OTHER_EXPLOITATION),
    means: r.chance(0.15) ? [] : r.sample(FORM_MEANS[form], r.int(1, 4)),
    meansNote: null,
    exploiterRelationship: relationship as ExploitationDetails['exploiterRelationship'],
    parentRole: parentRole as ExploitationDetails['parentRole'],
    startDate: known ? isoDay(startMs) : null,
    endDate: endMs === null ? null : isoDay(endMs),
    ongoing,
    ageAtFirstOccurrence: r.chance(0.92) ? ageFirst : null,
    places: r.sample(PLACES, r.weighted({ 0: 20, 1: 60, 2: 20 })).map((description) => ({
      description,
      county: county === 'yes' && r.chance(0.5) ? 'Another county (demo)' : c.countyName,
      state: state === 'yes' && r.chance(0.5) ? 'NV' : 'CA',
      country: 'United States',
    })),
    movedAcrossCountyLines: county,
    movedAcrossStateLines: state,
    onlineRecruitment: online,
    recruitmentPlatform: online === 'yes' && r.chance(0.85) ? r.pick(SOCIAL_PLATFORMS) : null,
    adStillOnline:
      online === 'yes' && form === 'commercial_sexual_exploitation' ? yesNo(r, 20, 50) : 'unknown',
    careTiming: r.weighted({
      before_care: 30,
      while_in_care: 15,
      while_absent_from_placement: 20,
      not_in_care: 25,
      unknown: 10,
    }),
    reportedToLawEnforcement: reported,
    reportedToLawEnforcementDate:
      reported === 'yes' && r.chance(0.85)
        ? isoDay(Math.min(receivedMs + r.int(0, 20) * DAY, c.endMs))
        : null,
  };
}

function makeReport(c: GenContext, p: YouthPlan, receivedMs: number, concern: string): ReportRow {
  const { r } = c;
  const recent = c.endMs - receivedMs < 14 * DAY;
  const decision = recent
    ? r.weighted({ pending: 50, screened_in: 40, evaluated_out: 10 } as const)
    : r.weighted({ screened_in: 78, evaluated_out: 22 } as const);
  const reporterType = r.weighted({
    law_enforcement: 22,
    education: 18,
    medical: 10,
    mental_health: 8,
    social_services: 14,
    probation: 10,
    family_or_relative: 7,
    youth: 3,
    community_or_anonymous: 6,
    other: 2,
  });
  const worker = c.workers.length ? r.pick(c.workers) : null;
  const createdMs = Math.min(receivedMs + r.int(5, 240) * 60_000, c.endMs);
  return {
    id: r.uuid(),
    jurisdictionId: c.jurisdictionId,
    receivedAt: isoTime(receivedMs),
    reporterType,
    reporterName: r.chance(0.3) ? `Demo reporter (${reporterType.replace(/_/g, ' ')})` : null,
    narrative: `Synthetic demo report. The reporter said that ${p.youth.preferredName ?? p.youth.legalFirstName} ${concern}.`,
    screeningDecision: decision,
    responseTime:
      decision === 'screened_in' ? r.weighted({ immediate: 30, days_3: 15, days_5: 10, days_10: 45 }) : null,
    evaluatedOutReason: decision === 'evaluated_out' ? r.pick(EVALUATED_OUT_REASONS) : null,
    evaluatedOutNote: null,
    assignedWorkerId: worker?.id ?? null,
    createdBy: worker?.id ?? null,
    createdAt: isoTime(createdMs),
    updatedAt: isoTime(createdMs),
  };
}

/** Which categories (and exploitation forms) a report alleges. */
function reportCategories(
  r: Rng,
  p: YouthPlan,
  index: number,
): (AllegationCategory | ExploitationSubcategory)[] {
  const out: (AllegationCategory | ExploitationSubcategory)[] = [];
  if (index === 0) out.push(...p.forms);
  else if (p.forms.length && r.chance(0.6)) out.push(r.pick(p.forms));
  if (out.length === 0 || r.chance(index === 0 ? 0.6 : 0.4)) {
    let extra = r.weighted(MALTREATMENT);
    if (out.includes(extra)) extra = 'general_neglect';
    if (!out.includes(extra)) out.push(extra);
  }
  return out;
}

const RATIONALE: Record<string, string> = {
  substantiated:
    'Synthetic demo rationale: the evidence meets the prima facie standard; the youth’s denial does not prevent substantiation.',
  inconclusive:
    'Synthetic demo rationale: there are signs, but not enough evidence to substantiate at this time.',
  unfounded: 'Synthetic demo rationale: the investigation found the allegation to be false or not abuse.',
};

/** Proposed, approved or returned — with the people, dates and revisions that go with each state. */
function dispose(
  c: GenContext,
  a: AllegationRow,
  report: ReportRow,
  worker: StaffRef | null,
  revisions: PopulationChunk['revisions'],
) {
  const { r } = c;
  const receivedMs = Date.parse(report.receivedAt);
  const ageDays = (c.endMs - receivedMs) / DAY;
  if (report.screeningDecision !== 'screened_in' || !worker || ageDays < 3) return;
  let state: AllegationRow['dispositionState'] =
    ageDays > 90
      ? r.weighted({ approved: 72, proposed: 6, returned: 4, open: 18 } as const)
      : ageDays > 20
        ? r.weighted({ approved: 30, proposed: 30, returned: 8, open: 32 } as const)
        : r.weighted({ open: 75, proposed: 25 } as const);
  const supervisor = c.supervisors.length ? r.pick(c.supervisors) : null;
  if (!supervisor && state !== 'open') state = 'proposed';
  if (state === 'open') return;
  const disposition =
    a.category === 'exploitation'
      ? r.weighted({ substantiated: 55, inconclusive: 30, unfounded: 15 })
      : r.weighted({ substantiated: 40, inconclusive: 35, unfounded: 25 });
  const latest = c.endMs - HOUR;
  const decidedMs = Math.min(receivedMs + r.int(2, Math.min(60, Math.floor(ageDays) - 1)) * DAY, latest);
  const proposedMs = Math.min(decidedMs + r.int(1, 8) * HOUR, latest);
  a.dispositionState = 'proposed';
  a.disposition = disposition;
  a.dispositionDate = isoDay(decidedMs);
  a.dispositionRationale = RATIONALE[disposition]!;
  a.proposedBy = worker.id;
  a.proposedAt = isoTime(proposedMs);
  const base = revisions[revisions.length - 1]!.data;
  const snapshot = () => ({
    ...base,
    dispositionState: a.dispositionState,
    disposition: a.disposition,
    dispositionDate: a.dispositionDate,
    dispositionRationale: a.dispositionRationale,
    reviewNote: a.reviewNote,
  });
  const revision = (change: AllegationRow['dispositionState'], at: number, actor: StaffRef) => {
    a.version++;
    a.updatedAt = isoTime(at);
    revisions.push({
      jurisdictionId: a.jurisdictionId,
      entityType: 'allegation',
      entityId: a.id,
      version: a.version,
      change: `disposition_${change}` as 'disposition_proposed',
      reason: null,
      data: snapshot(),
      actorId: actor.id,
      actorName: actor.name,
      createdAt: isoTime(at),
    });
  };
  revision('proposed', proposedMs, worker);
  if (state === 'proposed' || !supervisor) return;
  const reviewedMs = Math.min(proposedMs + r.int(2, 240) * HOUR, c.endMs);
  a.dispositionState = state;
  a.reviewedBy = supervisor.id;
  a.reviewedAt = isoTime(reviewedMs);
  a.reviewNote =
    state === 'returned' ? 'Please add the collateral contact with the school before approval.' : null;
  revision(state, reviewedMs, supervisor);
}

function makeAllegation(
  c: GenContext,
  p: YouthPlan,
  report: ReportRow,
  what: AllegationCategory | ExploitationSubcategory,
  worker: StaffRef | null,
  chunk: PopulationChunk,
) {
  const { r } = c;
  const receivedMs = Date.parse(report.receivedAt);
  const isExploitation = !(ALLEGATION_CATEGORIES as readonly string[]).includes(what);
  const form = isExploitation ? (what as ExploitationSubcategory) : null;
  const person = form && p.person && (form === p.forms[0] || r.chance(0.5)) ? p.person : null;
  const relationship = form ? (person?.relationship ?? r.weighted(RELATIONSHIP[form])) : null;
  const perpetratorKind = person
    ? 'person_of_interest'
    : relationship === 'parent_guardian' || (!form && r.chance(0.7))
      ? 'parent_guardian'
      : r.chance(0.5)
        ? 'other_person'
        : 'unknown';
  const exploitation = form ? exploitationDetails(c, form, p.youth, receivedMs, relationship!) : null;
  const createdAt = report.createdAt;
  const a: AllegationRow = {
    id: r.uuid(),
    jurisdictionId: c.jurisdictionId,
    reportId: report.id,
    youthId: p.youth.id,
    perpetratorKind,
    perpetratorName:
      perpetratorKind === 'other_person' && r.chance(0.3) ? 'Adult known only by a nickname (demo)' : null,
    personOfInterestId: person?.row.id ?? null,
    category: form ? 'exploitation' : what,
    subcategory: form,
    exploitation,
    dispositionState: 'open',
    disposition: null,
    dispositionDate: null,
    dispositionRationale: null,
    proposedBy: null,
    proposedAt: null,
    reviewedBy: null,
    reviewedAt: null,
    reviewNote: null,
    createdBy: worker?.id ?? null,
    createdAt,
    updatedAt: createdAt,
    version: 1,
  };
  chunk.revisions.push({
    jurisdictionId: c.jurisdictionId,
    entityType: 'allegation',
    entityId: a.id,
    version: 1,
    change: 'created',
    reason: null,
    data: {
      youthId: a.youthId,
      perpetratorKind: a.perpetratorKind,
      perpetratorName: a.perpetratorName,
      personOfInterestId: a.personOfInterestId,
      category: a.category,
      subcategory: a.subcategory,
      exploitation: a.exploitation,
    },
    actorId: worker?.id ?? null,
    actorName: worker?.name ?? null,
    createdAt,
  });
  dispose(c, a, report, worker, chunk.revisions);
  chunk.allegations.push(a);
}

function makeContacts(
  c: GenContext,
  p: YouthPlan,
  report: ReportRow,
  worker: StaffRef | null,
  chunk: PopulationChunk,
) {
  const { r } = c;
  const receivedMs = Date.parse(report.receivedAt);
  const count =
    report.screeningDecision === 'screened_in'
      ? r.weighted({ 1: 35, 2: 35, 3: 20, 4: 10 })
      : r.weighted({ 0: 60, 1: 40 });
  for (let i = 0; i < count; i++) {
    const occurredMs = receivedMs + r.int(2, 120 * 24) * HOUR;
    if (occurredMs > c.endMs) continue;
    const kind = r.weighted({
      face_to_face: 35,
      phone: 25,
      collateral: 25,
      observation: 10,
      other: 5,
    } satisfies Record<(typeof CONTACT_KINDS)[number], number>);
    const participants =
      kind === 'collateral'
        ? 'Demo school counselor'
        : kind === 'other'
          ? ''
          : r.pick(['Youth', 'Youth; caregiver', 'Youth; Demo advocate']);
    const narrative = r.pick(CONTACT_NOTES[kind]!);
    const createdMs = Math.min(occurredMs + r.int(1, 48) * HOUR, c.endMs);
    const contact = {
      id: r.uuid(),
      jurisdictionId: c.jurisdictionId,
      youthId: p.youth.id,
      reportId: r.chance(0.85) ? report.id : null,
      occurredAt: isoTime(occurredMs),
      kind,
      participants,
      narrative,
      authorId: worker?.id ?? null,
      createdAt: isoTime(createdMs),
      updatedAt: isoTime(createdMs),
    };
    chunk.contacts.push(contact);
    chunk.revisions.push({
      jurisdictionId: c.jurisdictionId,
      entityType: 'contact',
      entityId: contact.id,
      version: 1,
      change: 'created',
      reason: null,
      data: {
        occurredAt: contact.occurredAt,
        kind,
        participants,
        narrative,
        reportId: contact.reportId,
      },
      actorId: worker?.id ?? null,
      actorName: worker?.name ?? null,
      createdAt: contact.createdAt,
    });
  }
}

/** Reports, allegations, the person-of-interest link and contacts of one youth, added to the chunk. */
export function youthRecord(c: GenContext, p: YouthPlan, chunk: PopulationChunk): void {
  const { r } = c;
  for (const [index, receivedMs] of p.reportMs.entries()) {
    const categories = reportCategories(r, p, index);
    const concern = r.pick(CONCERNS[categories[0]!]!);
    const report = makeReport(c, p, receivedMs, concern);
    chunk.reports.push(report);
    const worker = c.workers.find((w) => w.id === report.assignedWorkerId) ?? null;
    for (const what of categories) makeAllegation(c, p, report, what, worker, chunk);
    makeContacts(c, p, report, worker, chunk);
  }
  if (p.person)
    chunk.links.push({
      id: r.uuid(),
      jurisdictionId: c.jurisdictionId,
      personOfInterestId: p.person.row.id,
      youthId: p.youth.id,
      relationship: p.person.relationship,
      note: r.chance(0.3) ? 'Synthetic demo link: named by the youth in an interview.' : null,
      createdBy: p.youth.createdBy,
      createdAt: isoTime(Math.min(p.reportMs[0]! + HOUR, c.endMs)),
    });
}
