import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { emptyAllegation, emptyExploitation, emptyPlace, emptyReport, type AllegationDraft } from './draft';
import { validateAllegation, validateReport, validateScreening } from './validate';

// Stands in for i18next: answers with the key, so the test sees which sentence was chosen.
const t = ((key: string) => key) as unknown as TFunction;
const NOW = new Date(2026, 10, 23, 12, 0);
const TODAY = '2026-11-23';
const YOUTH = { id: '0b6f2a52-8d4e-4a57-9d0b-3f2a1c7e9b10', name: 'Ana R.' };

const paths = (errors: { path: string }[]) => errors.map((e) => e.path);

describe('validateReport', () => {
  it('names each missing field with the path the API would use', () => {
    const draft = { ...emptyReport(NOW, null), receivedAt: '' };
    expect(paths(validateReport(draft, t, NOW, TODAY))).toEqual([
      'receivedAt',
      'reporterType',
      'allegations.0.youthId',
      'allegations.0.perpetratorKind',
      'allegations.0.category',
    ]);
  });

  it('refuses a received time in the future and a narrative over the limit', () => {
    const draft = {
      ...emptyReport(NOW, YOUTH),
      receivedAt: '2026-11-24T09:00',
      narrative: 'x'.repeat(20_001),
    };
    const errors = validateReport(draft, t, NOW, TODAY);
    expect(errors).toContainEqual({ path: 'receivedAt', message: 'reports.validation.receivedInFuture' });
    expect(errors).toContainEqual({ path: 'narrative', message: 'reports.validation.narrativeTooLong' });
  });

  it('checks every allegation under its own index', () => {
    const ok: AllegationDraft = {
      ...emptyAllegation(YOUTH),
      perpetratorKind: 'unknown',
      category: 'physical_abuse',
    };
    const draft = {
      ...emptyReport(NOW, YOUTH),
      reporterType: 'education' as const,
      allegations: [ok, { ...ok, category: 'exploitation' as const }],
    };
    expect(paths(validateReport(draft, t, NOW, TODAY))).toEqual(['allegations.1.subcategory']);
  });
});

describe('validateScreening', () => {
  it('asks for a response time when screened in and a reason when evaluated out', () => {
    const base = { responseTime: '' as const, evaluatedOutReason: '' as const, evaluatedOutNote: '' };
    expect(paths(validateScreening({ ...base, decision: 'screened_in' }, t))).toEqual(['responseTime']);
    expect(paths(validateScreening({ ...base, decision: 'evaluated_out' }, t))).toEqual([
      'evaluatedOutReason',
    ]);
    expect(validateScreening({ ...base, decision: 'pending' }, t)).toEqual([]);
  });
});

describe('validateAllegation', () => {
  const exploitation = (patch: Partial<ReturnType<typeof emptyExploitation>>): AllegationDraft => ({
    ...emptyAllegation(YOUTH),
    perpetratorKind: 'unknown',
    category: 'exploitation',
    subcategory: 'exploiting_childs_labor',
    exploitation: { ...emptyExploitation(), ...patch },
  });

  it('places exploitation problems under the allegation it belongs to', () => {
    const errors = validateAllegation(
      exploitation({ startDate: '2026-05-01', endDate: '2026-04-01', ageAtFirstOccurrence: '31' }),
      'allegation',
      t,
      TODAY,
    );
    expect(errors).toEqual([
      { path: 'allegation.exploitation.endDate', message: 'allegations.validation.endBeforeStart' },
      { path: 'allegation.exploitation.ageAtFirstOccurrence', message: 'allegations.validation.age' },
    ]);
  });

  it('ignores an end date while the exploitation is still going on', () => {
    const draft = exploitation({ startDate: '2026-05-01', endDate: '2026-04-01', ongoing: true });
    expect(validateAllegation(draft, '', t, TODAY)).toEqual([]);
  });

  it('refuses future dates and a place with no description', () => {
    const draft = exploitation({
      startDate: '2026-12-01',
      reportedToLawEnforcement: 'yes',
      reportedToLawEnforcementDate: '2027-01-01',
      places: [emptyPlace(), { ...emptyPlace(), county: 'Fresno' }],
    });
    expect(paths(validateAllegation(draft, '', t, TODAY))).toEqual([
      'exploitation.startDate',
      'exploitation.places.1.description',
      'exploitation.reportedToLawEnforcementDate',
    ]);
  });

  it('asks for the person of interest when one is alleged', () => {
    const draft = { ...exploitation({}), perpetratorKind: 'person_of_interest' as const };
    expect(paths(validateAllegation(draft, 'allegations.2', t, TODAY))).toEqual([
      'allegations.2.personOfInterestId',
    ]);
  });
});
