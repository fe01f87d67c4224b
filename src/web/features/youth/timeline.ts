import { ALLEGATION_CATEGORIES, EXPLOITATION_SUBCATEGORIES } from '@domain/record/vocabulary';
import type { Contact } from '@server/modules/contacts/contacts.schemas';
import type { Allegation, ReportSummary } from '@server/modules/reports/reports.schemas';
import type { ScreeningSummary } from '@server/modules/screenings/screenings.schemas';

/**
 * The youth's record as one list: reports, allegations, contacts and screenings, newest first. Each
 * allegation is its own entry, so two forms of exploitation on one report are two entries.
 */
export type TimelineEntry =
  | { kind: 'report'; id: string; at: string; report: ReportSummary }
  | { kind: 'allegation'; id: string; at: string; allegation: Allegation }
  | { kind: 'contact'; id: string; at: string; contact: Contact }
  | { kind: 'screening'; id: string; at: string; screening: ScreeningSummary };

export type TimelineKind = TimelineEntry['kind'];

interface RecordParts {
  reports: readonly ReportSummary[];
  allegations: readonly Allegation[];
  contacts: readonly Contact[];
  /** Absent for readers who may not see screenings. */
  screenings?: readonly ScreeningSummary[];
}

/** On the same instant, a report comes before its allegations, and both before a contact, then a screening. */
const KIND_RANK: Record<TimelineKind, number> = { report: 0, allegation: 1, contact: 2, screening: 3 };

/**
 * An allegation is dated by the report it came in on: that is when the concern was raised, and it keeps
 * the report and its allegations together.
 */
export function buildTimeline({
  reports,
  allegations,
  contacts,
  screenings = [],
}: RecordParts): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...reports.map((report) => ({ kind: 'report' as const, id: report.id, at: report.receivedAt, report })),
    ...allegations.map((allegation) => ({
      kind: 'allegation' as const,
      id: allegation.id,
      at: allegation.reportReceivedAt,
      allegation,
    })),
    ...contacts.map((contact) => ({
      kind: 'contact' as const,
      id: contact.id,
      at: contact.occurredAt,
      contact,
    })),
    ...screenings.map((screening) => ({
      kind: 'screening' as const,
      id: screening.id,
      at: screening.screenedAt,
      screening,
    })),
  ];
  return entries.sort(compareEntries);
}

function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return (
    instant(b.at) - instant(a.at) ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    sameKindOrder(a, b) ||
    a.id.localeCompare(b.id)
  );
}

function instant(iso: string): number {
  const time = new Date(iso).getTime();
  return Number.isNaN(time) ? 0 : time;
}

/** Allegations of one report follow the category hierarchy (Exploitation by sub-category); contacts, newest entry first. */
function sameKindOrder(a: TimelineEntry, b: TimelineEntry): number {
  if (a.kind === 'allegation' && b.kind === 'allegation') {
    const x = a.allegation;
    const y = b.allegation;
    return (
      x.reportRef.localeCompare(y.reportRef) ||
      ALLEGATION_CATEGORIES.indexOf(x.category) - ALLEGATION_CATEGORIES.indexOf(y.category) ||
      subcategoryRank(x.subcategory) - subcategoryRank(y.subcategory)
    );
  }
  if (a.kind === 'contact' && b.kind === 'contact') {
    return instant(b.contact.createdAt) - instant(a.contact.createdAt);
  }
  return 0;
}

function subcategoryRank(subcategory: Allegation['subcategory']): number {
  return subcategory === null ? -1 : EXPLOITATION_SUBCATEGORIES.indexOf(subcategory);
}

/** How many entries of each kind the record holds. */
export function countByKind(entries: readonly TimelineEntry[]): Record<TimelineKind, number> {
  const counts: Record<TimelineKind, number> = { report: 0, allegation: 0, contact: 0, screening: 0 };
  for (const entry of entries) counts[entry.kind] += 1;
  return counts;
}

/** The allegation's label key: an Exploitation allegation is named by its form, any other by its category. */
export function allegationTitle(
  allegation: Pick<Allegation, 'category' | 'subcategory'>,
):
  | { key: 'subcategory'; code: NonNullable<Allegation['subcategory']> }
  | { key: 'category'; code: Allegation['category'] } {
  return allegation.category === 'exploitation' && allegation.subcategory
    ? { key: 'subcategory', code: allegation.subcategory }
    : { key: 'category', code: allegation.category };
}
