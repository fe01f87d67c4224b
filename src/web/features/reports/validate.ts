import type { TFunction } from 'i18next';
import { LIMITS } from '@domain/record/vocabulary';
import type { FieldError } from '@web/ui/formErrors';
import {
  localInputToIso,
  parseAge,
  type AllegationDraft,
  type ExploitationDraft,
  type ReportDraft,
  type ScreeningDraft,
} from './draft';
import { joinPath } from './fieldPaths';

/**
 * The checks the browser can make before sending, in the person's language and with the same field
 * paths the API uses in its 422 answers, so both kinds of problem land on the same field. The server
 * checks everything again; these only spare a round trip for the common slips.
 */

export function validateScreening(s: ScreeningDraft, t: TFunction, base = ''): FieldError[] {
  const errors: FieldError[] = [];
  if (s.decision === 'screened_in' && !s.responseTime)
    errors.push({ path: joinPath(base, 'responseTime'), message: t('reports.validation.responseTime') });
  if (s.decision === 'evaluated_out' && !s.evaluatedOutReason)
    errors.push({
      path: joinPath(base, 'evaluatedOutReason'),
      message: t('reports.validation.evaluatedOutReason'),
    });
  return errors;
}

export function validateExploitation(
  e: ExploitationDraft,
  base: string,
  t: TFunction,
  today: string,
): FieldError[] {
  const errors: FieldError[] = [];
  const at = (field: string, message: string) => errors.push({ path: joinPath(base, field), message });
  if (e.startDate && e.startDate > today) at('startDate', t('allegations.validation.dateInFuture'));
  if (!e.ongoing && e.endDate && e.endDate > today) at('endDate', t('allegations.validation.dateInFuture'));
  else if (!e.ongoing && e.startDate && e.endDate && e.endDate < e.startDate)
    at('endDate', t('allegations.validation.endBeforeStart'));
  const age = e.ageAtFirstOccurrence.trim();
  if (age && (parseAge(age) === null || (parseAge(age) ?? 0) > 25))
    at('ageAtFirstOccurrence', t('allegations.validation.age'));
  e.places.forEach((place, i) => {
    const used = [place.county, place.state, place.country].some((v) => v.trim());
    if (used && !place.description.trim())
      at(`places.${i}.description`, t('allegations.validation.placeDescription', { number: i + 1 }));
  });
  if (
    e.reportedToLawEnforcement === 'yes' &&
    e.reportedToLawEnforcementDate &&
    e.reportedToLawEnforcementDate > today
  )
    at('reportedToLawEnforcementDate', t('allegations.validation.dateInFuture'));
  return errors;
}

/** `base` is where the allegation sits in the request body: "allegations.1", "allegation" or "". */
export function validateAllegation(
  a: AllegationDraft,
  base: string,
  t: TFunction,
  today: string,
): FieldError[] {
  const errors: FieldError[] = [];
  const at = (field: string, message: string) => errors.push({ path: joinPath(base, field), message });
  if (!a.youth) at('youthId', t('allegations.validation.youth'));
  if (!a.perpetratorKind) at('perpetratorKind', t('allegations.validation.perpetratorKind'));
  if (a.perpetratorKind === 'person_of_interest' && !a.person)
    at('personOfInterestId', t('allegations.validation.person'));
  if (!a.category) at('category', t('allegations.validation.category'));
  if (a.category === 'exploitation') {
    if (!a.subcategory) at('subcategory', t('allegations.validation.subcategory'));
    errors.push(...validateExploitation(a.exploitation, joinPath(base, 'exploitation'), t, today));
  }
  return errors;
}

export function validateReport(d: ReportDraft, t: TFunction, now: Date, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const received = localInputToIso(d.receivedAt);
  if (!received) errors.push({ path: 'receivedAt', message: t('reports.validation.receivedAt') });
  else if (new Date(received).getTime() > now.getTime() + 60_000)
    errors.push({ path: 'receivedAt', message: t('reports.validation.receivedInFuture') });
  if (!d.reporterType) errors.push({ path: 'reporterType', message: t('reports.validation.reporterType') });
  if (d.narrative.length > LIMITS.narrative)
    errors.push({
      path: 'narrative',
      message: t('reports.validation.narrativeTooLong', { max: LIMITS.narrative.toLocaleString() }),
    });
  errors.push(...validateScreening(d.screening, t));
  d.allegations.forEach((a, i) => errors.push(...validateAllegation(a, `allegations.${i}`, t, today)));
  return errors;
}
