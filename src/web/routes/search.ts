import { ROLES, type Role } from '@domain/access/roles';

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
