import { ROLES, type Role } from '@domain/access/roles';
import { SCREENING_DECISIONS, type ScreeningDecision } from '@domain/record/vocabulary';
import { SCREENING_CONTEXTS, type ScreeningContext } from '@domain/identification/forms';
import { INSTRUMENT_KEY_PATTERN } from '@domain/identification/instrument';

/**
 * Search parameters of each page, read defensively: anything malformed in the address bar is dropped
 * rather than sent to the API.
 */
type Raw = Record<string, unknown>;

export type ActiveFilter = 'true' | 'false';

export interface SignInSearch {
  redirect?: string;
}

export interface UsersSearch {
  q?: string;
  role?: Role;
  active?: ActiveFilter;
  offset?: number;
}

export interface AgenciesSearch {
  jurisdictionId?: number;
  active?: ActiveFilter;
}

export interface AuditSearch {
  action?: string;
  actorEmail?: string;
  entityType?: string;
  entityId?: string;
  /** Calendar dates, YYYY-MM-DD, in the person's own time zone. */
  from?: string;
  to?: string;
}

export interface ReportsSearch {
  assigned?: 'me';
  decision?: ScreeningDecision;
}

export interface NewReportSearch {
  youthId?: string;
  /** Pre-fill the allegations from this screening's result. */
  screeningId?: string;
}

export interface ReportPageSearch {
  /** Set on arrival from the intake form, to confirm the report was saved. */
  created?: true;
}

function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const trimmed = String(value).trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

function whole(value: unknown, min: number): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= min ? n : undefined;
}

function activeFilter(value: unknown): ActiveFilter | undefined {
  const v = String(value);
  return v === 'true' || v === 'false' ? v : undefined;
}

function calendarDate(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** Drops keys whose value is undefined, so addresses stay short. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Only a path inside Lantern may be returned to after sign-in: never another site. */
export function safeRedirect(value: unknown): string | undefined {
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  ) {
    return undefined;
  }
  if (value === '/sign-in' || value.startsWith('/sign-in?')) return undefined;
  return value;
}

export function parseSignInSearch(raw: Raw): SignInSearch {
  return compact({ redirect: safeRedirect(raw.redirect) });
}

export function parseUsersSearch(raw: Raw): UsersSearch {
  const role = ROLES.find((r) => r === raw.role);
  return compact({
    q: text(raw.q, 100),
    role,
    active: activeFilter(raw.active),
    offset: whole(raw.offset, 1),
  });
}

export function parseAgenciesSearch(raw: Raw): AgenciesSearch {
  return compact({ jurisdictionId: whole(raw.jurisdictionId, 1), active: activeFilter(raw.active) });
}

export function parseAuditSearch(raw: Raw): AuditSearch {
  return compact({
    action: text(raw.action, 80),
    actorEmail: text(raw.actorEmail, 254),
    entityType: text(raw.entityType, 80),
    entityId: text(raw.entityId, 100),
    from: calendarDate(raw.from),
    to: calendarDate(raw.to),
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseReportsSearch(raw: Raw): ReportsSearch {
  return compact({
    assigned: raw.assigned === 'me' ? ('me' as const) : undefined,
    decision: SCREENING_DECISIONS.find((d) => d === raw.decision),
  });
}

export function parseReportPageSearch(raw: Raw): ReportPageSearch {
  return compact({ created: raw.created === true || raw.created === 'true' ? (true as const) : undefined });
}

/** The review queue: newest proposal first unless `order` says otherwise, and the one being reviewed. */
export interface ReviewSearch {
  order?: 'oldest';
  proposal?: string;
}

export function parseReviewSearch(raw: Raw): ReviewSearch {
  return compact({
    order: raw.order === 'oldest' ? ('oldest' as const) : undefined,
    proposal: typeof raw.proposal === 'string' && UUID.test(raw.proposal) ? raw.proposal : undefined,
  });
}

export function parseNewReportSearch(raw: Raw): NewReportSearch {
  return compact({
    youthId: typeof raw.youthId === 'string' && UUID.test(raw.youthId) ? raw.youthId : undefined,
    screeningId:
      typeof raw.screeningId === 'string' && UUID.test(raw.screeningId) ? raw.screeningId : undefined,
  });
}

export interface YouthSearch {
  /** A name, other name, phone or handle. */
  q?: string;
  /** A date of birth, YYYY-MM-DD. */
  dob?: string;
}

export function parseYouthSearch(raw: Raw): YouthSearch {
  return compact({ q: text(raw.q, 100), dob: calendarDate(raw.dob) });
}

export interface PersonsSearch {
  /** A name, moniker, phone or handle. */
  q?: string;
}

export function parsePersonsSearch(raw: Raw): PersonsSearch {
  return compact({ q: text(raw.q, 100) });
}

/** The network view starts from one youth or one person of interest (the youth wins if both are given). */
export interface NetworkSearch {
  youthId?: string;
  personId?: string;
  /** Steps out from the starting record, 1 to 3. */
  depth?: number;
}

export function parseNetworkSearch(raw: Raw): NetworkSearch {
  const id = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : undefined);
  const youthId = id(raw.youthId);
  const depth = whole(raw.depth, 1);
  return compact({
    youthId,
    personId: youthId ? undefined : id(raw.personId),
    depth: depth !== undefined && depth <= 3 ? depth : undefined,
  });
}

/** Taking a screening: the instrument and the context to start with (e.g. a return from running away). */
export interface ScreenSearch {
  instrument?: string;
  context?: ScreeningContext;
}

export function parseScreenSearch(raw: Raw): ScreenSearch {
  return compact({
    instrument:
      typeof raw.instrument === 'string' && INSTRUMENT_KEY_PATTERN.test(raw.instrument)
        ? raw.instrument
        : undefined,
    context: SCREENING_CONTEXTS.find((c) => c === raw.context),
  });
}
