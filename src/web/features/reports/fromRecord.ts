import type { AllegationCategory, ExploitationSubcategory, PerpetratorKind } from '@domain/record/vocabulary';
import type { ExploitationBody } from './api';
import { emptyExploitation, newKey, type AllegationDraft, type ExploitationDraft } from './draft';

/**
 * An allegation as the API returned it, back in the shape of the form, so an amendment starts from what is
 * recorded. `toAllegationBody(allegationDraftFrom(a))` sends the same facts back (draft.test.ts checks it).
 */

/** A recorded exploitation allegation's facts, back in form shape (to amend them). */
export function exploitationDraftFrom(e: ExploitationBody | null | undefined): ExploitationDraft {
  const empty = emptyExploitation();
  if (!e) return empty;
  return {
    settings: [...(e.settings ?? [])],
    settingOther: e.settingOther ?? '',
    means: [...(e.means ?? [])],
    meansNote: e.meansNote ?? '',
    exploiterRelationship: e.exploiterRelationship ?? empty.exploiterRelationship,
    parentRole: e.parentRole ?? empty.parentRole,
    startDate: e.startDate ?? '',
    endDate: e.endDate ?? '',
    ongoing: e.ongoing ?? false,
    ageAtFirstOccurrence:
      e.ageAtFirstOccurrence === null || e.ageAtFirstOccurrence === undefined
        ? ''
        : String(e.ageAtFirstOccurrence),
    places: (e.places ?? []).map((place) => ({
      key: newKey('place'),
      description: place.description,
      county: place.county ?? '',
      state: place.state ?? '',
      country: place.country ?? '',
    })),
    movedAcrossCountyLines: e.movedAcrossCountyLines ?? 'unknown',
    movedAcrossStateLines: e.movedAcrossStateLines ?? 'unknown',
    onlineRecruitment: e.onlineRecruitment ?? 'unknown',
    recruitmentPlatform: e.recruitmentPlatform ?? '',
    adStillOnline: e.adStillOnline ?? 'unknown',
    careTiming: e.careTiming ?? 'unknown',
    reportedToLawEnforcement: e.reportedToLawEnforcement ?? 'unknown',
    reportedToLawEnforcementDate: e.reportedToLawEnforcementDate ?? '',
  };
}

/** The shape of an allegation as the API returns it, as far as the amend form needs it. */
export interface RecordedAllegation {
  youthId: string;
  youthName: string;
  perpetratorKind: PerpetratorKind;
  perpetratorName: string | null;
  personOfInterest: { id: string; displayName: string } | null;
  category: AllegationCategory;
  subcategory: ExploitationSubcategory | null;
  exploitation: ExploitationBody | null;
}

export function allegationDraftFrom(a: RecordedAllegation): AllegationDraft {
  const person = a.personOfInterest
    ? { id: a.personOfInterest.id, name: a.personOfInterest.displayName }
    : null;
  return {
    key: newKey('allegation'),
    youth: { id: a.youthId, name: a.youthName },
    perpetratorKind: a.perpetratorKind,
    perpetratorName: a.perpetratorName ?? '',
    person,
    category: a.category,
    subcategory: a.subcategory ?? '',
    exploitation: exploitationDraftFrom(a.exploitation),
  };
}
