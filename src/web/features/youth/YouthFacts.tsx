import { useTranslation } from 'react-i18next';
import type { YouthSummary } from './api';
import { ageLabel, formatCalendarDate } from './display';

/** Small pieces that say the same thing the same way on every youth screen. */

export function AgeText({ age, dobEstimated }: { age: number | null; dobEstimated: boolean }) {
  const { t } = useTranslation();
  const label = ageLabel(age, dobEstimated);
  return <>{label.key === 'youth.age.unknown' ? t(label.key) : t(label.key, { count: label.count })}</>;
}

export function DateOfBirthText({
  dateOfBirth,
  dobEstimated,
}: {
  dateOfBirth: string | null;
  dobEstimated: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (!dateOfBirth) return <>{t('youth.dob.unknown')}</>;
  const date = formatCalendarDate(dateOfBirth, i18n.language);
  return <>{dobEstimated ? t('youth.dob.estimated', { date }) : date}</>;
}

/** Why a search hit or duplicate candidate matched: "Name, Date of birth". */
export function MatchedText({ matched }: { matched: YouthSummary['matched'] }) {
  const { t } = useTranslation();
  if (matched.length === 0) return <>{t('youth.matched.none')}</>;
  return <>{matched.map((reason) => t(`youth.matched.${reason}`)).join(', ')}</>;
}

/** Other names as one line, or a dash for none. */
export function OtherNamesText({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  return <>{names.length === 0 ? t('youth.none') : names.join(', ')}</>;
}
