-- Row-level security, grants and the audit chain. drizzle-kit generates none of these, so they live here.
-- Tenant tables carry jurisdiction_id; RLS is ENABLED and FORCED so even the table owner is filtered
-- when it is not a superuser. Requests run as lantern_app with app.jurisdiction_ids set per transaction.

GRANT USAGE ON SCHEMA public TO lantern_app, lantern_auth;
--> statement-breakpoint
GRANT SELECT ON jurisdictions TO lantern_app, lantern_auth;
--> statement-breakpoint

-- agencies -----------------------------------------------------------------------------------------
ALTER TABLE agencies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE agencies FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY agencies_tenant ON agencies FOR ALL TO lantern_app
  USING (jurisdiction_id = ANY (lantern_scope())) WITH CHECK (jurisdiction_id = ANY (lantern_scope()));
--> statement-breakpoint
CREATE POLICY agencies_auth_read ON agencies FOR SELECT TO lantern_auth USING (true);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON agencies TO lantern_app;
--> statement-breakpoint
GRANT SELECT ON agencies TO lantern_auth;
--> statement-breakpoint

-- users ----------------------------------------------------------------------------------------------
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE users FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY users_tenant ON users FOR ALL TO lantern_app
  USING (jurisdiction_id = ANY (lantern_scope())) WITH CHECK (jurisdiction_id = ANY (lantern_scope()));
--> statement-breakpoint
-- Sign-in must find an account by email before its jurisdiction is known: read all, write only these columns.
CREATE POLICY users_auth_read ON users FOR SELECT TO lantern_auth USING (true);
--> statement-breakpoint
CREATE POLICY users_auth_update ON users FOR UPDATE TO lantern_auth USING (true) WITH CHECK (true);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON users TO lantern_app;
--> statement-breakpoint
GRANT SELECT ON users TO lantern_auth;
--> statement-breakpoint
GRANT UPDATE (last_sign_in_at, totp_last_step, recovery_codes, password_hash) ON users TO lantern_auth;
--> statement-breakpoint

-- The session lookup every request makes, in one statement. SECURITY DEFINER so that the connecting role
-- needs no rights on users beyond EXECUTE; it returns only what a request needs, never a password hash.
CREATE FUNCTION lantern_session_lookup(p_session_id text)
  RETURNS TABLE (state text, csrf_token text, expires_at timestamptz, expired boolean, idle_seconds double precision,
                 user_id uuid, email text, display_name text, role text, jurisdiction_id integer, agency_id uuid,
                 locale text, totp_enrolled_at timestamptz, active boolean, agency_name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
  SELECT s.state, s.csrf_token, s.expires_at, now() >= s.expires_at, extract(epoch FROM now() - s.last_seen_at)::double precision,
         u.id, u.email, u.display_name, u.role, u.jurisdiction_id, u.agency_id, u.locale, u.totp_enrolled_at, u.active, a.name
  FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN agencies a ON a.id = u.agency_id
  WHERE s.id = p_session_id
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION lantern_session_lookup(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_session_lookup(text) TO lantern_auth;
--> statement-breakpoint
-- Under FORCE ROW LEVEL SECURITY a non-superuser owner sees nothing without a policy of its own: the owner
-- (the role that ran this migration, which the sealer and the session lookup run as) may read these tables.
DO $$
BEGIN
  EXECUTE format('CREATE POLICY users_owner_read ON users FOR SELECT TO %I USING (true)', current_user);
  EXECUTE format('CREATE POLICY agencies_owner_read ON agencies FOR SELECT TO %I USING (true)', current_user);
END $$;
--> statement-breakpoint

-- idempotency keys ---------------------------------------------------------------------------------
ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY idempotency_keys_tenant ON idempotency_keys FOR ALL TO lantern_app
  USING (jurisdiction_id = ANY (lantern_scope())) WITH CHECK (jurisdiction_id = ANY (lantern_scope()));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_keys TO lantern_app;
--> statement-breakpoint

-- sessions and throttling: found by secret or by key before a jurisdiction is known -------------------
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions TO lantern_app, lantern_auth;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttle TO lantern_auth;
--> statement-breakpoint

-- audit ----------------------------------------------------------------------------------------------
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_events_read ON audit_events FOR SELECT TO lantern_app
  USING (jurisdiction_id = ANY (lantern_scope()) OR (jurisdiction_id IS NULL AND lantern_system_scope()));
--> statement-breakpoint
CREATE POLICY audit_events_append ON audit_events FOR INSERT TO lantern_app
  WITH CHECK (jurisdiction_id = ANY (lantern_scope()) OR (jurisdiction_id IS NULL AND lantern_system_scope()));
--> statement-breakpoint
-- Sign-in happens before any scope exists: it records events for whichever account was tried.
CREATE POLICY audit_events_append_auth ON audit_events FOR INSERT TO lantern_auth WITH CHECK (true);
--> statement-breakpoint
-- Only the content columns: seq, tx_id and occurred_at always come from the database.
GRANT SELECT ON audit_events TO lantern_app;
--> statement-breakpoint
GRANT INSERT (actor_user_id, actor_email, actor_role, jurisdiction_id, action, entity_type, entity_id, before, after, meta)
  ON audit_events TO lantern_app, lantern_auth;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_events_seq_seq TO lantern_app, lantern_auth;
--> statement-breakpoint
-- The sealer runs as the owner (the role that ran this migration). Under FORCE ROW LEVEL SECURITY a
-- non-superuser owner sees no rows without a policy of its own, so it gets a read-only one here.
DO $$
BEGIN
  EXECUTE format('CREATE POLICY audit_events_sealer ON audit_events FOR SELECT TO %I USING (true)', current_user);
END $$;
--> statement-breakpoint
INSERT INTO audit_chain_head (id, position, hash, horizon) VALUES (1, 0, repeat('0', 64), 0);
--> statement-breakpoint
-- Seal: chain every audit row whose transaction is below the horizon (the oldest transaction still
-- running), in seq order. Rows of transactions still open wait for a later seal, so no writer ever waits
-- for another and the chain still contains every committed row exactly once. Called every few hundred
-- milliseconds by each Lantern process and by `lantern audit verify`; one sealer at a time.
CREATE FUNCTION lantern_audit_seal() RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
  head record;
  next_horizon bigint;
  r record;
  row_hash text;
  chain_hash text;
  pos bigint;
  sealed integer := 0;
BEGIN
  IF NOT pg_try_advisory_xact_lock(7240117) THEN
    RETURN 0;
  END IF;
  SELECT position, hash, horizon INTO head FROM audit_chain_head WHERE id = 1 FOR UPDATE;
  next_horizon := pg_snapshot_xmin(pg_current_snapshot())::text::bigint;
  IF next_horizon <= head.horizon THEN
    RETURN 0;
  END IF;
  pos := head.position;
  chain_hash := head.hash;
  FOR r IN SELECT * FROM audit_events WHERE tx_id >= head.horizon AND tx_id < next_horizon ORDER BY seq LOOP
    row_hash := encode(sha256(convert_to(jsonb_build_array(
        r.seq, r.tx_id, (extract(epoch FROM r.occurred_at) * 1000000)::bigint,
        r.actor_user_id, r.actor_email, r.actor_role, r.jurisdiction_id, r.action,
        r.entity_type, r.entity_id, r.before, r.after, r.meta)::text, 'UTF8')), 'hex');
    pos := pos + 1;
    INSERT INTO audit_chain (position, event_seq, row_hash, prev_hash, hash)
      VALUES (pos, r.seq, row_hash, chain_hash, encode(sha256(convert_to(chain_hash || row_hash, 'UTF8')), 'hex'))
      RETURNING hash INTO chain_hash;
    sealed := sealed + 1;
  END LOOP;
  UPDATE audit_chain_head SET position = pos, hash = chain_hash, horizon = next_horizon WHERE id = 1;
  RETURN sealed;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION lantern_audit_seal() FROM PUBLIC;
--> statement-breakpoint
CREATE FUNCTION lantern_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION lantern_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_chain_no_update BEFORE UPDATE OR DELETE ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION lantern_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_audit_append_only();
--> statement-breakpoint
REVOKE ALL ON audit_chain, audit_chain_head FROM PUBLIC;
