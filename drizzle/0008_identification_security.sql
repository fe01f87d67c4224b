-- Row-level security and grants for identification (drizzle-kit generates neither). Same pattern as 0005:
-- ENABLE + FORCE, one tenant policy for lantern_app, and only the privileges each table needs.
-- A county's instrument versions are insert-only: a saved version never changes, so screenings taken with
-- it keep their wording and thresholds. Screenings are updated only by amendment (the prior state goes
-- to record_revisions first).

-- instrument_versions -----------------------------------------------------------------------------
ALTER TABLE instrument_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE instrument_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY instrument_versions_tenant ON instrument_versions FOR ALL TO lantern_app
  USING (jurisdiction_id = ANY (lantern_scope())) WITH CHECK (jurisdiction_id = ANY (lantern_scope()));
--> statement-breakpoint
GRANT SELECT, INSERT ON instrument_versions TO lantern_app;
--> statement-breakpoint

-- screenings --------------------------------------------------------------------------------------
ALTER TABLE screenings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE screenings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY screenings_tenant ON screenings FOR ALL TO lantern_app
  USING (jurisdiction_id = ANY (lantern_scope())) WITH CHECK (jurisdiction_id = ANY (lantern_scope()));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON screenings TO lantern_app;
