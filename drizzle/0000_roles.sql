-- Lantern's database roles. Roles are cluster-wide in PostgreSQL, so creation is idempotent (a second
-- database in the same cluster, e.g. a test database, finds them already there).
--   lantern_app  : every request that acts for a signed-in user (row-level security by jurisdiction)
--   lantern_auth : the sign-in path, before anyone's jurisdiction is known (sessions, throttling, lookup)
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lantern_app') THEN
    CREATE ROLE lantern_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lantern_auth') THEN
    CREATE ROLE lantern_auth NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
  END IF;
END $$;
--> statement-breakpoint
-- The connecting role must be able to SET ROLE to both. A superuser already can; otherwise grant membership.
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT lantern_app, lantern_auth TO %I', current_user);
  END IF;
END $$;
--> statement-breakpoint
-- The jurisdictions a transaction may see, set per transaction with set_config(..., true).
CREATE OR REPLACE FUNCTION lantern_scope() RETURNS int[]
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(nullif(current_setting('app.jurisdiction_ids', true), ''), '{}')::int[] $$;
--> statement-breakpoint
-- True for state-level staff with no parent jurisdiction: they also see events that belong to no county.
CREATE OR REPLACE FUNCTION lantern_system_scope() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(current_setting('app.system_scope', true), '') = 'on' $$;
