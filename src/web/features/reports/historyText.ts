import type { TFunction } from 'i18next';
import type { en } from '@web/i18n/resources';
import { formatDate } from './recordText';

/**
 * How the allegation history names fields and shows values: vocabulary codes as their labels, dates in
 * the reader's language, places as one line. A revision's data is the allegation as the API returns it.
 */
export type FieldName = keyof (typeof en)['allegations']['fields'];

/** Paths a reader does not need in a history: ids, and who/when, which the revision itself states. */
const HIDDEN = [
  /^(id|jurisdictionId|reportId|reportRef|reportReceivedAt|youthId)$/,
  /\.id$/,
  /^(proposedBy|reviewedBy)(\.|$)/,
  /^(proposedAt|reviewedAt)$/,
];
export const hiddenInHistory = (path: string) => HIDDEN.some((pattern) => pattern.test(path));

const FIELD_NAMES: Record<string, FieldName> = {
  youthName: 'youth',
  perpetratorKind: 'perpetratorKind',
  perpetratorName: 'perpetratorName',
  'personOfInterest.displayName': 'person',
  category: 'category',
  subcategory: 'subcategory',
  dispositionState: 'dispositionState',
  disposition: 'disposition',
  dispositionDate: 'dispositionDate',
  dispositionRationale: 'dispositionRationale',
  reviewNote: 'reviewNote',
  exploitation: 'exploitation',
  'exploitation.settings': 'settings',
  'exploitation.settingOther': 'settingOther',
  'exploitation.means': 'means',
  'exploitation.meansNote': 'meansNote',
  'exploitation.exploiterRelationship': 'exploiterRelationship',
  'exploitation.parentRole': 'parentRole',
  'exploitation.startDate': 'startDate',
  'exploitation.endDate': 'endDate',
  'exploitation.ongoing': 'ongoing',
  'exploitation.ageAtFirstOccurrence': 'ageAtFirstOccurrence',
  'exploitation.places': 'places',
  'exploitation.movedAcrossCountyLines': 'movedAcrossCountyLines',
  'exploitation.movedAcrossStateLines': 'movedAcrossStateLines',
  'exploitation.onlineRecruitment': 'onlineRecruitment',
  'exploitation.recruitmentPlatform': 'recruitmentPlatform',
  'exploitation.adStillOnline': 'adStillOnline',
  'exploitation.careTiming': 'careTiming',
  'exploitation.reportedToLawEnforcement': 'reportedToLawEnforcement',
  'exploitation.reportedToLawEnforcementDate': 'reportedToLawEnforcementDate',
};

/** Which vocabulary (under `vocab.`) labels a field's codes. */
export const VALUE_LISTS: Record<string, keyof (typeof en)['vocab']> = {
  perpetratorKind: 'perpetratorKind',
  category: 'category',
  subcategory: 'subcategory',
  dispositionState: 'dispositionState',
  disposition: 'disposition',
  'exploitation.means': 'means',
  'exploitation.exploiterRelationship': 'exploiterRelationship',
  'exploitation.parentRole': 'parentRole',
  'exploitation.careTiming': 'careTiming',
  'exploitation.recruitmentPlatform': 'socialPlatform',
  'exploitation.movedAcrossCountyLines': 'yesNoUnknown',
  'exploitation.movedAcrossStateLines': 'yesNoUnknown',
  'exploitation.onlineRecruitment': 'yesNoUnknown',
  'exploitation.adStillOnline': 'yesNoUnknown',
  'exploitation.reportedToLawEnforcement': 'yesNoUnknown',
};

const DATE_FIELDS = new Set([
  'dispositionDate',
  'exploitation.startDate',
  'exploitation.endDate',
  'exploitation.reportedToLawEnforcementDate',
]);

export interface HistoryContext {
  t: TFunction;
  locale: string;
  /** The label of an industry or setting code, from the county's lookups. */
  settingLabel: (code: string) => string;
}

/** Translation for keys built at run time; VALUE_LISTS and FIELD_NAMES are checked against en.json by a test. */
const dynamic = (t: TFunction) => t as unknown as (key: string) => string;

export function fieldLabel(path: string, { t }: HistoryContext): string {
  const name = FIELD_NAMES[path];
  if (name) return t(`allegations.fields.${name}`);
  // A field this page does not know yet: its path in words, so the change is still shown.
  return path
    .split('.')
    .map((part) => part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' › ');
}

function placeText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  const place = value as Record<string, unknown>;
  const where = ['county', 'state', 'country']
    .map((key) => place[key])
    .filter((v): v is string => typeof v === 'string' && v.length > 0);
  const description = typeof place.description === 'string' ? place.description : '';
  return where.length > 0 ? `${description} (${where.join(', ')})` : description;
}

/** One value (or one item of a list) as the reader should see it. */
export function valueText(path: string, value: unknown, ctx: HistoryContext): string {
  const { t, locale } = ctx;
  if (value === null || value === undefined || value === '') return t('allegations.history.none');
  if (Array.isArray(value)) {
    return value.length === 0
      ? t('allegations.history.none')
      : value.map((item) => valueText(path, item, ctx)).join('; ');
  }
  if (typeof value === 'boolean') return value ? t('allegations.history.yes') : t('allegations.history.no');
  if (path === 'exploitation.settings' && typeof value === 'string') return ctx.settingLabel(value);
  if (path === 'exploitation.places') return placeText(value);
  const list = VALUE_LISTS[path];
  if (list && typeof value === 'string') {
    const key = `vocab.${list}.${value}`;
    const label = dynamic(t)(key);
    return label === key ? value : label;
  }
  if (DATE_FIELDS.has(path) && typeof value === 'string') return formatDate(value, locale);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export const KNOWN_FIELD_PATHS = Object.keys(FIELD_NAMES);
