import fc from 'fast-check';
import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ALL_MEANS,
  ALLEGATION_CATEGORIES,
  CARE_TIMING,
  EVALUATED_OUT_REASONS,
  EXPLOITATION_SUBCATEGORIES,
  EXPLOITER_RELATIONSHIPS,
  PARENT_ROLES,
  PERPETRATOR_KINDS,
  REPORTER_TYPES,
  RESPONSE_TIMES,
  SCREENING_DECISIONS,
  SOCIAL_PLATFORMS,
} from '@domain/record/vocabulary';
import {
  amendAllegationBody,
  createReportBody,
  updateReportBody,
} from '@server/modules/reports/reports.schemas';
import {
  emptyAllegation,
  emptyExploitation,
  emptyPlace,
  emptyReport,
  localInputToIso,
  parseAge,
  toAllegationBody,
  toCreateReportBody,
  toExploitationBody,
  toLocalDateTimeInput,
  toScreeningBody,
  type AllegationDraft,
  type ExploitationDraft,
  type ReportDraft,
} from './draft';
import { allegationDraftFrom } from './fromRecord';
import { validateReport } from './validate';

const t = ((key: string) => key) as unknown as TFunction;
const YOUTH = { id: '0b6f2a52-8d4e-4a57-9d0b-3f2a1c7e9b10', name: 'Ana R.' };
const PERSON = { id: '5c1d7e0a-2b3f-4c6d-8e9f-0a1b2c3d4e5f', name: 'Mr. Grey' };
const ME = '7e57d004-2b97-4e7a-b45c-5a1f7c1e2d3a';
const NOW = new Date(2026, 10, 23, 15, 30);
const TODAY = '2026-11-23';

const exploitationAllegation = (patch: Partial<ExploitationDraft> = {}): AllegationDraft => ({
  ...emptyAllegation(YOUTH),
  perpetratorKind: 'unknown',
  category: 'exploitation',
  subcategory: 'commercial_sexual_exploitation',
  exploitation: { ...emptyExploitation(), ...patch },
});

describe('the date and time a report was received', () => {
  it('starts as now, to the minute, in local time, and is sent as an ISO instant', () => {
    expect(toLocalDateTimeInput(NOW)).toBe('2026-11-23T15:30');
    expect(localInputToIso('2026-11-23T15:30')).toBe(new Date(2026, 10, 23, 15, 30).toISOString());
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('23/11/2026 15:30')).toBeNull();
  });
});

describe('toExploitationBody', () => {
  it('leaves out what does not apply: an end date while ongoing, a platform without online recruitment', () => {
    const body = toExploitationBody({
      ...emptyExploitation(),
      ongoing: true,
      endDate: '2026-05-01',
      onlineRecruitment: 'no',
      recruitmentPlatform: 'instagram',
      adStillOnline: 'yes',
      reportedToLawEnforcement: 'no',
      reportedToLawEnforcementDate: '2026-05-02',
    });
    expect(body).toMatchObject({
      ongoing: true,
      endDate: null,
      recruitmentPlatform: null,
      adStillOnline: 'unknown',
      reportedToLawEnforcementDate: null,
    });
  });

  it('keeps the platform and report date when they apply', () => {
    const body = toExploitationBody({
      ...emptyExploitation(),
      onlineRecruitment: 'yes',
      recruitmentPlatform: 'snapchat',
      adStillOnline: 'yes',
      reportedToLawEnforcement: 'yes',
      reportedToLawEnforcementDate: '2026-05-02',
    });
    expect(body).toMatchObject({
      recruitmentPlatform: 'snapchat',
      adStillOnline: 'yes',
      reportedToLawEnforcementDate: '2026-05-02',
    });
  });

  it('drops empty place rows, trims the rest and sends empty parts as null', () => {
    const body = toExploitationBody({
      ...emptyExploitation(),
      places: [
        { ...emptyPlace(), description: '  Motel on the highway ', county: ' Alameda ' },
        emptyPlace(),
      ],
    });
    expect(body.places).toEqual([
      { description: 'Motel on the highway', county: 'Alameda', state: null, country: null },
    ]);
  });

  it('reads the age at first occurrence as whole years or nothing', () => {
    expect(parseAge('14')).toBe(14);
    expect(parseAge(' 9 ')).toBe(9);
    expect(parseAge('')).toBeNull();
    expect(parseAge('fourteen')).toBeNull();
    expect(parseAge('14.5')).toBeNull();
  });
});

describe('toAllegationBody', () => {
  it('sends exploitation details and the sub-category only for an Exploitation allegation', () => {
    const neglect = toAllegationBody({
      ...exploitationAllegation({ settings: ['street'] }),
      category: 'general_neglect',
    });
    expect(neglect).toMatchObject({ category: 'general_neglect', subcategory: null, exploitation: null });
    const exploitation = toAllegationBody(exploitationAllegation({ settings: ['street'] }));
    expect(exploitation.subcategory).toBe('commercial_sexual_exploitation');
    expect(exploitation.exploitation?.settings).toEqual(['street']);
  });

  it('names a person of interest only when the alleged perpetrator is one', () => {
    const named = toAllegationBody({
      ...exploitationAllegation(),
      perpetratorKind: 'other_person',
      perpetratorName: ' J. Doe ',
      person: PERSON,
    });
    expect(named).toMatchObject({ perpetratorName: 'J. Doe', personOfInterestId: null });
    const person = toAllegationBody({
      ...exploitationAllegation(),
      perpetratorKind: 'person_of_interest',
      perpetratorName: 'left over',
      person: PERSON,
    });
    expect(person).toMatchObject({ perpetratorName: null, personOfInterestId: PERSON.id });
  });

  it('refuses a draft that was not validated', () => {
    expect(() => toAllegationBody(emptyAllegation(YOUTH))).toThrow();
  });
});

describe('the request bodies the API accepts', () => {
  // The API refuses times in the future: its clock and the form's are the same moment here.
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterAll(() => vi.useRealTimers());

  it('a report with two exploitation allegations of different forms', () => {
    const draft: ReportDraft = {
      ...emptyReport(NOW, YOUTH),
      reporterType: 'law_enforcement',
      narrative: 'Officer found the youth at a motel.',
      screening: {
        decision: 'screened_in',
        responseTime: 'immediate',
        evaluatedOutReason: '',
        evaluatedOutNote: '',
      },
      assignToMe: true,
      allegations: [
        exploitationAllegation({
          settings: ['home_or_hotel'],
          means: ['debt_bondage'],
          startDate: '2026-03-01',
        }),
        {
          ...exploitationAllegation({ settings: ['drug_or_arms_sales'] }),
          subcategory: 'involving_child_in_criminal_activity',
        },
      ],
    };
    expect(validateReport(draft, t, NOW, TODAY)).toEqual([]);
    const body = toCreateReportBody(draft, ME);
    expect(body.assignedWorkerId).toBe(ME);
    const parsed = createReportBody.safeParse(body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('a screening change, sent as one set', () => {
    const body = {
      version: 3,
      ...toScreeningBody({
        decision: 'evaluated_out',
        responseTime: 'days_3',
        evaluatedOutReason: 'duplicate_report',
        evaluatedOutNote: ' Same as R-1 ',
      }),
    };
    expect(body).toMatchObject({
      responseTime: null,
      evaluatedOutReason: 'duplicate_report',
      evaluatedOutNote: 'Same as R-1',
    });
    expect(updateReportBody.safeParse(body).success).toBe(true);
  });

  it('an amendment built from the allegation as the API returned it', () => {
    const recorded = {
      youthId: YOUTH.id,
      youthName: YOUTH.name,
      perpetratorKind: 'person_of_interest' as const,
      perpetratorName: null,
      personOfInterest: { id: PERSON.id, displayName: PERSON.name },
      category: 'exploitation' as const,
      subcategory: 'exploiting_childs_labor' as const,
      exploitation: toExploitationBody({
        ...emptyExploitation(),
        settings: ['construction'],
        startDate: '2025-06-01',
        endDate: '2025-09-30',
        ageAtFirstOccurrence: '15',
        places: [{ ...emptyPlace(), description: 'Building site', state: 'CA' }],
      }),
    };
    const draft = allegationDraftFrom(recorded);
    expect(draft.exploitation.ageAtFirstOccurrence).toBe('15');
    expect(draft.person).toEqual(PERSON);
    const body = {
      version: 1,
      reason: 'Dates confirmed by the employer.',
      allegation: toAllegationBody(draft),
    };
    expect(body.allegation.exploitation).toEqual(recorded.exploitation);
    expect(amendAllegationBody.safeParse(body).success).toBe(true);
  });

  it('every report that passes the browser checks is one the API accepts', () => {
    const date = fc
      .date({ min: new Date(2020, 0, 1), max: new Date(2026, 10, 22), noInvalidDate: true })
      .map((d) => toLocalDateTimeInput(d).slice(0, 10));
    const optionalDate = fc.option(date, { nil: '' });
    const yesNo = fc.constantFrom('yes' as const, 'no' as const, 'unknown' as const);
    const exploitation = fc.record({
      settings: fc.constant<string[]>([]),
      settingOther: fc.string({ maxLength: 40 }),
      means: fc.subarray([...ALL_MEANS]),
      meansNote: fc.string({ maxLength: 40 }),
      exploiterRelationship: fc.constantFrom(...EXPLOITER_RELATIONSHIPS),
      parentRole: fc.constantFrom(...PARENT_ROLES),
      startDate: optionalDate,
      endDate: optionalDate,
      ongoing: fc.boolean(),
      ageAtFirstOccurrence: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 27 }).map(String)),
      places: fc.array(
        fc.record({
          key: fc.constant('k'),
          description: fc.string({ maxLength: 30 }),
          county: fc.string({ maxLength: 20 }),
          state: fc.string({ maxLength: 20 }),
          country: fc.string({ maxLength: 20 }),
        }),
        { maxLength: 3 },
      ),
      movedAcrossCountyLines: yesNo,
      movedAcrossStateLines: yesNo,
      onlineRecruitment: yesNo,
      recruitmentPlatform: fc.constantFrom('' as const, ...SOCIAL_PLATFORMS),
      adStillOnline: yesNo,
      careTiming: fc.constantFrom(...CARE_TIMING),
      reportedToLawEnforcement: yesNo,
      reportedToLawEnforcementDate: optionalDate,
    });
    const allegation = fc.record({
      key: fc.constant('a'),
      youth: fc.constant(YOUTH),
      perpetratorKind: fc.constantFrom(...PERPETRATOR_KINDS),
      perpetratorName: fc.string({ maxLength: 40 }),
      person: fc.constant(PERSON),
      category: fc.oneof(fc.constant('exploitation' as const), fc.constantFrom(...ALLEGATION_CATEGORIES)),
      subcategory: fc.constantFrom(...EXPLOITATION_SUBCATEGORIES),
      exploitation,
    });
    const report = fc.record({
      receivedAt: fc.constantFrom('2026-11-20T09:15', '2025-01-02T00:00'),
      reporterType: fc.constantFrom(...REPORTER_TYPES),
      reporterName: fc.string({ maxLength: 40 }),
      narrative: fc.string({ maxLength: 200 }),
      screening: fc.record({
        decision: fc.constantFrom(...SCREENING_DECISIONS),
        responseTime: fc.constantFrom('' as const, ...RESPONSE_TIMES),
        evaluatedOutReason: fc.constantFrom('' as const, ...EVALUATED_OUT_REASONS),
        evaluatedOutNote: fc.string({ maxLength: 40 }),
      }),
      assignToMe: fc.boolean(),
      allegations: fc.array(allegation, { minLength: 1, maxLength: 2 }),
    });
    fc.assert(
      fc.property(report, (draft) => {
        fc.pre(validateReport(draft, t, NOW, TODAY).length === 0);
        const parsed = createReportBody.safeParse(toCreateReportBody(draft, ME));
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
