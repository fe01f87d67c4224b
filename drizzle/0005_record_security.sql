-- Row-level security and grants for the record (drizzle-kit generates neither). Same pattern as 0002:
-- ENABLE + FORCE, one tenant policy for lantern_app, and only the privileges each table needs. Revisions
-- are insert-only: history is never rewritten. Nothing here is granted to lantern_auth (sign-in never
-- reads the record).

-- youth -------------------------------------------------------------------------------------------
ALTER TABLE youth ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE youth FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY youth_tenant ON youth FOR ALL TO lantern_app
  USING (jurisdiction_id = ANY (lantern_scope())) WITH CHECK (jurisdiction_id = ANY (lantern_scope()));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON youth TO lantern_app;
--> statement-breakpoint

-- identifiers -------------------------------------------------------------------------------------
ALTER TABLE identifiers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE identifiers FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY identifiers_tenant ON identifiers FOR ALL TO lantern_app
  USING (jurisdiction_id = ANY (lantern_scope())) WITH CHECK (jurisdiction_id = ANY (lantern_scope()));
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON identifiers TO lantern_app;
--> statement-breakpoint

-- reports -----------------------------------------------------------------------------------------
ALTER TABLE reports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reports FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reports_tenant ON reports FOR ALL TO lantern_app
  USING (jurisdiction_id = ANY (lantern_scope())) WITH CHECK (jurisdiction_id = ANY (lantern_scope()));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON reports TO lantern_app;
--> statement-breakpoint

-- persons_of_interest -----------------------------------------------------------------------------
ALTER TABLE persons_of_interest ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE persons_of_interest FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY persons_of_interest_tenant ON persons_of_interest FOR ALL TO lantern_app
  USING (jurisdiction_id = ANY (lantern_scope())) WITH CHECK (jurisdiction_id = ANY (lantern_scope()));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON persons_of_interest TO lantern_app;
--> statement-breakpoint

-- allegations -------------------------------------------------------------------------------------
ALTER TABLE allegations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE allegations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY allegations_tenant ON allegations FOR ALL TO lantern_app
  USING (jurisdiction_id = ANY (lantern_scope())) WITH CHECK (jurisdiction_id = ANY (lantern_scope()));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON allegations TO lantern_app;
--> statement-breakpoint

-- contacts ----------------------------------------------------------------------------------------
ALTER TABLE contacts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE contacts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY contacts_tenant ON contacts FOR ALL TO lantern_app
  USING (jurisdiction_id = ANY (lantern_scope())) WITH CHECK (jurisdiction_id = ANY (lantern_scope()));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON contacts TO lantern_app;
--> statement-breakpoint

-- person_of_interest_links ------------------------------------------------------------------------
ALTER TABLE person_of_interest_links ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE person_of_interest_links FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_of_interest_links_tenant ON person_of_interest_links FOR ALL TO lantern_app
  USING (jurisdiction_id = ANY (lantern_scope())) WITH CHECK (jurisdiction_id = ANY (lantern_scope()));
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON person_of_interest_links TO lantern_app;
--> statement-breakpoint

-- record_revisions --------------------------------------------------------------------------------
ALTER TABLE record_revisions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE record_revisions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY record_revisions_tenant ON record_revisions FOR ALL TO lantern_app
  USING (jurisdiction_id = ANY (lantern_scope())) WITH CHECK (jurisdiction_id = ANY (lantern_scope()));
--> statement-breakpoint
GRANT SELECT, INSERT ON record_revisions TO lantern_app;
--> statement-breakpoint

-- lookup_values -----------------------------------------------------------------------------------
ALTER TABLE lookup_values ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE lookup_values FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY lookup_values_tenant ON lookup_values FOR ALL TO lantern_app
  USING (jurisdiction_id = ANY (lantern_scope())) WITH CHECK (jurisdiction_id = ANY (lantern_scope()));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON lookup_values TO lantern_app;
--> statement-breakpoint

-- import_batches ----------------------------------------------------------------------------------
ALTER TABLE import_batches ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE import_batches FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY import_batches_tenant ON import_batches FOR ALL TO lantern_app
  USING (jurisdiction_id = ANY (lantern_scope())) WITH CHECK (jurisdiction_id = ANY (lantern_scope()));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON import_batches TO lantern_app;
--> statement-breakpoint

-- sequences behind bigserial columns
GRANT USAGE ON SEQUENCE youth_ref_seq, reports_ref_seq, persons_of_interest_ref_seq, identifiers_id_seq,
  record_revisions_id_seq TO lantern_app;
