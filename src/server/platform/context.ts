import type { Role } from '../../domain/access/roles';
import type { Config } from '../config';
import type { Actor } from './audit';
import type { Secrets } from './crypto';
import type { Database } from './db';
import type { JurisdictionTree, Scope } from './scope';

/** What every service may lean on, built once at start-up. */
export interface Services {
  database: Database;
  config: Config;
  secrets: Secrets;
  tree: JurisdictionTree;
  blocklist: ReadonlySet<string>;
}

export type SessionState = 'active' | 'totp' | 'totp-enrol';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  jurisdictionId: number;
  agencyId: string | null;
  agencyName: string | null;
  locale: 'en' | 'es';
  mfaEnrolled: boolean;
}

/** The signed-in person behind a request, resolved from the session cookie. */
export interface AuthContext {
  sessionId: string;
  state: SessionState;
  csrfToken: string;
  expiresAt: Date;
  user: SessionUser;
  scope: Scope;
  actor: Actor;
}

/** Per-request facts that services record in the audit log. */
export interface RequestMeta {
  requestId: string;
  ip: string;
  userAgent: string | undefined;
}

export interface UseCaseContext {
  services: Services;
  auth: AuthContext;
  meta: RequestMeta;
}
